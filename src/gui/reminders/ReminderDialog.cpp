#include "gui/reminders/ReminderDialog.h"

#include "gui/common/MessageStyle.h"
#include "gui/reminders/ReminderTray.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "storage/diary/ProfileRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ldn {

ReminderDialog::ReminderDialog(DiarySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("Reminders"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A reminder at night to log the day, from the system tray. It stays silent "
                                "when the day is already logged. While a reminder is on, LDN Tracker keeps "
                                "running in the tray when its window is closed, and starts there at login."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QString unavailable = ReminderTray::unavailableText();
    auto* warning = new QLabel(unavailable, this);
    warning->setObjectName(QStringLiteral("remindersUnavailable"));
    warning->setWordWrap(true);
    MessageStyle::setTextTone(warning, MessageStyle::Tone::Warning);
    warning->setVisible(!unavailable.isEmpty());
    layout->addWidget(warning);

    auto* grid = new QGridLayout;
    int line = 0;
    std::vector<Profile> profiles;
    try {
        profiles = session.profiles().list();
    } catch (const std::exception& error) {
        m_problem->setText(tr("The diary could not be read: %1").arg(ProblemText::of(error)));
    }
    for (const Profile& profile : profiles) {
        Row row;
        row.profileId = profile.id;
        row.wanted = new QCheckBox(tr("Remind me to log %1's day at").arg(profile.name), this);
        row.wanted->setAccessibleName(tr("Nightly reminder for %1").arg(profile.name));
        row.wanted->setChecked(profile.reminderTime.has_value());
        row.time = new QTimeEdit(profile.reminderTime.value_or(QTime(kDefaultHour, 0)), this);
        row.time->setDisplayFormat(QStringLiteral("HH:mm"));
        row.time->setAccessibleName(tr("Time of %1's reminder").arg(profile.name));
        row.time->setEnabled(row.wanted->isChecked());
        connect(row.wanted, &QCheckBox::toggled, row.time, &QWidget::setEnabled);
        // Where no tray exists nothing could ring, so nothing is offered that would not work.
        row.wanted->setEnabled(unavailable.isEmpty());
        grid->addWidget(row.wanted, line, 0);
        grid->addWidget(row.time, line, 1);
        ++line;
        m_rows.push_back(row);
    }
    layout->addLayout(grid);
    MessageStyle::prepareErrorLine(m_problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the reminders"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ReminderDialog::save()
{
    try {
        for (const Row& row : m_rows) {
            std::optional<Profile> profile = m_session.profiles().find(row.profileId);
            if (!profile) {
                continue;
            }
            const std::optional<QTime> wanted =
                row.wanted->isChecked() ? std::optional<QTime>(row.time->time()) : std::nullopt;
            if (wanted != profile->reminderTime) {
                profile->reminderTime = wanted;
                m_session.profileService().setPreferences(row.profileId, *profile);
            }
        }
    } catch (const std::exception& error) {
        m_problem->setText(tr("The reminders could not be saved: %1").arg(ProblemText::of(error)));
        m_problem->setVisible(true);
        return false;
    }
    return true;
}

} // namespace ldn
