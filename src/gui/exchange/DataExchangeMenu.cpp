#include "gui/exchange/DataExchangeMenu.h"

#include "core/base/InputError.h"
#include "core/exchange/DiaryExport.h"
#include "gui/common/MessageStyle.h"
#include "gui/exchange/CsvImportDialog.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "services/ProblemText.h"
#include "storage/db/Database.h"
#include "storage/db/OwnerOnlyFile.h"
#include "storage/db/StorageError.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/exchange/DatabaseBackup.h"
#include "storage/exchange/DiaryArchiveImporter.h"
#include "storage/exchange/DiaryArchiveReader.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace ldn {
namespace {

// A wait cursor for work that takes a moment (a ten-year diary exports in well under a second).
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

// What the file holds; which profiles go in is the menu's choice (one, or the whole diary).
DiaryExport::Format writtenFormat(DataExchangeMenu::ExportFormat format)
{
    switch (format) {
    case DataExchangeMenu::ExportFormat::Spreadsheet:
        return DiaryExport::Format::Spreadsheet;
    case DataExchangeMenu::ExportFormat::Fhir:
        return DiaryExport::Format::Fhir;
    case DataExchangeMenu::ExportFormat::ProfileBackup:
    case DataExchangeMenu::ExportFormat::DiaryBackup:
        break;
    }
    return DiaryExport::Format::Backup;
}

} // namespace

DataExchangeMenu::DataExchangeMenu(MainWindow& window, DiarySession& own, QMenu* menu, QAction* before)
    : QObject(&window)
    , m_window(window)
    , m_own(own)
    , m_exportProfile(new QAction(tr("&Export this person's diary as a backup…"), this))
    , m_exportDiary(new QAction(tr("Export the &whole diary as a backup…"), this))
    , m_exportSpreadsheet(new QAction(tr("Export as a &spreadsheet (CSV)…"), this))
    , m_exportFhir(new QAction(tr("Export for &health records (FHIR)…"), this))
    , m_importBackup(new QAction(tr("&Import a backup…"), this))
    , m_importSpreadsheet(new QAction(tr("Import a s&preadsheet diary (CSV)…"), this))
    , m_backUpNow(new QAction(tr("&Back up now"), this))
    , m_restore(new QAction(tr("&Restore from a backup…"), this))
{
    m_exportProfile->setObjectName(QStringLiteral("actionExportProfile"));
    m_exportProfile->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportDiary->setObjectName(QStringLiteral("actionExportDiary"));
    m_exportSpreadsheet->setObjectName(QStringLiteral("actionExportSpreadsheet"));
    m_exportFhir->setObjectName(QStringLiteral("actionExportFhir"));
    m_importBackup->setObjectName(QStringLiteral("actionImportBackup"));
    m_importBackup->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importSpreadsheet->setObjectName(QStringLiteral("actionImportSpreadsheet"));
    m_backUpNow->setObjectName(QStringLiteral("actionBackUpNow"));
    m_backUpNow->setToolTip(tr("Copy the whole diary into the backups folder beside it"));
    m_restore->setObjectName(QStringLiteral("actionRestore"));

    for (QAction* action : {m_exportProfile, m_exportDiary, m_exportSpreadsheet, m_exportFhir}) {
        menu->insertAction(before, action);
    }
    menu->insertSeparator(before);
    for (QAction* action : {m_importBackup, m_importSpreadsheet}) {
        menu->insertAction(before, action);
    }
    menu->insertSeparator(before);
    for (QAction* action : {m_backUpNow, m_restore}) {
        menu->insertAction(before, action);
    }
    menu->insertSeparator(before);
    for (QAction* action : {m_importBackup, m_importSpreadsheet, m_restore}) {
        window.addEditingAction(action);
    }

    connect(m_exportProfile, &QAction::triggered, this,
            [this] { chooseExport(ExportFormat::ProfileBackup); });
    connect(m_exportDiary, &QAction::triggered, this, [this] { chooseExport(ExportFormat::DiaryBackup); });
    connect(m_exportSpreadsheet, &QAction::triggered, this,
            [this] { chooseExport(ExportFormat::Spreadsheet); });
    connect(m_exportFhir, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Fhir); });
    connect(m_importBackup, &QAction::triggered, this, &DataExchangeMenu::chooseBackupToImport);
    connect(m_importSpreadsheet, &QAction::triggered, this, &DataExchangeMenu::chooseSpreadsheetToImport);
    connect(m_backUpNow, &QAction::triggered, this, [this] { (void)backUpNow(); });
    connect(m_restore, &QAction::triggered, this, &DataExchangeMenu::chooseBackupToRestore);
}

