#pragma once

#include "report/ReportText.h"

#include <cstddef>

namespace ldn {

// The GP report's type sizes and spacing, in points: compact 9 pt text that a busy doctor can
// scan, smaller grey notes under tables, and the gaps between sections and paragraphs.
struct ReportStyle {
    static inline const TextStyle heading{11.5, true};
    static inline const TextStyle subheading{9.0, true};
    static inline const TextStyle body{9.0};
    static inline const TextStyle bodyBold{9.0, true};
    static inline const TextStyle note{7.5, false, false, QColor(0x40, 0x40, 0x40)};
    static inline const TextStyle reference{7.0, false, false, QColor(0x30, 0x30, 0x30)};

    static constexpr double kSectionGap = 11.0;
    static constexpr double kParagraphGap = 4.0;
    static constexpr double kFactLabelWidth = 88.0;
    static constexpr double kBoxPadding = 5.0;
    // Symptoms per table: more would squeeze the columns below a readable width.
    static constexpr std::size_t kSymptomsPerTable = 5;
};

} // namespace ldn
