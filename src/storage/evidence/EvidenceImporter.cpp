#include "storage/evidence/EvidenceImporter.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/CslJsonReader.h"
#include "core/exchange/MedlineReader.h"
#include "core/exchange/RisReader.h"
#include "storage/db/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ldn {

int EvidenceFileRead::records() const
{
    if (pack) {
        return static_cast<int>(pack->conditions.size() + pack->sources.size() + pack->claims.size() +
                                pack->grades.size());
    }
    return references.recordCount();
}

EvidenceImporter::EvidenceImporter(Database& database)
    : m_database(database)
{}

EvidenceFileRead EvidenceImporter::readFile(const QString& path, bool strict)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(path, QStringLiteral("cannot read the file (%1)").arg(file.errorString()));
    }
    const QByteArray text = file.readAll();
    EvidenceFileRead read;
    read.fileName = QFileInfo(path).fileName();
    read.format = detectEvidenceFileFormat(read.fileName, text);
    switch (read.format) {
    case EvidenceFileFormat::EvidencePack:
        read.pack = EvidencePackJson::parse(text, read.fileName);
        return read;
    case EvidenceFileFormat::CslJson:
        read.references = CslJsonReader::read(text, read.fileName);
        break;
    case EvidenceFileFormat::Ris:
        read.references = RisReader::read(text, read.fileName);
        break;
    case EvidenceFileFormat::Medline:
        read.references = MedlineReader::read(text, read.fileName);
        break;
    }
    if (strict) {
        read.references.requireWhole();
    }
    read.references.requireSomething(read.fileName);
    return read;
}

EvidenceFileImport EvidenceImporter::write(const EvidenceFileRead& read)
{
    EvidenceFileImport import;
    import.format = read.format;
    import.records = read.records();
    EvidenceRepository repository(m_database);
    if (read.pack) {
        import.result = repository.importPack(*read.pack);
    } else {
        import.result = repository.importReferences(read.references.references);
        import.skipped = read.references.skipped;
        import.shortened = read.references.shortened;
    }
    return import;
}

EvidenceFileImport EvidenceImporter::importFile(const QString& path, bool strict)
{
    return write(readFile(path, strict));
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
