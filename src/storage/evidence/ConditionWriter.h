#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace ldn {

class Connection;

// The one place that writes rows of `condition` and its other names (`condition_synonym`):
// conditions of the bundled evidence pack (with their stable key) and a person's own. Runs inside
// the caller's transaction; callers check names first.
class ConditionWriter {
public:
    enum class Origin { Bundled, User };

    explicit ConditionWriter(Connection& connection);

    // `bundledKey` only for Origin::Bundled.
    std::int64_t insert(const QString& name, const QString& category, const QString& description,
                        Origin origin, const QString& bundledKey = {});
    void update(std::int64_t conditionId, const QString& name, const QString& category,
                const QString& description);
    // A person's own condition becomes the pack's condition with `bundledKey`.
    void adopt(std::int64_t conditionId, const QString& bundledKey);
    // A bundled condition a newer pack no longer has, kept because the person uses or edited it:
    // it becomes theirs, synonyms included.
    void handOver(std::int64_t conditionId);
    void remove(std::int64_t conditionId);

    // Another name (a synonym already used anywhere stays where it is).
    void addSynonym(std::int64_t conditionId, const QString& synonym, Origin origin);
    // The person's own other name, unless it is already some condition's name.
    void addUserSynonymUnlessAName(std::int64_t conditionId, const QString& synonym);
    // Removes the pack's synonyms (and one that repeats the condition's name) before a pack puts its own
    // back.
    void clearBundledSynonyms(std::int64_t conditionId);
    // Moves `from`'s other names to `into` (those `into` has already stay with `from`).
    void moveSynonyms(std::int64_t from, std::int64_t into);

private:
    Connection& m_connection;
};

} // namespace ldn
