#include "cli/PdfOptions.h"

#include "core/base/InputError.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <stdexcept>

namespace ldn {

Language PdfOptions::language(const std::optional<QString>& tag)
{
    if (!tag) {
        return languageFromEnvironment();
    }
    const std::optional<Language> chosen = languageFromTag(*tag);
    if (!chosen) {
        throw InputError(QStringLiteral("--language"),
                         QStringLiteral("unknown language \"%1\"; choose %2")
                             .arg(*tag, languageTags().join(QStringLiteral(", "))));
    }
    return *chosen;
}

PaperSize PdfOptions::paper(const std::optional<QString>& text, Language language)
{
    if (!text) {
        return defaultPaperFor(language);
    }
    const std::optional<PaperSize> size = paperSizeFromText(*text);
    if (!size) {
        throw InputError(QStringLiteral("--paper"),
                         QStringLiteral("unknown paper size \"%1\"; choose a4 or letter").arg(*text));
    }
    return *size;
}

void PdfOptions::checkTarget(const QString& path)
{
    const QFileInfo target(path);
    if (target.isDir()) {
        throw InputError(QStringLiteral("--out"), QStringLiteral("%1 is a folder; name a file").arg(path));
    }
    if (!target.absoluteDir().exists()) {
        throw InputError(QStringLiteral("--out"), QStringLiteral("the folder %1 does not exist")
                                                      .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        throw std::runtime_error("painting a PDF needs a QGuiApplication");
    }
}

} // namespace ldn
