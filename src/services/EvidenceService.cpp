#include "services/EvidenceService.h"

#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/db/Transaction.h"
#include "storage/evidence/EvidenceRepository.h"

namespace ldn {

EvidenceService::EvidenceService(DiarySession& session)
    : m_session(session)
{}

std::pair<std::int64_t, std::int64_t> EvidenceService::saveOwnEntry(const EvidenceSource& source,
                                                                    std::int64_t sourceId,
                                                                    const std::optional<EvidenceClaim>& claim,
                                                                    std::int64_t claimId)
{
    m_session.requireWritable(QStringLiteral("evidence"));
    // Both are checked before either is written, so a bad finding leaves no orphan source.
    validateSource(source, QStringLiteral("source"));
    if (claim) {
        validateClaim(*claim, QStringLiteral("finding"));
    }
    Database& database = m_session.database();
    EvidenceRepository repository(database);
    Transaction transaction(database.connection());
    if (sourceId != 0) {
        repository.updateSource(sourceId, source);
    } else {
        sourceId = repository.addSource(source);
    }
    if (claim) {
        EvidenceClaim stored = *claim;
        if (claimId != 0) {
            repository.updateClaim(claimId, stored);
        } else {
            stored.sourceIds = {sourceId};
            claimId = repository.addClaim(stored);
        }
    }
    transaction.commit();
    m_session.announce({DiaryChange::Subject::Evidence, std::nullopt});
    return {sourceId, claimId};
}

EvidenceFileImport EvidenceService::importFile(const QString& path, bool strict)
{
    m_session.requireWritable(QStringLiteral("evidence"));
    return importRead(EvidenceImporter::readFile(path, strict));
}

EvidenceFileImport EvidenceService::importRead(const EvidenceFileRead& read)
{
    m_session.requireWritable(QStringLiteral("evidence"));
    const EvidenceFileImport imported = EvidenceImporter(m_session.database()).write(read);
    m_session.announce({DiaryChange::Subject::Evidence, std::nullopt});
    return imported;
}

EvidencePack EvidenceService::exportFile(const QString& path)
{
    return EvidenceImporter(m_session.database()).exportFile(path);
}

EvidencePackInstallResult EvidenceService::installBundled()
{
    return EvidencePackInstaller::installBundled(m_session.database());
}

} // namespace ldn
