#include "core/diary/DiaryEntry.h"

#include "core/base/InputError.h"
#include "core/diary/DiaryVocabulary.h"
#include "core/diary/Severity.h"

#include <catch2/catch.hpp>

using namespace ldn;

namespace {

DiaryEntry goodDay()
{
    DiaryEntry entry;
    entry.date = QDate(2026, 3, 3);
    entry.dose = Dose::fromMicrograms(4500);
    entry.timeTaken = QTime(22, 0);
    entry.symptomScores[QStringLiteral("pain")] = 6;
    entry.sideEffects[QStringLiteral("vivid dreams")] = 2;
    entry.events << QStringLiteral("infection");
    return entry;
}

QString refusal(const DiaryEntry& entry, const std::vector<SymptomDefinition>& symptoms = defaultSymptoms())
{
    try {
        entry.validate(symptoms);
    } catch (const InputError& error) {
        return error.message();
    }
    return QString();
}

} // namespace

TEST_CASE("A diary day checks itself, naming the day and the field", "[diary]")
{
    CHECK(refusal(goodDay()).isEmpty());
    CHECK_NOTHROW(goodDay().validate());

    DiaryEntry entry = goodDay();
    entry.symptomScores[QStringLiteral("PAIN")] = 11;
    entry.symptomScores.erase(QStringLiteral("pain"));
    CHECK(refusal(entry) == QStringLiteral("2026-03-03 score: PAIN must be scored 0 to 10 (got 11)"));
    entry = goodDay();
    entry.symptomScores[QStringLiteral("itching")] = 3;
    CHECK(refusal(entry) ==
          QStringLiteral("2026-03-03 score: \"itching\" is not one of this profile's symptoms"));
    CHECK_NOTHROW(entry.validate()); // without a profile's symptoms, any name will do
    entry = goodDay();
    entry.sideEffects[QStringLiteral("nausea")] = 4;
    CHECK(refusal(entry) == QStringLiteral("2026-03-03 side effect: nausea severity must be 0 to 3 (got 4)"));
    entry = goodDay();
    entry.sideEffects[QStringLiteral("  ")] = 1;
    CHECK(refusal(entry) == QStringLiteral("2026-03-03 side effect: a name is required"));
    entry = goodDay();
    entry.events << QStringLiteral(" ");
    CHECK(refusal(entry) == QStringLiteral("2026-03-03 event: an event needs a name"));
    entry = goodDay();
    entry.status = DoseStatus::Missed;
    CHECK(refusal(entry) == QStringLiteral("2026-03-03 time: a missed dose has no time taken"));
    entry = goodDay();
    entry.dose = Dose::fromMicrograms(Dose::kMaximumMicrograms + 1);
    CHECK(refusal(entry) == QStringLiteral("2026-03-03 dose: not a possible dose"));
    entry = goodDay();
    entry.date = QDate();
    CHECK(refusal(entry) == QStringLiteral("date: a diary entry needs a valid date"));
}

TEST_CASE("Severities and the form's vocabulary have names in words", "[diary]")
{
    CHECK(Severity::nameOf(0) == QStringLiteral("none"));
    CHECK(Severity::nameOf(2) == QStringLiteral("moderate"));
    CHECK(Severity::fromNumber(3)->name() == QStringLiteral("severe"));
    CHECK_FALSE(Severity::fromNumber(4).has_value());
    CHECK_FALSE(Severity::isValid(-1));
    CHECK(DiaryVocabulary::sideEffects().contains(QStringLiteral("vivid dreams")));
    CHECK(DiaryVocabulary::events().contains(QStringLiteral("crash after exertion")));
    CHECK(DiaryVocabulary::displayName(QStringLiteral("Vivid Dreams")) == QStringLiteral("vivid dreams"));
    CHECK(DiaryVocabulary::displayName(QStringLiteral("my own thing")) == QStringLiteral("my own thing"));
}
