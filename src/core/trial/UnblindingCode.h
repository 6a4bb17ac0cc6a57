#pragma once

#include <QString>

#include <optional>

namespace ldn {

// The code on the pharmacy sheet that unblinds a trial: three groups of four characters
// ("K7MX-3QTW-HRP9"), drawn from the system's cryptographic generator, from an alphabet without
// look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B) so it can be read out over the phone and typed.
// Typed codes compare without regard to case, spaces or dashes.
class UnblindingCode {
public:
    static constexpr int kGroups = 3;
    static constexpr int kGroupLength = 4;
    static constexpr const char* kAlphabet = "ACDEFGHJKMNPQRTUVWXY3467"; // 24 characters

    static UnblindingCode generate();
    // A code as typed or stored; empty when it cannot be one (wrong length or characters).
    static std::optional<UnblindingCode> parse(const QString& typed);

    // "K7MX-3QTW-HRP9"
    QString text() const;
    // Whether a typed code is this one ("k7mx 3qtw hrp9" is).
    bool matches(const QString& typed) const;

    friend bool operator==(const UnblindingCode&, const UnblindingCode&) = default;

private:
    explicit UnblindingCode(QString characters)
        : m_characters(std::move(characters))
    {}

    static QString normalised(const QString& typed);

    QString m_characters; // the 12 characters, upper case, without separators
};

} // namespace ldn
