#pragma once

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>

namespace ldn {

// Parses a JSON file a person chose, more strictly than JSON itself: a key repeated in one object
// is an error rather than "the last one wins" (which would silently drop a value), so is nesting
// more than 100 objects or arrays deep, and every problem (including a number too large for a
// double) is an InputError at "FILE:LINE". A UTF-8 byte-order mark at the start is allowed.
class StrictJson {
public:
    static nlohmann::json parse(const QByteArray& text, const QString& fileName);
};

} // namespace ldn
