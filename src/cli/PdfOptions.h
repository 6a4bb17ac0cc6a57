#pragma once

#include "presentation/Language.h"
#include "report/PaperSize.h"

#include <QString>

#include <optional>

namespace ldn {

// The options every command that writes a PDF shares (`report`, `trial agreement`): the language
// it is written in, its paper and the file it goes to. Each throws InputError naming the option.
class PdfOptions {
public:
    // --language de|en-GB|en-US; without it, the language of the environment.
    static Language language(const std::optional<QString>& tag);
    // --paper a4|letter; without it, Letter for en-US and A4 otherwise.
    static PaperSize paper(const std::optional<QString>& text, Language language);
    // --out: refuses a folder and a file in a folder that does not exist; throws
    // std::runtime_error without a QGuiApplication (painting text needs one).
    static void checkTarget(const QString& path);
};

} // namespace ldn
