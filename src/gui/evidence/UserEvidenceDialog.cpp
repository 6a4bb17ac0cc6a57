#include "gui/evidence/UserEvidenceDialog.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidenceClaim.h"
#include "core/evidence/EvidenceSource.h"
#include "gui/common/MessageStyle.h"
#include "services/DiarySession.h"
#include "services/EvidenceService.h"
#include "services/ProblemText.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ldn {
namespace {

template <typename Enum>
QComboBox* enumBox(const QString& objectName, const QString& accessibleName, Enum selected, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    for (const QString& stored : storageTexts<Enum>()) {
        const Enum value = *fromStorageText<Enum>(stored);
        box->addItem(displayName(value), stored);
        if (value == selected) {
            box->setCurrentIndex(box->count() - 1);
        }
    }
    return box;
}

template <typename Enum>
void selectValue(QComboBox* box, Enum value)
{
    box->setCurrentIndex(std::max(0, box->findData(toStorageText(value))));
}

template <typename Enum>
Enum selectedValue(const QComboBox* box)
{
    return *fromStorageText<Enum>(box->currentData().toString());
}

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, const QString& placeholder,
                    QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// The validation field (the part after the last ": ") and how a person would call it.
QString fieldLabel(const QString& field)
{
    static const std::map<QString, QString> kLabels{
        {QStringLiteral("title"), QStringLiteral("Title")},
        {QStringLiteral("authors"), QStringLiteral("Authors")},
        {QStringLiteral("year"), QStringLiteral("Year")},
        {QStringLiteral("publisher"), QStringLiteral("Journal or publisher")},
        {QStringLiteral("doi"), QStringLiteral("DOI")},
        {QStringLiteral("pmid"), QStringLiteral("PubMed id")},
        {QStringLiteral("nct"), QStringLiteral("ClinicalTrials.gov number")},
        {QStringLiteral("url"), QStringLiteral("Web address")},
        {QStringLiteral("outcome"), QStringLiteral("Outcome")},
        {QStringLiteral("summary"), QStringLiteral("What it found")},
        {QStringLiteral("participants"), QStringLiteral("Participants")},
    };
    const auto found = kLabels.find(field);
    return found == kLabels.end() ? field : found->second;
}

} // namespace

