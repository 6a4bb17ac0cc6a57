#pragma once

#include <QString>

#include <optional>

namespace ldn {

// How bad a side effect was on a day, 0 to 3. Stored as its number; shown with its number and a
// word ("2 moderate"), the same on the form, in the diary table and in the GP report.
class Severity {
public:
    static constexpr int kNone = 0;
    static constexpr int kMild = 1;
    static constexpr int kModerate = 2;
    static constexpr int kSevere = 3;
    static constexpr int kMinimum = kNone;
    static constexpr int kMaximum = kSevere;

    // A severity from its number; nothing when the number is outside 0-3.
    static std::optional<Severity> fromNumber(int number);
    static bool isValid(int number) { return number >= kMinimum && number <= kMaximum; }

    int number() const { return m_number; }
    // "none", "mild", "moderate", "severe", translated for the person reading it.
    QString name() const;
    // The same for a number known to be valid; a number out of range reads "severe" or "none".
    static QString nameOf(int number);

    friend bool operator==(Severity, Severity) = default;

private:
    explicit Severity(int number)
        : m_number(number)
    {}

    int m_number = kNone;
};

} // namespace ldn
