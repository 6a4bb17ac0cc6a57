#include "storage/evidence/EvidenceImporter.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/CslJsonReader.h"
#include "core/exchange/RisReader.h"
#include "storage/db/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ldn {

EvidenceImporter::EvidenceImporter(Database& database)
    : m_database(database)
{}

EvidenceFileImport EvidenceImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(path, QStringLiteral("cannot read the file (%1)").arg(file.errorString()));
    }
    const QByteArray text = file.readAll();
    const QString name = QFileInfo(path).fileName();
    EvidenceFileImport import;
    import.format = detectEvidenceFileFormat(name, text);
    EvidenceRepository repository(m_database);
    switch (import.format) {
    case EvidenceFileFormat::EvidencePack: {
        const EvidencePack pack = EvidencePackJson::parse(text, name);
        import.records = static_cast<int>(pack.conditions.size() + pack.sources.size() + pack.claims.size() +
                                          pack.grades.size());
        import.result = repository.importPack(pack);
        break;
    }
    case EvidenceFileFormat::CslJson: {
        const std::vector<EvidenceSource> references = CslJsonReader::read(text, name);
        import.records = static_cast<int>(references.size());
        import.result = repository.importReferences(references);
        break;
    }
    case EvidenceFileFormat::Ris: {
        const std::vector<EvidenceSource> references = RisReader::read(text, name);
        import.records = static_cast<int>(references.size());
        import.result = repository.importReferences(references);
        break;
    }
    }
    return import;
}

EvidencePack EvidenceImporter::exportFile(const QString& path)
{
    const EvidencePack pack = EvidenceRepository(m_database).exportUserEntries();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw InputError(path, QStringLiteral("cannot write the file (%1)").arg(file.errorString()));
    }
    file.write(EvidencePackJson::write(pack));
    if (!file.commit()) {
        throw InputError(path, QStringLiteral("cannot write the file (%1)").arg(file.errorString()));
    }
    return pack;
}

} // namespace ldn
