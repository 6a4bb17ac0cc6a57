#include "gui/evidence/ReferenceImportDialog.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "services/DiarySession.h"
#include "services/EvidenceService.h"
#include "services/ProblemText.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace ldn {
namespace {

QString counted(int count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

} // namespace

ReferenceImportDialog::ReferenceImportDialog(DiarySession& session, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(path)
    , m_intro(new QLabel(this))
    , m_issues(new QTableWidget(0, 3, this))
    , m_import(nullptr)
{
    setObjectName(QStringLiteral("referenceImportDialog"));
    setWindowTitle(tr("Import references"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    m_intro->setObjectName(QStringLiteral("referenceImportIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto* listLabel = new QLabel(tr("&Records that cannot be imported as they are"), this);
    listLabel->setBuddy(m_issues);
    m_issues->setObjectName(QStringLiteral("referenceImportIssues"));
    m_issues->setAccessibleName(tr("Records left out or changed, by line"));
    m_issues->setHorizontalHeaderLabels({tr("Where"), tr("What happens"), tr("Why")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->verticalHeader()->setVisible(false);
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setObjectName(QStringLiteral("referenceImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferenceImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
    resize(860, 460);
}

bool ReferenceImportDialog::start()
{
    const QString file = QFileInfo(m_path).fileName();
    try {
        m_read = EvidenceImporter::readFile(m_path);
    } catch (const InputError& error) {
        // The location names the file and line (and record), so the person can find the fault. The
        // message starts with the file's name, so it is not capitalised like a sentence.
        QString message = error.message();
        if (!message.endsWith(QLatin1Char('.'))) {
            message += QLatin1Char('.');
        }
        Q_EMIT importFinished(tr("Nothing was imported. %1").arg(message), true, false);
        deleteLater();
        return false;
    }
    if (m_read.pack || m_read.references.isWhole()) {
        const bool written = write();
        deleteLater();
        return written;
    }

    const ReferenceReadResult& references = m_read.references;
    const int taken = static_cast<int>(references.references.size());
    QString intro = tr("%1 (%2): %3 of %4 can be imported.")
                        .arg(file, displayName(m_read.format))
                        .arg(counted(taken, tr("record"), tr("records")))
                        .arg(references.recordCount());
    if (!references.skipped.empty()) {
        intro += QLatin1Char(' ') +
                 tr("%1 cannot be imported and will be left out.")
                     .arg(counted(static_cast<int>(references.skipped.size()), tr("record"), tr("records")));
    }
    if (!references.shortened.empty()) {
        intro += QLatin1Char(' ') +
                 tr("%1 will be imported with a field shortened (marked in the text) or left out.")
                     .arg(counted(static_cast<int>(references.shortened.size()), tr("field"), tr("fields")));
    }
    intro += QLatin1Char(' ') + tr("Nothing is written until you press Import.");
    m_intro->setText(intro);

    const std::vector<ReferenceIssue> issues = references.issues();
    m_issues->setRowCount(static_cast<int>(issues.size()));
    const QColor error = MessageStyle::errorColour(palette());
    const QColor warning = MessageStyle::warningColour(palette());
    for (std::size_t row = 0; row < issues.size(); ++row) {
        const ReferenceIssue& issue = issues[row];
        const bool left = std::find(references.skipped.begin(), references.skipped.end(), issue) !=
                          references.skipped.end();
        const std::array<QString, 3> cells{issue.location,
                                           left ? tr("Record left out") : tr("Imported, changed"),
                                           ProblemText::sentence(issue.problem)};
        for (int column = 0; column < 3; ++column) {
            auto* cell = new QTableWidgetItem(cells[static_cast<std::size_t>(column)]);
            cell->setForeground(left ? error : warning);
            cell->setToolTip(issue.message());
            m_issues->setItem(static_cast<int>(row), column, cell);
        }
    }
    m_import->setText(tr("&Import %1").arg(counted(taken, tr("reference"), tr("references"))));
    m_import->setDefault(true);
    show();
    m_issues->setFocus();
    return false;
}

void ReferenceImportDialog::accept()
{
    if (write()) {
        QDialog::accept();
    }
}

bool ReferenceImportDialog::write()
{
    try {
        const EvidenceFileImport imported = m_session.evidenceService().importRead(m_read);
        Q_EMIT importFinished(importedText(imported), false, true);
        return true;
    } catch (const std::exception&) {
        Q_EMIT importFinished(
            tr("Nothing was imported. %1").arg(ProblemText::sentence(ProblemText::ofCurrentException())),
            true, false);
    }
    if (isVisible()) {
        QDialog::reject();
    }
    return false;
}

QString ReferenceImportDialog::importedText(const EvidenceFileImport& import) const
{
    const EvidenceImportResult& result = import.result;
    QString text = tr("Imported %1 from %2")
                       .arg(counted(result.sourcesAdded, tr("reference"), tr("references")),
                            QFileInfo(m_path).fileName());
    if (result.claimsAdded > 0) {
        text += tr(" and %1").arg(counted(result.claimsAdded, tr("finding"), tr("findings")));
    }
    if (result.sourcesAlreadyPresent > 0) {
        text += tr("; %1 already in the library").arg(result.sourcesAlreadyPresent);
    }
    if (result.sourcesMerged > 0) {
        text += tr(" (%1 given identifiers they lacked)").arg(result.sourcesMerged);
    }
    if (!import.skipped.empty()) {
        text += tr("; %1 left out")
                    .arg(counted(static_cast<int>(import.skipped.size()), tr("record"), tr("records")));
    }
    text += tr(". Set each one's design to have it counted.");
    return text;
}

} // namespace ldn