QString DataExchangeMenu::suggestedFileName(ExportFormat format) const
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString name = format == ExportFormat::DiaryBackup ? tr("LDN diary") : m_window.activeProfileName();
    const QString suffix = format == ExportFormat::Spreadsheet ? QStringLiteral("csv")
                           : format == ExportFormat::Fhir      ? QStringLiteral("fhir.json")
                                                               : QStringLiteral("json");
    QString safe = name;
    safe.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(documentsFolder()).filePath(QStringLiteral("%1 %2.%3").arg(safe, date, suffix));
}

void DataExchangeMenu::chooseExport(ExportFormat format)
{
    if (format != ExportFormat::DiaryBackup && !m_window.activeProfileId()) {
        return;
    }
    const QString filter =
        format == ExportFormat::Spreadsheet ? tr("Spreadsheets (*.csv)") : tr("JSON files (*.json)");
    const QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Export"), suggestedFileName(format), filter);
    if (!path.isEmpty() && exportTo(format, path)) {
        m_window.statusBar()->showMessage(
            tr("Exported to %1 (readable only by you).").arg(QDir::toNativeSeparators(path)), 10000);
    }
}

bool DataExchangeMenu::exportTo(ExportFormat format, const QString& path)
{
    try {
        const BusyCursor busy;
        Database& database = m_window.database();
        DiaryArchiveReader reader(database);
        const DiaryArchive archive = format == ExportFormat::DiaryBackup
                                         ? reader.readDatabase()
                                         : reader.readProfile(m_window.activeProfileName(), tr("profile"));
        const QByteArray contents = DiaryExport::contents(archive, writtenFormat(format));
        OwnerOnlyFile::write(path, contents);
        return true;
    } catch (const std::exception& error) {
        fail(tr("The export to %1 was not written.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
}

void DataExchangeMenu::chooseBackupToImport()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import a backup"), documentsFolder(),
                                                      tr("LDN Tracker backups (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        (void)importBackup(path);
    }
}

bool DataExchangeMenu::importBackup(const QString& path)
{
    QString renameTo;
    for (;;) {
        try {
            const BusyCursor busy;
            const DiaryArchiveImportResult result = m_own.exchangeService().importBackup(path, renameTo);
            const std::optional<Profile> first = m_own.profiles().findByName(result.profiles.value(0));
            m_window.reloadDiary(first ? std::optional<std::int64_t>(first->id) : std::nullopt);
            m_window.statusBar()->showMessage((result.days == 1
                                                   ? tr("Imported %1 with 1 day.")
                                                   : tr("Imported %1 with %n days.", nullptr, result.days))
                                                  .arg(result.profiles.join(QStringLiteral(", "))),
                                              10000);
            return true;
        } catch (const InputError& error) {
            // A name already in the diary: offer to import a one-person backup under another name.
            if (error.problem().contains(QStringLiteral("already has a profile called"))) {
                bool ok = false;
                const QString name = QInputDialog::getText(
                    &m_window, tr("Import a backup"),
                    tr("%1\n\nImport it under this name instead:")
                        .arg(ProblemText::sentence(error.problem())),
                    QLineEdit::Normal, renameTo.isEmpty() ? QFileInfo(path).completeBaseName() : renameTo,
                    &ok);
                if (ok && !name.trimmed().isEmpty()) {
                    renameTo = name.trimmed();
                    continue;
                }
                return false;
            }
            QMessageBox::warning(&m_window, tr("Import a backup"),
                                 tr("Nothing was imported from %1.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), error.message()));
            return false;
        } catch (const std::exception& error) {
            fail(tr("Nothing was imported from %1.").arg(QDir::toNativeSeparators(path)), error);
            return false;
        }
    }
}

void DataExchangeMenu::chooseSpreadsheetToImport()
{
    const std::optional<std::int64_t> profileId = m_window.activeProfileId();
    if (!profileId) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Import a spreadsheet diary"), documentsFolder(),
                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        auto* dialog = new CsvImportDialog(path, m_own, *profileId, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CsvImportDialog::imported, this, [this, profileId](int days) {
            m_window.reloadDiary(profileId);
            m_window.statusBar()->showMessage(
                days == 1 ? tr("Imported 1 day from the spreadsheet.")
                          : tr("Imported %n days from the spreadsheet.", nullptr, days),
                10000);
        });
        dialog->open();
    } catch (const std::exception& error) {
        fail(tr("%1 cannot be imported.").arg(QDir::toNativeSeparators(path)), error);
    }
}

QString DataExchangeMenu::backUpNow()
{
    try {
        const BusyCursor busy;
        const QString path = m_own.exchangeService().backUp();
        m_window.statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 10000);
        return path;
    } catch (const std::exception& error) {
        fail(tr("The backup was not made."), error);
        return {};
    }
}

void DataExchangeMenu::chooseBackupToRestore()
{
    const std::vector<BackupFile> backups = DatabaseBackup::list(m_own.exchangeService().backupFolder());
    QStringList choices;
    const QLocale locale;
    for (const BackupFile& backup : backups) {
        choices << tr("%1 (%2)").arg(locale.toString(backup.madeAt.toLocalTime(), QLocale::ShortFormat),
                                     locale.formattedDataSize(backup.bytes));
    }
    const QString otherFile = tr("Another backup file…");
    choices << otherFile;
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(&m_window, tr("Restore from a backup"),
                              tr("Replace the whole diary with the backup made:"), choices, 0, false, &ok);
    if (!ok) {
        return;
    }
    QString path;
    if (choice == otherFile) {
        path = QFileDialog::getOpenFileName(&m_window, tr("Restore from a backup"),
                                            m_own.exchangeService().backupFolder(),
                                            tr("LDN Tracker diaries (*.sqlite *.db);;All files (*)"));
    } else {
        path = backups[static_cast<std::size_t>(choices.indexOf(choice))].path;
    }
    if (!path.isEmpty()) {
        (void)restoreFrom(path);
    }
}

bool DataExchangeMenu::restoreFrom(const QString& backupPath, bool confirmed)
{
    if (!confirmed &&
        QMessageBox::question(
            &m_window, tr("Restore from a backup"),
            tr("Replace everything in your diary with %1?\n\nYour diary as it is now is saved as "
               "a backup first, so you can go back to it with another restore.")
                .arg(QDir::toNativeSeparators(backupPath)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return false;
    }
    try {
        const BusyCursor busy;
        const QString safety = m_own.exchangeService().restore(backupPath);
        m_window.reloadDiary(std::nullopt);
        m_window.statusBar()->showMessage(
            tr("Restored. The diary as it was before is saved as %1.").arg(QDir::toNativeSeparators(safety)),
            15000);
        return true;
    } catch (const std::exception& error) {
        fail(tr("The diary was not restored from %1; it is unchanged.")
                 .arg(QDir::toNativeSeparators(backupPath)),
             error);
        return false;
    }
}

void DataExchangeMenu::fail(const QString& what, const std::exception& error)
{
    QMessageBox::warning(&m_window, tr("LDN Tracker"),
                         QStringLiteral("%1\n\n%2").arg(what, ProblemText::of(error)));
}

} // namespace ldn
