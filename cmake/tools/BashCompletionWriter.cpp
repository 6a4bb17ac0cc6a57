#include "BashCompletionWriter.h"

#include <QRegularExpression>

namespace ldn {
namespace {

using Option = BashCompletionWriter::Option;
using Command = BashCompletionWriter::Command;

bool isFilePlaceholder(const QString& word)
{
    static const QRegularExpression file(QStringLiteral("^<?(FILE|PATH|DIR)"));
    return file.match(word).hasMatch();
}

bool isPlaceholder(const QString& word)
{
    static const QRegularExpression placeholder(QStringLiteral("^(<.*>|[A-Z][A-Za-z0-9_.=:-]*)$"));
    return placeholder.match(word).hasMatch();
}

// "json|csv|fhir", or "json" alone where each choice has an entry of its own. A choice starts in
// lower case and may go on in either ("de|en-GB|en-US"); a placeholder ("FILE") starts in upper case.
bool isChoice(const QString& word)
{
    static const QRegularExpression choice(
        QStringLiteral("^[a-z0-9][A-Za-z0-9-]*(\\|[a-z0-9][A-Za-z0-9-]*)*$"));
    return choice.match(word).hasMatch();
}

Option& optionNamed(QList<Option>& options, const QString& name)
{
    for (Option& option : options) {
        if (option.name == name) {
            return option;
        }
    }
    options.append(Option{name, false, false, {}});
    return options.last();
}

// Reads one line of a synopsis or one entry's term into OPTIONS. An option ending a bracketed
// group ("--json]", "--missed)") takes nothing; otherwise the word after it says what it takes.
void readOptions(const QString& text, QList<Option>& options)
{
    static const QRegularExpression optionWord(QStringLiteral("^[\\[(]*(--?[A-Za-z][A-Za-z0-9-]*)([\\])]*|,)?"
                                                              "(\\.\\.\\.)?$"));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype index = 0; index < words.size(); ++index) {
        const QRegularExpressionMatch match = optionWord.match(words.at(index));
        if (!match.hasMatch()) {
            continue;
        }
        Option& option = optionNamed(options, match.captured(1));
        if (!match.captured(2).isEmpty() || index + 1 == words.size()) {
            continue;
        }
        QString next = words.at(index + 1);
        next.remove(QRegularExpression(QStringLiteral("[\\])]*(\\.\\.\\.)?,?$")));
        if (next.startsWith(QLatin1Char('-')) || next.startsWith(QLatin1Char('[')) ||
            next.startsWith(QLatin1Char('(')) || next == QLatin1String("|")) {
            continue;
        }
        if (isChoice(next)) {
            option.takesValue = true;
            for (const QString& choice : next.split(QLatin1Char('|'))) {
                if (!option.choices.contains(choice)) {
                    option.choices << choice;
                }
            }
        } else if (isPlaceholder(next)) {
            option.takesValue = true;
            option.takesFile = option.takesFile || isFilePlaceholder(next);
        }
    }
}

QString words(const QStringList& list)
{
    return list.join(QLatin1Char(' '));
}

QStringList optionNames(const QList<Option>& options)
{
    QStringList names;
    for (const Option& option : options) {
        names << option.name;
    }
    return names;
}

// A case pattern for OPTION of COMMAND; a global option's pattern matches any command.
QString pattern(const QString& command, const QString& option)
{
    return command.isEmpty() ? QStringLiteral("*\" %1\"").arg(option)
                             : QStringLiteral("\"%1 %2\"").arg(command, option);
}

// The case branches that complete the value of each option that takes one: files, or the
// choices the help lists; free text (a name, a date) gets none. Adds each option's pattern to
// VALUE_PATTERNS.
QString valueBranches(const QString& function, const QString& command, const QList<Option>& options,
                      QStringList& valuePatterns)
{
    QString branches;
    for (const Option& option : options) {
        if (!option.takesValue) {
            continue;
        }
        valuePatterns << pattern(command, option.name);
        if (option.takesFile) {
            branches += QStringLiteral("        %1) %2_files \"$cur\" ;;\n")
                            .arg(pattern(command, option.name), function);
        } else if (!option.choices.isEmpty()) {
            branches += QStringLiteral("        %1) %2_offer \"%3\" \"$cur\" ;;\n")
                            .arg(pattern(command, option.name), function, words(option.choices));
        }
    }
    return branches;
}

// The case branch for the word after COMMAND: its actions, then a file where an action wants one;
// or a file straight away ("import FILE"); or nothing.
QString positionalBranch(const QString& function, const Command& command)
{
    if (!command.actions.isEmpty()) {
        QString fileActions;
        if (!command.fileActions.isEmpty()) {
            fileActions = QStringLiteral("\n        elif [[ \" %1 \" == *\" $first \"* ]]; then\n"
                                         "            %2_files \"$cur\"")
                              .arg(words(command.fileActions), function);
        }
        return QStringLiteral("    %1)\n"
                              "        if [[ -z $first ]]; then\n"
                              "            %2_offer \"%3\" \"$cur\"%4\n"
                              "        fi\n"
                              "        ;;\n")
            .arg(command.name, function, words(command.actions), fileActions);
    }
    if (command.takesFile) {
        return QStringLiteral("    %1) [[ -n $first ]] || %2_files \"$cur\" ;;\n")
            .arg(command.name, function);
    }
    return {};
}

} // namespace

