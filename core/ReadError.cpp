#include "ReadError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString ReadError::toString() const
{
    QString where = file;
    if (line > 0) {
        const QString lineText =
            column > 0 ? QCoreApplication::translate("gpucompare::ReadError", "line %1, column %2")
                             .arg(line)
                             .arg(column)
                       : QCoreApplication::translate("gpucompare::ReadError", "line %1").arg(line);
        where = where.isEmpty() ? lineText : where + u", "_s + lineText;
    }
    QString text = where.isEmpty() ? QString() : where + u": "_s;
    if (!location.isEmpty())
        text += location + u": "_s;
    return text + message;
}

} // namespace gpucompare
