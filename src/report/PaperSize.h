#pragma once

#include <QPageSize>
#include <QString>

#include <optional>

namespace ldn {

// GPs in the UK print on A4, in the US on Letter.
enum class PaperSize { A4, Letter };

std::optional<PaperSize> paperSizeFromText(const QString& text);
QPageSize toPageSize(PaperSize paper);

} // namespace ldn
