#pragma once

#include "core/evidence/EvidenceVocabulary.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace ldn {

// A condition LDN is used or claimed for. People name conditions in many ways (ME/CFS, CFS/ME,
// chronic fatigue syndrome), so every name a person might type is a synonym that resolves to it.
struct Condition {
    std::int64_t id = 0; // database id; 0 when not stored
    QString key;         // the evidence pack's stable key; empty for the person's own conditions
    EntryOrigin origin = EntryOrigin::User;
    QString name;
    QStringList synonyms;
    ConditionCategory category = ConditionCategory::Other;
    QString description;
    bool userModified = false;
};

// Throws InputError at "`location`: FIELD" for an empty or over-long name or synonym.
void validateCondition(const Condition& condition, const QString& location);

} // namespace ldn
