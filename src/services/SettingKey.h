#pragma once

#include <QByteArray>
#include <QString>

namespace ldn {

// Where a preference is kept. A diary's own preferences (whose profile was shown last, who wrote
// the last note) live in the diary file, so they travel with it to another computer; those of
// this computer (the window's size, the theme, the language) live in the computer's settings file.
enum class SettingScope { Diary, Computer };

// One preference: its stored name, where it is kept, its type (T) and its default.
template <typename T>
struct SettingKey {
    const char* name;
    SettingScope scope;
    T defaultValue;
};

} // namespace ldn
