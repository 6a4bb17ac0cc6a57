#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace ldn {

class DiarySession;
class MainWindow;

// The File menu's backup, export and import actions: a thin shell over DiaryArchiveReader,
// DiaryArchiveJson, DiaryCsvWriter, FhirBundleBuilder, DiaryArchiveImporter, CsvImportDialog and
// DatabaseBackup. Exports read the diary on show (a reviewed one too); imports and restores write
// the person's own diary and are disabled during a review.
class DataExchangeMenu : public QObject {
    Q_OBJECT

public:
    // Adds the actions to `menu` before `before`.
    DataExchangeMenu(MainWindow& window, DiarySession& own, QMenu* menu, QAction* before);

    enum class ExportFormat { ProfileBackup, DiaryBackup, Spreadsheet, Fhir };
    // Writes the export to `path` (no dialog); returns false after telling the person what failed.
    bool exportTo(ExportFormat format, const QString& path);
    // Imports a JSON backup, asking for another name when a profile name is taken; false when
    // nothing was imported (refused, or the person cancelled).
    bool importBackup(const QString& path);
    // Replaces the own diary with a database backup after the person confirms (or `confirmed`).
    bool restoreFrom(const QString& backupPath, bool confirmed = false);
    // A rotating backup of the own diary now; the path made, or "" after reporting a failure.
    QString backUpNow();

    QAction* exportProfileAction() const { return m_exportProfile; }
    QAction* importBackupAction() const { return m_importBackup; }
    QAction* restoreAction() const { return m_restore; }

private:
    void chooseExport(ExportFormat format);
    void chooseBackupToImport();
    void chooseSpreadsheetToImport();
    void chooseBackupToRestore();
    QString suggestedFileName(ExportFormat format) const;
    void fail(const QString& what, const std::exception& error);

    MainWindow& m_window;
    DiarySession& m_own;
    QAction* m_exportProfile;
    QAction* m_exportDiary;
    QAction* m_exportSpreadsheet;
    QAction* m_exportFhir;
    QAction* m_importBackup;
    QAction* m_importSpreadsheet;
    QAction* m_backUpNow;
    QAction* m_restore;
};

} // namespace ldn
