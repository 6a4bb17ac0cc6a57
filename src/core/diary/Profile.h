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
};

} // namespace ldn
