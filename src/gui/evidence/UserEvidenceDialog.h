#pragma once

#include <QDialog>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ldn {

class DiarySession;

// "Add a source or finding…": a paper a consultant handed over, a trial someone found, with an
// optional finding about the condition on show. Entries are the person's own, kept apart from the
// bundled pack and labelled "Your entry" wherever they appear. Everything is checked before
// anything is written: a malformed DOI, PubMed id or NCT number is shown beside the form and the
// library is left as it was.
class UserEvidenceDialog : public QDialog {
    Q_OBJECT

public:
    // `conditionId` 0: no condition is on show, so only a source can be added.
    UserEvidenceDialog(DiarySession& session, std::int64_t conditionId, const QString& conditionName,
                       QWidget* parent = nullptr);

    // Turns the dialog into an editor of the person's own source (and, if `claimId` is not 0, of
    // their finding that cites it): the form is filled in and saving changes them in place.
    void loadForEditing(std::int64_t sourceId, std::int64_t claimId);

    // Checks and writes what the form says. On a problem it is shown inline, nothing is written
    // and the result is false.
    bool save();

Q_SIGNALS:
    // After a save; `claimId` is 0 when only a source was added.
    void saved(std::int64_t sourceId, std::int64_t claimId);

private:
    void showError(const QString& field, const QString& problem);

    DiarySession& m_session;
    std::int64_t m_conditionId;
    std::int64_t m_editedSourceId = 0;
    std::int64_t m_editedClaimId = 0;
    std::vector<std::int64_t> m_editedClaimSources;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_authors;
    QSpinBox* m_year;
    QLineEdit* m_journal;
    QLineEdit* m_doi;
    QLineEdit* m_pmid;
    QLineEdit* m_nct;
    QLineEdit* m_url;
    QCheckBox* m_peerReviewed;
    QComboBox* m_verification;
    QGroupBox* m_finding;
    QLineEdit* m_outcome;
    QComboBox* m_comparator;
    QComboBox* m_direction;
    QSpinBox* m_participants;
    QPlainTextEdit* m_summary;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    std::map<QString, QWidget*> m_fields; // validation field name -> the input to focus
};

} // namespace ldn
