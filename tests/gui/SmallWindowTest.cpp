#include "OpenWindow.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QScrollArea>
#include <catch2/catch.hpp>

namespace ldn::test {

// A 1920x1080 screen at 200% gives the window 960x540 logical pixels: no page may need more (the
// window would then be cut off by the screen's edge, Save buttons and all).
TEST_CASE("Every page of the demo diary fits a 960x540 window", "[gui][window]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Demo"), 365, 1, QDate::currentDate(), true});
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();
    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        window.showTab(tab);
        window.resize(960, 540);
        for (int pass = 0; pass < 5; ++pass) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        INFO("tab " << MainWindow::tabName(tab).toStdString());
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        CHECK(needed.width() <= 960);
        CHECK(needed.height() <= 540);
        CHECK(window.size() == QSize(960, 540));
        // A scroll area that never scrolls sideways cuts off whatever is wider than it.
        for (const QScrollArea* area : window.findChildren<QScrollArea*>()) {
            if (area->isVisible() && area->widget() != nullptr &&
                area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff) {
                INFO(area->objectName().toStdString());
                CHECK(area->widget()->minimumSizeHint().width() <= area->viewport()->width());
            }
        }
    }
}

} // namespace ldn::test
