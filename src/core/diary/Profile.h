#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace ldn {

// A person whose diary is kept: the patient themself, or someone a carer looks after.
struct Profile {
    std::int64_t id = 0;
    QString name;
    QStringList conditions; // condition names, as the person knows them
    int loggedDays = 0;

    // A name a person gave (a profile's, a condition's or a symptom's) with stray spaces removed:
    // 1 to kMaximumNameLength characters. Throws InputError naming `field` otherwise.
    static QString checkedName(const QString& raw, const QString& field);

    static constexpr int kMaximumNameLength = 100;
};

} // namespace ldn
