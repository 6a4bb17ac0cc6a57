#include "report/ReportBlocks.h"

#include <QPainter>

#include <algorithm>
#include <utility>

namespace ldn {

ReportBlocks::ReportBlocks(double width)
    : m_width(width)
{}

void ReportBlocks::heading(ReportSection section)
{
    const QString title = sectionTitle(section);
    FlowBlock block;
    block.height = ReportText::lineHeight(ReportStyle::heading) + 5;
    block.spaceBefore = ReportStyle::kSectionGap;
    block.keepWithNext = true;
    block.paint = [title](QPainter& painter, const QRectF& box) {
        ReportText::draw(painter, box.topLeft(), title, ReportStyle::heading);
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
        painter.drawLine(QPointF(box.left(), box.bottom() - 2), QPointF(box.right(), box.bottom() - 2));
    };
    m_flow.add(std::move(block));
}

void ReportBlocks::subheading(const QString& title)
{
    FlowBlock block;
    block.height = ReportText::lineHeight(ReportStyle::subheading) + 2;
    block.spaceBefore = 6;
    block.keepWithNext = true;
    block.paint = [title](QPainter& painter, const QRectF& box) {
        ReportText::draw(painter, box.topLeft(), title, ReportStyle::subheading);
    };
    m_flow.add(std::move(block));
}

// Never one line alone at the foot or the head of a page.
void ReportBlocks::paragraph(const QString& text, const TextStyle& style, double spaceBefore, bool leadsIn)
{
    const QStringList lines = ReportText::wrap(text, style, m_width);
    const double lineHeight = ReportText::lineHeight(style);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        FlowBlock block;
        block.height = lineHeight;
        block.spaceBefore = index == 0 ? spaceBefore : 0.0;
        block.keepWithNext = (index + 1 < lines.size() && (index == 0 || index + 2 == lines.size())) ||
                             (leadsIn && index + 1 == lines.size());
        const QString line = lines[index];
        block.paint = [line, style](QPainter& painter, const QRectF& box) {
            ReportText::draw(painter, box.topLeft(), line, style);
        };
        m_flow.add(std::move(block));
    }
}

void ReportBlocks::fact(const QString& label, const QString& value)
{
    const QStringList lines = ReportText::wrap(value, ReportStyle::body, m_width - m_factLabelWidth);
    FlowBlock block;
    block.height = lines.size() * ReportText::lineHeight(ReportStyle::body);
    block.spaceBefore = 2.5;
    block.paint = [label, lines, labelWidth = m_factLabelWidth](QPainter& painter, const QRectF& box) {
        ReportText::draw(painter, box.topLeft(), label, ReportStyle::bodyBold);
        ReportText::drawLines(painter, QPointF(box.left() + labelWidth, box.top()), lines, ReportStyle::body);
    };
    m_flow.add(std::move(block));
}

void ReportBlocks::fitFactLabels(const QStringList& labels)
{
    constexpr double kGap = 8.0;
    m_factLabelWidth = ReportStyle::kFactLabelWidth;
    for (const QString& label : labels) {
        m_factLabelWidth = std::max(m_factLabelWidth, ReportText::width(label, ReportStyle::bodyBold) + kGap);
    }
}

void ReportBlocks::warningBox(const QString& title, const QString& text, bool heavy)
{
    const double padding = ReportStyle::kBoxPadding;
    const double inner = m_width - 2 * padding - 2;
    const QStringList titleLines = ReportText::wrap(title, ReportStyle::bodyBold, inner);
    const QStringList lines = ReportText::wrap(text, ReportStyle::body, inner);
    FlowBlock block;
    block.height = titleLines.size() * ReportText::lineHeight(ReportStyle::bodyBold) +
                   lines.size() * ReportText::lineHeight(ReportStyle::body) + 2 * padding;
    block.spaceBefore = 5;
    block.paint = [titleLines, lines, heavy, padding](QPainter& painter, const QRectF& box) {
        painter.setPen(QPen(Qt::black, heavy ? 1.5 : 0.6));
        painter.setBrush(heavy ? QBrush(QColor(0xEC, 0xEC, 0xEC)) : QBrush(Qt::NoBrush));
        painter.drawRect(box.adjusted(0.75, 0.75, -0.75, -0.75));
        painter.setBrush(Qt::NoBrush);
        const QPointF origin(box.left() + padding + 1, box.top() + padding);
        const double used = ReportText::drawLines(painter, origin, titleLines, ReportStyle::bodyBold);
        ReportText::drawLines(painter, origin + QPointF(0, used), lines, ReportStyle::body);
    };
    m_flow.add(std::move(block));
}

