#include "Translated.h"

#include <QCoreApplication>

namespace gpucompare {

QString translated(const char *context, const char *text)
{
    const QString inContext = QCoreApplication::translate(context, text);
    // UTF-8, as translate() reads it: compared as Latin-1, a text with "—" or "×" never matched
    // its untranslated self and the namespace's translation was never looked up.
    if (inContext != QString::fromUtf8(text))
        return inContext;
    return QCoreApplication::translate("gpucompare", text);
}

} // namespace gpucompare
