#pragma once

#include <QString>

#include <optional>

namespace ldn {

// The year of a CSL date written as text, as citeproc-js reads it: an EDTF string (CSL-JSON
// 1.0.2's "issued": "2019-04-03", "2019-04", "2019", seasons 21-24, "2019?" and "2019~", an
// interval "2019-04/2019-06" whose start counts) or a "raw"/"literal" date in words ("April 3,
// 2019", "3 April 2019", "Spring 2019", "2019 Apr 3", "4/3/2019"), where the first four-digit
// number is the year.
class CslDate {
public:
    struct Reading {
        std::optional<int> year; // nothing when the text has no year ("n.d.", "forthcoming")
        QString problem;         // set when an EDTF date is not a real date (2013-02-30)
    };

    static Reading read(const QString& text);
};

} // namespace ldn
