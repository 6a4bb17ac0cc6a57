#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace ldn {

// Another medicine on a person's list, kept so interactions with LDN can be flagged.
struct Medication {
    std::int64_t id = 0;
    QString name;
    QString doseText; // free text as on the label: "75 micrograms each morning"
    QDate startedOn;
    QDate stoppedOn;
    QString notes;

    // A name of 1 to kMaximumNameLength characters (stray spaces aside) and no stop before the
    // start. Throws InputError naming the field.
    void validate() const;

    static constexpr int kMaximumNameLength = 200;

    friend bool operator==(const Medication&, const Medication&) = default;
};

} // namespace ldn
