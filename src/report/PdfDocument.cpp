#include "report/PdfDocument.h"

#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>
#include <utility>

namespace ldn {
namespace {

// 72 dots per inch makes one painter unit one PDF point.
constexpr int kPointsPerInch = 72;

} // namespace

PdfDocument::PdfDocument(Header header, PaperSize paper)
    : m_header(std::move(header))
    , m_paper(paper)
{}

void PdfDocument::addPage(PagePainter painter)
{
    m_pages.push_back(std::move(painter));
}

void PdfDocument::write(const QString& filePath) const
{
    QFile file(filePath);
    // Reports hold health data: owner-only from the moment the file exists.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        throw std::runtime_error(
            QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()).toStdString());
    }
    QPdfWriter writer(&file);
    writer.setResolution(kPointsPerInch);
    writer.setPageSize(toPageSize(m_paper));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(m_header.title);
    writer.setCreator(QStringLiteral("LDN Tracker " LDN_VERSION));

    QPainter painter;
    if (!painter.begin(&writer)) {
        throw std::runtime_error(QStringLiteral("Cannot start a PDF in %1").arg(filePath).toStdString());
    }
    const QRectF page(QPointF(0, 0), toPageSize(m_paper).size(QPageSize::Point));
    const QRectF content = page.adjusted(kMarginPoints, kMarginPoints + kHeaderHeightPoints, -kMarginPoints,
                                         -(kMarginPoints + kFooterHeightPoints));
    const std::vector<PagePainter> pages =
        m_pages.empty() ? std::vector<PagePainter>{[](QPainter&, const QRectF&) {}} : m_pages;
    for (std::size_t index = 0; index < pages.size(); ++index) {
        if (index > 0) {
            writer.newPage();
        }
        paintFrame(painter, page, static_cast<int>(index) + 1);
        painter.save();
        pages[index](painter, content);
        painter.restore();
    }
    if (!painter.end()) {
        throw std::runtime_error(QStringLiteral("Cannot finish the PDF %1").arg(filePath).toStdString());
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        throw std::runtime_error(
            QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()).toStdString());
    }
}

void PdfDocument::paintFrame(QPainter& painter, const QRectF& page, int pageNumber) const
{
    const int total = std::max(pageCount(), 1);
    painter.save();
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    QFont smallFont(QStringLiteral("DejaVu Sans"));
    smallFont.setPointSizeF(8.5);

    const QRectF header(kMarginPoints, kMarginPoints, page.width() - 2 * kMarginPoints,
                        kHeaderHeightPoints - 8);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_header.title);
    painter.setFont(smallFont);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_header.dateRange);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_header.generatedOn);
    painter.setPen(QPen(Qt::darkGray, 0.75));
    painter.drawLine(QPointF(header.left(), header.bottom() + 4),
                     QPointF(header.right(), header.bottom() + 4));

    const QRectF footer(kMarginPoints, page.height() - kMarginPoints - kFooterHeightPoints + 8,
                        page.width() - 2 * kMarginPoints, kFooterHeightPoints - 8);
    painter.setPen(Qt::black);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                     QStringLiteral("Page %1 of %2").arg(pageNumber).arg(total));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("LDN Tracker " LDN_VERSION));
    painter.restore();
}

} // namespace ldn
