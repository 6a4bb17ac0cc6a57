#pragma once

#include "core/base/InputError.h"

namespace ldn {

// A change was asked of a diary open read-only (another person's, opened for review). Nothing was
// written. It is bad input rather than a failure: the person can close the review and try again.
class ReadOnlyError : public InputError {
public:
    // `what`: the thing that would have changed ("note", "plan", ...).
    explicit ReadOnlyError(const QString& what);
};

} // namespace ldn
