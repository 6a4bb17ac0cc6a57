#include "services/EvidenceService.h"

#include "services/DiarySession.h"
#include "storage/db/Database.h"
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
    return m_session.change(QStringLiteral("evidence"), {DiaryChange::Subject::Evidence, std::nullopt}, [&] {
        // Both are checked before either is written, so a bad finding leaves no orphan source.
        validateSource(source, QStringLiteral("source"));
        if (claim) {
            validateClaim(*claim, QStringLiteral("finding"));
        }
        EvidenceRepository repository(m_session.database());
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
        return std::pair{sourceId, claimId};
    });
}

EvidenceFileImport EvidenceService::importFile(const QString& path, bool strict)
{
    m_session.requireWritable(QStringLiteral("evidence"));
    return importRead(EvidenceImporter::readFile(path, strict));
}

EvidenceFileImport EvidenceService::importRead(const EvidenceFileRead& read)
{
    return m_session.change(QStringLiteral("evidence"), {DiaryChange::Subject::Evidence, std::nullopt},
                            [&] { return EvidenceImporter(m_session.database()).write(read); });
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
