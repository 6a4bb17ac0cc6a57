#include "cli/CommandContext.h"

#include "cli/UsageError.h"
#include "services/DiarySession.h"
#include "storage/db/DataLocation.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"

#include <utility>

namespace ldn {

CommandContext::CommandContext(QString databasePath, QTextStream& out, QTextStream& err)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{}

CommandContext::~CommandContext()
{
    m_session.reset(); // before the database it refers to
}

Database& CommandContext::database()
{
    if (!m_database) {
        if (m_databasePath.isEmpty()) {
            m_databasePath = DataLocation::defaultDatabasePath();
            DataLocation::ensureFolderFor(m_databasePath);
        }
        m_database = std::make_unique<Database>(Database::open(m_databasePath));
    }
    return *m_database;
}

DiarySession& CommandContext::session()
{
    if (!m_session) {
        m_session = std::make_unique<DiarySession>(database());
    }
    return *m_session;
}

Profile CommandContext::requireProfile(const std::optional<QString>& name, const QString& command)
{
    if (!name) {
        throw UsageError(QStringLiteral("%1: --profile NAME is required").arg(command));
    }
    return session().profiles().require(*name, QStringLiteral("--profile"));
}

} // namespace ldn
