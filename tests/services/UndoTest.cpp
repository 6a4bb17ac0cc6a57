#include "core/base/InputError.h"
#include "services/DiarySession.h"
#include "services/MedicationService.h"
#include "services/NoteService.h"
#include "services/ProfileService.h"
#include "storage/db/Database.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::TemporaryFolder;

TEST_CASE("A deleted note comes back with its writer and first time, for its own person only",
          "[services][notes]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    NoteService& notes = session.noteService();
    const std::int64_t mum = session.profileService().create(QStringLiteral("Mum"));
    const std::int64_t dad = session.profileService().create(QStringLiteral("Dad"));

    Annotation note;
    note.day = QDate(2026, 3, 4);
    note.author = Annotation::Author::Carer;
    note.authorName = QStringLiteral("  Sam  ");
    note.body = QStringLiteral("Slept most of the afternoon.");
    const std::int64_t id = notes.add(mum, note);
    const Annotation stored = session.notes().list(mum).front();
    CHECK(stored.id == id);
    CHECK(stored.authorName == QStringLiteral("Sam"));
    // The writer is remembered in the diary for the next note.
    REQUIRE(notes.rememberedAuthor().has_value());
    CHECK(notes.rememberedAuthor()->author == Annotation::Author::Carer);
    CHECK(notes.rememberedAuthor()->carerName == QStringLiteral("Sam"));

    notes.remove(mum, stored);
    CHECK(session.notes().list(mum).empty());
    CHECK_FALSE(notes.lastRemoved(dad).has_value());
    CHECK_FALSE(notes.undoRemoval(dad)); // not Dad's note
    REQUIRE(notes.lastRemoved(mum).has_value());
    CHECK(notes.undoRemoval(mum));
    const std::vector<Annotation> back = session.notes().list(mum);
    REQUIRE(back.size() == 1);
    CHECK(back.front().body == stored.body);
    CHECK(back.front().authorName == stored.authorName);
    CHECK(back.front().createdAt == stored.createdAt);
    CHECK_FALSE(notes.undoRemoval(mum)); // only once
}

TEST_CASE("A removed medicine or a stop can be taken back; a stop in the future is refused",
          "[services][medicines]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    MedicationService& medicines = session.medicationService();
    const std::int64_t ann = session.profileService().create(QStringLiteral("Ann"));
    const QDate today(2026, 3, 10);
    medicines.add(
        ann, Medication{0, QStringLiteral("Tramadol"), QStringLiteral("50 mg"), QDate(2026, 1, 1), {}, {}});
    Medication tramadol = session.medicines().list(ann).front();

    CHECK_THROWS_AS(medicines.setStopped(ann, tramadol, today.addDays(1), today), InputError);
    CHECK_FALSE(session.medicines().list(ann).front().stoppedOn.isValid());

    medicines.setStopped(ann, tramadol, today.addDays(-3), today);
    CHECK(session.medicines().list(ann).front().stoppedOn == today.addDays(-3));
    REQUIRE(medicines.lastChange(ann).has_value());
    CHECK(medicines.lastChange(ann)->kind == MedicationService::LastChange::Kind::Stop);
    CHECK(medicines.undo(ann));
    CHECK_FALSE(session.medicines().list(ann).front().stoppedOn.isValid());

    tramadol = session.medicines().list(ann).front();
    medicines.remove(ann, tramadol);
    CHECK(session.medicines().list(ann).empty());
    CHECK(medicines.undo(ann));
    const std::vector<Medication> back = session.medicines().list(ann);
    REQUIRE(back.size() == 1);
    CHECK(back.front().name == QStringLiteral("Tramadol"));
    CHECK(back.front().doseText == QStringLiteral("50 mg"));
    CHECK(back.front().startedOn == QDate(2026, 1, 1));
    CHECK_FALSE(medicines.undo(ann));
}
