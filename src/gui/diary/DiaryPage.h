#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "gui/common/ProfileView.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class DiaryPage;
}

namespace ldn {

class DiarySession;
class DiaryTableModel;
class PageRefresher;

// The Diary tab: a one-line summary above a table of every calendar day of the active profile.
class DiaryPage : public QWidget, public ProfileView {
    Q_OBJECT

public:
    explicit DiaryPage(DiarySession& session, QWidget* parent = nullptr);
    ~DiaryPage() override;

    void showProfile(std::int64_t profileId) override;
    void clear() override;
    void setReadOnly(bool) override {} // the table never edits; a day opens on the Today tab
    PageRefresher& refresher() override { return *m_refresher; }

    // Shows what it is given, without reading the diary.
    void showDiary(const QString& profileName, std::vector<SymptomDefinition> symptoms,
                   std::vector<DiaryEntry> entries, const QDate& today,
                   const std::vector<Annotation>& annotations = {});

    DiaryTableModel* model() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    // A row was double-clicked or Enter was pressed on it: the person wants to edit that day.
    void dayActivated(const QDate& date);

private:
    void updateSummary(const QString& profileName);
    void fitColumns();

    DiarySession& m_session;
    PageRefresher* m_refresher;
    std::unique_ptr<Ui::DiaryPage> m_ui;
    DiaryTableModel* m_model;
};

} // namespace ldn
