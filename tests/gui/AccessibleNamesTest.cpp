#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/exchange/CsvImportDialog.h"
#include "gui/plan/PlanPage.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <catch2/catch.hpp>

#include <functional>

namespace ldn::test {
namespace {

// A widget a person can operate: buttons, inputs, choices, lists and tables, sliders. The parts
// Qt builds inside another control (a spin box's line edit, a table's header, a scroll bar) are
// named by that control, so they are left out.
bool isInteractive(const QWidget& widget)
{
    const QWidget* parent = widget.parentWidget();
    if (qobject_cast<const QLineEdit*>(&widget)) {
        return !qobject_cast<const QAbstractSpinBox*>(parent) && !qobject_cast<const QComboBox*>(parent);
    }
    if (qobject_cast<const QAbstractItemView*>(&widget)) {
        return !qobject_cast<const QHeaderView*>(&widget) && !qobject_cast<const QComboBox*>(parent) &&
               !widget.inherits("QComboBoxListView");
    }
    if (qobject_cast<const QAbstractSlider*>(&widget)) {
        return !qobject_cast<const QScrollBar*>(&widget);
    }
    if (qobject_cast<const QAbstractItemView*>(parent)) {
        return false; // a table's corner button
    }
    if (const auto* scrolled = qobject_cast<const QAbstractScrollArea*>(parent);
        scrolled != nullptr && scrolled->viewport() == &widget) {
        return false; // the viewport of a scroll area, a chart or a table
    }
    // Custom widgets count when the keyboard can reach them (a chart that zooms with + and -).
    if ((widget.focusPolicy() & Qt::TabFocus) != 0 && !qobject_cast<const QLabel*>(&widget) &&
        !qobject_cast<const QTabBar*>(&widget)) {
        return true;
    }
    return qobject_cast<const QAbstractButton*>(&widget) || qobject_cast<const QAbstractSpinBox*>(&widget) ||
           qobject_cast<const QComboBox*>(&widget) || qobject_cast<const QTextEdit*>(&widget) ||
           qobject_cast<const QPlainTextEdit*>(&widget);
}

// What a screen reader announces for the widget: Qt's accessibility falls back from the
// accessible name to a button's text and to the text of a label whose buddy the widget is.
QString spokenName(QWidget& widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget& widget)
{
    QString path;
    for (const QWidget* at = &widget; at != nullptr; at = at->parentWidget()) {
        if (!at->objectName().isEmpty() && !at->objectName().startsWith(QLatin1String("qt_"))) {
            path = at->objectName();
            break;
        }
    }
    return QStringLiteral("%1 \"%2\" (in %3)")
        .arg(QString::fromLatin1(widget.metaObject()->className()), widget.objectName(), path);
}

// Every interactive widget on show in `root` that nothing names.
QStringList unnamedWidgets(QWidget& root)
{
    QStringList unnamed;
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (widget->isVisibleTo(&root) && isInteractive(*widget) && spokenName(*widget).isEmpty()) {
            unnamed << describe(*widget);
        }
    }
    return unnamed;
}

void settle()
{
    for (int pass = 0; pass < 5; ++pass) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// Opens a dialog with `open` (which may run it modally, as exec() does, or show it and return),
// checks the dialog's widgets, then closes it. Fails when no dialog came up.
QStringList unnamedInDialog(const std::function<void()>& open)
{
    const QPointer<QWidget> before = QApplication::activeModalWidget();
    QStringList unnamed;
    bool checked = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (checked || dialog == nullptr || dialog == before) {
            return;
        }
        checked = true;
        settle();
        for (const QString& widget : unnamedWidgets(*dialog)) {
            unnamed << dialog->windowTitle() + QStringLiteral(": ") + widget;
        }
        if (auto* asDialog = qobject_cast<QDialog*>(dialog)) {
            asDialog->reject();
        } else {
            dialog->close();
        }
    });
    poll.start();
    open();
    REQUIRE(QTest::qWaitFor([&] { return checked; }, 5000));
    poll.stop();
    settle();
    return unnamed;
}

} // namespace

TEST_CASE("Every interactive widget on every page and dialog has a name a screen reader can say")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));

    SECTION("the welcome page of an empty diary")
    {
        OpenWindow windowOpened(database);
        windowOpened.window.resize(1280, 800);
        windowOpened.window.show();
        settle();
        const QStringList unnamed = unnamedWidgets(windowOpened.window);
        INFO(unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
    }

    SECTION("the pages and dialogs of the demo diary")
    {
        DemoDiaryWriter(database).write({QStringLiteral("Demo"), 120, 1, QDate::currentDate(), true});
        OpenWindow windowOpened(database);
        MainWindow& window = windowOpened.window;
        window.resize(1280, 800);
        window.show();
        settle();

        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            window.showTab(tab);
            settle();
            const QStringList onTab = unnamedWidgets(window);
            INFO("tab " << MainWindow::tabName(tab).toStdString() << ":\n"
                        << onTab.join(QLatin1Char('\n')).toStdString());
            CHECK(onTab.isEmpty());
        }

        QStringList unnamed;
        const auto action = [&window](const char* name) {
            return WidgetFinder::require<QAction>(window, name);
        };
        unnamed << unnamedInDialog([&] { action("actionNewProfile")->trigger(); });
        unnamed << unnamedInDialog([&] { action("actionEditProfile")->trigger(); });
        unnamed << unnamedInDialog([&] { action("actionRemoveProfile")->trigger(); });
        unnamed << unnamedInDialog([&] { action("actionAddNote")->trigger(); });
        unnamed << unnamedInDialog([&] { action("actionAbout")->trigger(); });
        window.showTab(MainWindow::TodayTab);
        settle();
        unnamed << unnamedInDialog(
            [&] { WidgetFinder::require<QPushButton>(window, "addSymptomButton")->click(); });

        window.showTab(MainWindow::PlanTab);
        settle();
        PlanPage* plan = window.planPage();
        unnamed << unnamedInDialog([&] { plan->openPlanDialog(); });
        for (const TitrationAdjustment::Kind kind :
             {TitrationAdjustment::Kind::Hold, TitrationAdjustment::Kind::StepDown,
              TitrationAdjustment::Kind::Resume, TitrationAdjustment::Kind::SetDose}) {
            unnamed << unnamedInDialog([&] { plan->openAdjustmentDialog(kind); });
        }
        WidgetFinder::require<QAbstractItemView>(window, "medicationTable")
            ->setCurrentIndex(
                WidgetFinder::require<QAbstractItemView>(window, "medicationTable")->model()->index(0, 0));
        unnamed << unnamedInDialog([&] { plan->openStopDialog(); });

        window.showTab(MainWindow::EvidenceTab);
        settle();
        unnamed << unnamedInDialog([&] { window.evidencePage()->openUserEvidenceDialog(); });

        const QString csv = folder.file(QStringLiteral("diary.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("date,dose_mg,pain\n2025-06-01,1.5,6\n2025-06-02,1.5,5\n");
        file.close();
        const std::int64_t demoId = ProfileRepository(database).findByName(QStringLiteral("Demo"))->id;
        unnamed << unnamedInDialog([&] {
            auto* dialog = new CsvImportDialog(csv, windowOpened.session, demoId, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        INFO(unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
    }
}

} // namespace ldn::test
