#pragma once

#include "HelpText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ldn {

// Writes the bash completion for ldn-tracker-cli from the program's --help and each command's
// --help: the commands, each command's actions ("profile add"), options, the choices an option
// offers ("--format json|csv|fhir") and where a file name is wanted. What the help does not say
// (profile names, dates) is not guessed.
class BashCompletionWriter {
public:
    struct Option {
        QString name;
        bool takesValue = false;
        bool takesFile = false;
        QStringList choices;
    };
    struct Command {
        QString name;
        QStringList actions;     // "add", "list": words that may follow the command
        bool takesFile = false;  // "import FILE": a file straight after the command
        QStringList fileActions; // "evidence import FILE": actions followed by a file
        QList<Option> options;
    };

    // What a command's help says it accepts (its synopsis and the terms of its entry lists).
    static Command commandFrom(const QString& name, const HelpText& help);
    // The options in the entry list under "Options" of the program's own help.
    static QList<Option> globalOptionsFrom(const HelpText& help);

    static QString write(const QString& program, const QList<Option>& globalOptions,
                         const QList<Command>& commands);
};

} // namespace ldn
