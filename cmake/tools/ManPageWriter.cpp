#include "ManPageWriter.h"

#include <QRegularExpression>

#include <utility>

namespace ldn {
namespace {

const QString kExitCodes = QStringLiteral("Exit codes:");
const QString kCommands = QStringLiteral("Commands");
const QString kOptions = QStringLiteral("Options");

// "LDN Tracker: a private diary ... computer." becomes "a private diary ... computer", the part
// after the program's name that the NAME section wants.
QString nameLine(const QString& description)
{
    QString line = description;
    const qsizetype colon = line.indexOf(QStringLiteral(": "));
    if (colon >= 0) {
        line = line.mid(colon + 2);
    }
    if (line.endsWith(QLatin1Char('.'))) {
        line.chop(1);
    }
    return line;
}

} // namespace

ManPageWriter::ManPageWriter(QString programName, QString version, QString date)
    : m_programName(std::move(programName))
    , m_version(std::move(version))
    , m_date(std::move(date))
{}

QString ManPageWriter::escaped(const QString& text)
{
    QString result = text;
    result.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    result.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (result.startsWith(QLatin1Char('.')) || result.startsWith(QLatin1Char('\''))) {
        result.prepend(QStringLiteral("\\&"));
    }
    return result;
}

QString ManPageWriter::filled(const QString& text)
{
    // A list written without spaces ("summary,chart,doses,...") may break after its commas rather
    // than run past the margin.
    static const QRegularExpression comma(QStringLiteral(",(?=\\S)"));
    return escaped(text).replace(comma, QStringLiteral(",\\:"));
}

QString ManPageWriter::formattedTerm(const QString& term)
{
    static const QRegularExpression option(QStringLiteral("^-{1,2}[A-Za-z?][A-Za-z0-9-]*"));
    static const QRegularExpression placeholder(QStringLiteral("^(<.*>|[A-Z][A-Z0-9_.=:-]*),?$"));
    QStringList words;
    for (const QString& word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = option.match(word);
        if (match.hasMatch()) {
            words << QStringLiteral("\\fB%1\\fR%2")
                         .arg(escaped(match.captured()), escaped(word.mid(match.capturedLength())));
        } else if (placeholder.match(word).hasMatch()) {
            words << QStringLiteral("\\fI%1\\fR").arg(escaped(word));
        } else {
            words << QStringLiteral("\\fB%1\\fR").arg(escaped(word));
        }
    }
    return words.join(QLatin1Char(' '));
}

QString ManPageWriter::entryList(const QList<HelpText::Entry>& entries)
{
    QString text;
    for (const HelpText::Entry& entry : entries) {
        text += QStringLiteral(".TP\n%1\n%2\n").arg(formattedTerm(entry.term), filled(entry.description));
    }
    return text;
}

QString ManPageWriter::synopsis(const QStringList& lines) const
{
    // No-fill, so the lines and their indentation stay as --help prints them.
    QString text = QStringLiteral(".nf\n");
    const QString indent(m_programName.size() + 1, QLatin1Char(' '));
    for (const QString& line : lines) {
        if (line.at(0).isSpace()) {
            text += escaped(indent + line) + QLatin1Char('\n');
        } else {
            text += QStringLiteral("\\fB%1\\fR %2\n").arg(escaped(m_programName), escaped(line));
        }
    }
    return text + QStringLiteral(".fi\n");
}

QString ManPageWriter::blocks(const QList<HelpText::Block>& blocks, const QStringList& skippedHeadings,
                              const QStringList& skippedProse)
{
    QString text;
    for (const HelpText::Block& block : blocks) {
        if (!block.prose.isEmpty()) {
            const bool skipped =
                std::any_of(skippedProse.cbegin(), skippedProse.cend(),
                            [&](const QString& start) { return block.prose.startsWith(start); });
            if (!skipped) {
                text += QStringLiteral(".PP\n%1\n").arg(filled(block.prose));
            }
        } else if (!skippedHeadings.contains(block.heading)) {
            if (!block.heading.isEmpty()) {
                text += QStringLiteral(".PP\n%1:\n").arg(escaped(block.heading));
            }
            text += entryList(block.entries);
        }
    }
    return text;
}

QString ManPageWriter::write(const HelpText& help, const QList<Command>& commands) const
{
    // QCommandLineParser prints the description under the usage line; ldn-tracker-cli prints it
    // as the first paragraph after it.
    QString description = help.description();
    for (const HelpText::Block& block : help.blocks()) {
        if (description.isEmpty() && !block.prose.isEmpty()) {
            description = block.prose;
        }
    }

    QString page =
        QStringLiteral(".\\\" Made at build time from `%1 --help`%2 by cmake/tools/CommandLineDocs.\n"
                       ".\\\" Change the program's help text, not this file.\n")
            .arg(m_programName,
                 commands.isEmpty() ? QString() : QStringLiteral(" and each command's --help"));
    page += QStringLiteral(".TH \"%1\" \"1\" \"%2\" \"LDN Tracker %3\" \"User Commands\"\n")
                .arg(escaped(m_programName.toUpper()), m_date, m_version);
    // Ragged right and no hyphenation: option names, section keys and paths stay whole, and a
    // line of a long list needs no stretching.
    page += QStringLiteral(".ad l\n.nh\n");
    page +=
        QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(escaped(m_programName), escaped(nameLine(description)));
    page += QStringLiteral(".SH SYNOPSIS\n") + synopsis(help.synopsisFrom(QString()));
    page += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(filled(description));
    page += blocks(help.blocks(), {kCommands, kOptions}, {kExitCodes, description});

    if (!commands.isEmpty()) {
        page += QStringLiteral(".SH COMMANDS\n");
        for (const Command& command : commands) {
            const QString& name = command.listing.term;
            page +=
                QStringLiteral(".SS %1\n%2.\n.PP\n").arg(escaped(name), escaped(command.listing.description));
            page += synopsis(command.help.synopsisFrom(name)) + blocks(command.help.blocks(), {}, {});
        }
    }
    const QList<HelpText::Entry> options = help.entriesUnder(kOptions);
    if (!options.isEmpty()) {
        page += QStringLiteral(".SH OPTIONS\n") + entryList(options);
    }
    const QString exitCodes = help.proseStartingWith(kExitCodes);
    if (!exitCodes.isEmpty()) {
        page += QStringLiteral(".SH \"EXIT STATUS\"\n%1\n").arg(escaped(exitCodes));
    }
    page += QStringLiteral(".SH FILES\n"
                           ".TP\n"
                           ".I ~/.local/share/ldn\\-tracker/diary.sqlite\n"
                           "The diary, readable and writable by its owner alone (in "
                           "\\fI$XDG_DATA_HOME\\fR/ldn\\-tracker/ when that is set). Both programs use it "
                           "unless \\fB\\-\\-db\\fR names another file.\n"
                           ".TP\n"
                           ".I ~/.local/share/ldn\\-tracker/backups/\n"
                           "Copies of the whole diary, made by the daily backup and the backup command.\n");
    if (!m_seeAlso.isEmpty()) {
        QStringList references;
        for (const QString& reference : m_seeAlso) {
            references << QStringLiteral(".BR %1 (1)").arg(escaped(reference));
        }
        page +=
            QStringLiteral(".SH \"SEE ALSO\"\n") + references.join(QStringLiteral(",\n")) + QLatin1Char('\n');
    }
    return page;
}

} // namespace ldn
