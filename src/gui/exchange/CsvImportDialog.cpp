#include "gui/exchange/CsvImportDialog.h"

#include "core/base/InputError.h"
#include "core/exchange/CsvSymptomHeader.h"
#include "gui/common/MessageStyle.h"
#include "presentation/DateText.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "services/ProblemText.h"
#include "storage/db/StorageError.h"
#include "storage/exchange/DiaryCsvImporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace ldn {
namespace {

constexpr int kPreviewRows = 20;
constexpr int kListedProblems = 1000; // more than anyone reads; the summary gives the count
constexpr int kAutomaticDateFormat = -1;

constexpr std::array<CsvField, 11> kSingleFields{
    CsvField::Date,        CsvField::DateTime,    CsvField::Dose,     CsvField::Missed,
    CsvField::Time,        CsvField::Formulation, CsvField::Pharmacy, CsvField::Batch,
    CsvField::SideEffects, CsvField::Events,      CsvField::Note,
};

// The scales a symptom column can be said to have; "unknown" until the person answers.
constexpr int kUnknownScale = -1;
const std::array<CsvScale, 6> kScales{{{0, 10}, {1, 5}, {0, 5}, {0, 4}, {1, 10}, {0, 100}}};

// The scale chosen in a column's scale box; nothing while unanswered.
std::optional<CsvScale> chosenScale(const QComboBox* box)
{
    const int index = box->currentData().toInt();
    if (index == kUnknownScale) {
        return std::nullopt;
    }
    if (index < static_cast<int>(kScales.size())) {
        return kScales[static_cast<std::size_t>(index)];
    }
    return CsvScale{box->currentData(Qt::UserRole + 1).toInt(), box->currentData(Qt::UserRole + 2).toInt()};
}

QString scaleText(const CsvScale& scale)
{
    return scale.isDiaryScale() ? QObject::tr("Scored 0\u201310")
                                : QObject::tr("Scored %1\u2013%2").arg(scale.minimum).arg(scale.maximum);
}

QString ignoreKey()
{
    return QStringLiteral("ignore");
}

QString fieldKey(CsvField field)
{
    return QStringLiteral("field:%1").arg(static_cast<int>(field));
}

QString symptomKey(std::size_t index)
{
    return QStringLiteral("symptom:%1").arg(index);
}

QString newSymptomKey()
{
    return QStringLiteral("new");
}

QString withoutMnemonic(const QString& text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString columnTitle(const QStringList& header, int column)
{
    const QString text = header.value(column).simplified();
    return text.isEmpty() ? QObject::tr("Column %1").arg(column + 1) : text;
}

void setColour(QWidget* widget, const QColor& colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

QString rowsText(int rows)
{
    return rows == 1 ? QObject::tr("1 row") : QObject::tr("%1 rows").arg(rows);
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString& path, DiarySession& session, std::int64_t profileId,
                                 QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_profileId(profileId)
    , m_intro(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_dateFormat(new QComboBox(this))
    , m_datePrompt(new QFrame(this))
    , m_datePromptText(new QLabel(m_datePrompt))
    , m_dayFirst(new QPushButton(m_datePrompt))
    , m_monthFirst(new QPushButton(m_datePrompt))
    , m_mappingProblemText(new QLabel(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(this))
    , m_skipBadRows(new QCheckBox(this))
    , m_replaceConflicts(new QCheckBox(this))
    , m_confirmDoses(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->button(QDialogButtonBox::Ok))
{
    setWindowTitle(tr("Import a diary from CSV"));
    setObjectName(QStringLiteral("csvImportDialog"));
    m_settings = DiaryCsvImporter(session.database()).settingsFor(profileId, CsvDateFormat::Iso);
    try {
        m_table = DiaryCsvImporter::readTable(path);
        m_preset = CsvDiaryPreset::apply(*m_table);
    } catch (const InputError& error) {
        m_fileProblem = error.message();
    }

    m_intro->setObjectName(QStringLiteral("csvIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    const QString fileName = QFileInfo(path).fileName();
    if (m_table) {
        const QChar delimiter = m_table->delimiter();
        const QString separator = delimiter == QLatin1Char(';')    ? tr("semicolons")
                                  : delimiter == QLatin1Char('\t') ? tr("tabs")
                                                                   : tr("commas");
        QString intro = tr("%1: %2 after the header, cells separated by %3. Say what each column holds; "
                           "nothing is written until you press Import.")
                            .arg(fileName, rowsText(m_table->dataRowCount()), separator);
        if (m_preset.kind != CsvDiaryPreset::Kind::None) {
            intro = tr("%1: %2 Say what each column holds; nothing is written until you press Import.")
                        .arg(fileName, m_preset.description);
        }
        m_intro->setText(intro);
    } else {
        m_intro->setText(tr("%1 cannot be imported.").arg(fileName));
    }

    // Columns: one row per column of the file, its label the buddy of its choice.
    auto* columnsLabel = new QLabel(tr("Col&umns of the file"), this);
    auto* columnsArea = new QScrollArea(this);
    columnsArea->setObjectName(QStringLiteral("csvColumnsArea"));
    columnsArea->setAccessibleName(tr("Columns of the file"));
    columnsArea->setWidgetResizable(true);
    columnsArea->setFrameShape(QFrame::StyledPanel);
    auto* columns = new QWidget(columnsArea);
    buildColumnRows(columns);
    if (!m_roles.empty()) {
        columnsLabel->setBuddy(m_roles.front());
    }
    columnsArea->setWidget(columns);
    auto* columnsBox = new QWidget(this);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(columnsLabel);
    columnsLayout->addWidget(columnsArea);

    auto* previewLabel = new QLabel(tr("Pre&view (first %1 rows)").arg(kPreviewRows), this);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(columnsBox);
    splitter->addWidget(previewBox);
    // The columns need room for a symptom's direction, scale and conversion side by side.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 420});

    // Date format, and the question when the dates could be read two ways.
    m_dateFormat->setObjectName(QStringLiteral("csvDateFormat"));
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_dateFormat->addItem(tr("Automatic"), kAutomaticDateFormat);
    for (const CsvDateFormat format :
         {CsvDateFormat::Iso, CsvDateFormat::DayMonthYear, CsvDateFormat::MonthDayYear}) {
        m_dateFormat->addItem(displayName(format), static_cast<int>(format));
    }
    auto* dateLabel = new QLabel(tr("Date &format"), this);
    dateLabel->setBuddy(m_dateFormat);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_dateFormat);
    dateRow->addStretch();

    m_datePrompt->setObjectName(QStringLiteral("csvDatePrompt"));
    m_datePrompt->setFrameShape(QFrame::StyledPanel);
    m_datePromptText->setObjectName(QStringLiteral("csvDatePromptText"));
    m_datePromptText->setWordWrap(true);
    m_datePromptText->setTextFormat(Qt::PlainText);
    setColour(m_datePromptText, MessageStyle::warningColour(palette()));
    m_dayFirst->setObjectName(QStringLiteral("csvDayFirstButton"));
    m_monthFirst->setObjectName(QStringLiteral("csvMonthFirstButton"));
    m_dayFirst->setAutoDefault(false);
    m_monthFirst->setAutoDefault(false);
    auto* promptLayout = new QVBoxLayout(m_datePrompt);
    promptLayout->addWidget(m_datePromptText);
    auto* promptButtons = new QHBoxLayout;
    promptButtons->addWidget(m_dayFirst);
    promptButtons->addWidget(m_monthFirst);
    promptButtons->addStretch();
    promptLayout->addLayout(promptButtons);

    m_mappingProblemText->setObjectName(QStringLiteral("csvMappingProblems"));
    m_mappingProblemText->setWordWrap(true);
    m_mappingProblemText->setTextFormat(Qt::PlainText);
    setColour(m_mappingProblemText, MessageStyle::errorColour(palette()));

    // Problems: every row that will not be imported as it is.
    auto* problemsLabel = new QLabel(tr("&Problems"), this);
    problemsLabel->setBuddy(m_problems);
    m_problems->setObjectName(QStringLiteral("csvProblems"));
    m_problems->setAccessibleName(tr("Problems by line"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(false);
    m_problems->verticalHeader()->setDefaultSectionSize(m_problems->fontMetrics().height() + 8);

    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_skipBadRows->setObjectName(QStringLiteral("csvSkipBadRows"));
    m_replaceConflicts->setObjectName(QStringLiteral("csvReplaceConflicts"));
    m_confirmDoses->setObjectName(QStringLiteral("csvConfirmDoses"));
    m_error->setObjectName(QStringLiteral("csvImportError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    setColour(m_error, MessageStyle::errorColour(palette()));

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(splitter);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problems);
    vertical->addWidget(problemsBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(vertical, 1);
    layout->addLayout(dateRow);
    layout->addWidget(m_datePrompt);
    layout->addWidget(m_mappingProblemText);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(m_replaceConflicts);
    layout->addWidget(m_confirmDoses);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_import->setObjectName(QStringLiteral("csvImportButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    // Tab order follows the page: columns, preview, date format and its question, problems, the
    // confirmations, the buttons.
    std::vector<QWidget*> order;
    for (std::size_t column = 0; column < m_roles.size(); ++column) {
        order.push_back(m_roles[column]);
        order.push_back(m_higherIsBetter[column]);
        order.push_back(m_scales[column]);
        order.push_back(m_convertScales[column]);
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_preview, m_dateFormat, m_dayFirst, m_monthFirst, m_problems, m_skipBadRows, m_replaceConflicts,
             m_confirmDoses, m_import, m_buttons->button(QDialogButtonBox::Cancel)}) {
        order.push_back(widget);
    }
    for (std::size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order[i - 1], order[i]);
    }

    resize(1200, 760);
    if (!m_table) {
        for (QWidget* widget :
             std::initializer_list<QWidget*>{splitter, problemsBox, m_dateFormat, dateLabel}) {
            widget->setEnabled(false);
        }
        m_error->setText(ProblemText::sentence(tr("Cannot import the file: %1").arg(m_fileProblem)));
        m_error->setVisible(true);
        m_datePrompt->setVisible(false);
        m_mappingProblemText->setVisible(false);
        m_skipBadRows->setVisible(false);
        m_replaceConflicts->setVisible(false);
        m_confirmDoses->setVisible(false);
        m_import->setText(tr("&Import"));
        m_import->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
        return;
    }

    fillPreview();
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_dayFirst, &QPushButton::clicked, this,
            [this] { chooseDateFormat(CsvDateFormat::DayMonthYear); });
    connect(m_monthFirst, &QPushButton::clicked, this,
            [this] { chooseDateFormat(CsvDateFormat::MonthDayYear); });
    for (QCheckBox* box : {m_skipBadRows, m_replaceConflicts, m_confirmDoses}) {
        connect(box, &QCheckBox::toggled, this, [this] { updateImportButton(); });
    }
    refresh();
    if (!m_roles.empty()) {
        m_roles.front()->setFocus(); // after the scroll area took the columns in, which clears focus
    }
}

void CsvImportDialog::buildColumnRows(QWidget* container)
{
    auto* grid = new QGridLayout(container);
    grid->setColumnStretch(5, 1);
    if (!m_table) {
        return;
    }
    const QStringList& header = m_table->header();
    CsvColumnMapping guess = CsvColumnMapping::guessFromHeader(*m_table, m_settings.symptoms);
    CsvDiaryPreset::mapScoreColumns(m_preset, *m_table, guess, m_settings.symptoms);
    const QPalette muted = [&] {
        QPalette colours = palette();
        colours.setColor(QPalette::WindowText, MessageStyle::mutedColour(colours));
        return colours;
    }();
    for (int column = 0; column < m_table->columnCount(); ++column) {
        const QString title = columnTitle(header, column);
        auto* role = new QComboBox(container);
        role->setObjectName(QStringLiteral("csvColumnRole%1").arg(column));
        role->setAccessibleName(tr("What column \u201c%1\u201d holds").arg(title));
        role->addItem(tr("Ignore"), ignoreKey());
        for (const CsvField field : kSingleFields) {
            role->addItem(displayName(field), fieldKey(field));
        }
        role->insertSeparator(role->count());
        for (std::size_t i = 0; i < m_settings.symptoms.size(); ++i) {
            role->addItem(tr("Symptom: %1").arg(m_settings.symptoms[i].name), symptomKey(i));
        }
        role->addItem(tr("New symptom \u201c%1\u201d").arg(CsvSymptomHeader::name(header.value(column))),
                      newSymptomKey());

        auto* higher = new QCheckBox(tr("Higher is better"), container);
        higher->setObjectName(QStringLiteral("csvHigherIsBetter%1").arg(column));
        higher->setAccessibleName(tr("Higher scores of \u201c%1\u201d are better").arg(title));
        higher->setToolTip(
            tr("Tick for a symptom like energy or sleep quality, where a higher score is better"));

        auto* scale = new QComboBox(container);
        scale->setObjectName(QStringLiteral("csvScale%1").arg(column));
        scale->setAccessibleName(tr("The scale \u201c%1\u201d is scored on").arg(title));
        scale->addItem(tr("Scored 0\u201310 or 1\u20135?"), kUnknownScale);
        for (std::size_t i = 0; i < kScales.size(); ++i) {
            scale->addItem(scaleText(kScales[i]), static_cast<int>(i));
        }
        auto* convert = new QCheckBox(container);
        convert->setObjectName(QStringLiteral("csvConvertScale%1").arg(column));

        const CsvColumnRole& guessed = guess.role(column);
        if (guessed.scale) {
            const auto known = std::find(kScales.begin(), kScales.end(), *guessed.scale);
            if (known == kScales.end()) {
                scale->addItem(scaleText(*guessed.scale), static_cast<int>(kScales.size()));
                scale->setItemData(scale->count() - 1, QVariant::fromValue(guessed.scale->minimum),
                                   Qt::UserRole + 1);
                scale->setItemData(scale->count() - 1, QVariant::fromValue(guessed.scale->maximum),
                                   Qt::UserRole + 2);
                scale->setCurrentIndex(scale->count() - 1);
            } else {
                scale->setCurrentIndex(scale->findData(static_cast<int>(known - kScales.begin())));
            }
        } else {
            scale->setCurrentIndex(guessed.scaleUnknown ? 0 : 1);
        }
        QString key = ignoreKey();
        if (guessed.field == CsvField::NewSymptom) {
            key = newSymptomKey();
            higher->setChecked(guessed.symptom.higherIsBetter);
        } else if (guessed.field == CsvField::Symptom) {
            for (std::size_t i = 0; i < m_settings.symptoms.size(); ++i) {
                if (m_settings.symptoms[i].name == guessed.symptom.name) {
                    key = symptomKey(i);
                }
            }
        } else if (guessed.field != CsvField::Ignore) {
            key = fieldKey(guessed.field);
        }
        role->setCurrentIndex(std::max(0, role->findData(key)));
        higher->setVisible(key == newSymptomKey());
        const auto showScale = [role, scale, convert] {
            const QString holds = role->currentData().toString();
            const bool symptom = holds == newSymptomKey() || holds.startsWith(QLatin1String("symptom:"));
            scale->setVisible(symptom);
            const std::optional<CsvScale> chosen = chosenScale(scale);
            convert->setVisible(symptom && chosen && !chosen->isDiaryScale());
            if (chosen && !chosen->isDiaryScale()) {
                convert->setText(tr("Convert to 0\u201310"));
                convert->setToolTip(
                    tr("Scores %1 to %2 become 0 to 10: %1 becomes 0, %2 becomes 10, rounded to "
                       "whole numbers. Nothing is imported until you tick this.")
                        .arg(chosen->minimum)
                        .arg(chosen->maximum));
                convert->setAccessibleDescription(convert->toolTip());
            }
        };
        showScale();

        auto* label = new QLabel(withoutMnemonic(title), container);
        label->setBuddy(role);
        label->setTextFormat(Qt::PlainText);
        QStringList samples;
        for (std::size_t i = 1; i < m_table->rows().size() && samples.size() < 3; ++i) {
            const QString value = CsvTable::cell(m_table->rows()[i], column).simplified();
            if (!value.isEmpty()) {
                samples << value;
            }
        }
        auto* sample = new QLabel(container);
        sample->setTextFormat(Qt::PlainText);
        sample->setPalette(muted);
        const QString sampleText = samples.join(QStringLiteral(", "));
        sample->setText(fontMetrics().elidedText(sampleText, Qt::ElideRight, 160));
        sample->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        sample->setToolTip(sampleText);

        grid->addWidget(label, column, 0);
        grid->addWidget(role, column, 1);
        grid->addWidget(higher, column, 2);
        grid->addWidget(scale, column, 3);
        grid->addWidget(convert, column, 4);
        grid->addWidget(sample, column, 5);
        m_roles.push_back(role);
        m_higherIsBetter.push_back(higher);
        m_scales.push_back(scale);
        m_convertScales.push_back(convert);

        connect(role, &QComboBox::currentIndexChanged, this, [this, role, higher, showScale] {
            higher->setVisible(role->currentData().toString() == newSymptomKey());
            showScale();
            refresh();
        });
        connect(scale, &QComboBox::currentIndexChanged, this, [this, convert, showScale] {
            convert->setChecked(false); // a confirmation given for another scale does not carry over
            showScale();
            refresh();
        });
        connect(higher, &QCheckBox::toggled, this, [this] { refresh(); });
        connect(convert, &QCheckBox::toggled, this, [this] { refresh(); });
    }
    grid->setRowStretch(m_table->columnCount(), 1);
}

void CsvImportDialog::fillPreview()
{
    const int rows = std::min(kPreviewRows, m_table->dataRowCount());
    m_preview->setColumnCount(m_table->columnCount());
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const CsvTable::Row& source = m_table->rows()[static_cast<std::size_t>(row + 1)];
        lines << QString::number(source.line);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QString text = CsvTable::cell(source, column);
            auto* item =
                new QTableWidgetItem(QString(text).replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 ")));
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
}

void CsvImportDialog::setToday(const QDate& today)
{
    m_settings.today = today;
    if (m_table) {
        refresh();
    }
}

CsvColumnMapping CsvImportDialog::currentMapping() const
{
    CsvColumnMapping mapping(static_cast<int>(m_roles.size()));
    for (std::size_t column = 0; column < m_roles.size(); ++column) {
        const QString key = m_roles[column]->currentData().toString();
        CsvColumnRole role;
        if (key.startsWith(QLatin1String("field:"))) {
            role.field = static_cast<CsvField>(key.mid(6).toInt());
        } else if (key.startsWith(QLatin1String("symptom:"))) {
            role.field = CsvField::Symptom;
            role.symptom = m_settings.symptoms.at(key.mid(8).toULongLong());
        } else if (key == newSymptomKey()) {
            role.field = CsvField::NewSymptom;
            role.symptom = {CsvSymptomHeader::name(m_table->header().value(static_cast<int>(column))),
                            m_higherIsBetter[column]->isChecked()};
        }
        if (role.field == CsvField::Symptom || role.field == CsvField::NewSymptom) {
            role.scale = chosenScale(m_scales[column]);
            role.scaleUnknown = !role.scale;
            role.scaleConfirmed = m_convertScales[column]->isChecked();
        }
        mapping.setRole(static_cast<int>(column), role);
    }
    return mapping;
}

std::optional<CsvDateFormat> CsvImportDialog::currentDateFormat() const
{
    const int chosen = m_dateFormat->currentData().toInt();
    if (chosen == kAutomaticDateFormat) {
        return m_detection.format;
    }
    return static_cast<CsvDateFormat>(chosen);
}

void CsvImportDialog::chooseDateFormat(CsvDateFormat format)
{
    m_dateFormat->setCurrentIndex(m_dateFormat->findData(static_cast<int>(format)));
    m_dateFormat->setFocus();
}

void CsvImportDialog::refresh()
{
    const CsvColumnMapping mapping = currentMapping();
    const QStringList& header = m_table->header();
    m_mappingProblems = mapping.problems(header, m_settings.symptoms);

    const std::optional<int> dateColumn = mapping.dateColumn();
    m_detection = {};
    if (dateColumn) {
        QStringList dates;
        for (std::size_t i = 1; i < m_table->rows().size(); ++i) {
            dates << CsvTable::cell(m_table->rows()[i], *dateColumn);
        }
        m_detection = detectCsvDateFormat(dates);
    }
    m_dateFormat->setItemText(0, m_detection.format
                                     ? tr("Automatic: %1").arg(displayName(*m_detection.format))
                                 : m_detection.ambiguous ? tr("Automatic: cannot tell, please choose")
                                                         : tr("Automatic"));

    // The question when the file's dates could be read two ways, or cannot be read at all.
    const bool automatic = m_dateFormat->currentData().toInt() == kAutomaticDateFormat;
    const bool ask = dateColumn && automatic && !m_detection.format && m_table->dataRowCount() > 0;
    m_datePrompt->setVisible(ask);
    m_dayFirst->setVisible(ask && m_detection.ambiguous);
    m_monthFirst->setVisible(ask && m_detection.ambiguous);
    if (ask && m_detection.ambiguous) {
        const QDate dayFirst = parseCsvDate(m_detection.example, CsvDateFormat::DayMonthYear);
        const QDate monthFirst = parseCsvDate(m_detection.example, CsvDateFormat::MonthDayYear);
        m_datePromptText->setText(
            tr("Which date format does this file use? %1 Nothing can be imported until you choose.")
                .arg(m_detection.explanation));
        m_dayFirst->setText(dayFirst.isValid() ? tr("&Day first: %1 is %2")
                                                     .arg(m_detection.example,
                                                          dayFirst.toString(QStringLiteral("d MMMM yyyy")))
                                               : tr("&Day first (dd/mm/yyyy)"));
        m_monthFirst->setText(
            monthFirst.isValid()
                ? tr("&Month first: %1 is %2")
                      .arg(m_detection.example, monthFirst.toString(QStringLiteral("MMMM d, yyyy")))
                : tr("&Month first (mm/dd/yyyy)"));
    } else if (ask) {
        m_datePromptText->setText(
            tr("%1 Choose the date format, or the column that holds the date.").arg(m_detection.explanation));
    }

    m_mappingProblemText->setVisible(!m_mappingProblems.isEmpty());
    QStringList sentences;
    for (const QString& problem : m_mappingProblems) {
        sentences << ProblemText::sentence(problem);
    }
    m_mappingProblemText->setText(tr("Before importing: %1").arg(sentences.join(QLatin1Char(' '))));

    const std::optional<CsvDateFormat> format = currentDateFormat();
    m_readable = m_mappingProblems.isEmpty() && format.has_value();
    m_result = {};
    if (m_readable) {
        m_settings.dateFormat = *format;
        try {
            m_result = DiaryCsvImport::read(*m_table, mapping, m_settings);
        } catch (const InputError& error) {
            m_readable = false;
            m_mappingProblemText->setText(ProblemText::sentence(error.problem()));
            m_mappingProblemText->setVisible(true);
        }
    }

    // Everything the person should look at, by line: rows skipped, days already logged, doses to
    // confirm.
    struct Listed {
        int line;
        QString column;
        QString text;
        bool skipped;
    };
    std::vector<Listed> listed;
    for (const CsvRowProblem& problem : m_result.problems) {
        listed.push_back({problem.line, problem.column, ProblemText::sentence(problem.reason), true});
    }
    for (const CsvImportedDay& day : m_result.conflicts) {
        listed.push_back({day.line, header.value(*dateColumn).simplified(),
                          tr("%1 is already in the diary; that day is kept unless you replace it.")
                              .arg(day.entry.date.toString(Qt::ISODate)),
                          false});
    }
    for (const CsvRowProblem& dose : m_result.unusualDoses) {
        listed.push_back({dose.line, dose.column, ProblemText::sentence(dose.reason), false});
    }
    std::stable_sort(listed.begin(), listed.end(),
                     [](const Listed& a, const Listed& b) { return a.line < b.line; });
    const int shown = std::min(static_cast<int>(listed.size()), kListedProblems);
    m_problems->setRowCount(shown);
    const QColor error = MessageStyle::errorColour(palette());
    const QColor warning = MessageStyle::warningColour(palette());
    for (int row = 0; row < shown; ++row) {
        const Listed& item = listed[static_cast<std::size_t>(row)];
        const std::array<QString, 3> cells{QString::number(item.line), item.column, item.text};
        for (int column = 0; column < 3; ++column) {
            auto* cell = new QTableWidgetItem(cells[static_cast<std::size_t>(column)]);
            cell->setForeground(item.skipped ? error : warning);
            cell->setToolTip(item.text);
            m_problems->setItem(row, column, cell);
        }
    }

    // The preview shows what each column became and marks the cells at fault.
    QStringList titles;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const CsvColumnRole& role = mapping.role(column);
        QString becomes = role.field == CsvField::Ignore       ? tr("(ignored)")
                          : role.field == CsvField::Symptom    ? role.symptom.name
                          : role.field == CsvField::NewSymptom ? tr("new symptom %1").arg(role.symptom.name)
                                                               : displayName(role.field);
        titles << columnTitle(header, column) + QStringLiteral("\n\u2192 ") + becomes;
    }
    m_preview->setHorizontalHeaderLabels(titles);
    std::map<int, std::map<int, QStringList>> faults; // line -> column (-1: whole row) -> reasons
    for (const CsvRowProblem& problem : m_result.problems) {
        const int column = problem.column.isEmpty() ? -1 : static_cast<int>(header.indexOf(problem.column));
        faults[problem.line][column] << ProblemText::sentence(problem.reason);
    }
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const int line = m_table->rows()[static_cast<std::size_t>(row + 1)].line;
        const auto found = faults.find(line);
        for (int column = 0; column < m_preview->columnCount(); ++column) {
            QTableWidgetItem* item = m_preview->item(row, column);
            QStringList reasons;
            if (found != faults.end()) {
                for (const int at : {column, -1}) {
                    if (const auto reason = found->second.find(at); reason != found->second.end()) {
                        reasons << reason->second;
                    }
                }
            }
            item->setForeground(reasons.isEmpty() ? palette().color(QPalette::Text) : error);
            item->setToolTip(reasons.join(QLatin1Char('\n')));
        }
    }

    // Confirmations given for other numbers do not carry over.
    const int badRows = m_result.rowsWithProblems();
    if (m_skipBadRows->property("rows").toInt() != badRows) {
        m_skipBadRows->setChecked(false);
        m_skipBadRows->setProperty("rows", badRows);
    }
    m_skipBadRows->setVisible(m_readable && badRows > 0);
    m_skipBadRows->setText(
        tr("&Skip the %1 with problems listed above; nothing from them is imported").arg(rowsText(badRows)));
    const int conflicts = static_cast<int>(m_result.conflicts.size());
    m_replaceConflicts->setVisible(m_readable && conflicts > 0);
    m_replaceConflicts->setText(
        conflicts == 1
            ? tr("&Replace the day already in the diary with the file's row (otherwise it is skipped)")
            : tr("&Replace the %1 days already in the diary with the file's rows (otherwise they are "
                 "skipped)")
                  .arg(conflicts));
    const int doses = static_cast<int>(m_result.unusualDoses.size());
    if (m_confirmDoses->property("doses").toInt() != doses) {
        m_confirmDoses->setChecked(false);
        m_confirmDoses->setProperty("doses", doses);
    }
    m_confirmDoses->setText(
        doses == 1 ? tr("The dose outside 0.1\u201310 mg listed above is c&orrect")
                   : tr("The %1 doses outside 0.1\u201310 mg listed above are c&orrect").arg(doses));
    updateImportButton();
}

bool CsvImportDialog::mustConfirmDoses() const
{
    std::set<int> importedLines;
    for (const CsvImportedDay& day : m_result.days) {
        importedLines.insert(day.line);
    }
    if (m_replaceConflicts->isChecked()) {
        for (const CsvImportedDay& day : m_result.conflicts) {
            importedLines.insert(day.line);
        }
    }
    return std::any_of(m_result.unusualDoses.begin(), m_result.unusualDoses.end(),
                       [&](const CsvRowProblem& dose) { return importedLines.count(dose.line) != 0; });
}

int CsvImportDialog::daysToImport() const
{
    if (!m_readable) {
        return 0;
    }
    return static_cast<int>(m_result.days.size() +
                            (m_replaceConflicts->isChecked() ? m_result.conflicts.size() : 0));
}

void CsvImportDialog::updateImportButton()
{
    const int days = daysToImport();
    const int badRows = m_result.rowsWithProblems();
    const bool confirmDoses = mustConfirmDoses();
    m_confirmDoses->setVisible(m_readable && confirmDoses);

    QStringList summary;
    if (m_readable) {
        summary << tr("%1 will be imported.").arg(dayCount(days));
        if (badRows > 0) {
            summary << tr("%1 with problems will be skipped.").arg(rowsText(badRows));
        }
        if (!m_result.conflicts.empty() && !m_replaceConflicts->isChecked()) {
            summary << tr("%1 already in the diary will be skipped.")
                           .arg(dayCount(static_cast<int>(m_result.conflicts.size())));
        }
        if (m_result.blankRows > 0) {
            summary << tr("%1 without anything to import (days not logged) will be left out.")
                           .arg(rowsText(m_result.blankRows));
        }
    }
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_summary->setVisible(!summary.isEmpty());

    m_import->setText(days > 0 ? tr("&Import %1").arg(dayCount(days)) : tr("&Import"));
    m_import->setEnabled(m_readable && days > 0 && (badRows == 0 || m_skipBadRows->isChecked()) &&
                         (!confirmDoses || m_confirmDoses->isChecked()));
}

void CsvImportDialog::accept()
{
    if (!m_import->isEnabled()) {
        return;
    }
    const int days = daysToImport();
    try {
        m_session.exchangeService().importSpreadsheetDays(m_profileId, currentMapping().newSymptoms(),
                                                          m_result.entries(m_replaceConflicts->isChecked()));
    } catch (const InputError& error) {
        m_error->setText(ProblemText::sentence(error.message()));
        m_error->setVisible(true);
        return;
    } catch (const StorageError& error) {
        m_error->setText(tr("Nothing was imported: %1").arg(error.message()));
        m_error->setVisible(true);
        return;
    }
    Q_EMIT imported(days);
    QDialog::accept();
}

} // namespace ldn
