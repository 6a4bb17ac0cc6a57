#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPixmap>
#include <QScreen>

// The floor for LDN Tracker's start-up time: start Qt Widgets, paint one empty chart at the same
// size as `ldn-tracker --screenshot`, save it, exit.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    if (argc < 2) {
        return 1;
    }
    QChartView view(new QChart());
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    // Like ldn-tracker --screenshot: what was put on screen, rendered again only where the
    // platform cannot read it back; the format follows the file name (BMP in the benchmark).
    QPixmap picture = view.screen()->grabWindow(view.winId());
    if (picture.isNull() || picture.deviceIndependentSize().toSize() != view.size()) {
        picture = view.grab();
    }
    return picture.save(QString::fromLocal8Bit(argv[1])) ? 0 : 3;
}
