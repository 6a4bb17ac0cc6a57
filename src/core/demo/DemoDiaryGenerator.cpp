#include "core/demo/DemoDiaryGenerator.h"

#include "core/demo/DemoRandom.h"
#include "core/diary/DiaryVocabulary.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace ldn {
namespace {

constexpr int kStepDays = 14;
constexpr double kMissedDoseChance = 0.03;
constexpr double kUnloggedDayChance = 0.04;

// Per-symptom behaviour: where it starts, how much LDN can move it, how noisy it is.
struct SymptomModel {
    double baseline;
    double fullResponse; // improvement in points at full effect, in the symptom's good direction
    double noise;
    double drift = 0.0;
};

SymptomModel modelFor(std::size_t index, DemoRandom& random)
{
    static constexpr std::array<SymptomModel, 5> kKnown{{
        {7.0, 2.2, 1.0},
        {7.5, 1.6, 1.1},
        {3.5, 1.8, 1.2},
        {6.5, 1.4, 1.0},
        {4.0, 1.5, 0.9},
    }};
    if (index < kKnown.size()) {
        return kKnown[index];
    }
    return {random.normal(6.0, 0.8), std::max(0.3, random.normal(1.2, 0.5)), 1.0};
}

int toScore(double value)
{
    return std::clamp(static_cast<int>(std::lround(value)), kMinimumSymptomScore, kMaximumSymptomScore);
}

QString pickNote(DemoRandom& random)
{
    static const std::array<const char*, 6> kNotes{{
        "Slept badly, woke at 4 am.",
        "Walked to the shop and back; paid for it in the afternoon.",
        "Good day, managed some gardening.",
        "Busy day with appointments.",
        "Felt clearer in the morning than usual.",
        "Rested most of the day.",
    }};
    return QString::fromUtf8(kNotes[static_cast<std::size_t>(random.integer(0, kNotes.size() - 1))]);
}

} // namespace

DemoDiaryGenerator::DemoDiaryGenerator(Settings settings)
    : m_settings(std::move(settings))
{}

int DemoDiaryGenerator::baselineDaysFor(int totalDays)
{
    return std::clamp(totalDays / 10, 1, kStepDays);
}

Dose DemoDiaryGenerator::plannedDose(int index, int baselineDays)
{
    if (index < baselineDays) {
        return Dose::fromMicrograms(0);
    }
    const int step = std::min((index - baselineDays) / kStepDays, 2);
    return Dose::fromMicrograms(1500 * (step + 1));
}

