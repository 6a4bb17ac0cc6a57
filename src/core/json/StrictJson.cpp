#include "core/json/StrictJson.h"

#include "core/base/InputError.h"
#include "core/json/JsonLocator.h"

#include <set>
#include <string>
#include <vector>

namespace ldn {
namespace {

using Json = nlohmann::json;

// Thrown out of the parser's callback; carries which key (in document order) was repeated.
struct DuplicateKey {
    std::size_t ordinal = 0;
    std::string key;
};

// Far deeper than any file this program reads. Without a limit, a file of a hundred thousand '['
// parses (the parser does not recurse) into a value that code which does recurse, such as copying
// or comparing it, cannot handle.
constexpr int kMaximumDepth = 100;

// Thrown out of the parser's callback when an object or array opens deeper than kMaximumDepth.
struct TooDeep {};

// The 1-based line on which nesting first goes deeper than kMaximumDepth.
int lineOfTooDeep(const QByteArray& text)
{
    int depth = 0;
    int line = 1;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaximumDepth) {
                return line;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return line;
}

// The DOM parser throws out_of_range for a number too large for a double (1e400) without saying
// where it is; the SAX parser reports the same error with its byte offset.
class ErrorPosition : public nlohmann::json_sax<Json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override
    {
        m_byte = static_cast<qsizetype>(position) - 1;
        return false;
    }

    qsizetype byte() const { return m_byte; }

private:
    qsizetype m_byte = 0;
};

} // namespace

Json StrictJson::parse(const QByteArray& text, const QString& fileName)
{
    // The parser takes a NUL byte for the end of the text and ignores what follows, so
    // "[...]\0anything" would be read as "[...]". JSON never holds a raw NUL.
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(JsonLocator::lineAt(text, nul)),
                         QStringLiteral("not valid JSON (a NUL byte)"));
    }
    std::vector<std::set<std::string>> keysOfOpenObjects;
    std::size_t keysSeen = 0;
    const Json::parser_callback_t checkKeys = [&](int depth, Json::parse_event_t event, Json& parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
            if (depth >= kMaximumDepth) {
                throw TooDeep{};
            }
            keysOfOpenObjects.emplace_back();
            break;
        case Json::parse_event_t::array_start:
            if (depth >= kMaximumDepth) {
                throw TooDeep{};
            }
            break;
        case Json::parse_event_t::object_end:
            if (!keysOfOpenObjects.empty()) {
                keysOfOpenObjects.pop_back();
            }
            break;
        case Json::parse_event_t::key:
            if (!keysOfOpenObjects.empty() &&
                !keysOfOpenObjects.back().insert(parsed.get<std::string>()).second) {
                throw DuplicateKey{keysSeen, parsed.get<std::string>()};
            }
            ++keysSeen;
            break;
        default:
            break;
        }
        return true;
    };
    try {
        return Json::parse(text.constData(), text.constData() + text.size(), checkKeys);
    } catch (const Json::parse_error& error) {
        const qsizetype byte = static_cast<qsizetype>(error.byte) - 1;
        throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(JsonLocator::lineAt(text, byte)),
                         QStringLiteral("not valid JSON (%1)").arg(QString::fromUtf8(error.what())));
    } catch (const Json::out_of_range& error) {
        ErrorPosition position;
        Json::sax_parse(text.constData(), text.constData() + text.size(), &position);
        throw InputError(
            QStringLiteral("%1:%2").arg(fileName).arg(JsonLocator::lineAt(text, position.byte())),
            QStringLiteral("not usable JSON (%1)").arg(QString::fromUtf8(error.what())));
    } catch (const TooDeep&) {
        throw InputError(
            QStringLiteral("%1:%2").arg(fileName).arg(lineOfTooDeep(text)),
            QStringLiteral("objects and arrays are nested more than %1 deep").arg(kMaximumDepth));
    } catch (const DuplicateKey& duplicate) {
        throw InputError(
            QStringLiteral("%1:%2").arg(fileName).arg(JsonLocator::lineOfKey(text, duplicate.ordinal)),
            QStringLiteral("the key \"%1\" appears twice in one object")
                .arg(QString::fromStdString(duplicate.key)));
    }
}

} // namespace ldn
