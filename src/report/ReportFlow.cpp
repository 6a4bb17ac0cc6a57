#include "report/ReportFlow.h"

#include "report/PdfDocument.h"

#include <QPainter>

namespace ldn {
namespace {

// Rounding in text metrics must not push a block that fits to the next page.
constexpr double kTolerance = 0.01;

} // namespace

void ReportFlow::add(FlowBlock block)
{
    m_blocks.push_back(std::make_shared<const FlowBlock>(std::move(block)));
}

void ReportFlow::add(std::vector<FlowBlock> blocks)
{
    for (FlowBlock& block : blocks) {
        add(std::move(block));
    }
}

std::vector<ReportFlow::Page> ReportFlow::paginate(double pageHeight) const
{
    std::vector<Page> pages(1);
    double y = 0.0;
    const auto startPage = [&] {
        pages.emplace_back();
        y = 0.0;
    };
    for (std::size_t index = 0; index < m_blocks.size(); ++index) {
        const FlowBlock& block = *m_blocks[index];
        if (block.newPageBefore && !pages.back().empty()) {
            startPage();
        }
        double gap = pages.back().empty() ? 0.0 : block.spaceBefore;
        double chain = block.height;
        for (std::size_t next = index; m_blocks[next]->keepWithNext && next + 1 < m_blocks.size(); ++next) {
            chain += m_blocks[next + 1]->spaceBefore + m_blocks[next + 1]->height;
        }
        const bool fits = y + gap + block.height <= pageHeight + kTolerance;
        const bool chainFits = y + gap + chain <= pageHeight + kTolerance;
        const bool chainFitsOnNewPage = chain <= pageHeight + kTolerance;
        if (!pages.back().empty() && (!fits || (!chainFits && chainFitsOnNewPage))) {
            startPage();
            gap = 0.0;
            if (block.repeatOnNewPage) {
                pages.back().push_back({block.repeatOnNewPage, y});
                y += block.repeatOnNewPage->height;
            }
        }
        pages.back().push_back({m_blocks[index], y + gap});
        y += gap + block.height;
    }
    return pages;
}

void ReportFlow::paint(QPainter& painter, const QRectF& content, const Page& page)
{
    for (const Placed& placed : page) {
        if (!placed.block->paint) {
            continue;
        }
        painter.save();
        placed.block->paint(painter, QRectF(content.left(), content.top() + placed.top, content.width(),
                                            placed.block->height));
        painter.restore();
    }
}

void ReportFlow::addPages(PdfDocument& document, std::vector<Page> pages)
{
    auto shared = std::make_shared<const std::vector<Page>>(std::move(pages));
    for (std::size_t index = 0; index < shared->size(); ++index) {
        document.addPage([shared, index](QPainter& painter, const QRectF& area) {
            paint(painter, area, (*shared)[index]);
        });
    }
}

} // namespace ldn
