#pragma once

#include "core/base/InputError.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

// What every parser promises on any input (issue #7): it returns, or it throws InputError whose
// location starts with "FILE:LINE" for a line that exists and whose problem says something. Any
// other exception, a crash, a sanitizer report or a broken promise aborts, which libFuzzer
// records as a finding with the input that caused it.
namespace ldn::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const QString& what)
{
    std::fprintf(stderr, "broken promise: %s\n", what.toLocal8Bit().constData());
    std::abort();
}

inline void require(bool condition, const QString& what)
{
    if (!condition) {
        fail(what);
    }
}

// Lines as the readers count them: after every LF, and after every CR that is not part of a CRLF.
inline int lineCount(const QByteArray& text)
{
    int lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

inline void checkRefusal(const InputError& error, const QString& fileName, const QByteArray& text)
{
    static const QRegularExpression kLine(QStringLiteral("^:([0-9]+)(:|$)"));
    const QString where = error.location();
    require(where.startsWith(fileName),
            QStringLiteral("the location does not name the file: ") + error.message());
    const QRegularExpressionMatch line = kLine.match(where.mid(fileName.size()));
    require(line.hasMatch(), QStringLiteral("the location has no line: ") + error.message());
    const int number = line.captured(1).toInt();
    require(number >= 1 && number <= lineCount(text),
            QStringLiteral("line %1 is not in the file (%2 lines): ").arg(number).arg(lineCount(text)) +
                error.message());
    require(!error.problem().trimmed().isEmpty(), QStringLiteral("no problem is given: ") + error.message());
}

// Runs `parse`; a refusal must be an InputError that keeps the promise above.
template <typename Parse>
void expectResultOrRefusal(const QString& fileName, const QByteArray& text, Parse&& parse)
{
    try {
        parse();
    } catch (const InputError& error) {
        checkRefusal(error, fileName, text);
    } catch (const std::exception& error) {
        fail(QStringLiteral("an exception other than InputError: ") + QString::fromUtf8(error.what()));
    }
}

} // namespace ldn::fuzz
