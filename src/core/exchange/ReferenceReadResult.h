#pragma once

#include "core/evidence/EvidenceSource.h"

#include <QString>

#include <vector>

namespace ldn {

// One thing a reference reader could not take as the file wrote it: a record left out whole, or a
// field shortened or left out of a record that was taken. `location` is "FILE:LINE: record N:
// FIELD", `line` the same line as a number, for ordering.
struct ReferenceIssue {
    int line = 0;
    QString location;
    QString problem;

    // "FILE:LINE: record N: FIELD: problem".
    QString message() const;
    friend bool operator==(const ReferenceIssue&, const ReferenceIssue&) = default;
};

// What a reference file (RIS, MEDLINE, CSL-JSON) holds, read as a reference manager reads it:
// every record that can be kept, and a list of what could not. Readers throw InputError only for
// a file that is not a reference file at all (not UTF-8, binary, not JSON, no record).
struct ReferenceReadResult {
    std::vector<EvidenceSource> references; // in file order
    std::vector<ReferenceIssue> skipped;    // records left out whole, and why
    std::vector<ReferenceIssue> shortened;  // records taken with a field shortened or left out

    int recordCount() const { return static_cast<int>(references.size() + skipped.size()); }
    bool isWhole() const { return skipped.empty() && shortened.empty(); }
    // Both lists together, by line.
    std::vector<ReferenceIssue> issues() const;

    // `--strict`: the file is taken exactly as written or not at all. Throws InputError at the
    // first issue (by line) when there is one.
    void requireWhole() const;
    // A file in which no record can be taken is refused, naming the first record's problem.
    void requireSomething(const QString& fileName) const;
};

} // namespace ldn
