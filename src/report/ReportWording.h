#pragma once

#include <QCoreApplication>

namespace ldn {

// The GP report's words, translated under one context, "ldn::GpReport", wherever in src/report
// they are written: `ReportWording::tr("Dose history")`. The translations are installed by
// presentation/Translations for the report's language; German and English have the same two plural
// forms, so texts that pick "day" or "days" themselves (ReportFormat::plural) translate as they are.
class ReportWording {
    Q_DECLARE_TR_FUNCTIONS(ldn::GpReport)
};

} // namespace ldn
