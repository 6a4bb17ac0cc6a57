#pragma once

#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace ldn {
class PdfDocument;
}

namespace ldn {

// One unbreakable piece of a report page: a heading, a line of text, a table row, a chart.
struct FlowBlock {
    using Painter = std::function<void(QPainter& painter, const QRectF& box)>;

    double height = 0.0;
    double spaceBefore = 0.0;  // dropped at the top of a page
    bool keepWithNext = false; // a heading with its table, the first rows of a table, the last two lines
    bool newPageBefore = false;
    Painter paint;
    // Painted first when this block has to start a new page, e.g. a table's header row.
    std::shared_ptr<const FlowBlock> repeatOnNewPage;
};

// Lays blocks out on pages top to bottom, in points: never splits a block, keeps a chain of
// keep-with-next blocks together when moving it to the next page helps, and repeats a table's
// header on the page where the table continues.
class ReportFlow {
public:
    struct Placed {
        std::shared_ptr<const FlowBlock> block;
        double top = 0.0; // from the top of the page's content
    };
    using Page = std::vector<Placed>;

    void add(FlowBlock block);
    void add(std::vector<FlowBlock> blocks);
    bool isEmpty() const { return m_blocks.empty(); }

    // At least one page, even with no blocks.
    std::vector<Page> paginate(double pageHeight) const;

    // Paints one page's blocks into `content`.
    static void paint(QPainter& painter, const QRectF& content, const Page& page);
    // Adds one document page per laid-out page, each painted by paint().
    static void addPages(PdfDocument& document, std::vector<Page> pages);

private:
    std::vector<std::shared_ptr<const FlowBlock>> m_blocks;
};

} // namespace ldn
