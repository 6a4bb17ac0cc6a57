#include "core/json/JsonFieldReader.h"

#include <utility>

namespace ldn {

JsonFieldReader::JsonFieldReader(const nlohmann::json& value, QString location)
    : m_value(value)
    , m_location(std::move(location))
{
    if (!m_value.is_object()) {
        throw InputError(m_location, QStringLiteral("must be a JSON object (got %1)").arg(typeName(m_value)));
    }
}

QString JsonFieldReader::typeName(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return QStringLiteral("null");
    case nlohmann::json::value_t::object:
        return QStringLiteral("an object");
    case nlohmann::json::value_t::array:
        return QStringLiteral("an array");
    case nlohmann::json::value_t::string:
        return QStringLiteral("a string");
    case nlohmann::json::value_t::boolean:
        return QStringLiteral("true/false");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return QStringLiteral("a number");
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        break;
    }
    return QStringLiteral("something else");
}

QString JsonFieldReader::at(const char* key) const
{
    return m_location + QStringLiteral(": ") + QString::fromUtf8(key);
}

const nlohmann::json* JsonFieldReader::find(const char* key) const
{
    const auto found = m_value.find(key);
    if (found == m_value.end() || found->is_null()) {
        return nullptr;
    }
    return &*found;
}

bool JsonFieldReader::has(const char* key) const
{
    return find(key) != nullptr;
}

QString JsonFieldReader::requiredString(const char* key) const
{
    const QString text = string(key);
    if (text.trimmed().isEmpty()) {
        throw InputError(at(key), QStringLiteral("is required"));
    }
    return text;
}

QString JsonFieldReader::string(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return {};
    }
    if (!value->is_string()) {
        throw InputError(at(key), QStringLiteral("must be a string (got %1)").arg(typeName(*value)));
    }
    return QString::fromStdString(value->get<std::string>());
}

QString JsonFieldReader::stringOrNumber(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return {};
    }
    if (value->is_number_unsigned()) {
        return QString::number(value->get<unsigned long long>());
    }
    if (value->is_number_integer()) {
        return QString::number(value->get<long long>());
    }
    if (!value->is_string()) {
        throw InputError(at(key),
                         QStringLiteral("must be a string or a number (got %1)").arg(typeName(*value)));
    }
    return QString::fromStdString(value->get<std::string>());
}

std::optional<int> JsonFieldReader::integer(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    if (value->is_number_integer() || value->is_number_unsigned()) {
        // Unsigned numbers above the range of long long would wrap round to small ones (2^64 - 1
        // to -1) if read as long long, so the range is checked on the text as written.
        const bool inRange =
            value->is_number_unsigned()
                ? value->get<unsigned long long>() <= 2'000'000'000ULL
                : value->get<long long>() >= -2'000'000'000LL && value->get<long long>() <= 2'000'000'000LL;
        if (!inRange) {
            throw InputError(at(key),
                             QStringLiteral("%1 is out of range").arg(QString::fromStdString(value->dump())));
        }
        return static_cast<int>(value->get<long long>());
    }
    throw InputError(at(key), QStringLiteral("must be a whole number (got %1)").arg(typeName(*value)));
}

std::optional<double> JsonFieldReader::number(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_number()) {
        throw InputError(at(key), QStringLiteral("must be a number (got %1)").arg(typeName(*value)));
    }
    return value->get<double>();
}

bool JsonFieldReader::boolean(const char* key, bool fallback) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return fallback;
    }
    if (!value->is_boolean()) {
        throw InputError(at(key), QStringLiteral("must be true or false (got %1)").arg(typeName(*value)));
    }
    return value->get<bool>();
}

QStringList JsonFieldReader::stringList(const char* key) const
{
    const nlohmann::json* value = array(key);
    QStringList list;
    if (!value) {
        return list;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        if (!item.is_string()) {
            throw InputError(QStringLiteral("%1[%2]").arg(at(key)).arg(i),
                             QStringLiteral("must be a string (got %1)").arg(typeName(item)));
        }
        list << QString::fromStdString(item.get<std::string>());
    }
    return list;
}

const nlohmann::json* JsonFieldReader::array(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (value && !value->is_array()) {
        throw InputError(at(key), QStringLiteral("must be an array (got %1)").arg(typeName(*value)));
    }
    return value;
}

const nlohmann::json* JsonFieldReader::object(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (value && !value->is_object()) {
        throw InputError(at(key), QStringLiteral("must be an object (got %1)").arg(typeName(*value)));
    }
    return value;
}

void JsonFieldReader::rejectUnknownKeys(std::initializer_list<const char*> known) const
{
    rejectUnknownKeys(std::span<const char* const>(known.begin(), known.size()));
}

void JsonFieldReader::rejectUnknownKeys(std::span<const char* const> known) const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it) {
        bool isKnown = false;
        for (const char* name : known) {
            isKnown = isKnown || it.key() == name;
        }
        if (!isKnown) {
            throw InputError(m_location + QStringLiteral(": ") + QString::fromStdString(it.key()),
                             QStringLiteral("is not a field of this format"));
        }
    }
}

} // namespace ldn
