#include "gui/notes/AnnotationDialog.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "presentation/DateText.h"
#include "services/ProblemText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ldn {

AnnotationDialog::AnnotationDialog(const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_authorLabel(new QLabel(tr("Who is writing?"), this))
    , m_patient(new QRadioButton(tr("&Me (the patient)"), this))
    , m_carer(new QRadioButton(tr("A &carer"), this))
    , m_carerName(new QLineEdit(this))
    , m_writtenBy(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_original.day = day;
    const QString dayText = QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
    setWindowTitle(tr("Add a note for %1").arg(shortDate(day)));
    setObjectName(QStringLiteral("annotationDialog"));

    m_intro->setObjectName(QStringLiteral("annotationIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("A note about %1, kept apart from the day's own note and always shown with who wrote "
                        "it, on the Today tab, the chart and, when chosen, the GP report.")
                         .arg(dayText));
    m_patient->setObjectName(QStringLiteral("authorPatientRadio"));
    m_patient->setAccessibleName(tr("Written by me, the patient"));
    m_carer->setObjectName(QStringLiteral("authorCarerRadio"));
    m_carer->setAccessibleName(tr("Written by a carer"));
    auto* authors = new QButtonGroup(this);
    authors->addButton(m_patient);
    authors->addButton(m_carer);
    // Neither is chosen until the writer says who they are (or was remembered from last time): a
    // note put under the wrong name would mislead whoever reads it.
    m_carerName->setObjectName(QStringLiteral("carerNameEdit"));
    m_carerName->setAccessibleName(tr("Carer's name"));
    m_carerName->setPlaceholderText(tr("Carer's name, e.g. Sam (remembered for next time)"));
    m_carerName->setMaxLength(100);
    m_writtenBy->setObjectName(QStringLiteral("annotationWrittenBy"));
    m_writtenBy->setTextFormat(Qt::PlainText);
    m_writtenBy->setVisible(false);

    m_text->setObjectName(QStringLiteral("annotationTextEdit"));
    m_text->setAccessibleName(tr("Text of the note"));
    m_text->setPlaceholderText(
        tr("What you noticed, e.g. \"Very tired after the school run, slept at 4 pm\""));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5 + 14);

    m_problem->setObjectName(QStringLiteral("annotationError"));
    MessageStyle::prepareErrorLine(m_problem);

    auto* carerRow = new QHBoxLayout;
    carerRow->addWidget(m_carer);
    carerRow->addWidget(m_carerName, 1);
    auto* authorBox = new QVBoxLayout;
    authorBox->setSpacing(4);
    authorBox->addWidget(m_patient);
    authorBox->addLayout(carerRow);
    authorBox->addWidget(m_writtenBy);
    auto* form = new QFormLayout;
    form->addRow(m_authorLabel, authorBox);
    auto* textLabel = new QLabel(tr("&Note"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save note"));
    connect(m_text, &QPlainTextEdit::textChanged, this, &AnnotationDialog::updateControls);
    connect(m_carer, &QRadioButton::toggled, this, &AnnotationDialog::updateControls);
    connect(m_patient, &QRadioButton::toggled, this, &AnnotationDialog::updateControls);
    // Typing a carer's name means a carer is writing.
    connect(m_carerName, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty()) {
            m_carer->setChecked(true);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnnotationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnnotationDialog::reject);
    QWidget::setTabOrder(m_patient, m_carer);
    QWidget::setTabOrder(m_carer, m_carerName);
    QWidget::setTabOrder(m_carerName, m_text);
    updateControls();
    resize(520, sizeHint().height());
    m_text->setFocus();
}

void AnnotationDialog::setRememberedAuthor(Annotation::Author author, const QString& carerName)
{
    (author == Annotation::Author::Patient ? m_patient : m_carer)->setChecked(true);
    m_carerName->setText(carerName);
    updateControls();
}

void AnnotationDialog::setEditing(const Annotation& annotation)
{
    m_original = annotation;
    m_editing = true;
    setWindowTitle(tr("Edit the note for %1")
                       .arg(annotation.day.isValid() ? shortDate(annotation.day) : tr("the whole diary")));
    m_intro->setText(tr("Only the text can change; the note keeps who wrote it and when."));
    m_authorLabel->setText(tr("Written by"));
    m_patient->setVisible(false);
    m_carer->setVisible(false);
    m_carerName->setVisible(false);
    const QString when =
        annotation.createdAt.isValid()
            ? QLocale().toString(annotation.createdAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))
            : QString();
    m_writtenBy->setText(when.isEmpty() ? describeAuthor(annotation)
                                        : tr("%1, %2").arg(describeAuthor(annotation), when));
    m_writtenBy->setVisible(true);
    m_text->setPlainText(annotation.body);
    m_text->moveCursor(QTextCursor::End);
    updateControls();
}

Annotation AnnotationDialog::annotation() const
{
    Annotation result = m_original;
    result.body = m_text->toPlainText().trimmed();
    if (!m_editing) {
        result.author = m_patient->isChecked() ? Annotation::Author::Patient : Annotation::Author::Carer;
        result.authorName =
            result.author == Annotation::Author::Carer ? m_carerName->text().simplified() : QString();
    }
    return result;
}

void AnnotationDialog::setSubmitFunction(std::function<void(const Annotation&)> submit)
{
    m_submit = std::move(submit);
}

QString AnnotationDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AnnotationDialog::updateControls()
{
    // Open to typing until the patient is chosen; typing a name chooses "A carer".
    m_carerName->setEnabled(!m_patient->isChecked());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    if (m_patient->isChecked() || m_carer->isChecked()) {
        m_problem->setVisible(false);
    }
}

void AnnotationDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("Type the note first."));
        m_problem->setVisible(true);
        m_text->setFocus();
        return;
    }
    if (!m_editing && !m_patient->isChecked() && !m_carer->isChecked()) {
        m_problem->setText(tr("Say who is writing the note: you, or a carer."));
        m_problem->setVisible(true);
        m_patient->setFocus();
        return;
    }
    try {
        if (m_submit) {
            m_submit(annotation());
        }
    } catch (const InputError& error) {
        m_problem->setText(ProblemText::sentence(error.message()));
        m_problem->setVisible(true);
        (error.location() == QLatin1String("author") ? static_cast<QWidget*>(m_carerName) : m_text)
            ->setFocus();
        return;
    } catch (const std::exception& error) {
        m_problem->setText(tr("The note could not be saved: %1").arg(ProblemText::of(error)));
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace ldn
