// No exception crosses a Qt slot: with the price book failing underneath (its connection
// closed, so every statement is refused), every menu action of the window says why, or does
// nothing, and the window carries on.

#include "MainWindow.h"
#include "PriceBook.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// Closes every modal dialog as it appears (message boxes accepted, others rejected), keeping
/// what the message boxes and the forms' status lines said.
class ModalCloser
{
public:
    ModalCloser()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                m_said.append(box->text());
                QMetaObject::invokeMethod(box, "accept", Qt::QueuedConnection);
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                if (auto *status = dialog->findChild<QLabel *>(u"status"_s);
                    status && !status->isHidden())
                    m_said.append(status->text());
                // Queued: a dialog that asks before closing opens its question from here.
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
            }
        });
        m_timer.start();
    }
    const QStringList &said() const { return m_said; }

private:
    QTimer m_timer;
    QStringList m_said;
};

QList<QAction *> menuActions(const QMenuBar *bar)
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *a : bar->actions()) {
        if (a->menu())
            menus.append(a->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *a : menu->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else if (!a->isSeparator())
                actions.append(a);
        }
    }
    return actions;
}

} // namespace

TEST(ErrorBoundary, EveryMenuActionOnAFailingBookSaysWhyAndThrowsNothing)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    window.show();
    QCoreApplication::processEvents();
    QSqlDatabase(window.book()->database()).close(); // every statement fails from here on

    ModalCloser closer;
    int triggered = 0;
    for (QAction *action : menuActions(window.menuBar())) {
        const QString text = action->text().remove(u'&');
        // Quit ends the window, a language builds a new one, and the checkable ones (theme,
        // byte-order mark) are settings, not reads or writes of the book.
        if (text == u"Quit"_s || action->parent()->objectName() == u"languageMenu"_s ||
            action->isCheckable() || !action->isEnabled())
            continue;
        if (qEnvironmentVariableIsSet("GPUCOMPARE_TRACE_ACTIONS"))
            fprintf(stderr, "action: %s\n", qPrintable(text));
        EXPECT_NO_THROW(action->trigger()) << text.toStdString();
        QCoreApplication::processEvents();
        ++triggered;
    }
    EXPECT_GT(triggered, 20);
    // The forms and the reload said that the book could not be read.
    const QString said = closer.said().join(u'\n');
    EXPECT_GE(said.count(u"could not be read"_s), 4) << said.toStdString();
    EXPECT_TRUE(window.isVisible());
}
