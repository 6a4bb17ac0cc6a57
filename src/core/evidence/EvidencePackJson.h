#pragma once

#include "core/evidence/EvidencePack.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ldn {

// Reads and writes evidence packs (docs/formats.md, "Evidence packs"). Reading checks everything
// before anything is used: the format and its version, every field's type and value, identifiers,
// unique keys, that every claim's condition and sources exist in the pack, that a stated GRADE
// certainty matches its reasons and a stated evidence status matches the claims. The first problem
// is an InputError at "FILE:LINE: SECTION[N] "KEY": FIELD".
class EvidencePackJson {
public:
    static EvidencePack parse(const QByteArray& text, const QString& fileName);
    static QByteArray write(const EvidencePack& pack);

    struct Header {
        QString name;
        int version = 0;
    };
    // The pack's name and pack_version, read without parsing the rest (they come first in packs
    // this program writes), so an installed pack can be recognised cheaply. Nothing when the text
    // does not start like an evidence pack; parse() says what is wrong with it.
    static std::optional<Header> peekHeader(const QByteArray& text);
};

} // namespace ldn
