#include "core/base/InputError.h"
#include "core/trial/BlindedAllocation.h"
#include "core/trial/SealedAllocation.h"
#include "core/trial/StableDose.h"
#include "core/trial/TrialPeriods.h"
#include "core/trial/TrialProtocol.h"
#include "core/trial/TrialSpan.h"
#include "core/trial/TrialStanding.h"
#include "core/trial/UnblindingCode.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ldn;
using Catch::Detail::Approx;

// The design of a trial of LDN (issue 19): the protocol's refusals, the schedule of periods, the
// random allocation, the unblinding code and the sealed form they are stored in.

namespace {

const QDate kStart(2026, 3, 2);

std::vector<SymptomDefinition> symptoms()
{
    return {{QStringLiteral("pain"), false},
            {QStringLiteral("fatigue"), false},
            {QStringLiteral("sleep quality"), true},
            {QStringLiteral("brain fog"), false}};
}

TrialProtocol openProtocol()
{
    TrialProtocol protocol;
    protocol.start = kStart;
    protocol.outcomes = {QStringLiteral("pain")};
    protocol.reviewOn = protocol.reviewDateAfter(TrialProtocol::kDefaultReviewWeeks);
    return protocol;
}

TrialProtocol blindedProtocol()
{
    TrialProtocol protocol = openProtocol();
    protocol.blinded = BlindedDesign{};
    protocol.blinded->ldnDose = Dose::fromMicrograms(4500);
    protocol.reviewOn = protocol.reviewDateAfter(2);
    return protocol;
}

// The field an InputError names, or "" when validate() accepts.
QString refusedField(const TrialProtocol& protocol, const std::vector<Medication>& medications = {})
{
    try {
        protocol.validate(symptoms(), medications);
    } catch (const InputError& error) {
        return error.location();
    }
    return {};
}

} // namespace

TEST_CASE("A trial protocol has the issue's defaults", "[trial]")
{
    const TrialProtocol protocol;
    CHECK(protocol.smallestChange == 1.0);
    CHECK(protocol.baselineDays == 14);
    const BlindedDesign design;
    CHECK(design.pairs == 4);
    CHECK(design.periodDays == 21);
    CHECK(design.washoutDays == 7);
    // 2/2^K: K = 4 gives 0.125 at best, K = 5 gives 0.0625.
    CHECK(design.smallestPossibleP() == Approx(0.125));
    CHECK(BlindedDesign{5, 21, 7, {}}.smallestPossibleP() == Approx(0.0625));
}

TEST_CASE("The review date counts from the target dose, or for a blinded trial from the last period",
          "[trial]")
{
    TrialProtocol open = openProtocol();
    // Without a plan: from the end of the 14-day baseline.
    CHECK(open.reviewCountsFrom() == kStart.addDays(14));
    CHECK(open.reviewDateAfter(12) == kStart.addDays(14 + 84));
    // 12 weeks after the day the target dose is reached.
    CHECK(open.reviewDateAfter(12, QDate(2026, 5, 1)) == QDate(2026, 7, 24));

    const TrialProtocol blinded = blindedProtocol();
    // 8 periods of 21 days: the last ends on day 167; a target-dose date does not matter.
    CHECK(blinded.reviewCountsFrom(QDate(2026, 5, 1)) == kStart.addDays(167));
    CHECK(blinded.reviewDateAfter(12) == kStart.addDays(167 + 84));
}

TEST_CASE("A sound protocol is accepted, open and blinded", "[trial]")
{
    CHECK(refusedField(openProtocol()).isEmpty());
    CHECK(refusedField(blindedProtocol()).isEmpty());
    TrialProtocol three = openProtocol();
    three.outcomes = {QStringLiteral("Pain"), QStringLiteral("fatigue"), QStringLiteral("sleep quality")};
    three.stopRules = {QStringLiteral("a rash that spreads")};
    CHECK(refusedField(three).isEmpty());
    // A stopped opioid long enough ago is no bar.
    Medication old{0, QStringLiteral("tramadol"), {}, QDate(2025, 1, 1), kStart.addDays(-29), {}};
    CHECK(refusedField(openProtocol(), {old}).isEmpty());
}

