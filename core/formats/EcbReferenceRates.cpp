#include "EcbReferenceRates.h"

#include "Money.h"
#include "Translated.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return translated("gpucompare::EcbReferenceRates", text);
}

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}
} // namespace

Outcome<QList<EuroRateDay>> readEcbReferenceRates(const QByteArray &xml, const QString &source)
{
    if (xml.trimmed().isEmpty()) // a truncated download, or a server that answered nothing
        return Outcome<QList<EuroRateDay>>::failure(tr("%1 is empty").arg(source));
    QXmlStreamReader reader(xml);
    QList<EuroRateDay> days;
    auto fail = [&](const QString &why) {
        return Outcome<QList<EuroRateDay>>::failure(
            tr("%1, line %2: %3").arg(source).arg(reader.lineNumber()).arg(why));
    };

    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"Cube")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.hasAttribute(u"time"_s)) {
            const QString time = attributes.value(u"time"_s).toString();
            const QDate day = QDate::fromString(time, Qt::ISODate);
            if (!day.isValid())
                return fail(tr("\"%1\" is not a date such as 2026-12-04").arg(time));
            days.append(EuroRateDay{day, {}});
            continue;
        }
        if (!attributes.hasAttribute(u"currency"_s))
            continue; // the envelope's outer <Cube>
        const QString code = attributes.value(u"currency"_s).toString();
        const QString rateText = attributes.value(u"rate"_s).toString();
        if (days.isEmpty())
            return fail(tr("the rate for %1 comes before any day's date").arg(code));
        if (!isCurrencyCode(code))
            return fail(tr("\"%1\" is not a currency code such as USD").arg(code));
        const auto rate = Money::parse(rateText);
        if (!rate || rate->micros() == 0) {
            return fail(
                tr("the rate \"%1\" for %2 is not a positive decimal number").arg(rateText, code));
        }
        days.last().perEuroMillionths.insert(code, rate->micros());
    }
    if (reader.hasError())
        return fail(tr("not well-formed XML (%1)").arg(reader.errorString()));
    if (days.isEmpty()) {
        return Outcome<QList<EuroRateDay>>::failure(
            tr("%1 holds no day of euro reference rates (no <Cube time=…>)").arg(source));
    }
    return days;
}

} // namespace gpucompare
