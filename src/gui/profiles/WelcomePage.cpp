#include "gui/profiles/WelcomePage.h"

#include "core/base/InputError.h"
#include "core/diary/Profile.h"
#include "gui/common/MessageStyle.h"
#include "gui/profiles/ConditionPicker.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "ui_WelcomePage.h"

#include <QDate>
#include <QPushButton>

#include <exception>

namespace ldn {
WelcomePage::WelcomePage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_session(session)
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
    m_ui->welcomeTitle->setAccessibleName(m_ui->welcomeTitle->text());

    MessageStyle::setTextTone(m_ui->conditionsHint, MessageStyle::Tone::Muted);
    MessageStyle::setTextTone(m_ui->privacyNote, MessageStyle::Tone::Muted);

    MessageStyle::prepareErrorLine(m_ui->welcomeError);

    m_ui->profileNameEdit->setMaxLength(Profile::kMaximumNameLength);
    ConditionPicker* conditions = m_ui->conditionPicker;
    conditions->input()->setObjectName(QStringLiteral("conditionsEdit"));
    conditions->input()->setAccessibleName(tr("Conditions"));
    m_ui->conditionsLabel->setBuddy(conditions->input());
    conditions->setLibrarySource([this] { return m_session.profileService().conditionLibrary(); });

    connect(m_ui->profileNameEdit, &QLineEdit::textChanged, this, &WelcomePage::updateCreateButton);
    connect(m_ui->profileNameEdit, &QLineEdit::returnPressed, this, &WelcomePage::createProfile);
    // Enter adds the condition typed; in an empty field it creates the profile.
    connect(conditions, &ConditionPicker::submitted, this, &WelcomePage::createProfile);
    connect(m_ui->createProfileButton, &QPushButton::clicked, this, &WelcomePage::createProfile);
    connect(m_ui->loadDemoButton, &QPushButton::clicked, this, &WelcomePage::loadDemo);
    updateCreateButton();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::reset()
{
    m_ui->profileNameEdit->clear();
    m_ui->conditionPicker->clear();
    m_ui->welcomeError->clear();
    m_ui->welcomeError->setVisible(false);
    m_ui->profileNameEdit->setFocus();
}

void WelcomePage::updateCreateButton()
{
    m_ui->createProfileButton->setEnabled(!m_ui->profileNameEdit->text().trimmed().isEmpty());
}

void WelcomePage::createProfile()
{
    if (!m_ui->createProfileButton->isEnabled()) {
        return;
    }
    ConditionPicker* conditions = m_ui->conditionPicker;
    if (!conditions->addTyped()) {
        // Something typed is not in the library: the picker asks which condition was meant.
        showError(
            tr("Choose what \u201c%1\u201d means below, or clear the field.").arg(conditions->pendingText()));
        conditions->input()->setFocus();
        return;
    }
    try {
        const qint64 id = m_session.profileService().create(
            m_ui->profileNameEdit->text(), conditions->libraryConditions(), conditions->ownConditions());
        reset();
        Q_EMIT profileCreated(id);
    } catch (const InputError& error) {
        showError(ProblemText::sentence(error.message()));
        m_ui->profileNameEdit->setFocus();
    } catch (const std::exception& error) {
        showError(tr("The profile could not be saved: %1").arg(ProblemText::of(error)));
    }
}

void WelcomePage::loadDemo()
{
    try {
        ProfileService::DemoRequest request;
        request.profileName = QStringLiteral("Demo");
        request.days = kDemoDays;
        request.seed = kDemoSeed;
        request.lastDay = QDate::currentDate();
        const std::int64_t demo = m_session.profileService().createDemo(request).profileId;
        reset();
        Q_EMIT profileCreated(demo);
    } catch (const InputError& error) {
        showError(ProblemText::sentence(error.message()));
    } catch (const std::exception& error) {
        showError(tr("The demo diary could not be saved: %1").arg(ProblemText::of(error)));
    }
}

void WelcomePage::showError(const QString& message)
{
    m_ui->welcomeError->setText(message);
    m_ui->welcomeError->setVisible(true);
}

} // namespace ldn