void ReportBlocks::table(const ReportTable& table, double spaceBefore)
{
    std::vector<FlowBlock> blocks = table.blocks(m_width);
    if (!blocks.empty()) {
        blocks.front().spaceBefore = spaceBefore;
    }
    m_flow.add(std::move(blocks));
}

void ReportBlocks::noData(const QString& text)
{
    paragraph(text, ReportStyle::body, 3.0);
}

// One block per line, so a long note can run on to the next page; never one line alone at the
// foot or head of a page.
void ReportBlocks::labelledNote(const QString& date, const QString& author, const QString& text)
{
    constexpr double kLabelWidth = 100.0;
    // A long name is cut short rather than run into the note's text.
    const QString shortAuthor =
        ReportText::metrics(ReportStyle::body).elidedText(author, Qt::ElideRight, kLabelWidth - 6.0);
    const QStringList labels{date, shortAuthor};
    const QStringList lines = ReportText::wrap(text.trimmed(), ReportStyle::body, m_width - kLabelWidth);
    const double lineHeight = ReportText::lineHeight(ReportStyle::body);
    const qsizetype rows = std::max(labels.size(), lines.size());
    for (qsizetype index = 0; index < rows; ++index) {
        FlowBlock block;
        block.height = lineHeight;
        block.spaceBefore = index == 0 ? 5.0 : 0.0;
        block.keepWithNext = index + 1 < rows && (index == 0 || index + 2 == rows);
        const QString label = index < labels.size() ? labels[index] : QString();
        const QString line = index < lines.size() ? lines[index] : QString();
        const bool first = index == 0;
        const double width = m_width;
        block.paint = [label, line, first, width](QPainter& painter, const QRectF& box) {
            if (first) {
                painter.setPen(QPen(QColor(0xC0, 0xC0, 0xC0), 0.4));
                painter.drawLine(QPointF(box.left(), box.top() - 2.5),
                                 QPointF(box.left() + width, box.top() - 2.5));
            }
            // The date in bold; under it, who wrote the note.
            ReportText::draw(painter, box.topLeft(), label,
                             first ? ReportStyle::bodyBold : ReportStyle::body);
            ReportText::draw(painter, QPointF(box.left() + kLabelWidth, box.top()), line, ReportStyle::body);
        };
        m_flow.add(std::move(block));
    }
}

void ReportBlocks::reference(const ReportEvidence::Reference& item)
{
    constexpr double kNumberWidth = 20.0;
    QString text = item.citation;
    if (!item.identifiers.isEmpty()) {
        text += QLatin1Char(' ') + item.identifiers;
    }
    const QStringList lines = ReportText::wrap(text, ReportStyle::reference, m_width - kNumberWidth);
    FlowBlock block;
    block.height = lines.size() * ReportText::lineHeight(ReportStyle::reference);
    block.spaceBefore = 1.5;
    const QString number = QStringLiteral("[%1]").arg(item.number);
    block.paint = [number, lines](QPainter& painter, const QRectF& box) {
        ReportText::draw(painter, box.topLeft(), number, ReportStyle::reference);
        ReportText::drawLines(painter, QPointF(box.left() + kNumberWidth, box.top()), lines,
                              ReportStyle::reference);
    };
    m_flow.add(std::move(block));
}

void ReportBlocks::add(FlowBlock block)
{
    m_flow.add(std::move(block));
}

} // namespace ldn
