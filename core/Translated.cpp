#include "Translated.h"

#include <QCoreApplication>

namespace gpucompare {

QString translated(const char *context, const char *text)
{
    const QString inContext = QCoreApplication::translate(context, text);
    if (inContext != QLatin1String(text))
        return inContext;
    return QCoreApplication::translate("gpucompare", text);
}

} // namespace gpucompare
