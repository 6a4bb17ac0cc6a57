#include "core/DiaryArchiveJson.h"

#include "core/InputError.h"
#include "core/IsoDate.h"
#include "core/JsonFieldReader.h"
#include "core/JsonLocator.h"
#include "core/StrictJson.h"

#include <QRegularExpression>
#include <QSet>

#include <map>

namespace ldn {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr int kMaximumNameLength = 100;

// ---- writing ---------------------------------------------------------------------------------

std::string utf8(const QString& text)
{
    return text.toStdString();
}

OrderedJson optionalDate(const QDate& date)
{
    return date.isValid() ? OrderedJson(utf8(IsoDate::format(date))) : OrderedJson(nullptr);
}

OrderedJson timestamp(const QDateTime& time)
{
    return time.isValid() ? OrderedJson(utf8(time.toUTC().toString(Qt::ISODate))) : OrderedJson(nullptr);
}

OrderedJson dayJson(const ArchivedDay& day)
{
    const DiaryEntry& entry = day.entry;
    OrderedJson json;
    json["date"] = utf8(IsoDate::format(entry.date));
    json["status"] = utf8(toStorageText(entry.status));
    if (entry.status == DoseStatus::Taken) {
        json["dose_ug"] = entry.dose.micrograms();
    }
    if (entry.timeTaken) {
        json["time"] = utf8(entry.timeTaken->toString(QStringLiteral("HH:mm")));
    }
    if (entry.formulation) {
        json["formulation"] = utf8(toStorageText(*entry.formulation));
    }
    if (!entry.pharmacy.isEmpty()) {
        json["pharmacy"] = utf8(entry.pharmacy);
    }
    if (!entry.batch.isEmpty()) {
        json["batch"] = utf8(entry.batch);
    }
    if (!entry.symptomScores.empty()) {
        OrderedJson scores = OrderedJson::object();
        for (const auto& [name, score] : entry.symptomScores) {
            scores[utf8(name)] = score;
        }
        json["scores"] = std::move(scores);
    }
    if (!entry.sideEffects.empty()) {
        OrderedJson effects = OrderedJson::object();
        for (const auto& [name, severity] : entry.sideEffects) {
            effects[utf8(name)] = severity;
        }
        json["side_effects"] = std::move(effects);
    }
    if (!entry.events.isEmpty()) {
        OrderedJson events = OrderedJson::array();
        for (const QString& event : entry.events) {
            events.push_back(utf8(event));
        }
        json["events"] = std::move(events);
    }
    if (!entry.note.isEmpty()) {
        json["note"] = utf8(entry.note);
    }
    json["updated_at"] = timestamp(day.updatedAt);
    return json;
}

OrderedJson planJson(const ArchivedPlan& archived)
{
    const TitrationPlan& plan = archived.plan;
    OrderedJson json;
    json["template"] = utf8(toStorageText(plan.kind));
    json["start_on"] = utf8(IsoDate::format(plan.startOn));
    json["start_ug"] = plan.startDose.micrograms();
    json["step_ug"] = plan.stepDose.micrograms();
    json["interval_days"] = plan.intervalDays;
    json["target_ug"] = plan.targetDose.micrograms();
    json["maximum_ug"] = plan.maximumDose.micrograms();
    json["created_at"] = timestamp(archived.createdAt);
    json["ended_on"] = optionalDate(archived.endedOn);
    OrderedJson adjustments = OrderedJson::array();
    for (std::size_t i = 0; i < plan.adjustments.size(); ++i) {
        const TitrationAdjustment& adjustment = plan.adjustments[i];
        OrderedJson item;
        item["effective_on"] = utf8(IsoDate::format(adjustment.effectiveOn));
        item["kind"] = utf8(toStorageText(adjustment.kind));
        item["dose_ug"] = adjustment.dose ? OrderedJson(adjustment.dose->micrograms()) : OrderedJson(nullptr);
        item["reason"] = utf8(adjustment.reason);
        item["created_at"] = timestamp(
            i < archived.adjustmentsCreatedAt.size() ? archived.adjustmentsCreatedAt[i] : QDateTime());
        adjustments.push_back(std::move(item));
    }
    json["adjustments"] = std::move(adjustments);
    return json;
}

OrderedJson profileJson(const ArchivedProfile& profile)
{
    OrderedJson json;
    json["name"] = utf8(profile.name);
    json["created_at"] = timestamp(profile.createdAt);
    json["notes"] = utf8(profile.notes);

    OrderedJson conditions = OrderedJson::array();
    for (const ProfileConditionLink& condition : profile.conditions) {
        conditions.push_back(
            {{"name", utf8(condition.name)}, {"diagnosed_on", optionalDate(condition.diagnosedOn)}});
    }
    json["conditions"] = std::move(conditions);

    OrderedJson symptoms = OrderedJson::array();
    for (const ArchivedSymptom& symptom : profile.symptoms) {
        symptoms.push_back({{"name", utf8(symptom.definition.name)},
                            {"higher_is_better", symptom.definition.higherIsBetter},
                            {"archived", symptom.archived}});
    }
    json["symptoms"] = std::move(symptoms);

    OrderedJson days = OrderedJson::array();
    for (const ArchivedDay& day : profile.days) {
        days.push_back(dayJson(day));
    }
    json["days"] = std::move(days);

    OrderedJson annotations = OrderedJson::array();
    for (const Annotation& annotation : profile.annotations) {
        annotations.push_back({{"day", optionalDate(annotation.day)},
                               {"author", utf8(toStorageText(annotation.author))},
                               {"author_name", utf8(annotation.authorName)},
                               {"body", utf8(annotation.body)},
                               {"created_at", timestamp(annotation.createdAt)}});
    }
    json["annotations"] = std::move(annotations);

    OrderedJson medications = OrderedJson::array();
    for (const Medication& medication : profile.medications) {
        medications.push_back({{"name", utf8(medication.name)},
                               {"dose_text", utf8(medication.doseText)},
                               {"started_on", optionalDate(medication.startedOn)},
                               {"stopped_on", optionalDate(medication.stoppedOn)},
                               {"notes", utf8(medication.notes)}});
    }
    json["medications"] = std::move(medications);

    OrderedJson plans = OrderedJson::array();
    for (const ArchivedPlan& plan : profile.plans) {
        plans.push_back(planJson(plan));
    }
    json["plans"] = std::move(plans);
    return json;
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

    ArchivedProfile readProfile(const Json& value, const QString& location)
    {
        const JsonFieldReader fields(value, location);
        fields.rejectUnknownKeys({"name", "created_at", "notes", "conditions", "symptoms", "days",
                                  "annotations", "medications", "plans"});
        ArchivedProfile profile;
        profile.name = name(fields, "name");
        profile.createdAt = dateTime(fields, "created_at");
        profile.notes = fields.string("notes");
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
            item.rejectUnknownKeys({"name", "higher_is_better", "archived"});
            ArchivedSymptom symptom;
            symptom.definition.name = name(item, "name");
            if (!item.has("higher_is_better")) {
                throw InputError(item.at("higher_is_better"), QStringLiteral("is required (true or false)"));
            }
            symptom.definition.higherIsBetter = item.boolean("higher_is_better", false);
            symptom.archived = item.boolean("archived", false);
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
        return profile;
    }

    ArchivedDay readDay(const JsonFieldReader& item, const QSet<QString>& symptomNames)
    {
        item.rejectUnknownKeys({"date", "status", "dose_ug", "time", "formulation", "pharmacy", "batch",
                                "scores", "side_effects", "events", "note", "updated_at"});
        ArchivedDay day;
        DiaryEntry& entry = day.entry;
        entry.date = IsoDate::parse(item.requiredString("date"), item.at("date"));
        const QString status = item.requiredString("status");
        const std::optional<DoseStatus> doseStatus = doseStatusFromStorageText(status);
        if (!doseStatus) {
            throw InputError(item.at("status"),
                             QStringLiteral("\"%1\" is not one of taken, missed").arg(status));
        }
        entry.status = *doseStatus;
        if (entry.status == DoseStatus::Taken) {
            entry.dose = micrograms(item, "dose_ug", true);
        } else if (item.has("dose_ug")) {
            throw InputError(item.at("dose_ug"), QStringLiteral("a missed day has no dose"));
        }
        const QString time = item.string("time");
        if (!time.isEmpty()) {
            static const QRegularExpression hoursMinutes(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
            if (!hoursMinutes.match(time).hasMatch()) {
                throw InputError(item.at("time"),
                                 QStringLiteral("\"%1\" is not a time of day as HH:MM").arg(time));
            }
            if (entry.status == DoseStatus::Missed) {
                throw InputError(item.at("time"), QStringLiteral("a missed dose has no time taken"));
            }
            entry.timeTaken = QTime::fromString(time, QStringLiteral("HH:mm"));
        }
        const QString formulation = item.string("formulation");
        if (!formulation.isEmpty()) {
            entry.formulation = formulationFromText(formulation);
            if (!entry.formulation) {
                throw InputError(item.at("formulation"),
                                 QStringLiteral("\"%1\" is not one of %2")
                                     .arg(formulation, formulationStorageTexts().join(QStringLiteral(", "))));
            }
        }
        entry.pharmacy = item.string("pharmacy");
        entry.batch = item.string("batch");
        entry.note = item.string("note");
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
                entry.sideEffects[effect] = boundedInteger(it.value(), where, 0, kMaximumSideEffectSeverity);
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
        if (text.size() > kMaximumNameLength) {
            throw InputError(fields.at(key), QStringLiteral("a name can be at most %1 characters (got %2)")
                                                 .arg(kMaximumNameLength)
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
    OrderedJson json;
    json["format"] = kFormat;
    json["format_version"] = kFormatVersion;
    json["scope"] = archive.scope == DiaryArchive::Scope::Profile ? "profile" : "database";
    json["exported_at"] = timestamp(archive.exportedAt);
    json["schema_version"] = archive.schemaVersion;
    OrderedJson profiles = OrderedJson::array();
    for (const ArchivedProfile& profile : archive.profiles) {
        profiles.push_back(profileJson(profile));
    }
    json["profiles"] = std::move(profiles);
    if (archive.scope == DiaryArchive::Scope::Database) {
        OrderedJson conditions = OrderedJson::array();
        for (const ArchivedCondition& condition : archive.ownConditions) {
            OrderedJson synonyms = OrderedJson::array();
            for (const QString& synonym : condition.synonyms) {
                synonyms.push_back(utf8(synonym));
            }
            conditions.push_back({{"name", utf8(condition.name)},
                                  {"category", utf8(condition.category)},
                                  {"description", utf8(condition.description)},
                                  {"synonyms", std::move(synonyms)}});
        }
        json["own_conditions"] = std::move(conditions);
        if (archive.ownEvidence) {
            json["own_evidence"] = OrderedJson::parse(archive.ownEvidence->dump());
        }
        OrderedJson settings = OrderedJson::object();
        for (const auto& [key, value] : archive.settings) {
            settings[utf8(key)] = utf8(value);
        }
        json["settings"] = std::move(settings);
    }
    const std::string text = json.dump(1, '\t');
    return QByteArray(text.data(), static_cast<qsizetype>(text.size())) + '\n';
}

} // namespace ldn
