#include "gui/profiles/EditProfileDialog.h"

#include "core/base/InputError.h"
#include "core/diary/Profile.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PaletteFollower.h"
#include "gui/profiles/AddSymptomDialog.h"
#include "gui/profiles/ConditionPicker.h"
#include "gui/profiles/ProfileColourBox.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "storage/db/StorageError.h"
#include "storage/diary/ProfileRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <exception>

namespace ldn {
namespace {

constexpr int kRowRole = Qt::UserRole;

bool containsName(const QStringList& names, const QString& name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

} // namespace

EditProfileDialog::EditProfileDialog(DiarySession& session, std::int64_t profileId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_profileId(profileId)
    , m_name(new QLineEdit(this))
    , m_conditions(new ConditionPicker(this))
    , m_doseUnit(new QComboBox(this))
    , m_colour(new ProfileColourBox(this))
    , m_symptomList(new QTreeWidget(this))
    , m_addSymptom(new QPushButton(tr("&Add symptom\u2026"), this))
    , m_renameSymptom(new QPushButton(tr("Re&name"), this))
    , m_retireSymptom(new QPushButton(tr("Re&tire"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("EditProfileDialog"));
    m_name->setObjectName(QStringLiteral("editProfileNameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setMaxLength(Profile::kMaximumNameLength);
    m_conditions->setObjectName(QStringLiteral("editProfileConditions"));
    m_conditions->input()->setObjectName(QStringLiteral("editProfileConditionsEdit"));
    m_conditions->input()->setAccessibleName(tr("Conditions"));
    m_conditions->setLibrarySource([this] { return m_session.profileService().conditionLibrary(); });

    m_doseUnit->setObjectName(QStringLiteral("editProfileDoseUnit"));
    m_doseUnit->addItem(tr("milligrams (mg)"), static_cast<int>(Dose::Unit::Milligrams));
    m_doseUnit->addItem(tr("micrograms (\u00b5g), for a very slow titration"),
                        static_cast<int>(Dose::Unit::Micrograms));
    m_doseUnit->setToolTip(tr("How a dose typed without a unit is read, and how doses are shown"));
    m_colour->setObjectName(QStringLiteral("editProfileColour"));
    m_colour->setToolTip(tr("A stripe in this colour beside the name tells whose diary is open"));

    m_symptomList->setObjectName(QStringLiteral("editProfileSymptoms"));
    m_symptomList->setAccessibleName(tr("Symptoms"));
    m_symptomList->setAccessibleDescription(tr("F2 renames the selected symptom."));
    m_symptomList->setColumnCount(3);
    m_symptomList->setHeaderLabels({tr("Symptom"), tr("A higher score is"), tr("In the day form")});
    m_symptomList->setRootIsDecorated(false);
    m_symptomList->setUniformRowHeights(true);
    m_symptomList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_symptomList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_symptomList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_symptomList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_symptomList->header()->setStretchLastSection(false);
    m_addSymptom->setObjectName(QStringLiteral("editProfileAddSymptom"));
    m_renameSymptom->setObjectName(QStringLiteral("editProfileRenameSymptom"));
    m_renameSymptom->setToolTip(tr("Rename the selected symptom; its scores keep their days (F2)"));
    m_retireSymptom->setObjectName(QStringLiteral("editProfileRetireSymptom"));
    for (QPushButton* button : {m_addSymptom, m_renameSymptom, m_retireSymptom}) {
        button->setAutoDefault(false);
    }

    m_problem->setObjectName(QStringLiteral("editProfileProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    MessageStyle::prepareErrorLine(m_problem);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save changes"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* nameLabel = new QLabel(tr("N&ame"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* conditionsLabel = new QLabel(tr("&Conditions"), this);
    conditionsLabel->setBuddy(m_conditions->input());
    form->addRow(conditionsLabel, m_conditions);
    auto* doseUnitLabel = new QLabel(tr("&Doses in"), this);
    doseUnitLabel->setBuddy(m_doseUnit);
    form->addRow(doseUnitLabel, m_doseUnit);
    auto* colourLabel = new QLabel(tr("C&olour"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, m_colour);

    auto* symptomsBox = new QGroupBox(tr("Symptoms scored each day"), this);
    auto* retireNote =
        new QLabel(tr("Retiring a symptom takes it off the day form. Its scores stay with "
                      "their days, on the chart and in the report; bring it back at any time."),
                   symptomsBox);
    retireNote->setWordWrap(true);
    MessageStyle::setTextTone(retireNote, MessageStyle::Tone::Muted);
    auto* symptomButtons = new QHBoxLayout;
    symptomButtons->addWidget(m_addSymptom);
    symptomButtons->addWidget(m_renameSymptom);
    symptomButtons->addWidget(m_retireSymptom);
    symptomButtons->addStretch(1);
    auto* symptomsLayout = new QVBoxLayout(symptomsBox);
    symptomsLayout->addWidget(m_symptomList, 1);
    symptomsLayout->addLayout(symptomButtons);
    symptomsLayout->addWidget(retireNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(symptomsBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditProfileDialog::reject);
    connect(m_symptomList, &QTreeWidget::itemSelectionChanged, this,
            &EditProfileDialog::updateSymptomButtons);
    connect(m_symptomList, &QTreeWidget::itemChanged, this, &EditProfileDialog::onSymptomEdited);
    connect(m_renameSymptom, &QPushButton::clicked, this, &EditProfileDialog::renameSelectedSymptom);
    connect(m_retireSymptom, &QPushButton::clicked, this, &EditProfileDialog::toggleSelectedRetired);
    connect(m_addSymptom, &QPushButton::clicked, this, [this] {
        AddSymptomDialog dialog(this);
        dialog.setSubmitFunction([this](const SymptomDefinition& symptom) { addSymptom(symptom); });
        dialog.exec();
    });

    readProfile();
    // Retired symptoms are drawn in the muted colour of the theme in use.
    PaletteFollower::follow(m_symptomList, [this] {
        for (int row = 0; row < m_symptomList->topLevelItemCount(); ++row) {
            describeRow(row);
        }
    });
    setWindowTitle(tr("Edit %1's profile").arg(m_storedName));
    resize(sizeHint().expandedTo(QSize(560, 520)));
}

EditProfileDialog::~EditProfileDialog() = default;

void EditProfileDialog::readProfile()
{
    const std::optional<Profile> profile = m_session.profiles().find(m_profileId);
    if (!profile) {
        throw StorageError(QStringLiteral("this profile is no longer in the diary"));
    }
    m_storedName = profile->name;
    m_storedConditions = profile->conditions;
    m_name->setText(profile->name);
    m_conditions->setConditions(profile->conditions);
    m_storedPreferences = *profile;
    m_doseUnit->setCurrentIndex(m_doseUnit->findData(static_cast<int>(profile->doseUnit)));
    m_colour->setColour(profile->colour);
    m_symptoms.clear();
    for (const ArchivedSymptom& symptom : m_session.profiles().allSymptoms(m_profileId)) {
        m_symptoms.push_back(
            {symptom.definition.name, symptom.archived, symptom.definition, symptom.archived});
    }
    fillSymptoms();
}

void EditProfileDialog::fillSymptoms()
{
    const QSignalBlocker blocker(m_symptomList);
    m_symptomList->clear();
    for (int row = 0; row < static_cast<int>(m_symptoms.size()); ++row) {
        auto* item = new QTreeWidgetItem(m_symptomList);
        item->setData(0, kRowRole, row);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        describeRow(row);
    }
    if (!m_symptoms.empty()) {
        m_symptomList->setCurrentItem(m_symptomList->topLevelItem(0));
    }
    updateSymptomButtons();
}

void EditProfileDialog::describeRow(int row)
{
    const SymptomRow& symptom = m_symptoms[static_cast<std::size_t>(row)];
    QTreeWidgetItem* item = m_symptomList->topLevelItem(row);
    const QSignalBlocker blocker(m_symptomList);
    item->setText(0, symptom.definition.name);
    item->setText(1, symptom.definition.higherIsBetter ? tr("better") : tr("worse"));
    QString status = symptom.retired ? tr("retired, history kept") : tr("scored");
    if (symptom.storedName.isEmpty()) {
        status = tr("new");
    } else if (symptom.retired != symptom.storedRetired) {
        status = symptom.retired ? tr("to be retired") : tr("to be brought back");
    } else if (symptom.definition.name != symptom.storedName) {
        status = tr("renamed from %1").arg(symptom.storedName);
    }
    item->setText(2, status);
    QFont font = m_symptomList->font();
    font.setItalic(symptom.retired);
    item->setFont(0, font);
    const QColor text =
        symptom.retired ? MessageStyle::mutedColour(palette()) : palette().color(QPalette::Text);
    for (int column = 0; column < 3; ++column) {
        item->setForeground(column, text);
    }
}

int EditProfileDialog::selectedRow() const
{
    const QTreeWidgetItem* item = m_symptomList->currentItem();
    return item ? item->data(0, kRowRole).toInt() : -1;
}

void EditProfileDialog::updateSymptomButtons()
{
    const int row = selectedRow();
    m_renameSymptom->setEnabled(row >= 0);
    m_retireSymptom->setEnabled(row >= 0);
    const bool retired = row >= 0 && m_symptoms[static_cast<std::size_t>(row)].retired;
    m_retireSymptom->setText(retired ? tr("Bring &back") : tr("Re&tire"));
    m_retireSymptom->setToolTip(
        retired ? tr("Score this symptom again from now on; its old scores come back with it")
                : tr("Stop scoring this symptom; its scores stay with their days"));
}

void EditProfileDialog::addSymptom(const SymptomDefinition& symptom)
{
    const QString name = Profile::checkedName(symptom.name, QStringLiteral("symptom"));
    for (SymptomRow& existing : m_symptoms) {
        if (existing.definition.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (existing.retired) {
                // Adding a retired symptom again brings it back, scores and all.
                existing.retired = false;
                fillSymptoms();
                return;
            }
            throw InputError(QStringLiteral("symptom"),
                             QStringLiteral("\"%1\" is already tracked").arg(name));
        }
    }
    m_symptoms.push_back({QString(), false, {name, symptom.higherIsBetter}, false});
    fillSymptoms();
    m_symptomList->setCurrentItem(m_symptomList->topLevelItem(static_cast<int>(m_symptoms.size()) - 1));
}

void EditProfileDialog::renameSelectedSymptom()
{
    if (QTreeWidgetItem* item = m_symptomList->currentItem()) {
        m_symptomList->setFocus();
        m_symptomList->editItem(item, 0);
    }
}

void EditProfileDialog::toggleSelectedRetired()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    SymptomRow& symptom = m_symptoms[static_cast<std::size_t>(row)];
    if (symptom.storedName.isEmpty()) {
        // A symptom added in this dialog has no history to keep: retiring it is not adding it.
        m_symptoms.erase(m_symptoms.begin() + row);
        fillSymptoms();
        return;
    }
    symptom.retired = !symptom.retired;
    describeRow(row);
    updateSymptomButtons();
}

void EditProfileDialog::onSymptomEdited(QTreeWidgetItem* item, int column)
{
    if (column != 0) {
        return;
    }
    const int row = item->data(0, kRowRole).toInt();
    SymptomRow& symptom = m_symptoms[static_cast<std::size_t>(row)];
    QString name;
    try {
        name = Profile::checkedName(item->text(0), QStringLiteral("symptom"));
        for (int other = 0; other < static_cast<int>(m_symptoms.size()); ++other) {
            if (other != row && m_symptoms[static_cast<std::size_t>(other)].definition.name.compare(
                                    name, Qt::CaseInsensitive) == 0) {
                throw InputError(
                    QStringLiteral("symptom"),
                    QStringLiteral("\"%1\" is already one of this profile's symptoms").arg(name));
            }
        }
    } catch (const InputError& error) {
        showProblem(ProblemText::sentence(error.message()));
        describeRow(row); // back to the name it had
        return;
    }
    symptom.definition.name = name;
    m_problem->setVisible(false);
    describeRow(row);
}

void EditProfileDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(true);
}

QString EditProfileDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void EditProfileDialog::accept()
{
    if (!m_conditions->addTyped()) {
        showProblem(tr("Choose what \u201c%1\u201d means under Conditions, or clear the field.")
                        .arg(m_conditions->pendingText()));
        m_conditions->input()->setFocus();
        return;
    }
    try {
        save();
    } catch (const InputError& error) {
        showProblem(ProblemText::sentence(error.message()));
        return;
    } catch (const std::exception& error) {
        showProblem(tr("The changes could not be saved: %1").arg(ProblemText::of(error)));
        return;
    }
    QDialog::accept();
}

void EditProfileDialog::save()
{
    ProfileService& profiles = m_session.profileService();
    if (m_name->text().simplified() != m_storedName) {
        profiles.rename(m_profileId, m_name->text());
        m_storedName = m_name->text().simplified();
    }

    const QStringList library = m_conditions->libraryConditions();
    const QStringList own = m_conditions->ownConditions();
    QStringList removed;
    for (const QString& stored : m_storedConditions) {
        if (!containsName(library, stored) && !containsName(own, stored)) {
            removed << stored;
        }
    }
    QStringList addedLibrary;
    for (const QString& name : library) {
        if (!containsName(m_storedConditions, name)) {
            addedLibrary << name;
        }
    }
    QStringList addedOwn;
    for (const QString& name : own) {
        if (!containsName(m_storedConditions, name)) {
            addedOwn << name;
        }
    }
    if (!removed.isEmpty() || !addedLibrary.isEmpty() || !addedOwn.isEmpty()) {
        profiles.editConditions(m_profileId, addedLibrary, removed, addedOwn);
        m_storedConditions = library + own;
    }

    Profile preferences = m_storedPreferences;
    preferences.doseUnit = static_cast<Dose::Unit>(m_doseUnit->currentData().toInt());
    preferences.colour = m_colour->colour();
    if (preferences.doseUnit != m_storedPreferences.doseUnit ||
        preferences.colour != m_storedPreferences.colour) {
        profiles.setPreferences(m_profileId, preferences);
        m_storedPreferences = preferences;
    }

    for (SymptomRow& symptom : m_symptoms) {
        if (symptom.storedName.isEmpty()) {
            profiles.addSymptom(m_profileId, symptom.definition);
            symptom.storedName = symptom.definition.name;
            symptom.storedRetired = false;
            continue;
        }
        if (symptom.definition.name != symptom.storedName) {
            profiles.renameSymptom(m_profileId, symptom.storedName, symptom.definition.name);
            symptom.storedName = symptom.definition.name;
        }
        if (symptom.retired && !symptom.storedRetired) {
            profiles.retireSymptom(m_profileId, symptom.storedName);
            symptom.storedRetired = true;
        } else if (!symptom.retired && symptom.storedRetired) {
            profiles.addSymptom(m_profileId, symptom.definition);
            symptom.storedRetired = false;
        }
    }
}

} // namespace ldn
