#pragma once

#include "core/diary/Dose.h"
#include "core/plan/TitrationAdjustment.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ldn {

// A schedule for climbing to the target dose: start, step, interval, target, and a ceiling no
// manual change may pass. The common schedules are templates; anything else is Custom.
struct TitrationPlan {
    enum class Template {
        Standard,  // 1.5 mg, +1.5 mg every 14 days, to 4.5 mg
        Weekly,    // 1 mg, +1 mg every 7 days, to 4.5 mg
        Sensitive, // 0.5 mg, +0.5 mg every 14 days, to 4.5 mg (often ME/CFS, Long Covid)
        Custom,
    };

    std::int64_t id = 0;
    Template kind = Template::Custom;
    QDate startOn;
    Dose startDose;
    Dose stepDose;
    int intervalDays = 14;
    Dose targetDose;
    Dose maximumDose;
    std::vector<TitrationAdjustment> adjustments; // in the order they take effect

    static TitrationPlan fromTemplate(Template kind, QDate startOn);
    // Throws InputError naming the field when the numbers cannot make a plan.
    void validate() const;

    friend bool operator==(const TitrationPlan&, const TitrationPlan&) = default;
};

QString toStorageText(TitrationPlan::Template kind);
std::optional<TitrationPlan::Template> planTemplateFromText(const QString& text);
QString describe(TitrationPlan::Template kind);

} // namespace ldn