TEST_CASE("A protocol is refused with the field that is wrong", "[trial]")
{
    TrialProtocol protocol = openProtocol();
    SECTION("no outcome")
    {
        protocol.outcomes.clear();
        CHECK(refusedField(protocol) == QStringLiteral("outcome"));
    }
    SECTION("four outcomes")
    {
        protocol.outcomes = {QStringLiteral("pain"), QStringLiteral("fatigue"),
                             QStringLiteral("sleep quality"), QStringLiteral("brain fog")};
        CHECK(refusedField(protocol) == QStringLiteral("outcome"));
    }
    SECTION("an unknown symptom")
    {
        protocol.outcomes = {QStringLiteral("headache")};
        CHECK(refusedField(protocol) == QStringLiteral("outcome"));
    }
    SECTION("the same symptom twice")
    {
        protocol.outcomes = {QStringLiteral("pain"), QStringLiteral("PAIN")};
        CHECK(refusedField(protocol) == QStringLiteral("outcome"));
    }
    SECTION("a smallest change of 0 or above 10")
    {
        protocol.smallestChange = 0.0;
        CHECK(refusedField(protocol) == QStringLiteral("mid"));
        protocol.smallestChange = 10.5;
        CHECK(refusedField(protocol) == QStringLiteral("mid"));
    }
    SECTION("a negative baseline")
    {
        protocol.baselineDays = -1;
        CHECK(refusedField(protocol) == QStringLiteral("baseline-days"));
    }
    SECTION("an empty stopping rule")
    {
        protocol.stopRules = {QStringLiteral("  ")};
        CHECK(refusedField(protocol) == QStringLiteral("stop-rule"));
    }
    SECTION("a review before the baseline ends")
    {
        protocol.reviewOn = kStart.addDays(13);
        CHECK(refusedField(protocol) == QStringLiteral("review-weeks"));
    }
    SECTION("no start date")
    {
        protocol.start = QDate();
        CHECK(refusedField(protocol) == QStringLiteral("start"));
    }
}

TEST_CASE("An opioid on the medicine list stops a trial from starting", "[trial]")
{
    Medication codeine{0, QStringLiteral("Co-codamol 30/500"), {}, QDate(2026, 1, 1), {}, {}};
    try {
        openProtocol().validate(symptoms(), {codeine});
        FAIL("an opioid was accepted");
    } catch (const InputError& error) {
        CHECK(error.location() == QStringLiteral("medicines"));
        CHECK(error.problem().contains(QStringLiteral("Co-codamol 30/500")));
        CHECK(error.problem().contains(QStringLiteral("opioid")));
    }
    // Stopped 10 days before the start: still too recent.
    codeine.stoppedOn = kStart.addDays(-10);
    CHECK(refusedField(blindedProtocol(), {codeine}) == QStringLiteral("medicines"));
    // Other medicines are no bar.
    CHECK(refusedField(openProtocol(), {Medication{0, QStringLiteral("levothyroxine"), {}, {}, {}, {}}})
              .isEmpty());
}

TEST_CASE("A blinded design is refused below 2 pairs, 7-day periods or washout + 3 days", "[trial]")
{
    TrialProtocol protocol = blindedProtocol();
    const auto withDesign = [&](int pairs, int periodDays, int washoutDays) {
        TrialProtocol changed = protocol;
        changed.blinded->pairs = pairs;
        changed.blinded->periodDays = periodDays;
        changed.blinded->washoutDays = washoutDays;
        changed.reviewOn = changed.reviewDateAfter(2);
        return refusedField(changed);
    };
    CHECK(withDesign(2, 21, 7).isEmpty());
    CHECK(withDesign(1, 21, 7) == QStringLiteral("pairs"));
    CHECK(withDesign(0, 21, 7) == QStringLiteral("pairs"));
    CHECK(withDesign(4, 7, 0).isEmpty());
    CHECK(withDesign(4, 6, 0) == QStringLiteral("period-days"));
    // Periods shorter than washout + 3 days leave fewer than 3 days to analyse: 10 = 7 + 3 is the
    // shortest allowed.
    CHECK(withDesign(4, 10, 7).isEmpty());
    CHECK(withDesign(4, 9, 7) == QStringLiteral("period-days"));
    CHECK(withDesign(4, 14, -1) == QStringLiteral("washout-days"));
    protocol.blinded->ldnDose = Dose();
    CHECK(refusedField(protocol) == QStringLiteral("ldn-dose"));
}

