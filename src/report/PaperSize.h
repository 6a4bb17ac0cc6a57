#pragma once

#include "presentation/Language.h"

#include <QPageSize>
#include <QString>

#include <optional>

namespace ldn {

// GPs in the UK print on A4, in the US on Letter.
enum class PaperSize { A4, Letter };

std::optional<PaperSize> paperSizeFromText(const QString& text);
QPageSize toPageSize(PaperSize paper);
// Letter for American English, A4 for every other language.
PaperSize defaultPaperFor(Language language);

} // namespace ldn
