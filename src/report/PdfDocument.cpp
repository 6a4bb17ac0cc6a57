#include "report/PdfDocument.h"

#include "report/ReportText.h"
#include "report/ReportWording.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

#include <cstdio>
#include <stdexcept>
#include <utility>

namespace ldn {
namespace {

// 72 dots per inch makes one painter unit one PDF point.
constexpr int kPointsPerInch = 72;

std::runtime_error writeError(const QString& filePath, const QString& reason)
{
    return std::runtime_error(QStringLiteral("Cannot write %1: %2").arg(filePath, reason).toStdString());
}

} // namespace

PdfDocument::PdfDocument(Header header, PaperSize paper)
    : m_header(std::move(header))
    , m_paper(paper)
{}

void PdfDocument::addPage(PagePainter painter)
{
    m_pages.push_back(std::move(painter));
}

QSizeF PdfDocument::pageSize() const
{
    return toPageSize(m_paper).size(QPageSize::Point);
}

QRectF PdfDocument::contentRect() const
{
    const QRectF page(QPointF(0, 0), pageSize());
    return page.adjusted(kMarginPoints, kMarginPoints + kHeaderHeightPoints, -kMarginPoints,
                         -(kMarginPoints + kFooterHeightPoints));
}

void PdfDocument::write(const QString& filePath) const
{
    const QFileInfo target(filePath);
    if (target.isDir()) {
        throw writeError(filePath, QStringLiteral("it is a folder"));
    }
    // QTemporaryFile creates the file owner-only (reports hold health data) in the target's folder,
    // so the final rename cannot cross file systems.
    QTemporaryFile file(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!file.open()) {
        throw writeError(filePath, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPointsPerInch);
        // PDF/A-1b: fonts embedded and no transparency, so the file prints and archives the same
        // everywhere.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(m_header.title);
        writer.setCreator(QStringLiteral("LDN Tracker " LDN_VERSION));
        print(writer);
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        throw writeError(filePath, file.errorString());
    }
    file.close();
    if (std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(filePath).constData()) != 0) {
        throw writeError(filePath, QStringLiteral("the finished file could not be moved into place"));
    }
    file.setAutoRemove(false);
}

void PdfDocument::print(QPagedPaintDevice& device) const
{
    device.setPageSize(toPageSize(m_paper));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter;
    if (!painter.begin(&device)) {
        throw std::runtime_error(
            QStringLiteral("Cannot start the report \"%1\"").arg(m_header.title).toStdString());
    }
    for (int index = 0; index < pageCount(); ++index) {
        if (index > 0) {
            device.newPage();
        }
        paintPage(painter, index);
    }
    if (!painter.end()) {
        throw std::runtime_error(
            QStringLiteral("Cannot finish the report \"%1\"").arg(m_header.title).toStdString());
    }
}

void PdfDocument::paintPage(QPainter& painter, int index) const
{
    painter.save();
    const double scale = painter.device()->logicalDpiX() / static_cast<double>(kPointsPerInch);
    painter.scale(scale, scale);
    paintFrame(painter, index + 1);
    if (index >= 0 && index < static_cast<int>(m_pages.size())) {
        painter.save();
        m_pages[static_cast<std::size_t>(index)](painter, contentRect());
        painter.restore();
    }
    painter.restore();
}

void PdfDocument::paintFrame(QPainter& painter, int pageNumber) const
{
    painter.save();
    const TextStyle title{11.0, true};
    const TextStyle small{8.5};
    const QSizeF page = pageSize();
    const QRectF header(kMarginPoints, kMarginPoints, page.width() - 2 * kMarginPoints,
                        kHeaderHeightPoints - 8);
    ReportText::draw(painter, header.topLeft(), m_header.title, title);
    const double smallTop = header.bottom() - ReportText::lineHeight(small);
    ReportText::draw(painter, QPointF(header.left(), smallTop), m_header.dateRange, small);
    ReportText::drawRightAligned(painter, QPointF(header.right(), smallTop), m_header.generatedOn, small);
    painter.setPen(QPen(Qt::darkGray, 0.75));
    painter.drawLine(QPointF(header.left(), header.bottom() + 4),
                     QPointF(header.right(), header.bottom() + 4));

    const QRectF footer(kMarginPoints, page.height() - kMarginPoints - kFooterHeightPoints + 8,
                        page.width() - 2 * kMarginPoints, kFooterHeightPoints - 8);
    const double footerTop = footer.bottom() - ReportText::lineHeight(small);
    ReportText::drawRightAligned(painter, QPointF(footer.right(), footerTop),
                                 ReportWording::tr("Page %1 of %2").arg(pageNumber).arg(pageCount()), small);
    ReportText::draw(painter, QPointF(footer.left(), footerTop), QStringLiteral("LDN Tracker " LDN_VERSION),
                     small);
    painter.restore();
}

} // namespace ldn
