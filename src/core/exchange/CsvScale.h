#pragma once

#include <QString>

#include <optional>

namespace ldn {

// The scale a spreadsheet column scores a symptom on. The diary scores every symptom 0-10; a
// column on another scale (1-5, 0-4, 0-100) is never read as if it were 0-10: its scores are
// converted only after the person confirms it, by a straight line from the column's lowest score
// to 0 and its highest to 10, rounded to the nearest whole number (halves up): on 1-5, 1 is 0,
// 2 is 3 (2.5), 3 is 5, 4 is 8 (7.5) and 5 is 10.
struct CsvScale {
    int minimum = 0;
    int maximum = 10;

    // 0-10: nothing to convert.
    bool isDiaryScale() const { return minimum == 0 && maximum == 10; }
    // "1-5".
    QString text() const;
    // The diary's 0-10 score for `score` on this scale (which must lie within it).
    int toDiaryScore(int score) const;

    // "1-5", "0–100", "1 to 5": a lowest and a highest whole score, the lowest smaller, both
    // between 0 and 1000.
    static std::optional<CsvScale> parse(const QString& text);

    friend bool operator==(const CsvScale&, const CsvScale&) = default;
};

} // namespace ldn
