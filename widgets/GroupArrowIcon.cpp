#include "GroupArrowIcon.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>

namespace gpucompare {

QIcon groupArrowIcon(bool open)
{
    // View › Theme may put another style in place: its icons then.
    static QPointer<QStyle> madeBy;
    static QIcon down;
    static QIcon right;
    QStyle *style = QApplication::style();
    if (madeBy != style) {
        madeBy = style;
        down = style->standardIcon(QStyle::SP_ArrowDown);
        right = style->standardIcon(QStyle::SP_ArrowRight);
    }
    return open ? down : right;
}

} // namespace gpucompare
