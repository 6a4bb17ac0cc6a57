#include "gui/window/DesktopApplication.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QSettings>
#include <QTextLayout>
#include <QWidget>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

ProcessResult runTracker(const QStringList& arguments, const QStringList& environment = {})
{
    return runProgram(builtProgram(QStringLiteral("ldn-tracker")), arguments, environment);
}

// The offscreen platform with one screen of `size` (logical pixels at 100%), as Qt's offscreen
// plugin reads it from a JSON file.
QString offscreenScreen(const TemporaryFolder& folder, QSize size)
{
    const QString path =
        folder.file(QStringLiteral("screen-%1x%2.json").arg(size.width()).arg(size.height()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("{\"screens\": [{\"name\": \"test\", \"x\": 0, \"y\": 0, \"width\": %1, "
                              "\"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   .arg(size.width())
                   .arg(size.height())
                   .toUtf8());
    return QStringLiteral("QT_QPA_PLATFORM=offscreen:configfile=") + path;
}

// The share of pixels darker than mid grey.
double darkShare(const QImage& image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        }
    }
    return static_cast<double>(dark) / (static_cast<double>(image.width()) * image.height());
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
    const QStringList fixedSize{QStringLiteral("--size"), QStringLiteral("1280x800")};

    SECTION("of the welcome page on a new database")
    {
        const ProcessResult result =
            runTracker(QStringList{QStringLiteral("--db"), folder.file(QStringLiteral("new.sqlite")),
                                   QStringLiteral("--screenshot"), shot} +
                       fixedSize);
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
        const auto contentOf = [&path] {
            Database database = Database::open(path, Database::Access::ReadOnly);
            return DatabaseSnapshot::of(database.connection());
        };
        const auto before = contentOf();
        const ProcessResult result = runTracker(
            QStringList{QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot} + fixedSize);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        // A picture changes nothing in the diary, not even the profile shown last.
        CHECK(contentOf() == before);
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

TEST_CASE("--screenshot opens as a first start would on the screen, whatever size was remembered")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("demo.sqlite"));
    {
        Database database = Database::open(path);
        DemoDiaryWriter(database).write({QStringLiteral("Demo"), 60, 1, QDate::currentDate()});
    }
    // A size and tab remembered from an earlier run, in this test's own settings folder.
    const QString config = folder.file(QStringLiteral("config"));
    const QString settingsFile = config + QStringLiteral("/ldn-tracker/ldn-tracker.conf");
    {
        QWidget remembered;
        remembered.setGeometry(40, 40, 420, 300);
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), remembered.saveGeometry());
        settings.setValue(QStringLiteral("window/last_tab"), QStringLiteral("chart"));
    }
    const QByteArray settingsBefore = fileHash(settingsFile);
    const QString shot = folder.file(QStringLiteral("shot.png"));
    const auto shoot = [&](const QStringList& environment, const QStringList& extra = {}) {
        QFile::remove(shot);
        const ProcessResult result = runTracker(
            QStringList{QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot} + extra,
            QStringList{QStringLiteral("XDG_CONFIG_HOME=") + config} + environment);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QImage(shot);
    };

    // The comfortable size fits on a large screen; a laptop's screen limits the height; the
    // offscreen platform's own screen is 800x800.
    CHECK(shoot({offscreenScreen(folder, {1920, 1200})}).size() == QSize(1280, 800));
    CHECK(shoot({offscreenScreen(folder, {1366, 768})}).size() == QSize(1280, 768));
    CHECK(shoot({}).size() == QSize(800, 800));
    // A 1920x1080 screen at 200% is 960x540 logical pixels; the picture has the screen's pixels.
    CHECK(shoot({offscreenScreen(folder, {1920, 1080}), QStringLiteral("QT_SCALE_FACTOR=2")}).size() ==
          QSize(1920, 1080));
    // --size gives exactly that size, on any screen.
    CHECK(
        shoot({offscreenScreen(folder, {1366, 768})}, {QStringLiteral("--size"), QStringLiteral("1000x600")})
            .size() == QSize(1000, 600));
    // A screenshot remembers nothing.
    CHECK(fileHash(settingsFile) == settingsBefore);
}

TEST_CASE("--theme dark renders the window dark, and --size and --theme refuse what they cannot use")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("demo.sqlite"));
    {
        Database database = Database::open(path);
        DemoDiaryWriter(database).write({QStringLiteral("Demo"), 60, 1, QDate::currentDate()});
    }
    const QString shot = folder.file(QStringLiteral("dark.png"));
    for (const QString& tab : {QStringLiteral("today"), QStringLiteral("chart")}) {
        INFO("tab " << tab.toStdString());
        for (const QString& theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
            const ProcessResult result = runTracker(
                {QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot, QStringLiteral("--tab"),
                 tab, QStringLiteral("--size"), QStringLiteral("960x540"), QStringLiteral("--theme"), theme});
            INFO(result.err.toStdString());
            REQUIRE(result.exitCode == 0);
            const double dark = darkShare(QImage(shot));
            INFO("theme " << theme.toStdString() << ", dark share " << dark);
            CHECK((theme == QStringLiteral("dark") ? dark > 0.7 : dark < 0.2));
        }
    }

    for (const QString& size : {QStringLiteral("1280"), QStringLiteral("1280x"), QStringLiteral("wide"),
                                QStringLiteral("100x100"), QStringLiteral("99999x800")}) {
        const ProcessResult result = runTracker({QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                                 shot, QStringLiteral("--size"), size});
        INFO("--size " << size.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("--size must be WIDTHxHEIGHT")));
    }
    const ProcessResult theme = runTracker({QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                            shot, QStringLiteral("--theme"), QStringLiteral("purple")});
    CHECK(theme.exitCode == 1);
    CHECK(theme.err.contains(QStringLiteral("--theme must be light, dark or system")));
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
