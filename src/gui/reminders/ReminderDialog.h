#pragma once

#include <QDialog>

#include <cstdint>
#include <vector>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace ldn {

class DiarySession;

// Reminders: for each person in the diary, whether a nightly reminder to log the day is wanted,
// and when. Off by default. Says plainly when this desktop has no tray, so reminders cannot work.
class ReminderDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReminderDialog(DiarySession& session, QWidget* parent = nullptr);

    // Saves the choices through ProfileService::setPreferences; false with the problem shown.
    bool save();

    static constexpr int kDefaultHour = 21;

private:
    struct Row {
        std::int64_t profileId = 0;
        QCheckBox* wanted = nullptr;
        QTimeEdit* time = nullptr;
    };

    DiarySession& m_session;
    std::vector<Row> m_rows;
    QLabel* m_problem;
};

} // namespace ldn
