#include "gui/profiles/NewProfileDialog.h"

#include "core/base/InputError.h"
#include "core/diary/Profile.h"
#include "gui/common/MessageStyle.h"
#include "gui/profiles/ConditionPicker.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "ui_NewProfileDialog.h"

#include <QPushButton>

#include <exception>

namespace ldn {

NewProfileDialog::NewProfileDialog(DiarySession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewProfileDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->dialogButtons->button(QDialogButtonBox::Ok)->setText(tr("Create profile"));
    m_ui->dialogNameEdit->setMaxLength(Profile::kMaximumNameLength);

    MessageStyle::prepareErrorLine(m_ui->dialogError);
    ConditionPicker* conditions = m_ui->dialogConditionPicker;
    conditions->input()->setObjectName(QStringLiteral("dialogConditionsEdit"));
    conditions->input()->setAccessibleName(tr("Conditions"));
    m_ui->dialogConditionsLabel->setBuddy(conditions->input());
    conditions->setLibrarySource([this] { return m_session.profileService().conditionLibrary(); });

    connect(m_ui->dialogButtons, &QDialogButtonBox::accepted, this, &NewProfileDialog::accept);
    connect(m_ui->dialogButtons, &QDialogButtonBox::rejected, this, &NewProfileDialog::reject);
    connect(m_ui->dialogNameEdit, &QLineEdit::textChanged, this, &NewProfileDialog::updateOkButton);
    updateOkButton();
}

NewProfileDialog::~NewProfileDialog() = default;

void NewProfileDialog::updateOkButton()
{
    m_ui->dialogButtons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->dialogNameEdit->text().trimmed().isEmpty());
}

void NewProfileDialog::accept()
{
    if (m_ui->dialogNameEdit->text().trimmed().isEmpty()) {
        return;
    }
    ConditionPicker* conditions = m_ui->dialogConditionPicker;
    if (!conditions->addTyped()) {
        m_ui->dialogError->setText(
            tr("Choose what \u201c%1\u201d means below, or clear the field.").arg(conditions->pendingText()));
        m_ui->dialogError->setVisible(true);
        conditions->input()->setFocus();
        return;
    }
    try {
        m_createdProfileId = m_session.profileService().create(
            m_ui->dialogNameEdit->text(), conditions->libraryConditions(), conditions->ownConditions());
        QDialog::accept();
        return;
    } catch (const InputError& error) {
        m_ui->dialogError->setText(ProblemText::sentence(error.message()));
    } catch (const std::exception& error) {
        m_ui->dialogError->setText(tr("The profile could not be saved: %1").arg(ProblemText::of(error)));
    }
    m_ui->dialogError->setVisible(true);
    m_ui->dialogNameEdit->setFocus();
}

} // namespace ldn