TEST_CASE("A trial whose dates overlap an existing one is refused, naming both", "[trial]")
{
    const std::vector<TrialSpan> existing{{QDate(2025, 1, 1), QDate(2025, 4, 30)},
                                          {QDate(2025, 9, 1), QDate(2025, 12, 31)}};
    CHECK_NOTHROW(TrialSpan::refuseOverlap({QDate(2025, 5, 1), QDate(2025, 8, 31)}, existing));
    try {
        TrialSpan::refuseOverlap({QDate(2025, 8, 1), QDate(2025, 9, 1)}, existing);
        FAIL("an overlap was accepted");
    } catch (const InputError& error) {
        CHECK(error.location() == QStringLiteral("start"));
        CHECK(error.problem().contains(QStringLiteral("2025-09-01 to 2025-12-31")));
    }
    // A span inside another, and one touching its last day, overlap.
    CHECK_THROWS_AS(TrialSpan::refuseOverlap({QDate(2025, 2, 1), QDate(2025, 2, 2)}, existing), InputError);
    CHECK_THROWS_AS(TrialSpan::refuseOverlap({QDate(2025, 4, 30), QDate(2025, 6, 1)}, existing), InputError);
    CHECK(openProtocol().span().first == kStart);
    CHECK(openProtocol().span().last == openProtocol().reviewOn);
}

TEST_CASE("Periods run back to back from the start, each end its last day", "[trial]")
{
    const TrialPeriods periods(QDate(2026, 1, 1), 4, 21, 7);
    REQUIRE(periods.count() == 8);
    CHECK(periods.pairs() == 4);
    const TrialPeriod& first = periods.periods().front();
    CHECK(first.index == 1);
    CHECK(first.pair == 1);
    CHECK(first.start == QDate(2026, 1, 1));
    CHECK(first.end == QDate(2026, 1, 21));
    CHECK(periods.periods()[1].start == QDate(2026, 1, 22));
    CHECK(periods.periods()[1].pair == 1);
    CHECK(periods.periods()[2].pair == 2);
    CHECK(periods.secondOfPair(4).index == 8);
    CHECK(periods.firstOfPair(3).index == 5);
    CHECK(periods.lastDay() == QDate(2026, 1, 1).addDays(8 * 21 - 1));
    for (std::size_t i = 1; i < periods.periods().size(); ++i) {
        CHECK(periods.periods()[i].start == periods.periods()[i - 1].end.addDays(1));
        CHECK(periods.periods()[i].days() == 21);
    }

    CHECK_FALSE(periods.periodOn(QDate(2025, 12, 31)));
    CHECK(periods.periodOn(QDate(2026, 1, 21))->index == 1);
    CHECK(periods.periodOn(QDate(2026, 1, 22))->index == 2);
    CHECK(periods.periodOn(periods.lastDay())->index == 8);
    CHECK_FALSE(periods.periodOn(periods.lastDay().addDays(1)));

    // Washout: the first 7 days of each period.
    CHECK(periods.isWashout(QDate(2026, 1, 1)));
    CHECK(periods.isWashout(QDate(2026, 1, 7)));
    CHECK_FALSE(periods.isWashout(QDate(2026, 1, 8)));
    CHECK(periods.isWashout(QDate(2026, 1, 22)));
    CHECK(periods.isWashout(QDate(2026, 1, 28)));
    CHECK_FALSE(periods.isWashout(QDate(2026, 1, 29)));
    CHECK(periods.periods()[1].firstAnalysedDay() == QDate(2026, 1, 29));
    CHECK_FALSE(periods.isWashout(QDate(2025, 12, 31)));
}

