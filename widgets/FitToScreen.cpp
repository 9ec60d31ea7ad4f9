#include "FitToScreen.h"

#include <QDialog>
#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QStyle>
#include <algorithm>

namespace gpucompare {

namespace {

/// Kept free at each edge of the available geometry, in logical pixels: a window flush with
/// a panel looks cut, and some window managers draw a shadow outside the frame.
constexpr int kEdge = 8;

/// Whether the window still waits to be placed: by QDialog over its parent, or by the window
/// manager. `showing`: its first Show event is being delivered, it is not on screen yet.
bool unplaced(QWidget *window, bool showing)
{
    return (showing || !window->isVisible()) && !window->testAttribute(Qt::WA_Moved);
}

QScreen *screenFor(QWidget *window, bool showing)
{
    // A dialog that has not been placed opens centred over its parent (QDialog::showEvent).
    if (unplaced(window, showing) && window->parentWidget())
        return window->parentWidget()->window()->screen();
    // A saved position may lie on a screen that is gone: then the window's own or the primary.
    if (QScreen *at = QGuiApplication::screenAt(window->frameGeometry().center()))
        return at;
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

QMargins frameOf(QWidget *window)
{
    const QRect outer = window->frameGeometry();
    const QRect inner = window->geometry();
    const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom());
    if (!frame.isNull() || window->windowFlags().testFlag(Qt::FramelessWindowHint))
        return frame;
    // Not framed yet, also while the first Show event is delivered: X11 window managers add
    // the title bar after the window is mapped.
    const int titleBar = std::max(window->style()->pixelMetric(QStyle::PM_TitleBarHeight),
                                  window->fontMetrics().height() * 2);
    return {0, titleBar, 0, 0};
}

void fit(QWidget *window, bool showing)
{
    if (!window)
        return;
    window = window->window();
    if (window->isMaximized() || window->isFullScreen())
        return; // the window manager fits those
    if (QLayout *layout = window->layout())
        layout->activate(); // sets the minimum size the content needs
    const QScreen *screen = screenFor(window, showing);
    if (!screen)
        return;
    const QRect room = screen->availableGeometry().marginsRemoved({kEdge, kEdge, kEdge, kEdge});
    const QMargins frame = frameOf(window);
    const QSize most(room.width() - frame.left() - frame.right(),
                     room.height() - frame.top() - frame.bottom());
    const QSize size = window->size().boundedTo(most).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    const QSize outer = size.grownBy(frame);
    QPoint at = window->pos(); // the frame's top left
    if (unplaced(window, showing)) {
        // The window manager places a new window on screen.
        if (!showing)
            return;
        // A dialog: centred over its parent as QDialog would, but kept on screen with its whole
        // frame (QDialog's own check left a screen-wide dialog's right edge off screen).
        const QRect over =
            window->parentWidget() ? window->parentWidget()->window()->frameGeometry() : room;
        at = over.center() - QPoint(outer.width() / 2, outer.height() / 2);
    }
    const int x =
        std::max(room.left(), std::min(at.x(), room.left() + room.width() - outer.width()));
    const int y =
        std::max(room.top(), std::min(at.y(), room.top() + room.height() - outer.height()));
    if (QPoint(x, y) != window->pos() || showing)
        window->move(x, y); // while showing, this also tells QDialog the dialog is placed
}

class FitOnShow final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Before QDialog::showEvent, which centres the dialog on its parent at its final size.
        if (event->type() == QEvent::Show && !event->spontaneous())
            fit(static_cast<QWidget *>(watched), true);
        return false;
    }
};

} // namespace

void fitToScreen(QWidget *window)
{
    fit(window, false);
}

void keepFittedToScreen(QDialog *dialog)
{
    dialog->installEventFilter(new FitOnShow(dialog));
}

} // namespace gpucompare
