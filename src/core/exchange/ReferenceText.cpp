#include "core/exchange/ReferenceText.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidenceIdentifiers.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace ldn {
namespace {

// The 1-based line of the first bytes that are not UTF-8.
int firstLineNotUtf8(const QByteArray& text)
{
    int line = 1;
    for (const QByteArray& bytes : text.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        [[maybe_unused]] const QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            return line;
        }
        ++line;
    }
    return 1;
}

} // namespace

QString ReferenceText::decode(const QByteArray& text, const QString& fileName, const QString& format)
{
    // The decoder is told to keep a second byte-order mark, which is then a character of the text.
    const bool hasBom = text.startsWith("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString content = decoder.decode(hasBom ? text.mid(3) : text);
    if (decoder.hasError()) {
        throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(firstLineNotUtf8(text)),
                         QStringLiteral("the text is not UTF-8 (save or export the file as UTF-8)"));
    }
    const auto control = std::find_if(content.cbegin(), content.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\r') &&
                c != QLatin1Char('\n')) ||
               c.unicode() == 0xFEFF;
    });
    if (control != content.cend()) {
        throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(
                             1 + std::count(content.cbegin(), control, QLatin1Char('\n'))),
                         QStringLiteral("a control character (U+%1): this is not a %2 text file")
                             .arg(control->unicode(), 4, 16, QLatin1Char('0'))
                             .arg(format));
    }
    return content;
}

QString ReferenceText::doiOf(const QString& text)
{
    QString doi = text.trimmed();
    if (doi.endsWith(QLatin1String("[doi]"), Qt::CaseInsensitive)) {
        doi.chop(5);
    }
    return EvidenceIdentifiers::normaliseDoi(doi.trimmed());
}

} // namespace ldn
