#pragma once

#include "core/base/InputError.h"
#include "core/evidence/EvidenceVocabulary.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <span>

namespace ldn {

// Typed access to the fields of one JSON object read from a file, where every wrong type or value
// becomes an InputError at "LOCATION: FIELD" instead of a nlohmann exception or a silent default.
class JsonFieldReader {
public:
    // Throws when `value` is not an object.
    JsonFieldReader(const nlohmann::json& value, QString location);

    QString at(const char* key) const;
    bool has(const char* key) const;

    QString requiredString(const char* key) const;
    // "" when the key is absent or null.
    QString string(const char* key) const;
    // Strings and numbers alike ("12" or 12), for fields such as a volume or a PubMed id.
    QString stringOrNumber(const char* key) const;
    std::optional<int> integer(const char* key) const;
    std::optional<double> number(const char* key) const;
    bool boolean(const char* key, bool fallback) const;
    QStringList stringList(const char* key) const;
    // The array or object under `key`, or nullptr when absent or null; the wrong type throws.
    const nlohmann::json* array(const char* key) const;
    const nlohmann::json* object(const char* key) const;

    template <typename Enum>
    Enum vocabulary(const char* key, std::optional<Enum> fallback = std::nullopt) const
    {
        const QString text = string(key);
        if (text.isEmpty() && fallback) {
            return *fallback;
        }
        if (text.isEmpty()) {
            throw InputError(at(key), QStringLiteral("is required (one of %1)")
                                          .arg(storageTexts<Enum>().join(QStringLiteral(", "))));
        }
        if (const std::optional<Enum> value = fromStorageText<Enum>(text)) {
            return *value;
        }
        throw InputError(at(key), QStringLiteral("\"%1\" is not one of %2")
                                      .arg(text, storageTexts<Enum>().join(QStringLiteral(", "))));
    }

    // Throws for the first key not in `known`, so a misspelt field is not silently ignored.
    void rejectUnknownKeys(std::initializer_list<const char*> known) const;
    void rejectUnknownKeys(std::span<const char* const> known) const;

    static QString typeName(const nlohmann::json& value);

private:
    const nlohmann::json* find(const char* key) const;

    const nlohmann::json& m_value;
    QString m_location;
};

} // namespace ldn
