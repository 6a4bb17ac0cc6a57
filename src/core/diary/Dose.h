#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace ldn {

// A dose of naltrexone held as whole micrograms, so that comparing two doses ("did the dose
// change?") is exact and 4.5 mg never becomes 4.4999999 mg.
class Dose {
public:
    constexpr Dose() = default;

    // How a number without a unit is read: most people think of LDN in milligrams; some, on a
    // sensitive titration of liquid LDN, in micrograms (a profile can choose).
    enum class Unit { Milligrams, Micrograms };

    // A dose as typed, and whether its unit was written.
    struct Typed;

    static constexpr Dose fromMicrograms(std::int64_t micrograms) { return Dose(micrograms); }
    // Parses "4.5", "4.5mg", "4.5 mg", "500mcg", "500 µg", "500ug", "500 micrograms" or "1.5
    // milligrams"; a bare number is in `bareUnit`. Refuses negative, non-numeric, more precise
    // than a microgram, and values no person could take, naming `field` in the error.
    static Dose parse(const QString& text, const QString& field, Unit bareUnit = Unit::Milligrams);
    static Typed parseTyped(const QString& text, const QString& field, Unit bareUnit = Unit::Milligrams);

    constexpr std::int64_t micrograms() const { return m_micrograms; }
    double milligrams() const { return static_cast<double>(m_micrograms) / 1000.0; }
    bool isZero() const { return m_micrograms == 0; }

    // "4.5" or "0.25": the shortest exact decimal form in milligrams, without a unit.
    QString toMilligramText() const;

    // A dose outside the usual LDN range that a person should confirm: above 10 mg (full-dose
    // naltrexone is 50 mg; 45 typed for 4.5 is a real risk) or between 0 and 0.1 mg.
    bool needsConfirmation() const;

    // A bare whole number of 100 to 10,000 typed where milligrams are meant, read as micrograms
    // (500 -> 0.5 mg): the dose the person more likely meant, to be asked about. Nothing for
    // anything else (45 is no LDN dose in micrograms either).
    static std::optional<Dose> microgramReadingOf(const QString& typed);

    // "4.5 mg", or "500 micrograms" for a dose under 1 mg when entered in micrograms.
    QString toText(Unit unit = Unit::Milligrams) const;

    friend constexpr auto operator<=>(Dose, Dose) = default;

    static constexpr std::int64_t kMaximumMicrograms = 1'000'000;   // 1 g: beyond any real dose
    static constexpr std::int64_t kConfirmAboveMicrograms = 10'000; // 10 mg
    static constexpr std::int64_t kConfirmBelowMicrograms = 100;    // 0.1 mg

private:
    constexpr explicit Dose(std::int64_t micrograms)
        : m_micrograms(micrograms)
    {}

    std::int64_t m_micrograms = 0;
};

struct Dose::Typed {
    Dose dose;
    bool unitWritten = false;
};

} // namespace ldn
