#pragma once

#include "report/PaperSize.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace ldn {

// A paged PDF whose every page carries the same running header (who, which dates, when made)
// and a "Page N of M" footer. Pages are painted by callbacks into the content rectangle, in
// points (1/72 inch), so layouts do not depend on the writer's resolution.
class PdfDocument {
public:
    struct Header {
        QString title;       // e.g. "LDN summary for Alex Smith"
        QString dateRange;   // e.g. "1 March 2026 – 22 November 2026"
        QString generatedOn; // e.g. "Generated 22 November 2026"
    };

    using PagePainter = std::function<void(QPainter& painter, const QRectF& content)>;

    PdfDocument(Header header, PaperSize paper);

    void addPage(PagePainter painter);
    int pageCount() const { return static_cast<int>(m_pages.size()); }

    // Writes the whole document; throws std::runtime_error naming the file if it cannot.
    void write(const QString& filePath) const;

    static constexpr double kMarginPoints = 42.0; // about 15 mm
    static constexpr double kHeaderHeightPoints = 36.0;
    static constexpr double kFooterHeightPoints = 24.0;

private:
    void paintFrame(QPainter& painter, const QRectF& page, int pageNumber) const;

    Header m_header;
    PaperSize m_paper;
    std::vector<PagePainter> m_pages;
};

} // namespace ldn
