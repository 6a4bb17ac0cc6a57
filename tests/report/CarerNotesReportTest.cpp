#include "core/base/InputError.h"
#include "report/GpReportBuilder.h"
#include "report/GpReportWriter.h"
#include "storage/db/Database.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::ProcessResult;
using ldn::test::runProgram;
using ldn::test::TemporaryFolder;

// The optional "Notes from carers" section of the GP report: left out unless chosen, and when
// chosen, each note in the report's period with its date and who wrote it, read back from real
// PDFs with pdftotext, from the report layer and from `ldn-tracker-cli report --include-notes`.

namespace {

const QDate kLastDay(2026, 3, 1);

struct NotesReportFixture {
    TemporaryFolder folder;
    QString path = folder.file(QStringLiteral("diary.sqlite"));
    Database database = Database::open(path);
    std::int64_t profileId = 0;

    NotesReportFixture()
    {
        DemoDiaryWriter(database).write({QStringLiteral("Robin"), 120, 2, kLastDay});
        profileId = ProfileRepository(database).require(QStringLiteral("Robin"), {}).id;
        AnnotationRepository notes(database);
        notes.add(profileId, note(QDate(2026, 2, 14), Annotation::Author::Carer, QStringLiteral("Sam"),
                                  QStringLiteral("Stayed in bed all morning after the party.")));
        notes.add(profileId, note(QDate(2026, 2, 20), Annotation::Author::Patient, QString(),
                                  QStringLiteral("Felt clearer headed today.")));
        notes.add(profileId, note(QDate(2025, 11, 20), Annotation::Author::Carer, QStringLiteral("Sam"),
                                  QStringLiteral("A note from before the report's period.")));
        notes.add(profileId, note(QDate(), Annotation::Author::Carer, QString(),
                                  QStringLiteral("Robin rates pain lower on school days.")));
    }

    static Annotation note(const QDate& day, Annotation::Author author, const QString& name,
                           const QString& body)
    {
        Annotation annotation;
        annotation.day = day;
        annotation.author = author;
        annotation.authorName = name;
        annotation.body = body;
        return annotation;
    }

