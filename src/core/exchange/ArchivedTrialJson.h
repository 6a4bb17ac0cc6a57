#pragma once

#include "core/trial/Trial.h"

#include <QSet>
#include <QString>

namespace ldn {

class JsonFieldReader;
class JsonTextWriter;

// A trial in a backup (the optional "trials" array of a profile in DiaryArchiveJson; keys in
// docs/formats.md). A blinded trial keeps its allocation sealed: the scrambled text and its key
// as the diary stores them, never an arm or the code in clear.
class ArchivedTrialJson {
public:
    static void write(JsonTextWriter& json, const Trial& trial);
    // `symptomNames` are the profile's symptoms, lower case: an outcome must be one of them.
    // Throws InputError naming the field.
    static Trial read(const JsonFieldReader& item, const QSet<QString>& symptomNames);
};

} // namespace ldn
