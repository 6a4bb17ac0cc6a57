#include "support/TestEnvironment.h"

#include <QDate>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace ldn::test;

// The GP report's "trial" section (issue 19), read back from the PDF the built ldn-tracker-cli
// writes: left out without a trial, one line while the trial is under way, the review verdict at
// or after the review date.

namespace {

struct TrialReportDiary {
    TemporaryFolder folder;
    QString db = folder.file(QStringLiteral("diary.sqlite"));
    QString pdf = folder.file(QStringLiteral("report.pdf"));

    TrialReportDiary()
    {
        // 200 demo days ending today: a baseline at 0 mg, then LDN.
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Alex"),
                     QStringLiteral("--days"), QStringLiteral("200"), QStringLiteral("--seed"),
                     QStringLiteral("3")})
                    .exitCode == 0);
    }

    ProcessResult run(const QStringList& arguments) const
    {
        return runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")),
                          QStringList{QStringLiteral("--db"), db} + arguments);
    }

    void startTrial(int daysAgo, int reviewWeeks) const
    {
        const ProcessResult started =
            run({QStringLiteral("trial"), QStringLiteral("start"), QStringLiteral("--profile"),
                 QStringLiteral("Alex"), QStringLiteral("--outcome"), QStringLiteral("pain"),
                 QStringLiteral("--outcome"), QStringLiteral("fatigue"), QStringLiteral("--mid"),
                 QStringLiteral("1"), QStringLiteral("--review-weeks"), QString::number(reviewWeeks),
                 QStringLiteral("--baseline-days"), QStringLiteral("0"), QStringLiteral("--start"),
                 QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate)});
        INFO(started.err.toStdString());
        REQUIRE(started.exitCode == 0);
    }

    // The report's text, line breaks turned into spaces.
    QString report(const QStringList& extra = {}) const
    {
        const ProcessResult written = run(QStringList{QStringLiteral("report"), QStringLiteral("--profile"),
                                                      QStringLiteral("Alex"), QStringLiteral("--language"),
                                                      QStringLiteral("en-GB"), QStringLiteral("--out"), pdf} +
                                          extra);
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        QString flat = text.out;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return flat;
    }
};

} // namespace

TEST_CASE("the GP report leaves the trial section out without a trial", "[cli][program][report][trial]")
{
    TrialReportDiary diary;
    const QString text = diary.report();
    CHECK_FALSE(text.contains(QStringLiteral("Trial of LDN")));
    CHECK(text.contains(QStringLiteral("Side effects")));
}

TEST_CASE("the GP report says when a trial under way will be reviewed", "[cli][program][report][trial]")
{
    TrialReportDiary diary;
    diary.startTrial(10, 12);
    const QString text = diary.report();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Trial of LDN")));
    const QDate reviewOn = QDate::currentDate().addDays(-10 + 12 * 7);
    CHECK(
        text.contains(QStringLiteral("Trial under way: review on %1 %2 %3.")
                          .arg(reviewOn.day())
                          .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(reviewOn.month()))
                          .arg(reviewOn.year())));
    CHECK_FALSE(text.contains(QStringLiteral("Improved by at least")));
}

TEST_CASE("the GP report shows the review verdict of a trial past its review date",
          "[cli][program][report][trial]")
{
    TrialReportDiary diary;
    diary.startTrial(120, 2);
    // Only the trial section, as --sections picks it.
    const QString text = diary.report({QStringLiteral("--sections"), QStringLiteral("trial")});
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Trial of LDN")));
    CHECK_FALSE(text.contains(QStringLiteral("Trial under way")));
    CHECK_FALSE(text.contains(QStringLiteral("Days reported")));
    CHECK(text.contains(QStringLiteral("Improved by at least 1")));
    CHECK(text.contains(QStringLiteral("95% interval (Newey–West)")));
    // One answer per outcome, each from the three words.
    const QRegularExpression answers(
        QStringLiteral("[−0-9.]+ \\([−0-9.]+ to [−0-9.]+\\) (yes|no|can.t tell)"));
    int answered = 0;
    for (QRegularExpressionMatchIterator match = answers.globalMatch(text); match.hasNext(); match.next()) {
        ++answered;
    }
    CHECK(answered == 2);
    CHECK(text.contains(QStringLiteral("Adherence")));
    CHECK(text.contains(QStringLiteral("No placebo")));
    CHECK(text.contains(QStringLiteral("Regression to the mean")));

    // Stopped early: the review up to the stop day, and the reason.
    REQUIRE(diary
                .run({QStringLiteral("trial"), QStringLiteral("stop"), QStringLiteral("--profile"),
                      QStringLiteral("Alex"), QStringLiteral("--reason"), QStringLiteral("moving abroad")})
                .exitCode == 0);
    CHECK(diary.report({QStringLiteral("--sections"), QStringLiteral("trial")})
              .contains(QStringLiteral("Stopped on")));
}
