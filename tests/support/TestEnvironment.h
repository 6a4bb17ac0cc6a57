#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ldn::test {

// A fresh folder per test, removed afterwards; databases, exports and screenshots go here.
class TemporaryFolder {
public:
    TemporaryFolder();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a built executable (the real binary, not a copy of its code) and waits for it.
// `environment` entries are KEY=VALUE pairs added to (or replacing) the test's own environment.
ProcessResult runProgram(const QString& program, const QStringList& arguments,
                         const QStringList& environment = {}, int timeoutMilliseconds = 60000);

// Path of a built executable in build/bin.
QString builtProgram(const QString& name);

// Path of a file under tests/data.
QString testData(const QString& relativePath);

} // namespace ldn::test
