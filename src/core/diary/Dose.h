#pragma once

#include <QString>

#include <compare>
#include <cstdint>

namespace ldn {

// A dose of naltrexone held as whole micrograms, so that comparing two doses ("did the dose
// change?") is exact and 4.5 mg never becomes 4.4999999 mg.
class Dose {
public:
    constexpr Dose() = default;

    static constexpr Dose fromMicrograms(std::int64_t micrograms) { return Dose(micrograms); }
    // Parses "4.5", "4.5mg" or "4.5 mg". Refuses negative, non-numeric, more than three decimals
    // and values no person could take, naming `field` in the error.
    static Dose parse(const QString& text, const QString& field);

    constexpr std::int64_t micrograms() const { return m_micrograms; }
    double milligrams() const { return static_cast<double>(m_micrograms) / 1000.0; }
    bool isZero() const { return m_micrograms == 0; }

    // "4.5" or "0.25": the shortest exact decimal form in milligrams, without a unit.
    QString toMilligramText() const;

    // A dose outside the usual LDN range that a person should confirm: above 10 mg (full-dose
    // naltrexone is 50 mg; 45 typed for 4.5 is a real risk) or between 0 and 0.1 mg.
    bool needsConfirmation() const;

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

} // namespace ldn
