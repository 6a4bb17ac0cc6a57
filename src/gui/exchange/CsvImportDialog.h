#pragma once

#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/CsvDateFormat.h"
#include "core/exchange/CsvDiaryPreset.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryCsvImport.h"

#include <QDate>
#include <QDialog>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ldn {

class DiarySession;

// "Import from CSV…": brings a diary kept in a spreadsheet into a profile. The file is read when
// the dialog opens, and an export of another tracker (Daylio, Bearable's row per measurement) is
// turned into days first (CsvDiaryPreset), which the dialog says; the person sees the first rows,
// says what each column holds (pre-filled from the headers), the scale of each symptom column
// (a scale other than 0-10 is converted only when they tick that it should be, and a column whose
// scores could be 1-5 waits for their answer), answers which date format the file uses when the
// dates could be read either way,
// and sees every row that cannot be imported with its line, column and reason, updated as they
// change a choice. Import stays disabled until the choices are complete and, when rows are to be
// skipped or doses outside 0.1-10 mg are in the file, until the person has said that is right.
// Days the diary already has are skipped unless the person chooses to replace them. Nothing is
// written before Import, and the import is one transaction (DiaryCsvImporter::write).
class CsvImportDialog : public QDialog {
    Q_OBJECT

public:
    CsvImportDialog(const QString& path, DiarySession& session, std::int64_t profileId,
                    QWidget* parent = nullptr);

    // Days after `today` are refused (the default is the current date).
    void setToday(const QDate& today);

    // Empty when the file was read; otherwise why not ("NAME:LINE: problem"), which is shown.
    QString fileProblem() const { return m_fileProblem; }
    // The rows as the current choices read them.
    const DiaryCsvImportResult& result() const { return m_result; }
    // How many days Import would write now.
    int daysToImport() const;

    // Import: writes and closes, or shows why not and stays open.
    void accept() override;

Q_SIGNALS:
    // After the days were written; the diary, chart and symptom list need reloading.
    void imported(int days);

private:
    void buildColumnRows(QWidget* container);
    void fillPreview();
    void refresh();
    void updateImportButton();
    void chooseDateFormat(CsvDateFormat format);
    CsvColumnMapping currentMapping() const;
    std::optional<CsvDateFormat> currentDateFormat() const;
    bool mustConfirmDoses() const;

    DiarySession& m_session;
    std::int64_t m_profileId;
    std::optional<CsvTable> m_table;
    QString m_fileProblem;
    DiaryCsvImport::Settings m_settings;
    CsvDateDetection m_detection;
    QStringList m_mappingProblems;
    DiaryCsvImportResult m_result;
    bool m_readable = false; // the rows could be read with the current choices

    QLabel* m_intro;
    std::vector<QComboBox*> m_roles;
    std::vector<QCheckBox*> m_higherIsBetter;
    std::vector<QComboBox*> m_scales;
    std::vector<QCheckBox*> m_convertScales;
    CsvDiaryPreset::Result m_preset;
    QTableWidget* m_preview;
    QComboBox* m_dateFormat;
    QFrame* m_datePrompt;
    QLabel* m_datePromptText;
    QPushButton* m_dayFirst;
    QPushButton* m_monthFirst;
    QLabel* m_mappingProblemText;
    QTableWidget* m_problems;
    QLabel* m_summary;
    QCheckBox* m_skipBadRows;
    QCheckBox* m_replaceConflicts;
    QCheckBox* m_confirmDoses;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace ldn
