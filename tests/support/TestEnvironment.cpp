#include "support/TestEnvironment.h"

#include <QDir>
#include <QProcess>

#include <stdexcept>

namespace ldn::test {

TemporaryFolder::TemporaryFolder()
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
}

ProcessResult runProgram(const QString& program, const QStringList& arguments, const QStringList& environment,
                         int timeoutMilliseconds)
{
    QProcess process;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        processEnvironment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(processEnvironment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMilliseconds)) {
        result.err = QStringLiteral("could not start %1").arg(program);
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMilliseconds)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 timed out").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString builtProgram(const QString& name)
{
    return QDir(QStringLiteral(LDN_BINARY_DIR "/bin")).filePath(name);
}

QString testData(const QString& relativePath)
{
    return QDir(QStringLiteral(LDN_TEST_DATA_DIR)).filePath(relativePath);
}

} // namespace ldn::test
