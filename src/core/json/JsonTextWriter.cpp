#include "core/json/JsonTextWriter.h"

#include <charconv>
#include <cmath>
#include <iterator>

namespace ldn {

JsonTextWriter::JsonTextWriter()
{
    m_out.reserve(std::size_t{1} << 20);
}

void JsonTextWriter::newLine(std::size_t depth)
{
    m_out.push_back('\n');
    m_out.append(depth, '\t');
}

void JsonTextWriter::startValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_levels.empty()) {
        Level& level = m_levels.back();
        if (level.count++ > 0) {
            m_out.push_back(',');
        }
        newLine(m_levels.size());
    }
}

JsonTextWriter& JsonTextWriter::beginObject()
{
    startValue();
    m_out.push_back('{');
    m_levels.push_back({false, 0});
    return *this;
}

JsonTextWriter& JsonTextWriter::beginArray()
{
    startValue();
    m_out.push_back('[');
    m_levels.push_back({true, 0});
    return *this;
}

JsonTextWriter& JsonTextWriter::endObject()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (level.count > 0) {
        newLine(m_levels.size());
    }
    m_out.push_back('}');
    return *this;
}

JsonTextWriter& JsonTextWriter::endArray()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (level.count > 0) {
        newLine(m_levels.size());
    }
    m_out.push_back(']');
    return *this;
}

JsonTextWriter& JsonTextWriter::key(std::string_view name)
{
    startValue();
    writeString(name);
    m_out.append(": ");
    m_afterKey = true;
    return *this;
}

JsonTextWriter& JsonTextWriter::cachedKey(const QString& name)
{
    auto cached = m_keyCache.constFind(name);
    if (cached == m_keyCache.constEnd()) {
        // The key as written, quotes, escapes and separator included, made once by writeString.
        const std::size_t start = m_out.size();
        writeString(name.toStdString());
        m_out.append(": ");
        cached = m_keyCache.insert(name, m_out.substr(start));
        m_out.resize(start);
    }
    startValue();
    m_out.append(*cached);
    m_afterKey = true;
    return *this;
}

JsonTextWriter& JsonTextWriter::value(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return value(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

JsonTextWriter& JsonTextWriter::value(std::string_view text)
{
    startValue();
    writeString(text);
    return *this;
}

JsonTextWriter& JsonTextWriter::value(std::int64_t number)
{
    startValue();
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), number);
    m_out.append(digits, static_cast<std::size_t>(written.ptr - digits));
    return *this;
}

JsonTextWriter& JsonTextWriter::value(double number)
{
    if (!std::isfinite(number)) {
        return null();
    }
    startValue();
    char digits[32];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), number);
    m_out.append(digits, static_cast<std::size_t>(written.ptr - digits));
    return *this;
}

JsonTextWriter& JsonTextWriter::value(bool flag)
{
    startValue();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonTextWriter& JsonTextWriter::null()
{
    startValue();
    m_out.append("null");
    return *this;
}

JsonTextWriter& JsonTextWriter::rawValue(const QByteArray& json)
{
    startValue();
    QByteArray indented = json.trimmed();
    indented.replace('\n', QByteArray("\n") + QByteArray(static_cast<qsizetype>(m_levels.size()), '\t'));
    m_out.append(indented.constData(), static_cast<std::size_t>(indented.size()));
    return *this;
}

QByteArray JsonTextWriter::finish()
{
    m_out.push_back('\n');
    return QByteArray(m_out.data(), static_cast<qsizetype>(m_out.size()));
}

void JsonTextWriter::writeString(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_out.push_back('"');
    std::size_t plainFrom = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue; // UTF-8 bytes pass through unchanged, as nlohmann writes them
        }
        m_out.append(text.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(text.data() + plainFrom, text.size() - plainFrom);
    m_out.push_back('"');
}

} // namespace ldn
