#include "core/diary/Dose.h"

#include "core/base/InputError.h"

#include <QRegularExpression>

namespace ldn {

Dose Dose::parse(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(-?)(\d{1,7})(?:\.(\d{1,3}))?\s*(?:mg)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        throw InputError(field, QStringLiteral("\"%1\" is not a dose in mg (write it like 4.5)").arg(text));
    }
    if (!match.captured(1).isEmpty()) {
        throw InputError(field, QStringLiteral("a dose cannot be negative (got %1)").arg(text.trimmed()));
    }
    const std::int64_t whole = match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    fraction = fraction.leftJustified(3, QLatin1Char('0'));
    const std::int64_t micrograms = whole * 1000 + fraction.toLongLong();
    if (micrograms > kMaximumMicrograms) {
        throw InputError(field, QStringLiteral("%1 mg is not a possible dose").arg(text.trimmed()));
    }
    return Dose(micrograms);
}

QString Dose::toMilligramText() const
{
    QString text = QString::number(m_micrograms / 1000);
    const std::int64_t fraction = m_micrograms % 1000;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0'))) {
            digits.chop(1);
        }
        text += QLatin1Char('.') + digits;
    }
    return text;
}

bool Dose::needsConfirmation() const
{
    return m_micrograms > kConfirmAboveMicrograms ||
           (m_micrograms > 0 && m_micrograms < kConfirmBelowMicrograms);
}

} // namespace ldn
