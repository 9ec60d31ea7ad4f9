#include "RunGuarded.h"

#include <QApplication>
#include <QMessageBox>
#include <exception>

namespace gpucompare {

void runGuarded(QWidget *parent, const std::function<void()> &action)
{
    // The last net under a menu command: what reads the book goes through book:: outcomes,
    // and an exception that still gets here (a form's read of a record) is said, not fatal.
    try {
        action();
    } catch (const std::exception &e) {
        // The window's words: the message was MainWindow's, and its translations keep it.
        QMessageBox::warning(
            parent, QApplication::applicationDisplayName(),
            QCoreApplication::translate("gpucompare::MainWindow", "Something went wrong: %1")
                .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace gpucompare
