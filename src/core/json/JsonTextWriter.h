#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ldn {

// Writes JSON text straight into a buffer, one tab of indentation per level, with the same layout
// as nlohmann's dump(1, '\t') (empty containers as [] and {}). Backups of a ten-year diary are
// written this way because building a JSON tree and then serialising it took several times as long
// as SQLite's own .dump of the same data. The caller keeps the structure right; keys and strings
// are escaped here.
class JsonTextWriter {
public:
    JsonTextWriter();

    JsonTextWriter& beginObject();
    JsonTextWriter& endObject();
    JsonTextWriter& beginArray();
    JsonTextWriter& endArray();
    JsonTextWriter& key(std::string_view name);
    // For keys that repeat (symptom names on every day): their written form is kept after the
    // first use.
    JsonTextWriter& cachedKey(const QString& name);

    JsonTextWriter& value(const QString& text);
    JsonTextWriter& value(std::string_view text);
    JsonTextWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonTextWriter& value(std::int64_t number);
    JsonTextWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonTextWriter& value(bool flag);
    // The shortest text that reads back as the same number; null for infinity and NaN, which
    // JSON cannot hold.
    JsonTextWriter& value(double number);
    JsonTextWriter& null();
    // A value that is already JSON text (compact or indented with tabs), re-indented to fit.
    JsonTextWriter& rawValue(const QByteArray& json);

    // The text written so far, with a final newline.
    QByteArray finish();

private:
    struct Level {
        bool isArray = false;
        int count = 0;
    };
    void startValue();
    void newLine(std::size_t depth);
    void writeString(std::string_view text);

    std::string m_out; // appending to std::string is several times cheaper than to QByteArray
    QHash<QString, std::string> m_keyCache; // name -> "name": as written
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace ldn