TEST_CASE("An allocation gives each pair one LDN and one placebo period", "[trial]")
{
    const BlindedAllocation allocation({TrialArm::Ldn, TrialArm::Placebo, TrialArm::Placebo});
    CHECK(allocation.pairs() == 3);
    CHECK(allocation.armOfPeriod(1) == TrialArm::Ldn);
    CHECK(allocation.armOfPeriod(2) == TrialArm::Placebo);
    CHECK(allocation.armOfPeriod(3) == TrialArm::Placebo);
    CHECK(allocation.armOfPeriod(4) == TrialArm::Ldn);
    CHECK(allocation.ldnPeriodOfPair(1) == 1);
    CHECK(allocation.placeboPeriodOfPair(1) == 2);
    CHECK(allocation.ldnPeriodOfPair(3) == 6);
    CHECK(allocation.placeboPeriodOfPair(3) == 5);
    CHECK(allocation.toLetters() == QStringLiteral("LPP"));
    CHECK(BlindedAllocation::fromLetters(QStringLiteral("LPP")) == allocation);
    CHECK(BlindedAllocation::fromLetters(QStringLiteral("LXP")).pairs() == 0);
    CHECK(armKey(TrialArm::Ldn) == QStringLiteral("ldn"));
    CHECK(armFromKey(QStringLiteral("placebo")) == TrialArm::Placebo);
    CHECK_FALSE(armFromKey(QStringLiteral("LDN")));
}

TEST_CASE("Allocations are drawn at random: both orders occur and draws differ", "[trial]")
{
    // 200 draws of 20 pairs: a fixed or clock-seeded order would repeat (by chance two of the 2^20
    // orders coincide with probability 0.02); each arm should come first about half the time
    // (binomial, 4000 tosses: 2000 ± 200 is over 6 standard deviations).
    std::set<QString> seen;
    int ldnFirst = 0;
    for (int draw = 0; draw < 200; ++draw) {
        const BlindedAllocation allocation = BlindedAllocation::draw(20);
        REQUIRE(allocation.pairs() == 20);
        seen.insert(allocation.toLetters());
        for (const TrialArm arm : allocation.firstPeriodArms()) {
            ldnFirst += arm == TrialArm::Ldn ? 1 : 0;
        }
    }
    CHECK(seen.size() >= 198);
    CHECK(ldnFirst > 1800);
    CHECK(ldnFirst < 2200);
}

TEST_CASE("An unblinding code is three groups of four unmistakable characters", "[trial]")
{
    std::set<QString> codes;
    for (int i = 0; i < 100; ++i) {
        const UnblindingCode code = UnblindingCode::generate();
        const QString text = code.text();
        REQUIRE(text.size() == 14);
        CHECK(text[4] == QLatin1Char('-'));
        CHECK(text[9] == QLatin1Char('-'));
        const QString characters = QString(text).remove(QLatin1Char('-'));
        for (const QChar character : characters) {
            CHECK(QString::fromLatin1(UnblindingCode::kAlphabet).contains(character));
        }
        codes.insert(text);
    }
    CHECK(codes.size() == 100);
    for (const char* lookAlike : {"0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B"}) {
        CHECK_FALSE(QString::fromLatin1(UnblindingCode::kAlphabet).contains(QLatin1String(lookAlike)));
    }
}

TEST_CASE("A typed code matches regardless of case, spaces and dashes", "[trial]")
{
    const std::optional<UnblindingCode> code = UnblindingCode::parse(QStringLiteral("K7MX-3QTW-HRP9"));
    REQUIRE_FALSE(code); // 9 is not in the alphabet
    const std::optional<UnblindingCode> real = UnblindingCode::parse(QStringLiteral("K7MX-3QTW-HRP6"));
    REQUIRE(real);
    CHECK(real->text() == QStringLiteral("K7MX-3QTW-HRP6"));
    CHECK(real->matches(QStringLiteral("k7mx 3qtw hrp6")));
    CHECK(real->matches(QStringLiteral("  K7MX3QTWHRP6 ")));
    CHECK(real->matches(QStringLiteral("k7-mx-3q-tw-hr-p6")));
    CHECK_FALSE(real->matches(QStringLiteral("K7MX-3QTW-HRP7")));
    CHECK_FALSE(real->matches(QStringLiteral("K7MX-3QTW-HRP")));
    CHECK_FALSE(real->matches(QString()));
    CHECK_FALSE(UnblindingCode::parse(QStringLiteral("K7MX-3QTW")));
    CHECK(UnblindingCode::parse(QStringLiteral("k7mx3qtwhrp6")) == real);
}

