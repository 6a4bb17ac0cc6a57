#include "gui/common/DoseSpinBox.h"

#include "core/base/InputError.h"

#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ldn {
namespace {

const QString& noDoseDash()
{
    static const QString dash = QStringLiteral("\u2013");
    return dash;
}

// The units people write after a dose, in lower case; a prefix of one is a unit still being typed.
bool isUnitWord(const QString& letters, bool complete)
{
    static const QStringList kWords{
        QStringLiteral("mg"),  QStringLiteral("milligram"), QStringLiteral("milligrams"),
        QStringLiteral("mcg"), QStringLiteral("\u00b5g"),   QStringLiteral("\u03bcg"),
        QStringLiteral("ug"),  QStringLiteral("microgram"), QStringLiteral("micrograms")};
    return std::any_of(kWords.begin(), kWords.end(), [&letters, complete](const QString& word) {
        return complete ? word == letters : word.startsWith(letters);
    });
}

bool isMilligramWord(const QString& letters)
{
    return letters == QLatin1String("mg") || letters.startsWith(QLatin1String("milli"));
}

} // namespace

// The text of the field read as a dose, or how far it is from being one.
struct DoseSpinBox::Reading {
    QValidator::State state = QValidator::Invalid;
    std::optional<Dose> dose; // when the text is a whole dose
    bool noDose = false;      // the dash, or nothing
    QString cleaned;          // without the shown unit, with "." as the decimal point
};

DoseSpinBox::DoseSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccelerated(true);
    setSpecialValueText(QString());
    applyRange();
    connect(lineEdit(), &QLineEdit::textEdited, this,
            [this](const QString& text) { m_lastTyped = text.trimmed(); });
}

void DoseSpinBox::setUnit(Dose::Unit unit)
{
    if (unit == m_unit) {
        return;
    }
    const bool had = hasDose();
    const Dose kept = dose();
    m_unit = unit;
    applyRange();
    if (had) {
        setDose(kept);
    } else {
        clearDose();
    }
}

void DoseSpinBox::setNoDoseAllowed(bool allowed)
{
    m_noDoseAllowed = allowed;
    applyRange();
}

void DoseSpinBox::setMaximumDose(Dose dose)
{
    m_maximum = dose;
    applyRange();
}

void DoseSpinBox::applyRange()
{
    const bool milligrams = m_unit == Dose::Unit::Milligrams;
    // One step is 0.1 mg either way; the dash sits one step below zero, where stepping down ends.
    const double step = milligrams ? 0.1 : 100.0;
    setDecimals(milligrams ? 3 : 0);
    setSingleStep(step);
    setRange(m_noDoseAllowed ? -step : 0.0, valueOf(m_maximum));
    // "– mg": nothing entered yet, and the unit a number will be read in.
    setSpecialValueText(m_noDoseAllowed ? noDoseDash() + QLatin1Char(' ') + unitText() : QString());
    updateGeometry();
}

double DoseSpinBox::valueOf(Dose dose) const
{
    return m_unit == Dose::Unit::Milligrams ? dose.milligrams() : static_cast<double>(dose.micrograms());
}

bool DoseSpinBox::hasDose() const
{
    return !(m_noDoseAllowed && value() < 0.0);
}

Dose DoseSpinBox::dose() const
{
    if (!hasDose()) {
        return Dose();
    }
    const double micrograms = m_unit == Dose::Unit::Milligrams ? value() * 1000.0 : value();
    return Dose::fromMicrograms(std::max<long long>(0, std::llround(micrograms)));
}

void DoseSpinBox::setDose(Dose dose)
{
    m_lastTyped.clear();
    setValue(valueOf(dose));
}

void DoseSpinBox::clearDose()
{
    m_lastTyped.clear();
    setValue(minimum());
}

std::optional<Dose> DoseSpinBox::microgramReading() const
{
    if (m_unit != Dose::Unit::Milligrams || m_lastTyped.isEmpty() || !hasDose()) {
        return std::nullopt;
    }
    const std::optional<Dose> reading = Dose::microgramReadingOf(m_lastTyped);
    // Only while the field still holds what was typed: 500 typed is 500 mg.
    if (!reading || dose().micrograms() != reading->micrograms() * 1000) {
        return std::nullopt;
    }
    return reading;
}

std::optional<QString> DoseSpinBox::problem() const
{
    const Reading reading = read(lineEdit()->text());
    if (reading.state == QValidator::Acceptable) {
        return std::nullopt;
    }
    try {
        (void)Dose::parse(reading.cleaned, tr("dose"), m_unit);
    } catch (const InputError& error) {
        return error.problem();
    }
    return m_unit == Dose::Unit::Milligrams
               ? tr("\"%1\" is not a dose yet: write it like 4.5, 0.5mg or 500mcg").arg(reading.cleaned)
               : tr("\"%1\" is not a dose yet: write it like 500, 500mcg or 1.5mg").arg(reading.cleaned);
}

