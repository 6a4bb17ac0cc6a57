#include "support/TestEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn::test;

// `ldn-tracker-cli report`, run as a person or a script would: the built binary, without a display.

namespace {

ProcessResult cli(const QStringList& arguments)
{
    // No QT_QPA_PLATFORM: the tool must choose a platform that needs no display by itself.
    return runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")), arguments,
                      {QStringLiteral("QT_QPA_PLATFORM=")});
}

struct DemoDiary {
    TemporaryFolder folder;
    QString db = folder.file(QStringLiteral("diary.sqlite"));

    DemoDiary()
    {
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"),
                     QStringLiteral("Demo"), QStringLiteral("--days"), QStringLiteral("200")})
                    .exitCode == 0);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("med"), QStringLiteral("add"),
                     QStringLiteral("--profile"), QStringLiteral("Demo"), QStringLiteral("--name"),
                     QStringLiteral("Co-codamol 30/500")})
                    .exitCode == 0);
    }

    ProcessResult report(const QStringList& options)
    {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("report"),
                               QStringLiteral("--profile"), QStringLiteral("Demo")} +
                   options);
    }
};

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("report writes the GP summary PDF with the numbers of analyze --json", "[cli][program][report]")
{
    DemoDiary diary;
    const QString pdf = diary.folder.file(QStringLiteral("summary.pdf"));
    const ProcessResult written =
        diary.report({QStringLiteral("--questions"), QStringLiteral("Is 4.5 mg the right dose for me?"),
                      QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--out"), pdf});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("GP report for Demo")));
    CHECK((QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    const ProcessResult text =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("LDN summary for Demo")));
    CHECK(text.out.contains(QStringLiteral("Is 4.5 mg the right dose for me?")));
    CHECK(text.out.contains(QStringLiteral("Warning: Co-codamol 30/500 is an opioid medicine")));
    CHECK(runProgram(QStringLiteral("pdfinfo"), {pdf}).out.contains(QStringLiteral("(letter)")));

    const ProcessResult analysis =
        cli({QStringLiteral("--db"), diary.db, QStringLiteral("analyze"), QStringLiteral("--profile"),
             QStringLiteral("Demo"), QStringLiteral("--json")});
    REQUIRE(analysis.exitCode == 0);
    const nlohmann::json json = nlohmann::json::parse(analysis.out.toStdString());
    const nlohmann::json& top = json["dose_levels"].back();
    const QString dose = QString::number(top["dose_mg"].get<double>()) + QStringLiteral(" mg");
    const qsizetype table = text.out.indexOf(QStringLiteral("Mean score at each dose"));
    REQUIRE(table >= 0);
    QStringList words;
    for (const QString& line : text.out.mid(table).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(dose)) {
            words = line.trimmed().split(QRegularExpression(QStringLiteral("\\s+")));
            break;
        }
    }
    REQUIRE(words.size() == 3 + static_cast<qsizetype>(json["symptoms"].size()));
    for (std::size_t index = 0; index < json["symptoms"].size(); ++index) {
        const std::string name = json["symptoms"][index]["name"].get<std::string>();
        CHECK(words[static_cast<qsizetype>(3 + index)] ==
              QString::number(top["symptoms"][name]["mean"].get<double>(), 'f', 1));
    }
}

TEST_CASE("report refuses bad options with exit code 2 and leaves no file", "[cli][program][report]")
{
    DemoDiary diary;
    const QString pdf = diary.folder.file(QStringLiteral("summary.pdf"));
    const QStringList before = filesIn(diary.folder.path());

    const ProcessResult sections = diary.report(
        {QStringLiteral("--sections"), QStringLiteral("summary,graphs"), QStringLiteral("--out"), pdf});
    CHECK(sections.exitCode == 2);
    CHECK(sections.err.contains(QStringLiteral("--sections")));
    CHECK(sections.err.contains(QStringLiteral("\"graphs\"")));

    const ProcessResult paper =
        diary.report({QStringLiteral("--paper"), QStringLiteral("a5"), QStringLiteral("--out"), pdf});
    CHECK(paper.exitCode == 2);
    CHECK(paper.err.contains(QStringLiteral("--paper")));

    const ProcessResult date =
        diary.report({QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--out"), pdf});
    CHECK(date.exitCode == 2);
    CHECK(date.err.contains(QStringLiteral("--from")));

    const ProcessResult backwards =
        diary.report({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-01-01"), QStringLiteral("--out"), pdf});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to")));

    const ProcessResult noFolder =
        diary.report({QStringLiteral("--out"), diary.folder.file(QStringLiteral("missing/summary.pdf"))});
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));

    const ProcessResult folderAsFile = diary.report({QStringLiteral("--out"), diary.folder.path()});
    CHECK(folderAsFile.exitCode == 2);

    const ProcessResult noOut = diary.report({});
    CHECK(noOut.exitCode == 1);
    CHECK(noOut.err.contains(QStringLiteral("--out")));

    CHECK(filesIn(diary.folder.path()) == before);
}

TEST_CASE("report fails with exit code 3 where the file cannot be written, leaving nothing behind",
          "[cli][program][report]")
{
    DemoDiary diary;
    // Even root cannot create files in /proc.
    const QString pdf = QStringLiteral("/proc/ldn-summary-test.pdf");
    const ProcessResult failed = diary.report({QStringLiteral("--out"), pdf});
    CHECK(failed.exitCode == 3);
    CHECK(failed.err.contains(pdf));
    CHECK_FALSE(QFileInfo::exists(pdf));
}