Command BashCompletionWriter::commandFrom(const QString& name, const HelpText& help)
{
    Command command;
    command.name = name;
    for (const QString& line : help.synopsisFrom(name)) {
        readOptions(line, command.options);
        const QStringList lineWords = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (line.at(0).isSpace() || lineWords.size() < 2 || lineWords.constFirst() != name) {
            continue;
        }
        const QString& second = lineWords.at(1);
        if (isFilePlaceholder(second)) {
            command.takesFile = true;
        } else if (isChoice(second)) {
            const QStringList actions = second.split(QLatin1Char('|'));
            for (const QString& action : actions) {
                if (!command.actions.contains(action)) {
                    command.actions << action;
                }
            }
            if (lineWords.size() > 2 && isFilePlaceholder(lineWords.at(2))) {
                command.fileActions << actions;
            }
        }
    }
    for (const HelpText::Block& block : help.blocks()) {
        for (const HelpText::Entry& entry : block.entries) {
            if (entry.term.startsWith(QLatin1Char('-'))) {
                readOptions(entry.term, command.options);
            }
        }
    }
    optionNamed(command.options, QStringLiteral("--help"));
    return command;
}

QList<Option> BashCompletionWriter::globalOptionsFrom(const HelpText& help)
{
    QList<Option> options;
    for (const HelpText::Entry& entry : help.entriesUnder(QStringLiteral("Options"))) {
        readOptions(entry.term, options);
    }
    return options;
}

QString BashCompletionWriter::write(const QString& program, const QList<Option>& globalOptions,
                                    const QList<Command>& commands)
{
    const QString function = QLatin1Char('_') + QString(program).replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList valuePatterns;
    QString valueCases = valueBranches(function, QString(), globalOptions, valuePatterns);
    QStringList commandNames;
    QString optionCases;
    QString positionalCases;
    for (const Command& command : commands) {
        valueCases += valueBranches(function, command.name, command.options, valuePatterns);
        commandNames << command.name;
        optionCases += QStringLiteral("        %1) %2_offer \"%3\" \"$cur\" ;;\n")
                           .arg(command.name, function, words(optionNames(command.options)));
        positionalCases += positionalBranch(function, command);
    }

    QString script;
    script +=
        QStringLiteral("# bash completion for %1                                 -*- shell-script -*-\n"
                       "# Made at build time from `%1 --help` and each command's --help by\n"
                       "# cmake/tools/CommandLineDocs. Change the program's help text, not this file.\n\n")
            .arg(program);
    script += QStringLiteral("%1_files()\n"
                             "{\n"
                             "    compopt -o filenames 2>/dev/null\n"
                             "    mapfile -t COMPREPLY < <(compgen -f -- \"$1\")\n"
                             "}\n\n"
                             "%1_offer()\n"
                             "{\n"
                             "    mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$2\")\n"
                             "}\n\n")
                  .arg(function);
    script += QStringLiteral(
                  "# Whether option $2 of command $1 (empty before the command) is followed by a value.\n"
                  "%1_takes_value()\n"
                  "{\n"
                  "    case \"$1 $2\" in\n"
                  "    %2) return 0 ;;\n"
                  "    esac\n"
                  "    return 1\n"
                  "}\n\n")
                  .arg(function, valuePatterns.join(QStringLiteral(" | \\\n        ")));
    script +=
        QStringLiteral("%1()\n"
                       "{\n"
                       "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
                       "    local command='' first='' word index=1\n"
                       "    COMPREPLY=()\n"
                       "    # The words before the cursor: options and their values, the command, and the\n"
                       "    # first word after it (an action such as \"add\", or a file).\n"
                       "    while ((index < COMP_CWORD)); do\n"
                       "        word=${COMP_WORDS[index]}\n"
                       "        if [[ $word == -* ]]; then\n"
                       "            %1_takes_value \"$command\" \"$word\" && index=$((index + 1))\n"
                       "        elif [[ -z $command ]]; then\n"
                       "            command=$word\n"
                       "        elif [[ -z $first ]]; then\n"
                       "            first=$word\n"
                       "        fi\n"
                       "        index=$((index + 1))\n"
                       "    done\n\n"
                       "    if [[ $prev == -* ]] && %1_takes_value \"$command\" \"$prev\"; then\n"
                       "        case \"$command $prev\" in\n"
                       "%2"
                       "        esac\n"
                       "        return 0\n"
                       "    fi\n"
                       "    if [[ $cur == -* ]]; then\n"
                       "        case $command in\n"
                       "        '') %1_offer \"%3\" \"$cur\" ;;\n"
                       "%4"
                       "        esac\n"
                       "        return 0\n"
                       "    fi\n"
                       "    case $command in\n"
                       "    '') %1_offer \"%5\" \"$cur\" ;;\n"
                       "%6"
                       "    esac\n"
                       "    return 0\n"
                       "}\n\n"
                       "complete -F %1 %7\n")
            .arg(function, valueCases, words(optionNames(globalOptions)), optionCases, words(commandNames),
                 positionalCases, program);
    return script;
}

} // namespace ldn