TEST_CASE("A sealed allocation hides the arms and the code and opens to them again", "[trial]")
{
    const BlindedAllocation allocation({TrialArm::Placebo, TrialArm::Ldn, TrialArm::Ldn, TrialArm::Placebo});
    const UnblindingCode code = *UnblindingCode::parse(QStringLiteral("ACDE-FGHJ-KMNP"));
    const SealedAllocation sealed = SealedAllocation::seal(allocation, code);

    // Nothing readable: neither the letters nor the code nor the arm names.
    const QString stored = sealed.scrambled + sealed.key;
    CHECK_FALSE(stored.contains(QStringLiteral("PLLP")));
    CHECK_FALSE(stored.contains(QStringLiteral("ACDE")));
    CHECK_FALSE(QByteArray::fromBase64(sealed.scrambled.toLatin1()).contains("PLLP"));
    CHECK_FALSE(QByteArray::fromBase64(sealed.scrambled.toLatin1()).contains("ACDEFGHJKMNP"));

    const SealedAllocation::Contents opened = sealed.open();
    CHECK(opened.allocation == allocation);
    CHECK(opened.code == code);

    // A fresh key each time: the same allocation seals differently.
    const SealedAllocation again = SealedAllocation::seal(allocation, code);
    CHECK(again.key != sealed.key);
    CHECK(again.scrambled != sealed.scrambled);
}

TEST_CASE("A damaged or mismatched sealed allocation is refused, not misread", "[trial]")
{
    const BlindedAllocation allocation({TrialArm::Ldn, TrialArm::Placebo});
    const SealedAllocation sealed = SealedAllocation::seal(allocation, UnblindingCode::generate());
    const SealedAllocation other = SealedAllocation::seal(allocation, UnblindingCode::generate());

    SealedAllocation wrongKey = sealed;
    wrongKey.key = other.key;
    CHECK_THROWS_AS(wrongKey.open(), InputError);

    SealedAllocation flipped = sealed;
    QByteArray bytes = QByteArray::fromBase64(sealed.scrambled.toLatin1());
    bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 0x01);
    flipped.scrambled = QString::fromLatin1(bytes.toBase64());
    try {
        flipped.open();
        FAIL("a damaged allocation was opened");
    } catch (const InputError& error) {
        CHECK(error.location() == QStringLiteral("sealed allocation"));
    }

    SealedAllocation notBase64 = sealed;
    notBase64.scrambled = QStringLiteral("not base64 !");
    CHECK_THROWS_AS(notBase64.open(), InputError);
}

TEST_CASE("The diary shows the period, never the arm", "[trial]")
{
    const TrialPeriods periods(QDate(2026, 1, 1), 4, 21, 7);
    CHECK(periods.positionWords(QDate(2026, 1, 1)) == QStringLiteral("period 1 of 8"));
    CHECK(periods.positionWords(QDate(2026, 2, 15)) == QStringLiteral("period 3 of 8"));
    CHECK(periods.positionWords(periods.lastDay()) == QStringLiteral("period 8 of 8"));
    CHECK(periods.positionWords(QDate(2025, 12, 31)) == QStringLiteral("before the first period"));
    CHECK(periods.positionWords(periods.lastDay().addDays(1)) == QStringLiteral("after the last period"));
}

TEST_CASE("The pairs advice names the smallest possible p and asks for 5 or more pairs", "[trial]")
{
    BlindedDesign design;
    CHECK(design.capsulesPerPeriod() == 21);
    CHECK(
        design.pairsAdvice().contains(QStringLiteral("With 4 pairs the smallest possible p-value is 0.125")));
    CHECK(design.pairsAdvice().contains(QStringLiteral("Use 5 or more pairs")));
    design.pairs = 6;
    CHECK(design.pairsAdvice().contains(QStringLiteral("smallest possible p-value is 0.031")));
    CHECK_FALSE(design.pairsAdvice().contains(QStringLiteral("Use 5")));
}

