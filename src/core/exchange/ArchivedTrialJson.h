#pragma once

#include "core/trial/Trial.h"

#include <QSet>
#include <QString>

namespace ldn {

class JsonFieldReader;
class JsonTextWriter;

// A trial in a backup (the optional "trials" array of a profile in DiaryArchiveJson; keys in
// docs/formats.md). Open trials only so far: a blinded one is refused on reading until its sealed
// allocation can be kept.
class ArchivedTrialJson {
public:
    static void write(JsonTextWriter& json, const Trial& trial);
    // `symptomNames` are the profile's symptoms, lower case: an outcome must be one of them.
    // Throws InputError naming the field.
    static Trial read(const JsonFieldReader& item, const QSet<QString>& symptomNames);
};

} // namespace ldn
