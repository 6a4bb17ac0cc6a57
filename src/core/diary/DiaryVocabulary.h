#pragma once

#include <QString>
#include <QStringList>

namespace ldn {

// The side effects and events a day's form offers a tick box for. They are saved under these
// English names whatever language the app speaks, so a diary reads the same on every computer and
// in every export; `displayName` gives the words a person sees. Anything else a person names is
// saved as they typed it and shown as it is.
class DiaryVocabulary {
public:
    // The common early side effects of LDN (product brief), in the order the form shows them.
    static const QStringList& sideEffects();
    // Things that happen on a day and bear on its scores.
    static const QStringList& events();
    // "vivid dreams" in the language of the app; a name outside the vocabulary unchanged.
    static QString displayName(const QString& storedName);
};

} // namespace ldn
