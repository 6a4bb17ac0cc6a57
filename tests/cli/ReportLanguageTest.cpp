#include "support/TestEnvironment.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace ldn::test;

// `ldn-tracker-cli report` in each language it speaks: the words, the dates and the decimal sign
// of the PDF, its paper, and how the language is chosen (--language over LANGUAGE/LC_ALL/LANG).

namespace {

struct ReportDiary {
    TemporaryFolder folder;
    QString db = folder.file(QStringLiteral("diary.sqlite"));

    ReportDiary()
    {
        REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"),
                     QStringLiteral("Demo"), QStringLiteral("--days"), QStringLiteral("120"),
                     QStringLiteral("--seed"), QStringLiteral("1")})
                    .exitCode == 0);
    }

    // The test runner pins LC_ALL=C.UTF-8; `environment` replaces it where a test needs to.
    static ProcessResult run(const QStringList& arguments, const QStringList& environment = {})
    {
        return runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")), arguments,
                          QStringList{QStringLiteral("QT_QPA_PLATFORM=")} + environment);
    }

    // The report's text (pdftotext, not laid out, so wrapped sentences read on) and its paper.
    std::pair<QString, QString> report(const QStringList& options, const QStringList& environment = {})
    {
        const QString pdf = folder.file(QStringLiteral("report.pdf"));
        const ProcessResult written =
            run(QStringList{QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--profile"),
                            QStringLiteral("Demo"), QStringLiteral("--out"), pdf} +
                    options,
                environment);
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        QString flat = text.out;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return {flat, runProgram(QStringLiteral("pdfinfo"), {pdf}).out};
    }
};

const QRegularExpression kGermanLongDate(
    QStringLiteral("\\b\\d{1,2}\\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                   "November|Dezember) \\d{4}\\b"));
const QRegularExpression kAmericanLongDate(
    QStringLiteral("\\b(January|February|March|April|May|June|July|August|September|October|November|"
                   "December) \\d{1,2}, \\d{4}\\b"));
const QRegularExpression kBritishLongDate(
    QStringLiteral("\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
                   "November|December) \\d{4}\\b"));

} // namespace

TEST_CASE("report --language de writes the GP report in German", "[cli][program][report][language]")
{
    ReportDiary diary;
    const auto [text, info] = diary.report({QStringLiteral("--language"), QStringLiteral("de")});
    INFO(text.left(2000).toStdString());
    CHECK(text.contains(QStringLiteral("LDN-Zusammenfassung für Demo")));
    CHECK(text.contains(QStringLiteral("Hausarzt")));
    CHECK(text.contains(QStringLiteral("Nebenwirkungen")));
    CHECK(text.contains(QStringLiteral("Dosisverlauf")));
    CHECK(text.contains(QStringLiteral("lebhafte Träume")));
    CHECK(text.contains(kGermanLongDate));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\d+ von \\d+ Tagen in diesem Zeitraum"))));
    // Decimal commas: "4,5 mg" for the dose, "7,1 (n 12)" for a mean.
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b4,5 mg\\b"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b\\d+,\\d \\(n \\d+\\)"))));
    CHECK_FALSE(text.contains(QStringLiteral("4.5 mg")));
    CHECK_FALSE(text.contains(QStringLiteral("Side effects")));
    CHECK(info.contains(QStringLiteral("(A4)")));
}

TEST_CASE("report --language en-US says primary care doctor, puts the month first and prints on Letter",
          "[cli][program][report][language]")
{
    ReportDiary diary;
    const auto [text, info] = diary.report({QStringLiteral("--language"), QStringLiteral("en-US")});
    CHECK(text.contains(QStringLiteral("primary care doctor")));
    CHECK_FALSE(text.contains(QStringLiteral("GP")));
    CHECK(text.contains(QStringLiteral("clinical judgment")));
    CHECK(text.contains(kAmericanLongDate));
    CHECK_FALSE(text.contains(kBritishLongDate));
    CHECK(text.contains(QStringLiteral("4.5 mg")));
    CHECK(info.contains(QStringLiteral("(letter)")));

    // --paper still decides.
    const auto [a4Text, a4Info] = diary.report({QStringLiteral("--language"), QStringLiteral("en-US"),
                                                QStringLiteral("--paper"), QStringLiteral("a4")});
    CHECK(a4Info.contains(QStringLiteral("(A4)")));
    CHECK(a4Text.contains(QStringLiteral("primary care doctor")));
}

