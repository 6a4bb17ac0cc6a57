#pragma once

#include <QByteArray>

#include <vector>

namespace ldn {

// JSON parsers report where the text stops being JSON, but not where a well-formed record that
// breaks a rule begins. This finds the line each record of an array starts on, so an import can
// say "file.json:42: record 3: DOI: ...". It only tracks nesting and strings, so it also works on
// text that is cut off part-way (up to the point a parser gave up).
class JsonLocator {
public:
    // The 1-based line on which each element of an array starts: the top-level array when
    // `arrayKey` is empty, else the array under `arrayKey` in the top-level object. Reads at most
    // `endByte` bytes (all of them when negative).
    static std::vector<int> elementLines(const QByteArray& text, const QByteArray& arrayKey = {},
                                         qsizetype endByte = -1);
    // One step of a path into a document: a key of an object, or an index into an array.
    struct PathStep {
        QByteArray key;
        qsizetype index = -1; // used when key is empty
    };
    // The 1-based line on which the value at `path` starts (the whole document for an empty path),
    // or 0 when there is no such value. Meant for error messages: one pass over the text, done
    // only when something is wrong, so reading a large file stays a single parse.
    static int lineOfValue(const QByteArray& text, const std::vector<PathStep>& path);
    // The 1-based line of the `ordinal`-th object key (0-based, in document order), or 0.
    static int lineOfKey(const QByteArray& text, std::size_t ordinal);
    // The 1-based line of a 0-based byte offset.
    static int lineAt(const QByteArray& text, qsizetype byte);
};

} // namespace ldn
