#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPixmap>

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
    // The format follows the file name, as ldn-tracker --screenshot does (BMP in the benchmark).
    return view.grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 3;
}
