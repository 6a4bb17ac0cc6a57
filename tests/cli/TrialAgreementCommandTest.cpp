#include "storage/db/Connection.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace ldn;
using namespace ldn::test;

// `trial agreement` run with the built ldn-tracker-cli binary: the one page a patient and their GP
// sign, read back with pdftotext and pdfinfo (real PDFs), in English and German; and its refusal
// without a trial.

namespace {

class AgreementDiary {
public:
    AgreementDiary()
        : m_path(m_folder.file(QStringLiteral("diary.sqlite")))
    {
        // Two conditions from the library, a plan, a medicine and 90 demo days with a baseline.
        REQUIRE(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Sam"),
                     QStringLiteral("--condition"), QStringLiteral("fibromyalgia"),
                     QStringLiteral("--condition"), QStringLiteral("Crohn's disease")})
                    .exitCode == 0);
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Sam"),
                     QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--seed"),
                     QStringLiteral("5")})
                    .exitCode == 0);
        REQUIRE(run({QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--profile"),
                     QStringLiteral("Sam"), QStringLiteral("--name"), QStringLiteral("Sertraline"),
                     QStringLiteral("--dose"), QStringLiteral("50 mg")})
                    .exitCode == 0);
    }

    ProcessResult run(const QStringList& arguments)
    {
        return runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")),
                          QStringList{QStringLiteral("--db"), m_path} + arguments);
    }

    ProcessResult startTrial()
    {
        return run({QStringLiteral("trial"), QStringLiteral("start"), QStringLiteral("--profile"),
                    QStringLiteral("Sam"), QStringLiteral("--outcome"), QStringLiteral("pain"),
                    QStringLiteral("--outcome"), QStringLiteral("fatigue"), QStringLiteral("--mid"),
                    QStringLiteral("1.5"), QStringLiteral("--review-weeks"), QStringLiteral("12"),
                    QStringLiteral("--stop-rule"), QStringLiteral("if I cannot sleep for a week"),
                    QStringLiteral("--start"), QDate::currentDate().toString(Qt::ISODate)});
    }

    ProcessResult agreement(const QStringList& extra)
    {
        return run(QStringList{QStringLiteral("trial"), QStringLiteral("agreement"),
                               QStringLiteral("--profile"), QStringLiteral("Sam"), QStringLiteral("--out"),
                               pdf()} +
                   extra);
    }

    QString pdf() const { return m_folder.file(QStringLiteral("agreement.pdf")); }

    // The text with line breaks turned into spaces, so wrapped sentences read on.
    QString text() const
    {
        const ProcessResult result = runProgram(QStringLiteral("pdftotext"), {pdf(), QStringLiteral("-")});
        REQUIRE(result.exitCode == 0);
        QString flat = result.out;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return flat;
    }

    QString info() const { return runProgram(QStringLiteral("pdfinfo"), {pdf()}).out; }

    DatabaseSnapshot snapshot()
    {
        Connection connection(m_path, Connection::Mode::ReadOnly);
        return DatabaseSnapshot::of(connection);
    }

private:
    TemporaryFolder m_folder;
    QString m_path;
};

bool isOnePage(const QString& info)
{
    return info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")));
}

} // namespace

