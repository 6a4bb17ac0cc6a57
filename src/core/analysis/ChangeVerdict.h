#pragma once

#include "core/analysis/NeweyWestInterval.h"

#include <QString>

namespace ldn {

// The one word a person or a doctor reads about a change: "better" or "worse" only when the
// Newey–West interval of the difference excludes 0, judged by the symptom's own direction;
// otherwise "no clear change", never a leaning either way.
enum class ChangeVerdict { Better, Worse, NoClearChange };

// `interval` is of after − before (or recent − baseline).
ChangeVerdict verdictFor(const NeweyWestInterval& interval, bool higherIsBetter);

// "better", "worse", "no clear change": the `verdict` of `analyze --json`, and the words the app
// shows (translated in the context "ChangeVerdict") and the report prints.
const char* verdictWords(ChangeVerdict verdict);
QString verdictKey(ChangeVerdict verdict);

} // namespace ldn
