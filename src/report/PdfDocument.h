#pragma once

#include "report/PaperSize.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <algorithm>
#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace ldn {

// A paged PDF whose every page carries the same running header (who, which dates, when made)
// and a "Page N of M" footer. Pages are painted by callbacks into the content rectangle, in
// points (1/72 inch), so layouts do not depend on the device: the same pages go to a PDF file, a
// printer or a preview image.
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
    // An empty document still has one page: the header and footer alone.
    int pageCount() const { return std::max(static_cast<int>(m_pages.size()), 1); }
    PaperSize paper() const { return m_paper; }
    const Header& header() const { return m_header; }

    // In points.
    QSizeF pageSize() const;
    QRectF contentRect() const;

    // Writes the whole document as PDF/A-1b (fonts embedded, text searchable). The file is
    // owner-only, written beside the target under a temporary name and renamed into place, so a
    // failure leaves no file and never a half-written one. Throws std::runtime_error naming the
    // file if it cannot.
    void write(const QString& filePath) const;

    // Paints every page onto a paged device (a printer), one device page per page.
    void print(QPagedPaintDevice& device) const;

    // Paints page `index` (0-based: frame and content) onto a painter whose device may have any
    // resolution: the painter is scaled from points to the device for the duration.
    void paintPage(QPainter& painter, int index) const;

    static constexpr double kMarginPoints = 42.0; // about 15 mm
    static constexpr double kHeaderHeightPoints = 36.0;
    static constexpr double kFooterHeightPoints = 24.0;

private:
    void paintFrame(QPainter& painter, int pageNumber) const;

    Header m_header;
    PaperSize m_paper;
    std::vector<PagePainter> m_pages;
};

} // namespace ldn
