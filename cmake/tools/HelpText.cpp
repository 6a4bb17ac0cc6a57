#include "HelpText.h"

#include <QRegularExpression>

#include <algorithm>

namespace ldn {
namespace {

// Two spaces, then text: the first line of an entry. Deeper indents continue the one before.
bool isEntryStart(const QString& line)
{
    return line.startsWith(QLatin1String("  ")) && line.size() > 2 && !line.at(2).isSpace();
}

bool isContinuation(const QString& line)
{
    return line.startsWith(QLatin1String("   ")) && !line.trimmed().isEmpty();
}

QString joinedProse(const QStringList& lines)
{
    QStringList words;
    for (const QString& line : lines) {
        words << line.trimmed();
    }
    return words.join(QLatin1Char(' '));
}

// "  --pharmacy TEXT    --batch TEXT    where it was made" names two options before its text: the
// fields between runs of two or more spaces belong to the term while they start with a dash.
HelpText::Entry readEntryStart(const QString& line)
{
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    const QStringList fields = line.trimmed().split(gap);
    HelpText::Entry entry;
    entry.term = fields.constFirst();
    int index = 1;
    while (index < fields.size() && fields.at(index).startsWith(QLatin1Char('-'))) {
        entry.term += QStringLiteral(", ") + fields.at(index);
        ++index;
    }
    entry.description = fields.mid(index).join(QLatin1Char(' '));
    return entry;
}

} // namespace

HelpText HelpText::parse(const QString& text)
{
    HelpText help;
    QList<QStringList> paragraphs(1);
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        static const QRegularExpression trailingSpace(QStringLiteral("\\s+$"));
        QString line = rawLine;
        line.remove(trailingSpace);
        if (line.isEmpty()) {
            if (!paragraphs.constLast().isEmpty()) {
                paragraphs.append(QStringList());
            }
            continue;
        }
        paragraphs.last() << line;
    }
    if (paragraphs.constLast().isEmpty()) {
        paragraphs.removeLast();
    }
    if (paragraphs.isEmpty()) {
        return help;
    }
    if (paragraphs.constFirst().constFirst().startsWith(QLatin1String("Usage: "))) {
        help.readSynopsis(paragraphs.takeFirst());
    }
    for (const QStringList& paragraph : paragraphs) {
        help.m_blocks << readBlock(paragraph);
    }
    return help;
}

void HelpText::readSynopsis(const QStringList& lines)
{
    m_synopsis << lines.constFirst().mid(QStringLiteral("Usage: ").size());
    QStringList description;
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const QString& line = lines.at(index);
        // Further synopsis lines are indented or start with the command ("plan show ..."); a
        // description starts with a capital ("LDN Tracker: ...").
        if (description.isEmpty() && (line.at(0).isSpace() || line.at(0).isLower())) {
            m_synopsis << line;
        } else {
            description << line;
        }
    }
    m_description = joinedProse(description);
}

HelpText::Block HelpText::readBlock(const QStringList& lines)
{
    QString heading;
    QStringList body = lines;
    const QString& first = lines.constFirst();
    if (!first.at(0).isSpace() && first.endsWith(QLatin1Char(':')) && lines.size() > 1) {
        heading = first.chopped(1);
        body.removeFirst();
    }
    const bool isList =
        isEntryStart(body.constFirst()) && std::all_of(body.cbegin(), body.cend(), [](const QString& line) {
            return isEntryStart(line) || isContinuation(line);
        });
    Block block;
    if (!isList) {
        block.prose = joinedProse(lines);
        return block;
    }
    block.heading = heading;
    for (const QString& line : body) {
        if (isEntryStart(line)) {
            block.entries << readEntryStart(line);
        } else {
            Entry& entry = block.entries.last();
            entry.description = joinedProse({entry.description, line}).trimmed();
        }
    }
    return block;
}

QStringList HelpText::synopsisFrom(const QString& start) const
{
    if (m_synopsis.isEmpty()) {
        return start.isEmpty() ? QStringList() : QStringList{start};
    }
    QStringList lines = m_synopsis;
    QString& first = lines.first();
    if (!start.isEmpty()) {
        const QRegularExpression word(
            QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(start)));
        const QRegularExpressionMatch match = word.match(first);
        first = match.hasMatch() ? first.mid(match.capturedStart(0) + match.capturedLength(1)) : start;
    } else {
        first = first.mid(first.indexOf(QLatin1Char(' ')) + 1);
    }
    return lines;
}

QList<HelpText::Entry> HelpText::entriesUnder(const QString& heading) const
{
    for (const Block& block : m_blocks) {
        if (block.heading == heading) {
            return block.entries;
        }
    }
    return {};
}

QString HelpText::proseStartingWith(const QString& prefix) const
{
    for (const Block& block : m_blocks) {
        if (block.prose.startsWith(prefix)) {
            return block.prose.mid(prefix.size()).trimmed();
        }
    }
    return {};
}

} // namespace ldn
