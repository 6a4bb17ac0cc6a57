#include "presentation/Language.h"

#include "core/diary/SymptomDefinition.h"
#include "core/evidence/SummaryOfFindings.h"
#include "core/exchange/DiaryExport.h"
#include "core/exchange/FhirClinicalCodes.h"
#include "core/plan/MedicationSafety.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "presentation/Translations.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <catch2/catch.hpp>

#include <map>

namespace ldn::test {
namespace {

// Sets environment variables for one test and puts the old values back after it.
class ScopedEnvironment {
public:
    explicit ScopedEnvironment(const std::map<QByteArray, QByteArray>& values)
    {
        for (const auto& [name, value] : values) {
            m_saved[name] = qEnvironmentVariableIsSet(name.constData())
                                ? std::optional<QByteArray>(qgetenv(name.constData()))
                                : std::nullopt;
            if (value.isNull()) {
                qunsetenv(name.constData());
            } else {
                qputenv(name.constData(), value);
            }
        }
    }
    ~ScopedEnvironment()
    {
        for (const auto& [name, value] : m_saved) {
            if (value) {
                qputenv(name.constData(), *value);
            } else {
                qunsetenv(name.constData());
            }
        }
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    std::map<QByteArray, std::optional<QByteArray>> m_saved;
};

// Installs a language for one test and goes back to British English after it.
struct ScopedLanguage {
    explicit ScopedLanguage(Language language) { Translations::install(language); }
    ~ScopedLanguage() { Translations::install(Language::EnglishGB); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
};

Language fromEnvironment(const QByteArray& lcAll, const QByteArray& lang, const QByteArray& language)
{
    const ScopedEnvironment environment(
        {{"LC_ALL", lcAll}, {"LC_MESSAGES", QByteArray()}, {"LANG", lang}, {"LANGUAGE", language}});
    return languageFromEnvironment();
}

// A day with everything that has words: a form, a side effect with its severity, an event, a
// decimal dose, a plan with a hold; exported, none of it may depend on the language.
DiaryArchive archiveWithWords()
{
    ArchivedProfile profile;
    profile.name = QStringLiteral("Robin");
    profile.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    profile.symptoms.push_back({{QStringLiteral("pain"), false}, false});
    ArchivedDay day;
    day.entry.date = QDate(2026, 3, 3);
    day.entry.status = DoseStatus::Taken;
    day.entry.dose = Dose::fromMicrograms(1500);
    day.entry.timeTaken = QTime(21, 30);
    day.entry.formulation = Formulation::Capsule;
    day.entry.symptomScores = {{QStringLiteral("pain"), 6}};
    day.entry.sideEffects = {{QStringLiteral("vivid dreams"), 2}};
    day.entry.events = {QStringLiteral("infection")};
    day.entry.note = QStringLiteral("Slept badly");
    day.updatedAt = QDateTime(QDate(2026, 3, 3), QTime(22, 0), QTimeZone::utc());
    profile.days.push_back(day);
    ArchivedPlan plan;
    plan.plan.startOn = QDate(2026, 3, 1);
    plan.plan.startDose = Dose::fromMicrograms(1500);
    plan.plan.stepDose = Dose::fromMicrograms(1500);
    plan.plan.targetDose = Dose::fromMicrograms(4500);
    plan.plan.maximumDose = Dose::fromMicrograms(4500);
    TitrationAdjustment hold;
    hold.effectiveOn = QDate(2026, 3, 10);
    hold.kind = TitrationAdjustment::Kind::Hold;
    plan.plan.adjustments.push_back(hold);
    plan.createdAt = profile.createdAt;
    plan.adjustmentsCreatedAt.push_back(profile.createdAt);
    profile.plans.push_back(plan);

    DiaryArchive archive;
    archive.scope = DiaryArchive::Scope::Profile;
    archive.exportedAt = QDateTime(QDate(2026, 3, 4), QTime(8, 0), QTimeZone::utc());
    archive.schemaVersion = 1;
    archive.profiles.push_back(profile);
    return archive;
}

} // namespace

TEST_CASE("Language tags name the languages LDN Tracker speaks", "[presentation][language]")
{
    CHECK(languageFromTag(QStringLiteral("de")) == Language::German);
    CHECK(languageFromTag(QStringLiteral("de_AT.UTF-8")) == Language::German);
    CHECK(languageFromTag(QStringLiteral("en-GB")) == Language::EnglishGB);
    CHECK(languageFromTag(QStringLiteral("en_US.UTF-8")) == Language::EnglishUS);
    CHECK(languageFromTag(QStringLiteral("EN-us")) == Language::EnglishUS);
    CHECK(languageFromTag(QStringLiteral("en_AU")) == Language::EnglishGB);
    CHECK_FALSE(languageFromTag(QStringLiteral("fr")));
    CHECK_FALSE(languageFromTag(QStringLiteral("system")));
    CHECK_FALSE(languageFromTag(QString()));
    for (const QString& tag : languageTags()) {
        CHECK(languageTag(*languageFromTag(tag)) == tag);
    }
}

TEST_CASE("The environment's language is read as gettext reads it", "[presentation][language]")
{
    CHECK(fromEnvironment(QByteArray(), "de_DE.UTF-8", QByteArray()) == Language::German);
    CHECK(fromEnvironment(QByteArray(), "en_US.UTF-8", QByteArray()) == Language::EnglishUS);
    CHECK(fromEnvironment("de_DE.UTF-8", "en_US.UTF-8", QByteArray()) == Language::German);
    // LANGUAGE comes first, its first language LDN Tracker speaks wins...
    CHECK(fromEnvironment(QByteArray(), "en_GB.UTF-8", "fr:de:en") == Language::German);
    // ...but a C locale means untranslated, whatever LANGUAGE says.
    CHECK(fromEnvironment("C.UTF-8", QByteArray(), "de") == Language::EnglishGB);
    CHECK(fromEnvironment(QByteArray(), "C", "de") == Language::EnglishGB);
    CHECK(fromEnvironment(QByteArray(), "POSIX", QByteArray()) == Language::EnglishGB);
    CHECK(fromEnvironment(QByteArray(), QByteArray(), QByteArray()) == Language::EnglishGB);
    // A language LDN Tracker does not speak: British English.
    CHECK(fromEnvironment(QByteArray(), "fr_FR.UTF-8", QByteArray()) == Language::EnglishGB);
}

TEST_CASE("German dates, decimal commas and words come from the translation", "[presentation][language]")
{
    const ScopedLanguage german(Language::German);
    REQUIRE(Translations::current() == Language::German);
    const QDate date(2026, 3, 3);
    CHECK(shortDate(date) == QStringLiteral("3. März 2026"));
    CHECK(longDate(date) == QStringLiteral("3. März 2026"));
    CHECK(shortDate(QDate(2026, 12, 7)) == QStringLiteral("7. Dez. 2026"));
    CHECK(weekdayDate(date) == QStringLiteral("Di., 3. März 2026"));
    CHECK(milligrams(Dose::fromMicrograms(4500)) == QStringLiteral("4,5 mg"));
    CHECK(milligrams(Dose::fromMicrograms(250)) == QStringLiteral("0,25 mg"));
    CHECK(dayCount(1) == QStringLiteral("1 Tag"));
    CHECK(dayCount(3) == QStringLiteral("3 Tage"));
    CHECK(QCoreApplication::translate("ldn::GpReport", "Side effects") == QStringLiteral("Nebenwirkungen"));
    CHECK(QCoreApplication::translate("ldn::GpReport", "Dose") == QStringLiteral("Dosis"));
    CHECK(QCoreApplication::translate("MainWindow", "GP report") == QStringLiteral("Hausarztbericht"));
    CHECK(displayName(Formulation::Capsule) == QStringLiteral("Kapsel"));
    // A profile made in the German app starts with German symptoms; the FHIR export still knows
    // which one is pain.
    const std::vector<SymptomDefinition> symptoms = defaultSymptoms();
    REQUIRE(symptoms.size() == 5);
    CHECK(symptoms.front().name == QStringLiteral("Schmerzen"));
    CHECK(symptoms[2].name == QStringLiteral("Schlafqualität"));
    CHECK(symptoms[2].higherIsBetter);
    CHECK(FhirClinicalCodes::isPainSeverity(symptoms.front().name, symptoms.front().higherIsBetter));
    // Medicine warnings are the app's words too, on the Today tab and in the report.
    CHECK(MedicationSafety::assess(QStringLiteral("Tramadol"))
              .warning.startsWith(QStringLiteral("Nehmen Sie LDN nicht zusammen mit Opioiden")));
    Medication stopped;
    stopped.name = QStringLiteral("Tramadol");
    stopped.stoppedOn = QDate(2026, 3, 1);
    CHECK(MedicationSafety::clearanceNote(stopped, QDate(2026, 3, 4), shortDate(stopped.stoppedOn))
              .startsWith(
                  QStringLiteral("Tramadol, ein Opioid, wurde am 1. März 2026 abgesetzt (vor 3 Tagen)")));
    SummaryRow row;
    row.directions = {{EffectDirection::Benefit, 2}, {EffectDirection::NoDifference, 1}};
    CHECK(row.directionText().startsWith(QStringLiteral("gemischt: 2 ")));
}

TEST_CASE("American English puts the month first and says primary care doctor", "[presentation][language]")
{
    const ScopedLanguage american(Language::EnglishUS);
    CHECK(shortDate(QDate(2026, 3, 3)) == QStringLiteral("Mar 3, 2026"));
    CHECK(longDate(QDate(2026, 3, 3)) == QStringLiteral("March 3, 2026"));
    CHECK(milligrams(Dose::fromMicrograms(4500)) == QStringLiteral("4.5 mg"));
    CHECK(dayCount(2) == QStringLiteral("2 days"));
    CHECK(QCoreApplication::translate("MainWindow", "GP report") == QStringLiteral("Doctor's report"));
}

TEST_CASE("British English is the source text and the default", "[presentation][language]")
{
    Translations::install(Language::German);
    Translations::install(Language::EnglishGB);
    CHECK(Translations::current() == Language::EnglishGB);
    CHECK(shortDate(QDate(2026, 3, 3)) == QStringLiteral("3 Mar 2026"));
    CHECK(milligrams(Dose::fromMicrograms(4500)) == QStringLiteral("4.5 mg"));
    CHECK(QCoreApplication::translate("MainWindow", "GP report") == QStringLiteral("GP report"));
    CHECK(Translations::resourceFile(Language::EnglishGB).isEmpty());
}

TEST_CASE("CSV, JSON and FHIR exports never change with the language", "[presentation][language][export]")
{
    const DiaryArchive archive = archiveWithWords();
    std::map<DiaryExport::Format, QByteArray> english;
    for (const DiaryExport::Format format :
         {DiaryExport::Format::Backup, DiaryExport::Format::Spreadsheet, DiaryExport::Format::Fhir}) {
        english[format] = DiaryExport::contents(archive, format);
    }
    REQUIRE(english[DiaryExport::Format::Spreadsheet].contains("1.5"));
    for (const Language language : {Language::German, Language::EnglishUS}) {
        const ScopedLanguage installed(language);
        // The translation really is in place, so an export that used it would differ.
        REQUIRE(displayName(Formulation::Capsule) ==
                (language == Language::German ? QStringLiteral("Kapsel") : QStringLiteral("Capsule")));
        for (const auto& [format, bytes] : english) {
            INFO("language " << languageTag(language).toStdString() << ", format "
                             << static_cast<int>(format));
            CHECK(DiaryExport::contents(archive, format) == bytes);
        }
    }
}

} // namespace ldn::test
