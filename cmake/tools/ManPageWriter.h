#pragma once

#include "HelpText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ldn {

// Writes a section-1 man page (roff, man macros) from a program's HelpText, and for a program
// with commands (ldn-tracker-cli) from each command's HelpText too, so the page says what --help
// says. The sections --help has no room for (FILES, SEE ALSO) are the same for both programs and
// live here.
class ManPageWriter {
public:
    struct Command {
        HelpText::Entry listing; // name and one-line summary, from the program's command list
        HelpText help;           // the command's own --help
    };

    ManPageWriter(QString programName, QString version, QString date);

    void setSeeAlso(const QStringList& pages) { m_seeAlso = pages; }
    QString write(const HelpText& help, const QList<Command>& commands) const;

    // Text made safe for roff: backslashes, dashes (so options copy and search as "-") and a
    // leading dot or quote, which would start a request.
    static QString escaped(const QString& text);
    // Escaped text for a filled paragraph.
    static QString filled(const QString& text);
    // A term of an entry list: options and words bold, placeholders (capitals, <NAME>) italic.
    static QString formattedTerm(const QString& term);

private:
    // Synopsis lines that start with the program's arguments, or are indented to continue the
    // line before; each unindented one gets the program's name in front.
    QString synopsis(const QStringList& lines) const;
    static QString blocks(const QList<HelpText::Block>& blocks, const QStringList& skippedHeadings,
                          const QStringList& skippedProse);
    static QString entryList(const QList<HelpText::Entry>& entries);

    QString m_programName;
    QString m_version;
    QString m_date;
    QStringList m_seeAlso;
};

} // namespace ldn