QString DoseSpinBox::unitText() const
{
    return m_unit == Dose::Unit::Milligrams ? tr("mg") : tr("mcg");
}

bool DoseSpinBox::meansNoDose(const QString& text) const
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(unitText())) {
        trimmed.chop(unitText().size());
        trimmed = trimmed.trimmed();
    }
    return m_noDoseAllowed &&
           (trimmed.isEmpty() || trimmed == noDoseDash() || trimmed == QStringLiteral("-"));
}

DoseSpinBox::Reading DoseSpinBox::read(const QString& text) const
{
    Reading reading;
    QString cleaned = text.trimmed();
    cleaned.replace(locale().decimalPoint(), QStringLiteral("."));
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    reading.cleaned = cleaned;
    if (meansNoDose(cleaned)) {
        reading.state = QValidator::Acceptable;
        reading.noDose = true;
        return reading;
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{0,9})(\.(\d{0,3}))?\s*([^\d\s.]*)$)"));
    const QRegularExpressionMatch match = pattern.match(cleaned);
    if (!match.hasMatch()) {
        return reading; // Invalid: the keystroke is refused
    }
    const QString whole = match.captured(1);
    const bool point = !match.captured(2).isEmpty();
    const QString fraction = match.captured(3);
    const QString letters = match.captured(4).toLower();
    if (!letters.isEmpty() && !isUnitWord(letters, false)) {
        return reading;
    }
    const bool complete = !whole.isEmpty() && (!point || !fraction.isEmpty()) &&
                          (letters.isEmpty() || isUnitWord(letters, true));
    reading.state = QValidator::Intermediate;
    if (!complete) {
        return reading;
    }
    const Dose::Unit unit = letters.isEmpty()          ? m_unit
                            : isMilligramWord(letters) ? Dose::Unit::Milligrams
                                                       : Dose::Unit::Micrograms;
    if (unit == Dose::Unit::Micrograms && fraction.contains(QRegularExpression(QStringLiteral("[1-9]")))) {
        // "0.5" may still become "0.5mg"; "0.5mcg" cannot be kept.
        reading.state = letters.isEmpty() ? QValidator::Intermediate : QValidator::Invalid;
        return reading;
    }
    const long long micrograms =
        unit == Dose::Unit::Milligrams
            ? whole.toLongLong() * 1000 + fraction.leftJustified(3, QLatin1Char('0')).toLongLong()
            : whole.toLongLong();
    const Dose dose = Dose::fromMicrograms(micrograms);
    if (valueOf(dose) > maximum() + 1e-9) {
        reading.state = QValidator::Invalid;
        return reading;
    }
    if (valueOf(dose) < minimum() - 1e-9) {
        return reading; // Intermediate: more digits may make it large enough
    }
    reading.dose = dose;
    reading.state = QValidator::Acceptable;
    return reading;
}

QValidator::State DoseSpinBox::validate(QString& input, int& /*position*/) const
{
    return read(input).state;
}

double DoseSpinBox::valueFromText(const QString& text) const
{
    const Reading reading = read(text);
    if (reading.noDose || !reading.dose) {
        return reading.noDose ? minimum() : value();
    }
    return valueOf(*reading.dose);
}

QString DoseSpinBox::textFromValue(double value) const
{
    // The unit is part of the text rather than a suffix, so that a unit typed over it replaces it
    // (Qt would keep a suffix and read "500mcg mg").
    return numberText(value) + QLatin1Char(' ') + unitText();
}

QString DoseSpinBox::numberText(double value) const
{
    if (m_unit == Dose::Unit::Micrograms) {
        return QString::number(std::llround(value));
    }
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(point.size());
        }
    }
    text.remove(locale().groupSeparator());
    return text;
}

QSize DoseSpinBox::sizeHint() const
{
    QSize hint = QDoubleSpinBox::sizeHint();
    hint.rwidth() += extraWidth();
    return hint;
}

QSize DoseSpinBox::minimumSizeHint() const
{
    QSize hint = QDoubleSpinBox::minimumSizeHint();
    hint.rwidth() += extraWidth();
    return hint;
}

int DoseSpinBox::extraWidth() const
{
    // Qt sizes a spin box for its minimum and maximum ("0 mg", "10 mg"); doses in between can be
    // wider ("0.375 mg"), and so can a unit typed by hand ("500 micrograms"), and must not be cut off.
    const QFontMetrics metrics = fontMetrics();
    const int widest = std::max(metrics.horizontalAdvance(QStringLiteral("88.888 ") + unitText()),
                                metrics.horizontalAdvance(QStringLiteral("8888 mcg")));
    const int longest = std::max(metrics.horizontalAdvance(textFromValue(maximum())),
                                 metrics.horizontalAdvance(textFromValue(minimum())));
    return std::max(0, widest - longest);
}

} // namespace ldn
