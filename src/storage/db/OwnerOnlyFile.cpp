#include "storage/db/OwnerOnlyFile.h"

#include "core/base/InputError.h"

#include <QSaveFile>

namespace ldn {

void OwnerOnlyFile::write(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw InputError(path, QStringLiteral("cannot write the file (%1)").arg(file.errorString()));
    }
    // The temporary file is made with the process umask; narrow it before any data goes in.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size() || !file.commit()) {
        throw InputError(path, QStringLiteral("cannot write the file (%1)").arg(file.errorString()));
    }
}

} // namespace ldn
