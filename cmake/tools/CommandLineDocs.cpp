// A build tool (cmake/DesktopIntegration.cmake runs it): makes the man pages and the bash
// completion from the --help of the programs just built, so they cannot drift from the programs.
//
//   command-line-docs man PROGRAM --version V --date YYYY-MM-DD --out FILE [--commands]
//                     [--see-also NAME]...
//   command-line-docs bash-completion PROGRAM --out FILE
//
// --commands also reads each command's --help (ldn-tracker-cli COMMAND --help) into the page.

#include "BashCompletionWriter.h"
#include "HelpText.h"
#include "ManPageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>

namespace {

using namespace ldn;

constexpr int kUsageProblem = 1;
constexpr int kFailure = 3;

class ToolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The help as a person sees it: English, no display needed, and quiet about leaks when the
// programs were built with the sanitizers (this only prints help).
QString helpOf(const QString& program, const QStringList& command)
{
    static QTemporaryDir runtimeFolder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeFolder.path());
    environment.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, QStringList(command) << QStringLiteral("--help"));
    const QString shown =
        QStringLiteral("%1 %2--help")
            .arg(program, command.isEmpty() ? QString() : command.join(QLatin1Char(' ')) + QLatin1Char(' '));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        throw ToolError(QStringLiteral("%1 failed: %2")
                            .arg(shown, QString::fromLocal8Bit(process.readAllStandardError()))
                            .toStdString());
    }
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    if (text.trimmed().isEmpty()) {
        throw ToolError(QStringLiteral("%1 printed nothing").arg(shown).toStdString());
    }
    return text;
}

QList<HelpText::Entry> commandsOf(const HelpText& help, const QString& program)
{
    const QList<HelpText::Entry> commands = help.entriesUnder(QStringLiteral("Commands"));
    if (commands.isEmpty()) {
        throw ToolError(
            QStringLiteral("%1 --help lists no commands under \"Commands:\"").arg(program).toStdString());
    }
    return commands;
}

void save(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        throw ToolError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()).toStdString());
    }
}

void writeManPage(const QString& program, const QCommandLineParser& parser)
{
    const HelpText help = HelpText::parse(helpOf(program, {}));
    QList<ManPageWriter::Command> commands;
    if (parser.isSet(QStringLiteral("commands"))) {
        for (const HelpText::Entry& listing : commandsOf(help, program)) {
            commands.append({listing, HelpText::parse(helpOf(program, {listing.term}))});
        }
    }
    ManPageWriter writer(QFileInfo(program).fileName(), parser.value(QStringLiteral("version")),
                         parser.value(QStringLiteral("date")));
    writer.setSeeAlso(parser.values(QStringLiteral("see-also")));
    save(parser.value(QStringLiteral("out")), writer.write(help, commands));
}

void writeBashCompletion(const QString& program, const QCommandLineParser& parser)
{
    const HelpText help = HelpText::parse(helpOf(program, {}));
    QList<BashCompletionWriter::Command> commands;
    for (const HelpText::Entry& listing : commandsOf(help, program)) {
        commands << BashCompletionWriter::commandFrom(listing.term,
                                                      HelpText::parse(helpOf(program, {listing.term})));
    }
    save(parser.value(QStringLiteral("out")),
         BashCompletionWriter::write(QFileInfo(program).fileName(),
                                     BashCompletionWriter::globalOptionsFrom(help), commands));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("man or bash-completion"));
    parser.addPositionalArgument(QStringLiteral("program"), QStringLiteral("the built program"));
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")},
        {QStringLiteral("version"), QStringLiteral("The version the man page names."),
         QStringLiteral("VERSION")},
        {QStringLiteral("date"), QStringLiteral("The man page's date (the release's)."),
         QStringLiteral("DATE")},
        {QStringLiteral("commands"), QStringLiteral("Describe each command of the program too.")},
        {QStringLiteral("see-also"), QStringLiteral("A related man page (repeatable)."),
         QStringLiteral("NAME")},
    });
    parser.process(application);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2 || !parser.isSet(QStringLiteral("out"))) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return kUsageProblem;
    }
    try {
        if (arguments.at(0) == QLatin1String("man")) {
            writeManPage(arguments.at(1), parser);
        } else if (arguments.at(0) == QLatin1String("bash-completion")) {
            writeBashCompletion(arguments.at(1), parser);
        } else {
            std::fprintf(stderr, "command-line-docs: unknown kind \"%s\" (man, bash-completion)\n",
                         qPrintable(arguments.at(0)));
            return kUsageProblem;
        }
    } catch (const ToolError& error) {
        std::fprintf(stderr, "command-line-docs: %s\n", error.what());
        return kFailure;
    }
    return 0;
}
