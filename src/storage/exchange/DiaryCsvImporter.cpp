#include "storage/exchange/DiaryCsvImporter.h"

#include "core/base/InputError.h"
#include "core/exchange/CsvColumnMapping.h"
#include "storage/db/Database.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"

#include <QFile>
#include <QFileInfo>

namespace ldn {
namespace {

QString at(const QString& fileName, int line, const QString& column = {})
{
    QString location = QStringLiteral("%1:%2").arg(fileName).arg(line);
    if (!column.isEmpty()) {
        location += QStringLiteral(": ") + column;
    }
    return location;
}

[[noreturn]] void refuse(const QString& fileName, const CsvRowProblem& problem)
{
    throw InputError(at(fileName, problem.line, problem.column), problem.reason);
}

CsvDateFormat dateFormatOf(const CsvTable& table, const CsvColumnMapping& mapping)
{
    const int dateColumn = *mapping.dateColumn();
    QStringList dates;
    for (std::size_t i = 1; i < table.rows().size(); ++i) {
        dates << CsvTable::cell(table.rows()[i], dateColumn);
    }
    const CsvDateDetection detection = detectCsvDateFormat(dates);
    if (detection.format) {
        return *detection.format;
    }
    int line = table.rows()[1].line;
    for (std::size_t i = 1; i < table.rows().size(); ++i) {
        if (!detection.example.isEmpty() &&
            CsvTable::cell(table.rows()[i], dateColumn).trimmed() == detection.example) {
            line = table.rows()[i].line;
            break;
        }
    }
    const QString column = table.header().at(dateColumn).simplified();
    if (detection.ambiguous) {
        throw InputError(at(table.fileName(), line, column),
                         QStringLiteral("dates such as %1 could be day first or month first; choose the date "
                                        "format: uk (dd/mm/yyyy) or us (mm/dd/yyyy)")
                             .arg(detection.example));
    }
    throw InputError(at(table.fileName(), line, column), detection.explanation);
}

} // namespace

DiaryCsvImporter::DiaryCsvImporter(Database& database)
    : m_database(database)
{}

CsvTable DiaryCsvImporter::readTable(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(path, QStringLiteral("cannot read the file (%1)").arg(file.errorString()));
    }
    const QString name = QFileInfo(path).fileName();
    if (file.size() > CsvTable::kMaximumBytes) {
        throw InputError(at(name, 1),
                         QStringLiteral("the file is %1 MB; a diary CSV can be at most %2 MB")
                             .arg(static_cast<double>(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(CsvTable::kMaximumBytes / (1024 * 1024)));
    }
    // One byte more than allowed, so a file that grows while being read is still refused.
    const QByteArray bytes = file.read(CsvTable::kMaximumBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        throw InputError(path, QStringLiteral("cannot read the file (%1)").arg(file.errorString()));
    }
    return CsvTable::parse(bytes, name);
}

DiaryCsvImport::Settings DiaryCsvImporter::settingsFor(std::int64_t profileId, CsvDateFormat dateFormat)
{
    DiaryCsvImport::Settings settings;
    settings.dateFormat = dateFormat;
    settings.symptoms = ProfileRepository(m_database).symptoms(profileId);
    for (const DiaryEntry& entry : DiaryRepository(m_database).entries(profileId)) {
        settings.loggedDays.insert(entry.date);
    }
    settings.today = QDate::currentDate();
    return settings;
}

void DiaryCsvImporter::write(std::int64_t profileId, const std::vector<SymptomDefinition>& newSymptoms,
                             const std::vector<DiaryEntry>& entries)
{
    // Both repositories open their own transaction; inside this one they become savepoints, so
    // the symptoms and the days are committed together or not at all.
    Transaction transaction(m_database.connection());
    ProfileRepository profiles(m_database);
    for (const SymptomDefinition& symptom : newSymptoms) {
        profiles.addSymptom(profileId, symptom);
    }
    DiaryRepository(m_database).save(profileId, entries);
    transaction.commit();
}

DiaryCsvImporter::FileImport DiaryCsvImporter::importFile(const QString& path, std::int64_t profileId,
                                                          std::optional<CsvDateFormat> dateFormat,
                                                          bool confirmUnusualDoses)
{
    CsvImportChoices choices;
    choices.dateFormat = dateFormat;
    return importFile(path, profileId, choices, confirmUnusualDoses);
}

DiaryCsvImporter::FileImport DiaryCsvImporter::importFile(const QString& path, std::int64_t profileId,
                                                          const CsvImportChoices& choices,
                                                          bool confirmUnusualDoses)
{
    CsvTable table = readTable(path);
    const CsvDiaryPreset::Result preset = CsvDiaryPreset::apply(table);
    const QString name = table.fileName();
    const int headerLine = table.rows().front().line;
    const std::vector<SymptomDefinition> symptoms = ProfileRepository(m_database).symptoms(profileId);
    CsvColumnMapping mapping = CsvColumnMapping::guessFromHeader(table, symptoms);
    CsvDiaryPreset::mapScoreColumns(preset, table, mapping, symptoms);
    choices.applyTo(mapping, table, symptoms);
    const std::optional<CsvDateFormat> dateFormat = choices.dateFormat;
    const QStringList mappingProblems = mapping.problems(table.header(), symptoms);
    if (!mappingProblems.isEmpty()) {
        throw InputError(at(name, headerLine), mappingProblems.front());
    }

    if (table.dataRowCount() == 0) {
        throw InputError(at(name, headerLine), QStringLiteral("the file has a header but no diary rows"));
    }

    FileImport import;
    import.preset = preset.description;
    import.dateFormat = dateFormat ? *dateFormat : dateFormatOf(table, mapping);
    const DiaryCsvImport::Settings settings = settingsFor(profileId, import.dateFormat);
    const DiaryCsvImportResult result = DiaryCsvImport::read(table, mapping, settings);
    if (!result.problems.empty()) {
        refuse(name, result.problems.front());
    }
    if (!result.conflicts.empty()) {
        const CsvImportedDay& first = result.conflicts.front();
        refuse(name, {first.line, table.header().at(*mapping.dateColumn()).simplified(),
                      QStringLiteral("%1 is already in the diary; an import never replaces a logged day")
                          .arg(first.entry.date.toString(Qt::ISODate))});
    }
    if (!result.unusualDoses.empty() && !confirmUnusualDoses) {
        CsvRowProblem first = result.unusualDoses.front();
        first.reason += QStringLiteral(" (confirm unusual doses to import them)");
        refuse(name, first);
    }
    if (result.days.empty()) {
        throw InputError(
            at(name, table.rows().back().line),
            QStringLiteral("no diary days to import, only rows without a dose or anything else"));
    }

    import.createdSymptoms = mapping.newSymptoms();
    write(profileId, import.createdSymptoms, result.entries());
    import.days = static_cast<int>(result.days.size());
    import.blankRows = result.blankRows;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const CsvColumnRole& role = mapping.role(column);
        if (role.field == CsvField::Ignore) {
            import.ignoredColumns << table.header().at(column);
        } else if (role.scale && !role.scale->isDiaryScale()) {
            import.convertedScales << QStringLiteral("%1: scored %2, converted to 0-10")
                                          .arg(role.symptom.name, role.scale->text());
        }
    }
    return import;
}

} // namespace ldn
