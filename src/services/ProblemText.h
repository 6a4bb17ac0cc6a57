#pragma once

#include <QString>

#include <exception>

namespace ldn {

// Turns what went wrong in a use case into words for a person, the same in every window and on
// the command line: an InputError or StorageError already names the file, line or field; anything
// else gives its own message.
class ProblemText {
public:
    static QString of(const std::exception& error);
    // "profile name: a profile called "Ann" already exists" -> "Profile name: a profile ... exists."
    static QString sentence(const QString& message);
    // The same for the exception being handled (call only inside a catch block).
    static QString ofCurrentException();
};

} // namespace ldn
