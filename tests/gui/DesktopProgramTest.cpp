#include "gui/window/DesktopApplication.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTextLayout>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

ProcessResult runTracker(const QStringList& arguments)
{
    return runProgram(builtProgram(QStringLiteral("ldn-tracker")), arguments);
}

int glyphCount(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    int count = 0;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        count += static_cast<int>(run.glyphIndexes().size());
    }
    return count;
}

} // namespace

TEST_CASE("The window's font draws Latin text letter by letter and keeps the theme's menu font")
{
    const QFont original = QApplication::font();
    QFont menuFont = original;
    menuFont.setPointSize(original.pointSize() + 5);
    QApplication::setFont(menuFont, "QMenu");

    DesktopApplication::applyInterfaceFont();

    // DejaVu Sans, the font quickstart installs, joins "ff" into one ligature glyph when shaped.
    const QString text = QStringLiteral("Side effects, Fatigue after dose");
    CHECK(glyphCount(text, QApplication::font()) == text.size());
    CHECK(QApplication::font().family() == original.family());
    CHECK(QApplication::font().pointSizeF() == original.pointSizeF());
    CHECK(QApplication::font("QMenu").pointSize() == menuFont.pointSize());

    // The runner's own font again, with no class fonts left behind.
    QApplication::setFont(QApplication::font());
}

TEST_CASE("The windows carry the desktop entry's id and the app's own icon")
{
    DesktopApplication::applyDesktopIdentity();

    // Wayland shells find the menu entry (and so the name and icon) by this id.
    CHECK(QGuiApplication::desktopFileName() == QStringLiteral("io.github.ldntracker.LdnTracker"));
    const QIcon icon = QGuiApplication::windowIcon();
    REQUIRE_FALSE(icon.isNull());
    for (const int size : {16, 48, 256}) {
        const QImage image = icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
        INFO("at " << size << " px");
        REQUIRE(image.size() == QSize(size, size));
        // The diary page fills most of the square; the capsule's coral half is there at every size.
        int opaque = 0;
        int coral = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor colour = image.pixelColor(x, y);
                opaque += colour.alpha() > 200 ? 1 : 0;
                coral +=
                    colour.alpha() > 200 && colour.red() > 180 && colour.green() < 130 && colour.blue() < 110
                        ? 1
                        : 0;
            }
        }
        CHECK(opaque > size * size / 2);
        CHECK(coral > 0);
    }

    QGuiApplication::setWindowIcon(QIcon());
    QGuiApplication::setDesktopFileName(QString());
}

TEST_CASE("ldn-tracker --screenshot renders the main window to a PNG")
{
    TemporaryFolder folder;
    const QString shot = folder.file(QStringLiteral("shot.png"));

    SECTION("of the welcome page on a new database")
    {
        const ProcessResult result =
            runTracker({QStringLiteral("--db"), folder.file(QStringLiteral("new.sqlite")),
                        QStringLiteral("--screenshot"), shot});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(QFile::exists(folder.file(QStringLiteral("new.sqlite"))));
    }
    SECTION("of a demo diary")
    {
        const QString path = folder.file(QStringLiteral("demo.sqlite"));
        {
            Database database = Database::open(path);
            DemoDiaryWriter(database).write({QStringLiteral("Demo"), 120, 1, QDate::currentDate()});
        }
        const ProcessResult result =
            runTracker({QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }

    const QImage image(shot);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1280);
    CHECK(image.height() == 800);
    // What was painted, not a blank or unpainted buffer: mostly the light window background,
    // with dark text on it.
    int light = 0;
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(image.pixel(x, y));
            light += grey > 200 ? 1 : 0;
            dark += grey < 80 ? 1 : 0;
        }
    }
    CHECK(light > image.width() * image.height() / 2);
    CHECK(dark > 2000);
}

TEST_CASE("ldn-tracker refuses a diary written by a newer version and leaves it untouched")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("newer.sqlite"));
    {
        Database database = Database::open(path);
        database.connection().execute("PRAGMA user_version = 999");
    }
    const QByteArray before = fileHash(path);
    const QString shot = folder.file(QStringLiteral("shot.png"));

    const ProcessResult result =
        runTracker({QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot});

    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(shot));
}

TEST_CASE("ldn-tracker refuses a file that is not a diary with exit code 2")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    }
    const QByteArray before = fileHash(path);

    const ProcessResult result = runTracker({QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                             folder.file(QStringLiteral("shot.png"))});

    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("not an LDN Tracker diary")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("ldn-tracker --review FILE shows another diary read-only and leaves the file as it was")
{
    TemporaryFolder folder;
    const QString own = folder.file(QStringLiteral("own.sqlite"));
    const QString other = folder.file(QStringLiteral("kim.sqlite"));
    {
        Database database = Database::open(other);
        DemoDiaryWriter(database).write({QStringLiteral("Kim"), 60, 2, QDate::currentDate()});
    }
    const QByteArray before = fileHash(other);
    const QString shot = folder.file(QStringLiteral("review.png"));

    const ProcessResult result =
        runTracker({QStringLiteral("--db"), own, QStringLiteral("--review"), other,
                    QStringLiteral("--screenshot"), shot, QStringLiteral("--tab"), QStringLiteral("chart")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK_FALSE(QImage(shot).isNull());
    CHECK(fileHash(other) == before);

    const ProcessResult missing =
        runTracker({QStringLiteral("--db"), own, QStringLiteral("--review"),
                    folder.file(QStringLiteral("none.sqlite")), QStringLiteral("--screenshot"), shot});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("cannot review")));

    const ProcessResult help = runTracker({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--review")));
}

TEST_CASE("ldn-tracker answers --help and --version, and refuses unknown options")
{
    const ProcessResult version = runTracker({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("ldn-tracker " LDN_VERSION));

    const ProcessResult help = runTracker({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--screenshot")));
    CHECK(help.out.contains(QStringLiteral("--db")));

    const ProcessResult unknown = runTracker({QStringLiteral("--frobnicate")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

} // namespace ldn::test
