#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class DiaryPage;
}

namespace ldn {

class DiaryTableModel;

// The Diary tab: a one-line summary above a table of every calendar day of the active profile.
// It only shows what it is given; MainWindow reads the database.
class DiaryPage : public QWidget {
    Q_OBJECT

public:
    explicit DiaryPage(QWidget* parent = nullptr);
    ~DiaryPage() override;

    void showDiary(const QString& profileName, std::vector<SymptomDefinition> symptoms,
                   std::vector<DiaryEntry> entries, const QDate& today,
                   const std::vector<Annotation>& annotations = {});
    void clear();

    DiaryTableModel* model() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    // A row was double-clicked or Enter was pressed on it: the person wants to edit that day.
    void dayActivated(const QDate& date);

private:
    void updateSummary(const QString& profileName);
    void fitColumns();

    std::unique_ptr<Ui::DiaryPage> m_ui;
    DiaryTableModel* m_model;
};

} // namespace ldn
