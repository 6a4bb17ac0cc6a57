#include "report/PdfDocument.h"

#include "support/TestEnvironment.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ldn;
using ldn::test::runProgram;
using ldn::test::TemporaryFolder;

// Real PDFs, read back with poppler's pdftotext and pdfinfo.

namespace {

QString pdfText(const QString& path)
{
    const ldn::test::ProcessResult result =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    return result.out;
}

QString pdfInfo(const QString& path)
{
    const ldn::test::ProcessResult result = runProgram(QStringLiteral("pdfinfo"), {path});
    REQUIRE(result.exitCode == 0);
    return result.out;
}

PdfDocument::Header header()
{
    return {QStringLiteral("LDN summary for Alex Smith"), QStringLiteral("1 March 2026 – 31 May 2026"),
            QStringLiteral("Generated 1 June 2026")};
}

} // namespace

TEST_CASE("Every page carries the header and Page N of M", "[report][pdf]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("report.pdf"));
    PdfDocument document(header(), PaperSize::A4);
    document.addPage([](QPainter& painter, const QRectF& content) {
        painter.drawText(content, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("First page body"));
    });
    document.addPage([](QPainter& painter, const QRectF& content) {
        painter.drawText(content, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Second page body"));
    });
    document.write(path);

    const QString info = pdfInfo(path);
    INFO(info.toStdString());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    CHECK(
        info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842 pts \\(A4\\)"))));
    CHECK(info.contains(QStringLiteral("LDN summary for Alex Smith")));

    const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() == 2);
    for (int index = 0; index < 2; ++index) {
        INFO("page " << index + 1);
        CHECK(pages[index].contains(QStringLiteral("LDN summary for Alex Smith")));
        CHECK(pages[index].contains(QStringLiteral("1 March 2026 – 31 May 2026")));
        CHECK(pages[index].contains(QStringLiteral("Generated 1 June 2026")));
        CHECK(pages[index].contains(QStringLiteral("Page %1 of 2").arg(index + 1)));
    }
    CHECK(pages[0].contains(QStringLiteral("First page body")));
    CHECK(pages[1].contains(QStringLiteral("Second page body")));

    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
}

TEST_CASE("Letter paper is available and an empty document still has one framed page", "[report][pdf]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("letter.pdf"));
    PdfDocument(header(), PaperSize::Letter).write(path);
    const QString info = pdfInfo(path);
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("612 x 792 pts (letter)")));
    CHECK(pdfText(path).contains(QStringLiteral("Page 1 of 1")));
}

TEST_CASE("Writing to an impossible place fails with the path in the message", "[report][pdf]")
{
    PdfDocument document(header(), PaperSize::A4);
    CHECK_THROWS_WITH(document.write(QStringLiteral("/proc/no-such-folder/report.pdf")),
                      Catch::Contains("/proc/no-such-folder/report.pdf"));
}

TEST_CASE("Paper sizes are read from their names", "[report]")
{
    CHECK(paperSizeFromText(QStringLiteral("A4")) == PaperSize::A4);
    CHECK(paperSizeFromText(QStringLiteral("letter")) == PaperSize::Letter);
    CHECK_FALSE(paperSizeFromText(QStringLiteral("A5")));
}
