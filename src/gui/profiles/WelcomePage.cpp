#include "gui/profiles/WelcomePage.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "gui/profiles/ConditionListInput.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "ui_WelcomePage.h"

#include <QDate>
#include <QPushButton>

#include <exception>

namespace ldn {
WelcomePage::WelcomePage(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_database(database)
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
    m_ui->welcomeTitle->setAccessibleName(m_ui->welcomeTitle->text());

    QPalette hintPalette = m_ui->conditionsHint->palette();
    hintPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(palette()));
    m_ui->conditionsHint->setPalette(hintPalette);
    m_ui->privacyNote->setPalette(hintPalette);

    QPalette errorPalette = m_ui->welcomeError->palette();
    errorPalette.setColor(QPalette::WindowText, MessageStyle::errorColour(palette()));
    m_ui->welcomeError->setPalette(errorPalette);
    m_ui->welcomeError->setVisible(false);

    m_ui->profileNameEdit->setMaxLength(ProfileRepository::kMaximumNameLength);

    connect(m_ui->profileNameEdit, &QLineEdit::textChanged, this, &WelcomePage::updateCreateButton);
    connect(m_ui->profileNameEdit, &QLineEdit::returnPressed, this, &WelcomePage::createProfile);
    connect(m_ui->conditionsEdit, &QLineEdit::returnPressed, this, &WelcomePage::createProfile);
    connect(m_ui->createProfileButton, &QPushButton::clicked, this, &WelcomePage::createProfile);
    connect(m_ui->loadDemoButton, &QPushButton::clicked, this, &WelcomePage::loadDemo);
    updateCreateButton();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::reset()
{
    m_ui->profileNameEdit->clear();
    m_ui->conditionsEdit->clear();
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
    try {
        const qint64 id =
            ProfileRepository(m_database)
                .add(m_ui->profileNameEdit->text(), ConditionListInput::parse(m_ui->conditionsEdit->text()));
        reset();
        Q_EMIT profileCreated(id);
    } catch (const InputError& error) {
        showError(MessageStyle::sentence(error.message()));
        m_ui->profileNameEdit->setFocus();
    } catch (const StorageError& error) {
        showError(tr("The profile could not be saved: %1").arg(error.message()));
    } catch (const std::exception& error) {
        showError(tr("The profile could not be saved: %1").arg(QString::fromUtf8(error.what())));
    }
}

void WelcomePage::loadDemo()
{
    try {
        DemoDiaryWriter::Request request;
        request.profileName = QStringLiteral("Demo");
        request.days = kDemoDays;
        request.seed = kDemoSeed;
        request.lastDay = QDate::currentDate();
        DemoDiaryWriter(m_database).write(request);
        const std::optional<Profile> demo = ProfileRepository(m_database).findByName(request.profileName);
        if (!demo) {
            throw StorageError(tr("the demo profile was written but cannot be read back"));
        }
        reset();
        Q_EMIT profileCreated(demo->id);
    } catch (const InputError& error) {
        showError(MessageStyle::sentence(error.message()));
    } catch (const StorageError& error) {
        showError(tr("The demo diary could not be saved: %1").arg(error.message()));
    } catch (const std::exception& error) {
        showError(tr("The demo diary could not be saved: %1").arg(QString::fromUtf8(error.what())));
    }
}

void WelcomePage::showError(const QString& message)
{
    m_ui->welcomeError->setText(message);
    m_ui->welcomeError->setVisible(true);
}

} // namespace ldn