TEST_CASE("trial agreement writes one page to sign with the protocol, stopping rules, medicines and evidence",
          "[cli][program][trial][agreement]")
{
    AgreementDiary diary;
    REQUIRE(diary.startTrial().exitCode == 0);

    const ProcessResult written = diary.agreement({QStringLiteral("--language"), QStringLiteral("en-GB")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("Wrote the trial agreement for Sam")));
    const QString info = diary.info();
    CHECK(isOnePage(info));
    CHECK(info.contains(QStringLiteral("(A4)")));

    const QString text = diary.text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Trial agreement: LDN for Sam")));
    CHECK(text.contains(QStringLiteral("Fibromyalgia")));
    CHECK(text.contains(QStringLiteral("Crohn")));
    CHECK(text.contains(QStringLiteral("pain, fatigue")));
    CHECK(text.contains(QStringLiteral("1.5 points on the 0–10 scale")));
    CHECK(text.contains(QStringLiteral("improved by at least 1.5 points?")));
    CHECK(text.contains(QStringLiteral("severe (3) on two days in a row")));
    CHECK(text.contains(QStringLiteral("An opioid is needed or added")));
    CHECK(text.contains(QStringLiteral("if I cannot sleep for a week")));
    CHECK(text.contains(QStringLiteral("Sertraline 50 mg")));
    CHECK(text.contains(QStringLiteral("No opioids with LDN")));
    // The evidence: one line per finding, results of no difference among them.
    CHECK(text.contains(QStringLiteral("What studies say about LDN for these conditions")));
    CHECK(text.contains(QStringLiteral("no difference")));
    CHECK(text.contains(QStringLiteral("Patient: Sam")));
    CHECK(text.contains(QStringLiteral("Signature")));
    CHECK(text.contains(QStringLiteral("Name and practice")));
    const QDate today = QDate::currentDate();
    CHECK(text.contains(QStringLiteral("%1 %2 %3")
                            .arg(today.day())
                            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(today.month()))
                            .arg(today.year())));
}

TEST_CASE("trial agreement in German on Letter paper for en-US", "[cli][program][trial][agreement][language]")
{
    AgreementDiary diary;
    REQUIRE(diary.startTrial().exitCode == 0);

    REQUIRE(diary.agreement({QStringLiteral("--language"), QStringLiteral("de")}).exitCode == 0);
    CHECK(isOnePage(diary.info()));
    const QString german = diary.text();
    INFO(german.toStdString());
    CHECK(german.contains(QStringLiteral("Vereinbarung")));
    CHECK(german.contains(QStringLiteral("1,5 Punkte")));
    CHECK(german.contains(QStringLiteral("Unterschrift")));
    CHECK_FALSE(german.contains(QStringLiteral("Signature")));

    REQUIRE(diary.agreement({QStringLiteral("--language"), QStringLiteral("en-US")}).exitCode == 0);
    const QString info = diary.info();
    CHECK(info.contains(QStringLiteral("(letter)")));
    CHECK(isOnePage(info));
    const QDate today = QDate::currentDate();
    CHECK(diary.text().contains(
        QStringLiteral("%1 %2, %3")
            .arg(QLocale(QLocale::English, QLocale::UnitedStates).monthName(today.month()))
            .arg(today.day())
            .arg(today.year())));
}

TEST_CASE("trial agreement refuses a profile without a trial and writes nothing",
          "[cli][program][trial][agreement]")
{
    AgreementDiary diary;
    const DatabaseSnapshot before = diary.snapshot();
    const ProcessResult refused = diary.agreement({});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("Sam has no trial; start one with \"trial start\"")));
    CHECK_FALSE(QFile::exists(diary.pdf()));
    CHECK(diary.snapshot() == before);

    REQUIRE(diary.startTrial().exitCode == 0);
    const ProcessResult noFile = diary.run({QStringLiteral("trial"), QStringLiteral("agreement"),
                                            QStringLiteral("--profile"), QStringLiteral("Sam")});
    CHECK(noFile.exitCode == 1); // a usage error
    CHECK(noFile.err.contains(QStringLiteral("--out FILE.pdf is required")));
}

TEST_CASE("trial show has no baseline for someone already on LDN when the trial starts",
          "[cli][program][trial]")
{
    AgreementDiary diary; // the demo diary takes LDN up to today
    REQUIRE(diary.startTrial().exitCode == 0);
    const ProcessResult shown = diary.run({QStringLiteral("trial"), QStringLiteral("show"),
                                           QStringLiteral("--profile"), QStringLiteral("Sam")});
    REQUIRE(shown.exitCode == 0);
    CHECK_FALSE(shown.out.contains(QStringLiteral("Baseline day")));
    CHECK(shown.out.contains(QStringLiteral("Now: Day 1 of the trial; review on")));
}
