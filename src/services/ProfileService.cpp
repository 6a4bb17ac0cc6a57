#include "services/ProfileService.h"

#include "core/base/InputError.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/exchange/DiaryArchiveImporter.h"
#include "storage/exchange/DiaryArchiveReader.h"

namespace ldn {
namespace {

// "Fibromyalgia", "Fibromyalgia or Fibromyalgia syndrome", "A, B or C".
QString orList(const QStringList& names)
{
    if (names.size() <= 1) {
        return names.value(0);
    }
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           names.back();
}

} // namespace

ProfileService::ProfileService(DiarySession& session)
    : m_session(session)
{}

ConditionMatcher ProfileService::conditionLibrary()
{
    try {
        EvidencePackInstaller::installBundled(m_session.database());
    } catch (const StorageError&) {
        // A build without a bundled pack, or a read-only diary: the conditions there are all there is.
    }
    return ConditionMatcher(m_session.evidence().conditions());
}

QString ProfileService::libraryCondition(const QString& typed, const QString& field)
{
    const ConditionMatcher library = conditionLibrary();
    if (const std::optional<Condition> found = library.exact(typed)) {
        return found->name;
    }
    const QStringList suggestions = library.suggestions(typed, 3);
    throw InputError(field,
                     suggestions.isEmpty()
                         ? QStringLiteral("\"%1\" is not a condition in the library; to add it as your own, "
                                          "use --own-condition")
                               .arg(typed.simplified())
                         : QStringLiteral("\"%1\" is not a condition in the library; did you mean %2?")
                               .arg(typed.simplified(), orList(suggestions)));
}

std::int64_t ProfileService::create(const QString& name, const QStringList& conditions,
                                    const QStringList& ownConditions)
{
    m_session.requireWritable(QStringLiteral("profile"));
    QStringList names;
    for (const QString& condition : conditions) {
        names << libraryCondition(condition, QStringLiteral("condition"));
    }
    for (const QString& own : ownConditions) {
        names << Profile::checkedName(own, QStringLiteral("own condition"));
    }
    const std::int64_t id = ProfileRepository(m_session.database()).add(name, names);
    m_session.announce({DiaryChange::Subject::Profiles, id});
    return id;
}

ProfileService::DemoResult ProfileService::createDemo(const DemoRequest& request)
{
    m_session.requireWritable(QStringLiteral("profile"));
    Database& database = m_session.database();
    Transaction transaction(database.connection());
    DemoDiaryWriter::Request demo;
    demo.profileName = request.profileName;
    demo.days = request.days;
    demo.seed = request.seed;
    demo.lastDay = request.lastDay;
    demo.withPlanMedicinesAndNotes = true;
    DemoResult result;
    result.days = DemoDiaryWriter(database).write(demo);
    const std::optional<Profile> written = ProfileRepository(database).findByName(request.profileName);
    if (!written) {
        throw StorageError(QStringLiteral("the demo profile was written but cannot be read back"));
    }
    result.profileId = written->id;
    transaction.commit();
    m_session.announce({DiaryChange::Subject::Profiles | DiaryChange::Subject::Days |
                            DiaryChange::Subject::Plan | DiaryChange::Subject::Medicines |
                            DiaryChange::Subject::Notes,
                        result.profileId});
    return result;
}

void ProfileService::rename(std::int64_t profileId, const QString& name)
{
    m_session.change(QStringLiteral("profile name"), {DiaryChange::Subject::Profiles, profileId},
                     [&] { ProfileRepository(m_session.database()).rename(profileId, name); });
}

void ProfileService::editConditions(std::int64_t profileId, const QStringList& add, const QStringList& remove,
                                    const QStringList& addOwn)
{
    m_session.change(QStringLiteral("condition"), {DiaryChange::Subject::Profiles, profileId}, [&] {
        QStringList libraryNames;
        for (const QString& condition : add) {
            libraryNames << libraryCondition(condition, QStringLiteral("condition"));
        }
        ProfileRepository profiles(m_session.database());
        for (const QString& condition : remove) {
            profiles.unlinkCondition(profileId, condition);
        }
        for (const QString& condition : libraryNames + addOwn) {
            profiles.linkCondition(profileId, condition);
        }
    });
}

void ProfileService::setPreferences(std::int64_t profileId, const Profile& preferences)
{
    m_session.change(QStringLiteral("profile"), {DiaryChange::Subject::Profiles, profileId},
                     [&] { ProfileRepository(m_session.database()).setPreferences(profileId, preferences); });
}

void ProfileService::addSymptom(std::int64_t profileId, const SymptomDefinition& symptom)
{
    m_session.change(QStringLiteral("symptom"), {DiaryChange::Subject::Symptoms, profileId},
                     [&] { ProfileRepository(m_session.database()).addSymptom(profileId, symptom); });
}

void ProfileService::renameSymptom(std::int64_t profileId, const QString& from, const QString& to)
{
    // The scores are the same; their days show the new name.
    m_session.change(QStringLiteral("symptom"),
                     {DiaryChange::Subject::Symptoms | DiaryChange::Subject::Days, profileId},
                     [&] { ProfileRepository(m_session.database()).renameSymptom(profileId, from, to); });
}

void ProfileService::retireSymptom(std::int64_t profileId, const QString& name)
{
    m_session.change(QStringLiteral("symptom"), {DiaryChange::Subject::Symptoms, profileId},
                     [&] { ProfileRepository(m_session.database()).retireSymptom(profileId, name); });
}

void ProfileService::setQuickLogSymptoms(std::int64_t profileId, const QStringList& names)
{
    m_session.change(QStringLiteral("quick log"), {DiaryChange::Subject::Symptoms, profileId},
                     [&] { ProfileRepository(m_session.database()).setQuickLogSymptoms(profileId, names); });
}

ProfileService::Removal ProfileService::remove(std::int64_t profileId)
{
    m_session.requireWritable(QStringLiteral("profile"));
    Database& database = m_session.database();
    const std::optional<Profile> profile = ProfileRepository(database).find(profileId);
    if (!profile) {
        throw InputError(QStringLiteral("profile"), QStringLiteral("this profile is no longer in the diary"));
    }
    // Kept whole in memory for Undo, and on disk in a backup for ever after.
    DiaryArchive removed = DiaryArchiveReader(database).readProfile(profile->name, QStringLiteral("profile"));
    Removal removal{profile->name, m_session.exchangeService().backUp()};
    ProfileRepository(database).remove(profileId);
    m_removed = std::move(removed);
    m_session.announce({DiaryChange::Subject::Everything, profileId});
    return removal;
}

std::optional<QString> ProfileService::lastRemoved() const
{
    if (!m_removed || m_removed->profiles.empty()) {
        return std::nullopt;
    }
    return m_removed->profiles.front().name;
}

std::optional<std::int64_t> ProfileService::undoRemoval()
{
    if (!m_removed) {
        return std::nullopt;
    }
    m_session.requireWritable(QStringLiteral("profile"));
    Database& database = m_session.database();
    DiaryArchiveImporter(database).import(*m_removed, QString());
    const std::optional<Profile> back =
        ProfileRepository(database).findByName(m_removed->profiles.front().name);
    m_removed.reset();
    if (back) {
        m_session.announce({DiaryChange::Subject::Everything, back->id});
        return back->id;
    }
    return std::nullopt;
}

} // namespace ldn