TEST_CASE("A blinded trial starts from the same dose on the last 14 logged days", "[trial]")
{
    const QDate start(2026, 3, 1);
    std::vector<DiaryEntry> entries;
    for (int day = -30; day < 0; ++day) {
        DiaryEntry entry;
        entry.date = start.addDays(day);
        entry.dose = Dose::fromMicrograms(day < -16 ? 3000 : 4500);
        if (day == -5) {
            entry.status = DoseStatus::Missed; // skipped, not a change of dose
        }
        if (day != -8) { // not logged
            entries.push_back(entry);
        }
    }
    std::vector<const DiaryEntry*> diary;
    for (const DiaryEntry& entry : entries) {
        diary.push_back(&entry);
    }
    // Days -16 to -1 at 4.5 mg, less one missed and one unlogged: exactly 14 taken days.
    CHECK(StableDose::before(diary, start) == Dose::fromMicrograms(4500));
    CHECK_NOTHROW(StableDose::require(diary, start, Dose::fromMicrograms(4500)));
    try {
        StableDose::require(diary, start, Dose::fromMicrograms(3000));
        FAIL("another dose was accepted");
    } catch (const InputError& error) {
        CHECK(error.location() == QStringLiteral("ldn-dose"));
        CHECK(error.problem().contains(QStringLiteral("logged at 4.5 mg")));
    }
    // One day earlier, the 14 days reach back to the 3 mg ones.
    CHECK_FALSE(StableDose::before(diary, start.addDays(-1)));
    CHECK_THROWS_AS(StableDose::require(diary, start.addDays(-1), Dose::fromMicrograms(4500)), InputError);
    // Too few days logged.
    CHECK_FALSE(StableDose::before(diary, start.addDays(-20)));
    CHECK_THROWS_AS(StableDose::require({}, start, Dose::fromMicrograms(4500)), InputError);
}

TEST_CASE(
    "Where a trial stands: a baseline only for someone not yet on LDN, a blinded period without its arm",
    "[trial]")
{
    Trial trial;
    trial.protocol = openProtocol();
    using Phase = TrialStanding::Phase;

    const TrialStanding before = TrialStanding::of(trial, kStart.addDays(-3), std::nullopt);
    CHECK(before.phase == Phase::NotStarted);
    CHECK(before.count == 3);

    const TrialStanding baseline = TrialStanding::of(trial, kStart.addDays(4), std::nullopt);
    CHECK(baseline.phase == Phase::Baseline);
    CHECK(baseline.day == 5);
    CHECK(baseline.count == 14);
    // Already taking LDN before the start: there is no baseline to wait for.
    const TrialStanding onLdn = TrialStanding::of(trial, kStart.addDays(4), kStart.addDays(-60));
    CHECK(onLdn.phase == Phase::Running);
    CHECK(onLdn.day == 5);
    CHECK(onLdn.date == trial.protocol.reviewOn);
    CHECK(onLdn.count == kStart.addDays(4).daysTo(trial.protocol.reviewOn));
    // A first dose on the start day itself does not make the days before it a trial's baseline.
    CHECK(TrialStanding::of(trial, kStart.addDays(4), kStart).phase == Phase::Baseline);

    CHECK(TrialStanding::of(trial, trial.protocol.reviewOn, std::nullopt).phase == Phase::ReviewDue);
    trial.stoppedOn = kStart.addDays(30);
    trial.stopReason = QStringLiteral("nausea");
    CHECK(TrialStanding::of(trial, kStart.addDays(29), std::nullopt).phase == Phase::Running);
    const TrialStanding stopped = TrialStanding::of(trial, kStart.addDays(40), std::nullopt);
    CHECK(stopped.phase == Phase::Stopped);
    CHECK(stopped.date == kStart.addDays(30));

    Trial blinded;
    blinded.protocol = blindedProtocol();
    const TrialStanding third = TrialStanding::of(blinded, kStart.addDays(2 * 21 + 5), std::nullopt);
    CHECK(third.phase == Phase::BlindedPeriod);
    CHECK(third.period == 3);
    CHECK(third.count == 8);
    CHECK(third.day == 48);
    CHECK(third.date == kStart.addDays(8 * 21 - 1));
}