    QString write(GpReportBuilder::Request request, const QString& name)
    {
        request.generatedOn = kLastDay.addDays(1);
        const QString pdf = folder.file(name);
        GpReportWriter(GpReportBuilder(database).build(profileId, request)).write(pdf);
        return pdf;
    }
};

QString pdfText(const QString& path)
{
    const ProcessResult result =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    // One space between words, so a check does not depend on the column layout.
    QString text = result.out;
    return text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

} // namespace

TEST_CASE("The notes from carers are a section of their own that is off unless chosen", "[report][notes]")
{
    CHECK_FALSE(ReportSections::defaults().contains(ReportSection::CarerNotes));
    CHECK(ReportSections::defaults().contains(ReportSection::Summary));
    CHECK(ReportSections::all().contains(ReportSection::CarerNotes));
    CHECK(GpReportBuilder::Request().sections == ReportSections::defaults());
    CHECK(sectionKey(ReportSection::CarerNotes) == QStringLiteral("carer-notes"));
    CHECK(sectionTitle(ReportSection::CarerNotes) == QStringLiteral("Notes from carers"));
    ReportSections summaryAndNotes = ReportSections::none();
    summaryAndNotes.set(ReportSection::Summary, true);
    summaryAndNotes.set(ReportSection::CarerNotes, true);
    CHECK(ReportSections::parse(QStringLiteral("summary,carer-notes"), QStringLiteral("--sections")) ==
          summaryAndNotes);
}

TEST_CASE("Chosen, the notes of the report's period are printed with their date and author",
          "[report][notes]")
{
    NotesReportFixture fixture;
    GpReportBuilder::Request request;
    request.from = QDate(2026, 1, 1);
    request.to = kLastDay;

    const GpReport report = GpReportBuilder(fixture.database).build(fixture.profileId, request);
    REQUIRE(report.notes.size() == 3); // the two in the period and the one about the whole diary
    CHECK_FALSE(report.notes.front().day.isValid());

    const QString without = pdfText(fixture.write(request, QStringLiteral("without.pdf")));
    CHECK_FALSE(without.contains(QStringLiteral("Notes from carers")));
    CHECK_FALSE(without.contains(QStringLiteral("after the party")));
    CHECK_FALSE(without.contains(QStringLiteral("Speech bubbles")));

    request.sections.set(ReportSection::CarerNotes, true);
    const QString with = pdfText(fixture.write(request, QStringLiteral("with.pdf")));
    // The heading on a line of its own: the chart's legend and caption name the section too.
    const qsizetype heading = with.indexOf(
        QRegularExpression(QStringLiteral("^Notes from carers$"), QRegularExpression::MultilineOption));
    REQUIRE(heading >= 0);
    // In its place: after the side effects, before the medicines.
    CHECK(with.indexOf(QStringLiteral("Side effects")) < heading);
    CHECK(heading < with.indexOf(QStringLiteral("Medicines and cautions")));
    CHECK(with.contains(QStringLiteral("14 Feb 2026 Stayed in bed all morning after the party.")));
    CHECK(with.contains(QStringLiteral("Carer (Sam)")));
    // The chart marks the noted days and says where the notes are.
    CHECK(with.contains(QStringLiteral("a note about the day (see Notes from carers)")));
    CHECK(with.simplified().contains(QStringLiteral(
        "Speech bubbles mark the days with a note, listed under \u201cNotes from carers\u201d.")));
    CHECK(with.contains(QStringLiteral("20 Feb 2026 Felt clearer headed today.")));
    CHECK(with.contains(QStringLiteral("Patient")));
    CHECK(with.contains(QStringLiteral("Whole diary Robin rates pain lower on school days.")));
    CHECK(with.contains(QStringLiteral("not by the patient")));
    CHECK_FALSE(with.contains(QStringLiteral("before the report's period")));
    // Dated notes in date order, after the note about the whole diary.
    CHECK(with.indexOf(QStringLiteral("school days")) < with.indexOf(QStringLiteral("after the party")));
    CHECK(with.indexOf(QStringLiteral("after the party")) < with.indexOf(QStringLiteral("clearer headed")));
}

TEST_CASE("A period without notes says so, and a very long note runs on over pages", "[report][notes]")
{
    NotesReportFixture fixture;
    GpReportBuilder::Request request;
    request.sections = ReportSections::parse(QStringLiteral("carer-notes"), QStringLiteral("--sections"));
    request.from = QDate(2026, 2, 21);
    request.to = QDate(2026, 2, 28);
    fixture.database.connection().execute("DELETE FROM annotation WHERE day IS NULL");
    CHECK(pdfText(fixture.write(request, QStringLiteral("none.pdf")))
              .contains(QStringLiteral("No notes from carers in this period.")));

    QString body;
    for (int sentence = 1; sentence <= 60; ++sentence) {
        body += QStringLiteral("Sentence %1 of a long account of the week. ").arg(sentence);
    }
    body += QStringLiteral("The very end.");
    AnnotationRepository(fixture.database)
        .add(fixture.profileId, NotesReportFixture::note(QDate(2026, 2, 25), Annotation::Author::Carer,
                                                         QStringLiteral("Sam"), body));
    const QString text = pdfText(fixture.write(request, QStringLiteral("long.pdf")));
    CHECK(text.contains(QStringLiteral("Sentence 1 of")));
    CHECK(text.contains(QStringLiteral("The very end.")));
}

TEST_CASE("report --include-notes adds the notes from carers; without it they are left out",
          "[report][notes][cli]")
{
    NotesReportFixture fixture;
    const auto report = [&](const QStringList& options, const QString& name) {
        const QString pdf = fixture.folder.file(name);
        const ProcessResult result = runProgram(
            ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli")),
            QStringList{QStringLiteral("--db"), fixture.path, QStringLiteral("report"),
                        QStringLiteral("--profile"), QStringLiteral("Robin"), QStringLiteral("--out"), pdf} +
                options);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return pdfText(pdf);
    };
    const QString plain = report({}, QStringLiteral("plain.pdf"));
    CHECK_FALSE(plain.contains(QStringLiteral("Notes from carers")));
    CHECK_FALSE(plain.contains(QStringLiteral("after the party")));

    const QString withNotes = report({QStringLiteral("--include-notes")}, QStringLiteral("notes.pdf"));
    CHECK(withNotes.contains(QStringLiteral("Notes from carers")));
    CHECK(withNotes.contains(QStringLiteral("Carer (Sam)")));
    CHECK(withNotes.contains(QStringLiteral("Stayed in bed all morning after the party.")));
    CHECK(withNotes.contains(
        QStringLiteral("A note from before the report's period."))); // whole diary by default

    const QString chosen = report({QStringLiteral("--sections"), QStringLiteral("summary,carer-notes")},
                                  QStringLiteral("chosen.pdf"));
    CHECK(chosen.contains(QStringLiteral("Notes from carers")));
    CHECK_FALSE(chosen.contains(QStringLiteral("Symptoms and dose over time")));

    const ProcessResult help = runProgram(ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli")),
                                          {QStringLiteral("report"), QStringLiteral("--help")});
    CHECK((help.out + help.err).contains(QStringLiteral("--include-notes")));
}
