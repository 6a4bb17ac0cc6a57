#pragma once

#include <QStringList>
#include <nlohmann/json.hpp>

namespace ldn {

// The human-readable part of a FHIR resource (its `text`, a Narrative): what a health-record
// system shows when it cannot interpret the coded data. Generated from the same data, so it says
// nothing the resource does not.
class FhirNarrative {
public:
    // {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>…</p></div>"}:
    // one paragraph per line, escaped as XHTML. Empty lines are left out.
    static nlohmann::json generated(const QStringList& lines);
};

} // namespace ldn
