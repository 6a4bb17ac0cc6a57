#include "gui/profiles/AddSymptomDialog.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "services/ProblemText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ldn {

AddSymptomDialog::AddSymptomDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_higherIsBetter(new QCheckBox(tr("&Higher scores are better (like energy or sleep quality)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a symptom"));
    m_name->setObjectName(QStringLiteral("symptomNameEdit"));
    m_name->setAccessibleName(tr("Symptom name"));
    m_name->setPlaceholderText(tr("e.g. energy, joint stiffness, post-exertional malaise"));
    m_higherIsBetter->setObjectName(QStringLiteral("higherIsBetterCheck"));
    m_higherIsBetter->setAccessibleName(tr("Higher scores are better"));
    m_problem->setObjectName(QStringLiteral("symptomError"));
    MessageStyle::prepareErrorLine(m_problem);

    auto* intro = new QLabel(tr("Scores run from 0 to 10. Most symptoms get worse as the score rises; say so "
                                "if this one gets better instead."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_higherIsBetter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add symptom"));
    ok->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSymptomDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSymptomDialog::reject);
    resize(440, sizeHint().height());
}

SymptomDefinition AddSymptomDialog::symptom() const
{
    return {m_name->text().simplified(), m_higherIsBetter->isChecked()};
}

void AddSymptomDialog::setSubmitFunction(std::function<void(const SymptomDefinition&)> submit)
{
    m_submit = std::move(submit);
}

QString AddSymptomDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AddSymptomDialog::accept()
{
    try {
        if (m_submit) {
            m_submit(symptom());
        }
    } catch (const InputError& error) {
        m_problem->setText(ProblemText::sentence(error.problem()));
        m_problem->setVisible(true);
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ldn
