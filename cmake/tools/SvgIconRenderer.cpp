// A build tool (cmake/DesktopIntegration.cmake runs it): renders the application's SVG icon to the
// PNG sizes of the hicolor icon theme with Qt Svg, which the app needs anyway, so the build needs
// no image tool of its own and the PNGs never go into the repository.
//
//   svg-icon-renderer ICON.svg OUTPUT_FOLDER SIZE...
//
// writes OUTPUT_FOLDER/SIZExSIZE/apps/NAME.png for each size, NAME being the SVG's base name.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

// Exit codes as the programs use them: 1 usage, 2 bad input, 3 failure.
constexpr int kUsageProblem = 1;
constexpr int kBadInput = 2;
constexpr int kFailure = 3;

void complain(const QString& message)
{
    std::fprintf(stderr, "svg-icon-renderer: %s\n", qPrintable(message));
}

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    // Straight (not premultiplied) alpha is what PNG stores.
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4) {
        complain(QStringLiteral("usage: svg-icon-renderer ICON.svg OUTPUT_FOLDER SIZE..."));
        return kUsageProblem;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QDir outputFolder(QString::fromLocal8Bit(argv[2]));
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        complain(QStringLiteral("%1 is not an SVG image Qt can draw").arg(svgPath));
        return kBadInput;
    }
    if (renderer.viewBoxF().width() != renderer.viewBoxF().height()) {
        complain(QStringLiteral("%1 is not square; an application icon must be").arg(svgPath));
        return kBadInput;
    }
    const QString name = QFileInfo(svgPath).completeBaseName();
    for (int index = 3; index < argc; ++index) {
        bool isNumber = false;
        const int size = QString::fromLocal8Bit(argv[index]).toInt(&isNumber);
        if (!isNumber || size < 8 || size > 1024) {
            complain(QStringLiteral("size \"%1\" must be a whole number of pixels from 8 to 1024")
                         .arg(QString::fromLocal8Bit(argv[index])));
            return kUsageProblem;
        }
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        const QString file = outputFolder.filePath(QStringLiteral("%1/%2.png").arg(folder, name));
        if (!outputFolder.mkpath(folder) || !render(renderer, size).save(file, "PNG")) {
            complain(QStringLiteral("cannot write %1").arg(file));
            return kFailure;
        }
    }
    return 0;
}
