#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ldn {

// The --help text of one of our programs, or of one of ldn-tracker-cli's commands, read back
// into its parts so the man pages and the bash completion are made from what the programs
// themselves print. It understands the layouts the programs use: a "Usage:" synopsis (whose
// lines may continue indented), paragraphs of prose, and lists of entries indented by two
// spaces with their description after two or more spaces (continued by deeper-indented lines),
// under an optional "Heading:" line.
class HelpText {
public:
    struct Entry {
        QString term;        // "--db PATH", "-h, --help", "profile", "(no option)"
        QString description; // one line, continuation lines joined
    };
    struct Block {
        QString heading; // "Options" for a list under "Options:"; empty otherwise
        QString prose;   // a paragraph of text, lines joined (empty for an entry list)
        QList<Entry> entries;
    };

    static HelpText parse(const QString& text);

    // The synopsis lines without "Usage: ", as printed (continuation lines keep their indent).
    const QStringList& synopsis() const { return m_synopsis; }
    // The same with the first line starting at the word START (a command's name), or after the
    // program's name when START is empty: --help names the program by the path it was started
    // with, and ldn-tracker-cli puts its global options before the command.
    QStringList synopsisFrom(const QString& start) const;
    // Prose in the synopsis's paragraph, as QCommandLineParser prints its description.
    const QString& description() const { return m_description; }
    const QList<Block>& blocks() const { return m_blocks; }

    // The entries of the list under "HEADING:" (empty when there is none).
    QList<Entry> entriesUnder(const QString& heading) const;
    // The first prose paragraph that starts with PREFIX, without it ("Exit codes: ...").
    QString proseStartingWith(const QString& prefix) const;

private:
    void readSynopsis(const QStringList& lines);
    static Block readBlock(const QStringList& lines);

    QStringList m_synopsis;
    QString m_description;
    QList<Block> m_blocks;
};

} // namespace ldn
