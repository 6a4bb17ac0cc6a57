// Writes the FHIR R4 bundle of a realistic demo diary (60 days: 0 mg baseline, titration, missed
// days, scores, side effects) to the file named on the command line, for the schema check.
#include "core/base/InputError.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/FhirBundleBuilder.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <fstream>
#include <iostream>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::cerr << "usage: fhir-sample-bundle OUTPUT.json\n";
        return 2;
    }
    using namespace ldn;
    DemoDiaryGenerator::Settings settings;
    settings.days = 60;
    settings.seed = 1;
    settings.lastDay = QDate(2026, 3, 31);

    ArchivedProfile profile;
    profile.name = QStringLiteral("Sam Example");
    profile.createdAt = QDateTime(QDate(2026, 1, 20), QTime(9, 15), QTimeZone::utc());
    profile.conditions = {{QStringLiteral("fibromyalgia"), QDate(2019, 5, 14)},
                          {QStringLiteral("ME/CFS"), {}}};
    for (const SymptomDefinition& symptom : settings.symptoms) {
        profile.symptoms.push_back({symptom, false});
    }
    for (DiaryEntry& entry : DemoDiaryGenerator(settings).generate()) {
        const QDateTime savedAt(entry.date, QTime(22, 5), QTimeZone::utc());
        profile.days.push_back({std::move(entry), savedAt});
    }

    try {
        const nlohmann::json bundle =
            FhirBundleBuilder::build(profile, QDateTime(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc()));
        std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
        out << bundle.dump(2) << '\n';
        if (!out) {
            std::cerr << "fhir-sample-bundle: cannot write " << argv[1] << '\n';
            return 1;
        }
    } catch (const InputError& error) {
        std::cerr << "fhir-sample-bundle: " << error.message().toStdString() << '\n';
        return 1;
    }
    return 0;
}
