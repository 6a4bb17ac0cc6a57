#include "services/ExchangeService.h"

#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/exchange/DatabaseBackup.h"

namespace ldn {

ExchangeService::ExchangeService(DiarySession& session)
    : m_session(session)
{}

DiaryArchiveImportResult ExchangeService::importBackup(const QString& path, const QString& renameTo)
{
    return m_session.change(QStringLiteral("import"), {DiaryChange::Subject::Everything, std::nullopt}, [&] {
        return DiaryArchiveImporter(m_session.database()).importFile(path, renameTo);
    });
}

void ExchangeService::importSpreadsheetDays(std::int64_t profileId,
                                            const std::vector<SymptomDefinition>& newSymptoms,
                                            const std::vector<DiaryEntry>& entries)
{
    m_session.change(QStringLiteral("import"),
                     {DiaryChange::Subject::Days | DiaryChange::Subject::Symptoms, profileId},
                     [&] { DiaryCsvImporter(m_session.database()).write(profileId, newSymptoms, entries); });
}

DiaryCsvImporter::FileImport ExchangeService::importSpreadsheet(const QString& path, std::int64_t profileId,
                                                                const CsvImportChoices& choices,
                                                                bool confirmUnusualDoses)
{
    return m_session.change(QStringLiteral("import"),
                            {DiaryChange::Subject::Days | DiaryChange::Subject::Symptoms, profileId}, [&] {
                                return DiaryCsvImporter(m_session.database())
                                    .importFile(path, profileId, choices, confirmUnusualDoses);
                            });
}

QString ExchangeService::backupFolder() const
{
    return DatabaseBackup::defaultFolderFor(m_session.database().path());
}

QString ExchangeService::backUp(qint64 minimumAgeSeconds, int keep)
{
    return DatabaseBackup::makeRotating(m_session.database(), backupFolder(), minimumAgeSeconds,
                                        keep > 0 ? keep : DatabaseBackup::kDefaultKeep);
}

void ExchangeService::backUpTo(const QString& path)
{
    DatabaseBackup::copyTo(m_session.database(), path);
}

QString ExchangeService::restore(const QString& backupPath)
{
    m_session.requireWritable(QStringLiteral("restore"));
    const QString safety = DatabaseBackup::restore(m_session.database(), backupPath, backupFolder());
    m_session.announce({DiaryChange::Subject::Everything, std::nullopt});
    return safety;
}

} // namespace ldn
