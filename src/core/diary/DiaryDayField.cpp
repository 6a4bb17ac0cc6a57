#include "core/diary/DiaryDayField.h"

#include <array>
#include <optional>

namespace ldn {
namespace {

using Value = DiaryDayField::Value;
using Kind = DiaryDayField::Kind;
using InBackup = DiaryDayField::InBackup;

QString textOf(const Value& value)
{
    const QString* text = std::get_if<QString>(&value);
    return text ? *text : QString();
}

// "HH:MM" by hand: QTime::toString was a noticeable part of writing a ten-year diary.
QString clockText(const QTime& time)
{
    const QChar digits[] = {QChar(u'0' + time.hour() / 10), QChar(u'0' + time.hour() % 10), QChar(u':'),
                            QChar(u'0' + time.minute() / 10), QChar(u'0' + time.minute() % 10)};
    return QString(digits, 5);
}

std::optional<QTime> clockFromText(const QString& text)
{
    const auto digit = [&text](int index) {
        const char16_t c = text.at(index).unicode();
        return c >= u'0' && c <= u'9' ? c - u'0' : -1;
    };
    if (text.size() != 5 || text.at(2) != u':') {
        return std::nullopt;
    }
    const int h1 = digit(0), h2 = digit(1), m1 = digit(3), m2 = digit(4);
    if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0 || h1 * 10 + h2 > 23 || m1 > 5) {
        return std::nullopt;
    }
    return QTime(h1 * 10 + h2, m1 * 10 + m2);
}

QString assignStatus(DiaryEntry& entry, const Value& value)
{
    const QString text = textOf(value);
    if (text.trimmed().isEmpty()) {
        return QStringLiteral("is required");
    }
    const std::optional<DoseStatus> status = doseStatusFromStorageText(text);
    if (!status) {
        return QStringLiteral("\"%1\" is not one of taken, missed").arg(text);
    }
    entry.status = *status;
    return {};
}

QString assignDose(DiaryEntry& entry, const Value& value)
{
    const std::int64_t* micrograms = std::get_if<std::int64_t>(&value);
    if (entry.status == DoseStatus::Missed) {
        return micrograms ? QStringLiteral("a missed day has no dose") : QString();
    }
    if (!micrograms) {
        return QStringLiteral("is required (whole micrograms)");
    }
    if (*micrograms < 0) {
        return QStringLiteral("a dose cannot be negative (got %1)").arg(*micrograms);
    }
    if (*micrograms > Dose::kMaximumMicrograms) {
        return QStringLiteral("%1 micrograms is not a possible dose").arg(*micrograms);
    }
    entry.dose = Dose::fromMicrograms(*micrograms);
    return {};
}

QString assignTime(DiaryEntry& entry, const Value& value)
{
    const QString text = textOf(value);
    if (text.isEmpty()) {
        return {};
    }
    const std::optional<QTime> time = clockFromText(text);
    if (!time) {
        return QStringLiteral("\"%1\" is not a time of day as HH:MM").arg(text);
    }
    if (entry.status == DoseStatus::Missed) {
        return QStringLiteral("a missed dose has no time taken");
    }
    entry.timeTaken = time;
    return {};
}

QString assignFormulation(DiaryEntry& entry, const Value& value)
{
    const QString text = textOf(value);
    if (text.isEmpty()) {
        return {};
    }
    entry.formulation = formulationFromText(text);
    if (!entry.formulation) {
        return QStringLiteral("\"%1\" is not one of %2")
            .arg(text, formulationStorageTexts().join(QStringLiteral(", ")));
    }
    return {};
}

// Pharmacy and batch are kept without surrounding spaces, so that "Boots " and "Boots" are one
// pharmacy when the form offers the last one again; a note is kept exactly as written.
constexpr std::array kFields{
    DiaryDayField{"status", "status", Kind::Text, InBackup::BeforeLists,
                  [](const DiaryEntry& entry) -> Value { return toStorageText(entry.status); }, assignStatus},
    DiaryDayField{"dose_ug", "dose_ug", Kind::Integer, InBackup::BeforeLists,
                  [](const DiaryEntry& entry) -> Value {
                      return entry.status == DoseStatus::Taken ? Value(entry.dose.micrograms()) : Value();
                  },
                  assignDose},
    DiaryDayField{"time_taken", "time", Kind::Text, InBackup::BeforeLists,
                  [](const DiaryEntry& entry) -> Value {
                      return entry.timeTaken ? Value(clockText(*entry.timeTaken)) : Value();
                  },
                  assignTime},
    DiaryDayField{"formulation", "formulation", Kind::Text, InBackup::BeforeLists,
                  [](const DiaryEntry& entry) -> Value {
                      return entry.formulation ? Value(toStorageText(*entry.formulation)) : Value();
                  },
                  assignFormulation},
    DiaryDayField{"pharmacy", "pharmacy", Kind::Text, InBackup::BeforeLists,
                  [](const DiaryEntry& entry) -> Value { return entry.pharmacy.trimmed(); },
                  [](DiaryEntry& entry, const Value& value) {
                      entry.pharmacy = textOf(value);
                      return QString();
                  }},
    DiaryDayField{"batch", "batch", Kind::Text, InBackup::BeforeLists,
                  [](const DiaryEntry& entry) -> Value { return entry.batch.trimmed(); },
                  [](DiaryEntry& entry, const Value& value) {
                      entry.batch = textOf(value);
                      return QString();
                  }},
    DiaryDayField{"note", "note", Kind::Text, InBackup::AfterLists,
                  [](const DiaryEntry& entry) -> Value { return entry.note; },
                  [](DiaryEntry& entry, const Value& value) {
                      entry.note = textOf(value);
                      return QString();
                  }},
};

} // namespace

std::span<const DiaryDayField> DiaryDayField::all()
{
    return kFields;
}

} // namespace ldn