UserEvidenceDialog::UserEvidenceDialog(DiarySession& session, std::int64_t conditionId,
                                       const QString& conditionName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_conditionId(conditionId)
{
    setObjectName(QStringLiteral("UserEvidenceDialog"));
    setWindowTitle(tr("Add a source or finding"));

    auto* intro = new QLabel(tr("Your entries are kept apart from the bundled evidence and labelled "
                                "\"Your entry\". Identifiers are checked, never looked up online."),
                             this);
    intro->setWordWrap(true);

    auto* sourceBox = new QGroupBox(tr("Source"), this);
    auto* sourceForm = new QFormLayout(sourceBox);
    m_kind = enumBox(QStringLiteral("sourceKind"), tr("Kind of source"), SourceKind::Unclassified, sourceBox);
    m_title = lineEdit(QStringLiteral("sourceTitle"), tr("Title"), tr("Required"), sourceBox);
    m_authors =
        lineEdit(QStringLiteral("sourceAuthors"), tr("Authors"), tr("Surname A, Surname B"), sourceBox);
    m_year = new QSpinBox(sourceBox);
    m_year->setObjectName(QStringLiteral("sourceYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(0, kMaximumSourceYear);
    m_year->setSpecialValueText(tr("not known"));
    m_year->setValue(0);
    m_journal = lineEdit(QStringLiteral("sourceJournal"), tr("Journal or publisher"), QString(), sourceBox);
    m_doi = lineEdit(QStringLiteral("sourceDoi"), tr("DOI"), tr("10.NNNN/…"), sourceBox);
    m_pmid = lineEdit(QStringLiteral("sourcePmid"), tr("PubMed id"), tr("digits"), sourceBox);
    m_nct = lineEdit(QStringLiteral("sourceNct"), tr("ClinicalTrials.gov number"), tr("NCT + 8 digits"),
                     sourceBox);
    m_url = lineEdit(QStringLiteral("sourceUrl"), tr("Web address"), tr("https://…"), sourceBox);
    m_peerReviewed = new QCheckBox(tr("Published in a peer-reviewed journal"), sourceBox);
    m_peerReviewed->setObjectName(QStringLiteral("sourcePeerReviewed"));
    m_peerReviewed->setAccessibleName(tr("Peer reviewed"));
    m_verification = enumBox(QStringLiteral("sourceVerification"), tr("How far it was checked"),
                             Verification::Unconfirmed, sourceBox);
    sourceForm->addRow(tr("&Kind:"), m_kind);
    sourceForm->addRow(tr("&Title:"), m_title);
    sourceForm->addRow(tr("&Authors:"), m_authors);
    sourceForm->addRow(tr("&Year:"), m_year);
    sourceForm->addRow(tr("&Journal:"), m_journal);
    sourceForm->addRow(tr("&DOI:"), m_doi);
    sourceForm->addRow(tr("&PubMed id:"), m_pmid);
    sourceForm->addRow(tr("&NCT number:"), m_nct);
    sourceForm->addRow(tr("&Web address:"), m_url);
    sourceForm->addRow(QString(), m_peerReviewed);
    sourceForm->addRow(tr("&Checked against:"), m_verification);

    m_finding = new QGroupBox(conditionId == 0 ? tr("Finding (choose a condition first)")
                                               : tr("Also record a finding for %1").arg(conditionName),
                              this);
    m_finding->setObjectName(QStringLiteral("addFinding"));
    m_finding->setAccessibleName(tr("Also record a finding"));
    m_finding->setCheckable(true);
    m_finding->setChecked(false);
    m_finding->setEnabled(conditionId != 0);
    auto* findingForm = new QFormLayout(m_finding);
    m_outcome =
        lineEdit(QStringLiteral("findingOutcome"), tr("Outcome"), tr("pain, fatigue, sleep…"), m_finding);
    m_comparator =
        enumBox(QStringLiteral("findingComparator"), tr("Compared with"), Comparator::NotReported, m_finding);
    m_direction =
        enumBox(QStringLiteral("findingDirection"), tr("Direction"), EffectDirection::Unclear, m_finding);
    m_participants = new QSpinBox(m_finding);
    m_participants->setObjectName(QStringLiteral("findingParticipants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setRange(0, kMaximumParticipants);
    m_participants->setSpecialValueText(tr("not reported"));
    m_summary = new QPlainTextEdit(m_finding);
    m_summary->setObjectName(QStringLiteral("findingSummary"));
    m_summary->setAccessibleName(tr("What it found"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4);
    findingForm->addRow(tr("&Outcome:"), m_outcome);
    findingForm->addRow(tr("Compared &with:"), m_comparator);
    findingForm->addRow(tr("Di&rection:"), m_direction);
    findingForm->addRow(tr("Partici&pants (n):"), m_participants);
    findingForm->addRow(tr("What it &found:"), m_summary);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userEvidenceError"));
    MessageStyle::prepareErrorLine(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sourceBox);
    layout->addWidget(m_finding);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_fields = {{QStringLiteral("title"), m_title},     {QStringLiteral("authors"), m_authors},
                {QStringLiteral("year"), m_year},       {QStringLiteral("publisher"), m_journal},
                {QStringLiteral("doi"), m_doi},         {QStringLiteral("pmid"), m_pmid},
                {QStringLiteral("nct"), m_nct},         {QStringLiteral("url"), m_url},
                {QStringLiteral("outcome"), m_outcome}, {QStringLiteral("summary"), m_summary}};
}

void UserEvidenceDialog::loadForEditing(std::int64_t sourceId, std::int64_t claimId)
{
    EvidenceRepository& repository = m_session.evidence();
    const std::optional<EvidenceSource> source = repository.source(sourceId);
    if (!source) {
        return;
    }
    m_editedSourceId = sourceId;
    setWindowTitle(tr("Edit your entry"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save changes"));
    selectValue(m_kind, source->kind);
    m_title->setText(source->title);
    m_authors->setText(source->authors);
    m_year->setValue(source->year.value_or(0));
    m_journal->setText(source->publisher);
    m_doi->setText(source->identifiers.doi);
    m_pmid->setText(source->identifiers.pmid);
    m_nct->setText(source->identifiers.nct);
    m_url->setText(source->identifiers.url);
    m_peerReviewed->setChecked(source->peerReviewed);
    selectValue(m_verification, source->verification);
    if (claimId == 0) {
        return;
    }
    const std::optional<EvidenceClaim> claim = repository.claim(claimId);
    if (!claim) {
        return;
    }
    m_editedClaimId = claimId;
    m_editedClaimSources = claim->sourceIds;
    m_conditionId = claim->conditionId;
    m_finding->setEnabled(true);
    m_finding->setChecked(true);
    m_outcome->setText(claim->outcome);
    selectValue(m_comparator, claim->comparator);
    selectValue(m_direction, claim->direction);
    m_participants->setValue(claim->participants.value_or(0));
    m_summary->setPlainText(claim->summary);
}

bool UserEvidenceDialog::save()
{
    EvidenceSource source;
    source.origin = EntryOrigin::User;
    source.kind = selectedValue<SourceKind>(m_kind);
    source.title = m_title->text().simplified();
    source.authors = m_authors->text().simplified();
    if (m_year->value() != 0) {
        source.year = m_year->value();
    }
    source.publisher = m_journal->text().simplified();
    source.identifiers.doi = m_doi->text();
    source.identifiers.pmid = m_pmid->text();
    source.identifiers.nct = m_nct->text();
    source.identifiers.url = m_url->text().trimmed();
    source.identifiers = source.identifiers.normalised();
    source.peerReviewed = m_peerReviewed->isChecked();
    source.verification = selectedValue<Verification>(m_verification);

    const bool withFinding = m_finding->isEnabled() && m_finding->isChecked();
    EvidenceClaim claim;
    claim.origin = EntryOrigin::User;
    claim.conditionId = m_conditionId;
    claim.outcome = m_outcome->text().simplified();
    claim.comparator = selectedValue<Comparator>(m_comparator);
    claim.direction = selectedValue<EffectDirection>(m_direction);
    if (m_participants->value() != 0) {
        claim.participants = m_participants->value();
    }
    claim.summary = m_summary->toPlainText().trimmed();

    try {
        if (withFinding && m_editedClaimId != 0) {
            claim.sourceIds = m_editedClaimSources;
        }
        const auto [sourceId, claimId] = m_session.evidenceService().saveOwnEntry(
            source, m_editedSourceId, withFinding ? std::optional(claim) : std::nullopt, m_editedClaimId);
        m_error->hide();
        Q_EMIT saved(sourceId, claimId);
        return true;
    } catch (const InputError& error) {
        showError(error.location().section(QStringLiteral(": "), -1), error.problem());
    } catch (const StorageError& error) {
        showError(QString(), ProblemText::of(error));
    }
    return false;
}

void UserEvidenceDialog::showError(const QString& field, const QString& problem)
{
    m_error->setText(ProblemText::sentence(
        field.isEmpty() ? problem : fieldLabel(field) + QStringLiteral(": ") + problem));
    m_error->show();
    const auto widget = m_fields.find(field);
    if (widget != m_fields.end()) {
        widget->second->setFocus();
    }
}

} // namespace ldn
