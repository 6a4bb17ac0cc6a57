#include "core/diary/Dose.h"

#include "core/base/InputError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ldn {

Dose Dose::parse(const QString& text, const QString& field, Unit bareUnit)
{
    return parseTyped(text, field, bareUnit).dose;
}

Dose::Typed Dose::parseTyped(const QString& text, const QString& field, Unit bareUnit)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*(-?)(\d{1,9})(?:\.(\d{1,3}))?\s*(mg|milligrams?|mcg|\x{00B5}g|\x{03BC}g|ug|micrograms?)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        throw InputError(field, QStringLiteral("\"%1\" is not a dose in mg (write it like 4.5)").arg(text));
    }
    if (!match.captured(1).isEmpty()) {
        throw InputError(field, QStringLiteral("a dose cannot be negative (got %1)").arg(text.trimmed()));
    }
    const QString unitText = match.captured(4).toLower();
    const bool unitWritten = !unitText.isEmpty();
    Unit unit = bareUnit;
    if (unitWritten) {
        const bool milligrams =
            unitText == QLatin1String("mg") || unitText.startsWith(QLatin1String("milli"));
        unit = milligrams ? Unit::Milligrams : Unit::Micrograms;
    }
    // Micrograms are the smallest unit kept: three decimals of a milligram, none of a microgram.
    const QString fraction = match.captured(3);
    if (unit == Unit::Micrograms && fraction.contains(QRegularExpression(QStringLiteral("[1-9]")))) {
        throw InputError(field, QStringLiteral("%1 is more precise than a microgram").arg(text.trimmed()));
    }
    const std::int64_t whole = match.captured(2).toLongLong();
    const std::int64_t micrograms =
        unit == Unit::Milligrams ? whole * 1000 + fraction.leftJustified(3, QLatin1Char('0')).toLongLong()
                                 : whole;
    if (micrograms > kMaximumMicrograms) {
        const QString written =
            unitWritten ? text.trimmed()
                        : text.trimmed() + (unit == Unit::Milligrams ? QStringLiteral(" mg")
                                                                     : QStringLiteral(" micrograms"));
        throw InputError(field, QStringLiteral("%1 is not a possible dose").arg(written));
    }
    return {Dose(micrograms), unitWritten};
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

std::optional<Dose> Dose::microgramReadingOf(const QString& typed)
{
    // Typed where milligrams are meant, a whole number of 100 to 10,000 is 0.1 to 10 mg read as
    // micrograms.
    static const QRegularExpression wholeNumber(QStringLiteral(R"(^\s*(\d{3,5})\s*$)"));
    const QRegularExpressionMatch match = wholeNumber.match(typed);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const std::int64_t micrograms = match.captured(1).toLongLong();
    if (micrograms < kConfirmBelowMicrograms || micrograms > kConfirmAboveMicrograms) {
        return std::nullopt;
    }
    return Dose(micrograms);
}

QString Dose::toText(Unit unit) const
{
    if (unit == Unit::Micrograms && m_micrograms < 1000) {
        return QCoreApplication::translate("Dose", "%n micrograms", nullptr, static_cast<int>(m_micrograms));
    }
    return QCoreApplication::translate("Dose", "%1 mg").arg(toMilligramText());
}

} // namespace ldn