std::vector<DiaryEntry> DemoDiaryGenerator::generate() const
{
    DemoRandom random(m_settings.seed);
    const int days = m_settings.days;
    const int baselineDays = baselineDaysFor(days);
    const QDate firstDay = m_settings.lastDay.addDays(-(days - 1));

    std::vector<SymptomModel> models;
    for (std::size_t i = 0; i < m_settings.symptoms.size(); ++i) {
        models.push_back(modelFor(i, random));
    }

    std::vector<DiaryEntry> entries;
    entries.reserve(static_cast<std::size_t>(days));
    double benefit = 0.0; // 0..1, builds up over weeks on LDN and fades slowly when doses are missed
    int daysSinceStepUp = 1000;
    Dose previousDose;
    // The events the demo draws, in the order it draws them (the order fixes the random sequence,
    // so it is not the form's): the first two make a bad day.
    const QStringList& vocabulary = DiaryVocabulary::events();
    const QStringList events{vocabulary.at(0), vocabulary.at(1), vocabulary.at(3), vocabulary.at(2)};
    const QStringList& sideEffects = DiaryVocabulary::sideEffects(); // vivid dreams, insomnia, headache...

    for (int index = 0; index < days; ++index) {
        const QDate date = firstDay.addDays(index);
        const Dose planned = plannedDose(index, baselineDays);
        const bool onLdn = !planned.isZero();
        const bool missed = onLdn && index > baselineDays && random.chance(kMissedDoseChance);
        const bool unlogged = index > 0 && index + 1 < days && random.chance(kUnloggedDayChance);

        if (!missed && planned > previousDose) {
            daysSinceStepUp = 0;
        } else {
            ++daysSinceStepUp;
        }
        if (!missed) {
            previousDose = planned;
        }
        const double target = onLdn ? planned.milligrams() / 4.5 : 0.0;
        benefit += (missed ? -0.02 : (target - benefit) / 30.0);
        benefit = std::clamp(benefit, 0.0, 1.0);

        for (SymptomModel& model : models) {
            model.drift = 0.92 * model.drift + random.normal(0.0, 0.25);
        }
        std::array<bool, 4> eventToday{};
        for (bool& happened : eventToday) {
            happened = random.chance(0.015);
        }
        if (unlogged) {
            continue;
        }

        DiaryEntry entry;
        entry.date = date;
        entry.status = missed ? DoseStatus::Missed : DoseStatus::Taken;
        if (!missed) {
            entry.dose = planned;
            entry.timeTaken = QTime(21, 30).addSecs(60 * random.integer(0, 120));
            if (onLdn) {
                entry.formulation = Formulation::Capsule;
                entry.pharmacy = QStringLiteral("Demo Compounding Pharmacy");
                entry.batch = QStringLiteral("B%1").arg(1000 + index / 60);
            }
        }

        const bool eventPenalty = eventToday[0] || eventToday[1];
        for (std::size_t i = 0; i < models.size(); ++i) {
            const SymptomModel& model = models[i];
            const double improvement = model.fullResponse * benefit;
            const double direction = m_settings.symptoms[i].higherIsBetter ? 1.0 : -1.0;
            double value = model.baseline + direction * improvement + model.drift +
                           random.normal(0.0, model.noise) - direction * (eventPenalty ? 1.5 : 0.0);
            entry.symptomScores[m_settings.symptoms[i].name] = toScore(value);
        }

        if (onLdn && !missed && daysSinceStepUp < 10) {
            const double fading = 1.0 - daysSinceStepUp / 10.0;
            if (random.chance(0.6 * fading)) {
                entry.sideEffects[sideEffects.at(0)] = random.integer(1, 2);
            }
            if (random.chance(0.35 * fading)) {
                entry.sideEffects[sideEffects.at(1)] = random.integer(1, 3);
            }
            if (random.chance(0.15 * fading)) {
                entry.sideEffects[sideEffects.at(2)] = 1;
            }
        }
        for (std::size_t i = 0; i < eventToday.size(); ++i) {
            if (eventToday[i]) {
                entry.events << events[static_cast<qsizetype>(i)];
            }
        }
        if (random.chance(0.08)) {
            entry.note = pickNote(random);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

TitrationPlan DemoDiaryGenerator::plan() const
{
    const QDate firstDay = m_settings.lastDay.addDays(-(m_settings.days - 1));
    return TitrationPlan::fromTemplate(TitrationPlan::Template::Standard,
                                       firstDay.addDays(baselineDaysFor(m_settings.days)));
}

std::vector<Medication> DemoDiaryGenerator::medications() const
{
    const QDate firstDay = m_settings.lastDay.addDays(-(m_settings.days - 1));
    Medication vitaminD;
    vitaminD.name = QStringLiteral("Vitamin D3");
    vitaminD.doseText = QStringLiteral("1000 units each morning");
    vitaminD.startedOn = firstDay.addYears(-1);
    Medication amitriptyline;
    amitriptyline.name = QStringLiteral("Amitriptyline");
    amitriptyline.doseText = QStringLiteral("10 mg at night");
    amitriptyline.startedOn = firstDay.addMonths(-8);
    amitriptyline.stoppedOn = firstDay.addMonths(-2);
    amitriptyline.notes = QStringLiteral("Stopped: too drowsy in the mornings.");
    return {vitaminD, amitriptyline};
}

std::vector<Annotation> DemoDiaryGenerator::carerNotes() const
{
    // The carer's notes fall on fixed places in the diary (a week in, two thirds of the way
    // through, the day before the last), so short demos have them too.
    const QDate firstDay = m_settings.lastDay.addDays(-(m_settings.days - 1));
    const std::array<std::pair<int, const char*>, 3> kNotes{{
        {std::min(7, m_settings.days - 1), "Very tired after the school run; slept most of the afternoon."},
        {m_settings.days * 2 / 3, "Cheerful today and walked to the park with me."},
        {std::max(0, m_settings.days - 2), "Vivid dreams again last night, but a calmer morning."},
    }};
    std::vector<Annotation> notes;
    for (const auto& [index, body] : kNotes) {
        Annotation note;
        note.day = firstDay.addDays(index);
        note.author = Annotation::Author::Carer;
        note.authorName = QStringLiteral("Alex");
        note.body = QString::fromUtf8(body);
        note.createdAt = QDateTime(note.day, QTime(20, 0), Qt::UTC);
        if (notes.empty() || notes.back().day != note.day) {
            notes.push_back(std::move(note));
        }
    }
    return notes;
}

} // namespace ldn
