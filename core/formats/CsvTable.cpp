#include "CsvTable.h"

#include <QCoreApplication>

namespace gpucompare::CsvTable {

int column(const QStringList &header, const QString &name)
{
    return int(header.indexOf(name));
}

bool hasColumns(const QStringList &header, const QStringList &required)
{
    for (const QString &c : required) {
        if (!header.contains(c))
            return false;
    }
    return true;
}

QString fieldCountMismatch(qsizetype fields, qsizetype headerFields)
{
    // Under OwnCsv's context, where the catalogues have had it since the first CSV format.
    return QCoreApplication::translate("gpucompare::OwnCsv", "%1 fields where the header has %2")
        .arg(fields)
        .arg(headerFields);
}

} // namespace gpucompare::CsvTable
