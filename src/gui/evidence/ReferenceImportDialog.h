#pragma once

#include "storage/evidence/EvidenceImporter.h"

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ldn {

class DiarySession;

// "Import references…": reads a reference file (CSL-JSON, RIS, MEDLINE) or an evidence pack and,
// when some records cannot be taken as they are, lists each one (file, line, record, field and
// why: left out, or imported with a field shortened or left out) before anything is written. The
// person imports the rest or cancels. A file that can be taken whole is imported at once; a file
// that cannot be read, or has no record to import, changes nothing and says why.
class ReferenceImportDialog : public QDialog {
    Q_OBJECT

public:
    ReferenceImportDialog(DiarySession& session, const QString& path, QWidget* parent = nullptr);

    // Reads the file. Returns true when it was imported at once (nothing to list); false when the
    // dialog is shown for the person to decide, or when nothing can be imported (`importFinished` says
    // why). The dialog deletes itself when closed.
    bool start();

    // The records listed, for tests and accessibility: one row per record left out or changed.
    QTableWidget* issueList() const { return m_issues; }

    // Import: writes what can be taken, in one transaction.
    void accept() override;

Q_SIGNALS:
    // What to tell the person afterwards; `changed` when the library has new or updated entries.
    void importFinished(const QString& message, bool error, bool changed);

private:
    bool write();
    QString importedText(const EvidenceFileImport& import) const;

    DiarySession& m_session;
    QString m_path;
    EvidenceFileRead m_read;
    QLabel* m_intro;
    QTableWidget* m_issues;
    QPushButton* m_import;
};

} // namespace ldn
