#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace gpucompare {

/// One working day of the European Central Bank's euro reference rates: how many units of
/// each currency one euro bought, as exact millionths ("7.8340" is 7,834,000).
struct EuroRateDay
{
    QDate day;
    QMap<QString, qint64> perEuroMillionths; ///< by ISO code; the euro itself is not listed
};

/// Reads the ECB's reference-rate XML: `eurofxref-daily.xml` (one day) or the `-hist` and
/// `-hist-90d` files (a day per `<Cube time=…>`), single- or double-quoted alike. The days come
/// back in the file's order; `source` names the file or address in the messages. A file that
/// is not that XML, a day without a date, a code that is not three capitals or a rate that is
/// not a positive decimal refuses the whole file, naming the line.
Outcome<QList<EuroRateDay>> readEcbReferenceRates(const QByteArray &xml, const QString &source);

} // namespace gpucompare
