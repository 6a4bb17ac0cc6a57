#include "core/exchange/DiaryArchiveJson.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/diary/DiaryDayField.h"
#include "core/diary/Profile.h"
#include "core/diary/Severity.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/ArchivedTrialJson.h"
#include "core/json/JsonFieldReader.h"
#include "core/json/JsonLocator.h"
#include "core/json/JsonTextWriter.h"
#include "core/json/StrictJson.h"

#include <QRegularExpression>
#include <QSet>

#include <map>
#include <variant>
#include <vector>

namespace ldn {
namespace {

using Json = nlohmann::json;

// ---- writing ----------------------------------------------------------------------------------

// Dates and times formatted by hand: QDate::toString and QDateTime::toString were a fifth of the
// time to write a ten-year diary.
class FixedText {
public:
    std::string_view view() const { return {m_text, m_size}; }

    static FixedText day(const QDate& date)
    {
        FixedText text;
        text.digits(date.year(), 4).put('-').digits(date.month(), 2).put('-').digits(date.day(), 2);
        return text;
    }
    static FixedText utc(const QDateTime& moment)
    {
        const QDateTime time = moment.toUTC();
        FixedText text = day(time.date());
        const QTime clockTime = time.time();
        text.put('T').digits(clockTime.hour(), 2).put(':').digits(clockTime.minute(), 2).put(':');
        text.digits(clockTime.second(), 2).put('Z');
        return text;
    }

private:
    FixedText& put(char c)
    {
        m_text[m_size++] = c;
        return *this;
    }
    FixedText& digits(int value, int count)
    {
        for (int i = count - 1; i >= 0; --i) {
            m_text[m_size + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        m_size += static_cast<std::size_t>(count);
        return *this;
    }

    char m_text[24] = {};
    std::size_t m_size = 0;
};

void writeDate(JsonTextWriter& json, const QDate& date)
{
    if (date.isValid()) {
        json.value(FixedText::day(date).view());
    } else {
        json.null();
    }
}

void writeTimestamp(JsonTextWriter& json, const QDateTime& time)
{
    if (time.isValid()) {
        json.value(FixedText::utc(time).view());
    } else {
        json.null();
    }
}

template <typename Map>
void writeNumbers(JsonTextWriter& json, const char* key, const Map& numbers)
{
    if (numbers.empty()) {
        return;
    }
    json.key(key).beginObject();
    for (const auto& [name, number] : numbers) {
        json.cachedKey(name).value(number);
    }
    json.endObject();
}

// The day's simple fields where backups have them: the ones before the lists, or after them.
void writeDayFields(JsonTextWriter& json, const DiaryEntry& entry, DiaryDayField::InBackup where)
{
    for (const DiaryDayField& field : DiaryDayField::all()) {
        if (field.inBackup != where) {
            continue;
        }
        const DiaryDayField::Value value = field.valueOf(entry);
        if (const auto* number = std::get_if<std::int64_t>(&value)) {
            json.key(field.jsonKey).value(*number);
        } else if (const auto* real = std::get_if<double>(&value)) {
            json.key(field.jsonKey).value(*real);
        } else if (const auto* text = std::get_if<QString>(&value); text && !text->isEmpty()) {
            json.key(field.jsonKey).value(*text);
        }
    }
}

void writeDay(JsonTextWriter& json, const ArchivedDay& day)
{
    const DiaryEntry& entry = day.entry;
    json.beginObject();
    json.key("date").value(FixedText::day(entry.date).view());
    writeDayFields(json, entry, DiaryDayField::InBackup::BeforeLists);
    writeNumbers(json, "scores", entry.symptomScores);
    writeNumbers(json, "side_effects", entry.sideEffects);
    if (!entry.events.isEmpty()) {
        json.key("events").beginArray();
        for (const QString& event : entry.events) {
            json.value(event);
        }
        json.endArray();
    }
    writeDayFields(json, entry, DiaryDayField::InBackup::AfterLists);
    json.key("updated_at");
    writeTimestamp(json, day.updatedAt);
    json.endObject();
}

void writePlan(JsonTextWriter& json, const ArchivedPlan& archived)
{
    const TitrationPlan& plan = archived.plan;
    json.beginObject();
    json.key("template").value(toStorageText(plan.kind));
    json.key("start_on").value(FixedText::day(plan.startOn).view());
    json.key("start_ug").value(plan.startDose.micrograms());
    json.key("step_ug").value(plan.stepDose.micrograms());
    json.key("interval_days").value(plan.intervalDays);
    json.key("target_ug").value(plan.targetDose.micrograms());
    json.key("maximum_ug").value(plan.maximumDose.micrograms());
    json.key("created_at");
    writeTimestamp(json, archived.createdAt);
    json.key("ended_on");
    writeDate(json, archived.endedOn);
    json.key("adjustments").beginArray();
    for (std::size_t i = 0; i < plan.adjustments.size(); ++i) {
        const TitrationAdjustment& adjustment = plan.adjustments[i];
        json.beginObject();
        json.key("effective_on").value(FixedText::day(adjustment.effectiveOn).view());
        json.key("kind").value(toStorageText(adjustment.kind));
        json.key("dose_ug");
        if (adjustment.dose) {
            json.value(adjustment.dose->micrograms());
        } else {
            json.null();
        }
        json.key("reason").value(adjustment.reason);
        json.key("created_at");
        writeTimestamp(json, i < archived.adjustmentsCreatedAt.size() ? archived.adjustmentsCreatedAt[i]
                                                                      : QDateTime());
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void writeProfile(JsonTextWriter& json, const ArchivedProfile& profile)
{
    json.beginObject();
    json.key("name").value(profile.name);
    json.key("created_at");
    writeTimestamp(json, profile.createdAt);
    json.key("notes").value(profile.notes);
    // Preferences only when set, so a backup of a diary that never used them reads as before.
    if (profile.doseUnit == Dose::Unit::Micrograms) {
        json.key("dose_unit").value(QStringLiteral("mcg"));
    }
    if (!profile.colour.isEmpty()) {
        json.key("colour").value(profile.colour);
    }
    if (profile.reminderTime) {
        json.key("reminder_time").value(profile.reminderTime->toString(QStringLiteral("HH:mm")));
    }

    json.key("conditions").beginArray();
    for (const ProfileConditionLink& condition : profile.conditions) {
        json.beginObject().key("name").value(condition.name).key("diagnosed_on");
        writeDate(json, condition.diagnosedOn);
        json.endObject();
    }
    json.endArray();

    json.key("symptoms").beginArray();
    for (const ArchivedSymptom& symptom : profile.symptoms) {
        json.beginObject()
            .key("name")
            .value(symptom.definition.name)
            .key("higher_is_better")
            .value(symptom.definition.higherIsBetter)
            .key("archived")
            .value(symptom.archived);
        if (symptom.quickLog) {
            json.key("quick_log").value(true);
        }
        json.endObject();
    }
    json.endArray();

    json.key("days").beginArray();
    for (const ArchivedDay& day : profile.days) {
        writeDay(json, day);
    }
    json.endArray();

    json.key("annotations").beginArray();
    for (const Annotation& annotation : profile.annotations) {
        json.beginObject().key("day");
        writeDate(json, annotation.day);
        json.key("author").value(toStorageText(annotation.author));
        json.key("author_name").value(annotation.authorName);
        json.key("body").value(annotation.body);
        json.key("created_at");
        writeTimestamp(json, annotation.createdAt);
        json.endObject();
    }
    json.endArray();

    json.key("medications").beginArray();
    for (const Medication& medication : profile.medications) {
        json.beginObject().key("name").value(medication.name).key("dose_text").value(medication.doseText);
        json.key("started_on");
        writeDate(json, medication.startedOn);
        json.key("stopped_on");
        writeDate(json, medication.stoppedOn);
        json.key("notes").value(medication.notes).endObject();
    }
    json.endArray();

    json.key("plans").beginArray();
    for (const ArchivedPlan& plan : profile.plans) {
        writePlan(json, plan);
    }
    json.endArray();
    // Optional (schema 3): left out without trials, so backups without them read as before.
    if (!profile.trials.empty()) {
        json.key("trials").beginArray();
        for (const Trial& trial : profile.trials) {
            ArchivedTrialJson::write(json, trial);
        }
        json.endArray();
    }
    json.endObject();
}

// ---- reading ---------------------------------------------------------------------------------

// Reads one section of a file at a time while keeping the path to the record being read, so the
// first problem can be reported with the line it is on.
class ArchiveReader {
public:
    ArchiveReader(const QByteArray& text, QString fileName)
        : m_text(text)
        , m_fileName(std::move(fileName))
    {}

    DiaryArchive read()
    {
        try {
            return readDocument();
        } catch (const InputError& error) {
            throw InputError(locate(error.location()), error.problem());
        }
    }

private:
    DiaryArchive readDocument()
    {
        if (m_text.size() > DiaryArchiveJson::kMaximumFileBytes) {
            throw InputError(m_fileName,
                             QStringLiteral("the file is %1 MB; a backup is never larger than %2 MB")
                                 .arg(m_text.size() / (1024 * 1024))
                                 .arg(DiaryArchiveJson::kMaximumFileBytes / (1024 * 1024)));
        }
        if (m_text.trimmed().isEmpty()) {
            throw InputError(m_fileName + QStringLiteral(":1"), QStringLiteral("the file is empty"));
        }
        const Json document = StrictJson::parse(m_text, m_fileName);
        const JsonFieldReader top(document, QString());
        const QString format = top.string("format");
        if (format != QLatin1String(DiaryArchiveJson::kFormat)) {
            throw InputError(top.at("format"),
                             QStringLiteral("this is not an LDN Tracker backup (expected \"%1\", got \"%2\")")
                                 .arg(QLatin1String(DiaryArchiveJson::kFormat), format));
        }
        const std::optional<int> version = top.integer("format_version");
        if (!version || *version < 1) {
            throw InputError(top.at("format_version"), QStringLiteral("a positive whole number is required"));
        }
        if (*version > DiaryArchiveJson::kFormatVersion) {
            throw InputError(
                top.at("format_version"),
                QStringLiteral("the backup was written by a newer LDN Tracker (format version %1; "
                               "this one reads up to %2)")
                    .arg(*version)
                    .arg(DiaryArchiveJson::kFormatVersion));
        }
        top.rejectUnknownKeys({"format", "format_version", "scope", "exported_at", "schema_version",
                               "profiles", "own_conditions", "own_evidence", "settings"});

        DiaryArchive archive;
        const QString scope = top.requiredString("scope");
        if (scope == QLatin1String("profile")) {
            archive.scope = DiaryArchive::Scope::Profile;
        } else if (scope == QLatin1String("database")) {
            archive.scope = DiaryArchive::Scope::Database;
        } else {
            throw InputError(top.at("scope"),
                             QStringLiteral("\"%1\" is not one of profile, database").arg(scope));
        }
        archive.exportedAt = dateTime(top, "exported_at");
        archive.schemaVersion = top.integer("schema_version").value_or(0);

        const Json* profiles = top.array("profiles");
        if (!profiles) {
            throw InputError(top.at("profiles"), QStringLiteral("is required"));
        }
        if (archive.scope == DiaryArchive::Scope::Profile && profiles->size() != 1) {
            throw InputError(top.at("profiles"),
                             QStringLiteral("a one-profile backup holds exactly one profile (got %1)")
                                 .arg(profiles->size()));
        }
        QSet<QString> profileNames;
        for (std::size_t i = 0; i < profiles->size(); ++i) {
            m_path = {{"profiles", -1}, {{}, static_cast<qsizetype>(i)}};
            archive.profiles.push_back(readProfile((*profiles)[i], QStringLiteral("profiles[%1]").arg(i)));
            if (!insertUnique(profileNames, archive.profiles.back().name)) {
                throw InputError(QStringLiteral("profiles[%1]: name").arg(i),
                                 QStringLiteral("a profile called \"%1\" appears twice")
                                     .arg(archive.profiles.back().name));
            }
        }

        m_path = {};
        const Json* conditions = top.array("own_conditions");
        const Json* evidence = top.object("own_evidence");
        const Json* settings = top.object("settings");
        if (archive.scope == DiaryArchive::Scope::Profile && (conditions || evidence || settings)) {
            throw InputError(top.at(conditions ? "own_conditions"
                                    : evidence ? "own_evidence"
                                               : "settings"),
                             QStringLiteral("belongs only in a whole-database backup (scope \"database\")"));
        }
        if (conditions) {
            QSet<QString> names;
            for (std::size_t i = 0; i < conditions->size(); ++i) {
                m_path = {{"own_conditions", -1}, {{}, static_cast<qsizetype>(i)}};
                archive.ownConditions.push_back(
                    readCondition((*conditions)[i], QStringLiteral("own_conditions[%1]").arg(i)));
                if (!insertUnique(names, archive.ownConditions.back().name)) {
                    throw InputError(
                        QStringLiteral("own_conditions[%1]: name").arg(i),
                        QStringLiteral("\"%1\" appears twice").arg(archive.ownConditions.back().name));
                }
            }
        }
        if (evidence) {
            // Checked here, whole, so a broken section is refused before anything is imported.
            m_path = {{"own_evidence", -1}};
            const std::string packText = evidence->dump(1);
            try {
                (void)EvidencePackJson::parse(
                    QByteArray(packText.data(), static_cast<qsizetype>(packText.size())),
                    QStringLiteral("own_evidence"));
            } catch (const InputError& error) {
                QString inner = error.location();
                inner = inner.section(QStringLiteral(": "), 1); // drop the re-serialised text's line
                throw InputError(QStringLiteral(": own_evidence") +
                                     (inner.isEmpty() ? QString() : QStringLiteral(": ") + inner),
                                 error.problem());
            }
            archive.ownEvidence = *evidence;
        }
        if (settings) {
            m_path = {{"settings", -1}};
            for (auto it = settings->begin(); it != settings->end(); ++it) {
                if (!it.value().is_string()) {
                    throw InputError(QStringLiteral("settings: %1").arg(QString::fromStdString(it.key())),
                                     QStringLiteral("must be a string (got %1)")
                                         .arg(JsonFieldReader::typeName(it.value())));
                }
                archive.settings.emplace_back(QString::fromStdString(it.key()),
                                              QString::fromStdString(it.value().get<std::string>()));
            }
        }
        return archive;
    }

    static void readPreferences(const JsonFieldReader& fields, ArchivedProfile& profile)
    {
        const QString unit = fields.string("dose_unit");
        if (!unit.isEmpty() && unit != QLatin1String("mg") && unit != QLatin1String("mcg")) {
            throw InputError(fields.at("dose_unit"),
                             QStringLiteral("must be \"mg\" or \"mcg\" (got \"%1\")").arg(unit));
        }
        profile.doseUnit = unit == QLatin1String("mcg") ? Dose::Unit::Micrograms : Dose::Unit::Milligrams;
        try {
            profile.colour = Profile::checkedColour(fields.string("colour"));
        } catch (const InputError& error) {
            throw InputError(fields.at("colour"), error.problem());
        }
        const QString reminder = fields.string("reminder_time");
        if (!reminder.isEmpty()) {
            const QTime time = QTime::fromString(reminder, QStringLiteral("HH:mm"));
            if (!time.isValid()) {
                throw InputError(fields.at("reminder_time"), QStringLiteral("is not a time like 21:30"));
            }
            profile.reminderTime = time;
        }
    }

    ArchivedProfile readProfile(const Json& value, const QString& location)
    {
        const JsonFieldReader fields(value, location);
        fields.rejectUnknownKeys({"name", "created_at", "notes", "dose_unit", "colour", "reminder_time",
                                  "conditions", "symptoms", "days", "annotations", "medications", "plans",
                                  "trials"});
        ArchivedProfile profile;
        profile.name = name(fields, "name");
        profile.createdAt = dateTime(fields, "created_at");
        profile.notes = fields.string("notes");
        readPreferences(fields, profile);
        const std::vector<JsonLocator::PathStep> base = m_path;

        QSet<QString> conditionNames;
        forEach(fields, "conditions", location, [&](const JsonFieldReader& item) {
            item.rejectUnknownKeys({"name", "diagnosed_on"});
            ProfileConditionLink link{name(item, "name"), date(item, "diagnosed_on")};
            if (!insertUnique(conditionNames, link.name)) {
                throw InputError(item.at("name"), QStringLiteral("\"%1\" appears twice").arg(link.name));
            }
            profile.conditions.push_back(link);
        });
        m_path = base;

        QSet<QString> symptomNames;
        forEach(fields, "symptoms", location, [&](const JsonFieldReader& item) {
            item.rejectUnknownKeys({"name", "higher_is_better", "archived", "quick_log"});
            ArchivedSymptom symptom;
            symptom.definition.name = name(item, "name");
            if (!item.has("higher_is_better")) {
                throw InputError(item.at("higher_is_better"), QStringLiteral("is required (true or false)"));
            }
            symptom.definition.higherIsBetter = item.boolean("higher_is_better", false);
            symptom.archived = item.boolean("archived", false);
            symptom.quickLog = item.boolean("quick_log", false);
            if (!insertUnique(symptomNames, symptom.definition.name)) {
                throw InputError(item.at("name"),
                                 QStringLiteral("\"%1\" appears twice").arg(symptom.definition.name));
            }
            profile.symptoms.push_back(symptom);
        });
        m_path = base;

        QSet<QDate> dates;
        forEach(fields, "days", location, [&](const JsonFieldReader& item) {
            profile.days.push_back(readDay(item, symptomNames));
            if (dates.contains(profile.days.back().entry.date)) {
                throw InputError(
                    item.at("date"),
                    QStringLiteral("%1 appears twice").arg(IsoDate::format(profile.days.back().entry.date)));
            }
            dates.insert(profile.days.back().entry.date);
        });
        m_path = base;

        forEach(fields, "annotations", location, [&](const JsonFieldReader& item) {
            item.rejectUnknownKeys({"day", "author", "author_name", "body", "created_at"});
            Annotation annotation;
            annotation.day = date(item, "day");
            const QString author = item.requiredString("author");
            const std::optional<Annotation::Author> role = annotationAuthorFromText(author);
            if (!role) {
                throw InputError(item.at("author"),
                                 QStringLiteral("\"%1\" is not one of patient, carer").arg(author));
            }
            annotation.author = *role;
            annotation.authorName = item.string("author_name");
            annotation.body = item.requiredString("body");
            if (annotation.body.size() > kMaximumAnnotationLength) {
                throw InputError(
                    item.at("body"),
                    QStringLiteral("a note can be at most %1 characters").arg(kMaximumAnnotationLength));
            }
            annotation.createdAt = dateTime(item, "created_at");
            profile.annotations.push_back(annotation);
        });
        m_path = base;

        forEach(fields, "medications", location, [&](const JsonFieldReader& item) {
            item.rejectUnknownKeys({"name", "dose_text", "started_on", "stopped_on", "notes"});
            Medication medication;
            medication.name = name(item, "name");
            medication.doseText = item.string("dose_text");
            medication.startedOn = date(item, "started_on");
            medication.stoppedOn = date(item, "stopped_on");
            medication.notes = item.string("notes");
            if (medication.startedOn.isValid() && medication.stoppedOn.isValid() &&
                medication.stoppedOn < medication.startedOn) {
                throw InputError(item.at("stopped_on"),
                                 QStringLiteral("a medicine cannot stop before it started"));
            }
            profile.medications.push_back(medication);
        });
        m_path = base;

        forEach(fields, "plans", location,
                [&](const JsonFieldReader& item) { profile.plans.push_back(readPlan(item)); });
        m_path = base;

        forEach(fields, "trials", location, [&](const JsonFieldReader& item) {
            profile.trials.push_back(ArchivedTrialJson::read(item, symptomNames));
        });
        m_path = base;
        return profile;
    }

    ArchivedDay readDay(const JsonFieldReader& item, const QSet<QString>& symptomNames)
    {
        static const std::vector<const char*> knownKeys = [] {
            std::vector<const char*> keys{"date", "scores", "side_effects", "events", "updated_at"};
            for (const DiaryDayField& field : DiaryDayField::all()) {
                keys.push_back(field.jsonKey);
            }
            return keys;
        }();
        item.rejectUnknownKeys(knownKeys);
        ArchivedDay day;
        DiaryEntry& entry = day.entry;
        entry.date = IsoDate::parse(item.requiredString("date"), item.at("date"));
        for (const DiaryDayField& field : DiaryDayField::all()) {
            const QString problem = field.assign(entry, dayFieldValue(item, field));
            if (!problem.isEmpty()) {
                throw InputError(item.at(field.jsonKey), problem);
            }
        }
        entry.events = item.stringList("events");
        for (const QString& event : std::as_const(entry.events)) {
            if (event.trimmed().isEmpty()) {
                throw InputError(item.at("events"), QStringLiteral("an event needs a name"));
            }
        }
        if (const Json* scores = item.object("scores")) {
            for (auto it = scores->begin(); it != scores->end(); ++it) {
                const QString symptom = QString::fromStdString(it.key());
                const QString where = item.at("scores") + QStringLiteral(".") + symptom;
                if (!symptomNames.contains(symptom.toLower())) {
                    throw InputError(
                        where, QStringLiteral("\"%1\" is not one of this profile's symptoms").arg(symptom));
                }
                entry.symptomScores[symptom] =
                    boundedInteger(it.value(), where, kMinimumSymptomScore, kMaximumSymptomScore);
            }
        }
        if (const Json* effects = item.object("side_effects")) {
            for (auto it = effects->begin(); it != effects->end(); ++it) {
                const QString effect = QString::fromStdString(it.key());
                const QString where = item.at("side_effects") + QStringLiteral(".") + effect;
                if (effect.trimmed().isEmpty()) {
                    throw InputError(where, QStringLiteral("a side effect needs a name"));
                }
                entry.sideEffects[effect] = boundedInteger(it.value(), where, 0, Severity::kMaximum);
            }
        }
        day.updatedAt = dateTime(item, "updated_at");
        return day;
    }

    ArchivedPlan readPlan(const JsonFieldReader& item)
    {
        item.rejectUnknownKeys({"template", "start_on", "start_ug", "step_ug", "interval_days", "target_ug",
                                "maximum_ug", "created_at", "ended_on", "adjustments"});
        ArchivedPlan archived;
        TitrationPlan& plan = archived.plan;
        const QString kind = item.requiredString("template");
        const std::optional<TitrationPlan::Template> planTemplate = planTemplateFromText(kind);
        if (!planTemplate) {
            throw InputError(
                item.at("template"),
                QStringLiteral("\"%1\" is not one of standard, weekly, sensitive, custom").arg(kind));
        }
        plan.kind = *planTemplate;
        plan.startOn = IsoDate::parse(item.requiredString("start_on"), item.at("start_on"));
        plan.startDose = micrograms(item, "start_ug", true);
        plan.stepDose = micrograms(item, "step_ug", true);
        const std::optional<int> interval = item.integer("interval_days");
        if (!interval) {
            throw InputError(item.at("interval_days"), QStringLiteral("is required"));
        }
        plan.intervalDays = *interval;
        plan.targetDose = micrograms(item, "target_ug", true);
        plan.maximumDose = micrograms(item, "maximum_ug", true);
        archived.createdAt = dateTime(item, "created_at");
        archived.endedOn = date(item, "ended_on");
        const std::vector<JsonLocator::PathStep> planPath = m_path;
        forEach(item, "adjustments", QString(), [&](const JsonFieldReader& adjustmentFields) {
            adjustmentFields.rejectUnknownKeys({"effective_on", "kind", "dose_ug", "reason", "created_at"});
            TitrationAdjustment adjustment;
            adjustment.effectiveOn = IsoDate::parse(adjustmentFields.requiredString("effective_on"),
                                                    adjustmentFields.at("effective_on"));
            const QString adjustmentKind = adjustmentFields.requiredString("kind");
            const std::optional<TitrationAdjustment::Kind> parsedKind =
                adjustmentKindFromText(adjustmentKind);
            if (!parsedKind) {
                throw InputError(adjustmentFields.at("kind"),
                                 QStringLiteral("\"%1\" is not one of hold, step_down, resume, set_dose")
                                     .arg(adjustmentKind));
            }
            adjustment.kind = *parsedKind;
            const bool needsDose = adjustment.kind == TitrationAdjustment::Kind::StepDown ||
                                   adjustment.kind == TitrationAdjustment::Kind::SetDose;
            if (needsDose) {
                adjustment.dose = micrograms(adjustmentFields, "dose_ug", true);
            } else if (adjustmentFields.has("dose_ug")) {
                throw InputError(adjustmentFields.at("dose_ug"),
                                 QStringLiteral("only a step down or a set dose has a dose"));
            }
            adjustment.reason = adjustmentFields.string("reason");
            plan.adjustments.push_back(adjustment);
            archived.adjustmentsCreatedAt.push_back(dateTime(adjustmentFields, "created_at"));
        });
        m_path = planPath;
        try {
            plan.validate();
        } catch (const InputError& error) {
            // TitrationPlan names its fields as a form does; point at the file's key instead.
            static const std::map<QString, const char*> keyOfField = {
                {QStringLiteral("start"), "start_on"},   {QStringLiteral("start dose"), "start_ug"},
                {QStringLiteral("step"), "step_ug"},     {QStringLiteral("interval"), "interval_days"},
                {QStringLiteral("target"), "target_ug"}, {QStringLiteral("maximum"), "maximum_ug"}};
            const auto key = keyOfField.find(error.location());
            throw InputError(item.at(key == keyOfField.end() ? "template" : key->second), error.problem());
        }
        return archived;
    }

    ArchivedCondition readCondition(const Json& value, const QString& location)
    {
        const JsonFieldReader fields(value, location);
        fields.rejectUnknownKeys({"name", "category", "description", "synonyms"});
        ArchivedCondition condition;
        condition.name = name(fields, "name");
        condition.category = fields.string("category");
        static const QStringList categories = {QStringLiteral("autoimmune"), QStringLiteral("cancer"),
                                               QStringLiteral("other"), QStringLiteral("suggested_untried")};
        if (condition.category.isEmpty()) {
            condition.category = QStringLiteral("other");
        } else if (!categories.contains(condition.category)) {
            throw InputError(fields.at("category"),
                             QStringLiteral("\"%1\" is not one of %2")
                                 .arg(condition.category, categories.join(QStringLiteral(", "))));
        }
        condition.description = fields.string("description");
        condition.synonyms = fields.stringList("synonyms");
        return condition;
    }

    // Calls `read` with each element of the array under `key`, keeping m_path on that element.
    template <typename Read>
    void forEach(const JsonFieldReader& fields, const char* key, const QString& location, Read&& read)
    {
        const Json* items = fields.array(key);
        if (!items) {
            return;
        }
        const std::vector<JsonLocator::PathStep> base = m_path;
        const QString prefix =
            location.isEmpty() ? fields.at(key) : location + QStringLiteral(".") + QLatin1String(key);
        for (std::size_t i = 0; i < items->size(); ++i) {
            m_path = base;
            m_path.push_back({QByteArray(key), -1});
            m_path.push_back({{}, static_cast<qsizetype>(i)});
            read(JsonFieldReader((*items)[i], QStringLiteral("%1[%2]").arg(prefix).arg(i)));
        }
    }

    static bool insertUnique(QSet<QString>& names, const QString& name)
    {
        const QString key = name.toLower();
        if (names.contains(key)) {
            return false;
        }
        names.insert(key);
        return true;
    }

    static QString name(const JsonFieldReader& fields, const char* key)
    {
        const QString text = fields.requiredString(key).simplified();
        if (text.size() > Profile::kMaximumNameLength) {
            throw InputError(fields.at(key), QStringLiteral("a name can be at most %1 characters (got %2)")
                                                 .arg(Profile::kMaximumNameLength)
                                                 .arg(text.size()));
        }
        return text;
    }

    static QDate date(const JsonFieldReader& fields, const char* key)
    {
        const QString text = fields.string(key);
        return text.isEmpty() ? QDate() : IsoDate::parse(text, fields.at(key));
    }

    static QDateTime dateTime(const JsonFieldReader& fields, const char* key)
    {
        const QString text = fields.string(key);
        if (text.isEmpty()) {
            return {};
        }
        static const QRegularExpression utcStamp(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!utcStamp.match(text).hasMatch() || !time.isValid()) {
            throw InputError(fields.at(key),
                             QStringLiteral("\"%1\" is not a UTC time as YYYY-MM-DDTHH:MM:SSZ").arg(text));
        }
        return time.toUTC();
    }

    // A simple field of a day as its table entry holds it, after the checks of its JSON type.
    static DiaryDayField::Value dayFieldValue(const JsonFieldReader& item, const DiaryDayField& field)
    {
        if (!item.has(field.jsonKey)) {
            return {};
        }
        switch (field.kind) {
        case DiaryDayField::Kind::Integer:
            return std::int64_t(*item.integer(field.jsonKey));
        case DiaryDayField::Kind::Number:
            return *item.number(field.jsonKey);
        case DiaryDayField::Kind::Text:
            break;
        }
        return item.string(field.jsonKey);
    }

    static Dose micrograms(const JsonFieldReader& fields, const char* key, bool required)
    {
        if (!fields.has(key)) {
            if (required) {
                throw InputError(fields.at(key), QStringLiteral("is required (whole micrograms)"));
            }
            return Dose();
        }
        const std::optional<int> value = fields.integer(key);
        if (*value < 0) {
            throw InputError(fields.at(key),
                             QStringLiteral("a dose cannot be negative (got %1)").arg(*value));
        }
        if (*value > Dose::kMaximumMicrograms) {
            throw InputError(fields.at(key),
                             QStringLiteral("%1 micrograms is not a possible dose").arg(*value));
        }
        return Dose::fromMicrograms(*value);
    }

    static int boundedInteger(const Json& value, const QString& where, int minimum, int maximum)
    {
        if (!value.is_number_integer() && !value.is_number_unsigned()) {
            throw InputError(where, QStringLiteral("must be a whole number from %1 to %2 (got %3)")
                                        .arg(minimum)
                                        .arg(maximum)
                                        .arg(JsonFieldReader::typeName(value)));
        }
        const long long number = value.get<long long>();
        if (number < minimum || number > maximum) {
            throw InputError(
                where,
                QStringLiteral("must be from %1 to %2 (got %3)").arg(minimum).arg(maximum).arg(number));
        }
        return static_cast<int>(number);
    }

    // "FILE:LINE: LOCATION", the line being that of the field when it can be found, else of the
    // record being read.
    QString locate(const QString& location) const
    {
        if (location.startsWith(m_fileName)) {
            return location; // already placed (a JSON syntax error)
        }
        std::vector<JsonLocator::PathStep> path = m_path;
        int line = 0;
        const qsizetype separator = location.lastIndexOf(QStringLiteral(": "));
        if (separator >= 0) {
            QString field = location.mid(separator + 2);
            field = field.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
            path.push_back({field.toUtf8(), -1});
            line = JsonLocator::lineOfValue(m_text, path);
            path.pop_back();
        }
        if (line == 0) {
            line = JsonLocator::lineOfValue(m_text, path);
        }
        const QString where = location.startsWith(QStringLiteral(": ")) ? location.mid(2) : location;
        const QString place = QStringLiteral("%1:%2").arg(m_fileName).arg(std::max(line, 1));
        return where.isEmpty() ? place : place + QStringLiteral(": ") + where;
    }

    const QByteArray& m_text;
    QString m_fileName;
    std::vector<JsonLocator::PathStep> m_path;
};

} // namespace

DiaryArchive DiaryArchiveJson::parse(const QByteArray& text, const QString& fileName)
{
    return ArchiveReader(text, fileName).read();
}

QByteArray DiaryArchiveJson::write(const DiaryArchive& archive)
{
    JsonTextWriter json;
    json.beginObject();
    json.key("format").value(kFormat);
    json.key("format_version").value(kFormatVersion);
    json.key("scope").value(archive.scope == DiaryArchive::Scope::Profile ? "profile" : "database");
    json.key("exported_at");
    writeTimestamp(json, archive.exportedAt);
    json.key("schema_version").value(archive.schemaVersion);
    json.key("profiles").beginArray();
    for (const ArchivedProfile& profile : archive.profiles) {
        writeProfile(json, profile);
    }
    json.endArray();
    if (archive.scope == DiaryArchive::Scope::Database) {
        json.key("own_conditions").beginArray();
        for (const ArchivedCondition& condition : archive.ownConditions) {
            json.beginObject()
                .key("name")
                .value(condition.name)
                .key("category")
                .value(condition.category)
                .key("description")
                .value(condition.description);
            json.key("synonyms").beginArray();
            for (const QString& synonym : condition.synonyms) {
                json.value(synonym);
            }
            json.endArray().endObject();
        }
        json.endArray();
        if (archive.ownEvidence) {
            const std::string text = archive.ownEvidence->dump(1, '\t');
            json.key("own_evidence").rawValue(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
        }
        json.key("settings").beginObject();
        for (const auto& [key, value] : archive.settings) {
            const QByteArray utf8 = key.toUtf8();
            json.key(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))).value(value);
        }
        json.endObject();
    }
    json.endObject();
    return json.finish();
}

} // namespace ldn
