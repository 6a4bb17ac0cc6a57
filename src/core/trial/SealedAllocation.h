#pragma once

#include "core/trial/BlindedAllocation.h"
#include "core/trial/UnblindingCode.h"

#include <QByteArray>
#include <QString>

namespace ldn {

// A blinded trial's allocation and unblinding code as they are stored: scrambled with a random
// key kept beside them, so that a glance at the database file, a backup or an export does not
// show which period is LDN. This protects against an ACCIDENTAL look only: anyone who reads this
// source code and the stored key can unscramble it. It is not encryption against a determined
// patient, and the app says so. The code is kept (not just a hash of it) because the pharmacy
// sheet must be printable again at any time before unblinding.
//
// Format of `scrambled` (base64): 4 check bytes (SHA-256 of the plain text) followed by the plain
// text "1;LPPL;K7MX3QTWHRP9" XORed with a key stream of SHA-256(key ‖ block number) blocks.
struct SealedAllocation {
    QString scrambled; // base64
    QString key;       // base64 of 32 random bytes

    struct Contents {
        BlindedAllocation allocation;
        UnblindingCode code;
    };

    // With a fresh key from the system's cryptographic generator.
    static SealedAllocation seal(const BlindedAllocation& allocation, const UnblindingCode& code);
    // Throws InputError("sealed allocation", …) when the text or key is damaged or mismatched.
    Contents open() const;

    friend bool operator==(const SealedAllocation&, const SealedAllocation&) = default;

private:
    static QByteArray keyStream(const QByteArray& key, qsizetype length);
};

} // namespace ldn