TEST_CASE("report follows LANGUAGE and LANG, British English under C or an unknown language",
          "[cli][program][report][language]")
{
    ReportDiary diary;
    SECTION("LANG=de_DE: German")
    {
        const auto [text, info] = diary.report(
            {}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=")});
        CHECK(text.contains(QStringLiteral("Hausarzt")));
    }
    SECTION("LANGUAGE=de before LANG=en_US: German")
    {
        const auto [text, info] =
            diary.report({}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=en_US.UTF-8"),
                              QStringLiteral("LANGUAGE=de")});
        CHECK(text.contains(QStringLiteral("Hausarzt")));
    }
    SECTION("LANG=en_US: American English on Letter")
    {
        const auto [text, info] = diary.report(
            {}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=")});
        CHECK(text.contains(QStringLiteral("primary care doctor")));
        CHECK(info.contains(QStringLiteral("(letter)")));
    }
    SECTION("LC_ALL=C: British English on A4, whatever LANGUAGE says")
    {
        const auto [text, info] =
            diary.report({}, {QStringLiteral("LC_ALL=C"), QStringLiteral("LANGUAGE=de")});
        CHECK(text.contains(QStringLiteral("a GP or specialist")));
        CHECK(text.contains(kBritishLongDate));
        CHECK(info.contains(QStringLiteral("(A4)")));
    }
    SECTION("LANG=fr_FR: British English")
    {
        const auto [text, info] = diary.report(
            {}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LANGUAGE=")});
        CHECK(text.contains(QStringLiteral("Side effects")));
    }
    SECTION("--language en-GB overrides a German environment")
    {
        const auto [text, info] =
            diary.report({QStringLiteral("--language"), QStringLiteral("en-GB")},
                         {QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8")});
        CHECK(text.contains(QStringLiteral("Side effects")));
        CHECK(text.contains(QStringLiteral("4.5 mg")));
    }
}

TEST_CASE("report --language refuses a language it does not speak", "[cli][program][report][language]")
{
    ReportDiary diary;
    const QString pdf = diary.folder.file(QStringLiteral("report.pdf"));
    const ProcessResult refused =
        ReportDiary::run({QStringLiteral("--db"), diary.db, QStringLiteral("report"),
                          QStringLiteral("--profile"), QStringLiteral("Demo"), QStringLiteral("--language"),
                          QStringLiteral("fr"), QStringLiteral("--out"), pdf});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--language")));
    CHECK(refused.err.contains(QStringLiteral("de, en-GB, en-US")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("exports are the same bytes whatever the language of the environment", "[cli][program][language]")
{
    ReportDiary diary;
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("fhir")}) {
        QByteArray outputs[2];
        const QStringList environments[2] = {
            {QStringLiteral("LC_ALL=C.UTF-8")},
            {QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de")}};
        for (int index = 0; index < 2; ++index) {
            const QString file = diary.folder.file(QStringLiteral("export-%1.%2").arg(index).arg(format));
            const ProcessResult exported = ReportDiary::run(
                {QStringLiteral("--db"), diary.db, QStringLiteral("export"), QStringLiteral("--profile"),
                 QStringLiteral("Demo"), QStringLiteral("--format"), format, QStringLiteral("--out"), file},
                environments[index]);
            REQUIRE(exported.exitCode == 0);
            QFile read(file);
            REQUIRE(read.open(QIODevice::ReadOnly));
            outputs[index] = read.readAll();
        }
        INFO(format.toStdString());
        // JSON and FHIR carry the moment of export; compare without it.
        static const QRegularExpression kMoment(
            QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        CHECK(QString::fromUtf8(outputs[0]).replace(kMoment, QString()) ==
              QString::fromUtf8(outputs[1]).replace(kMoment, QString()));
        CHECK(outputs[0].size() > 100);
    }
}
