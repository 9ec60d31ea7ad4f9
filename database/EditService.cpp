#include "EditService.h"

#include "PriceBookEdits.h"
#include "Translated.h"
#include "TypedPrice.h"

#include <QDate>

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return translated("gpucompare::EditService", text);
}
} // namespace

Outcome<PriceBookEdit> EditService::typedPrice(qint64 offerId, const QString &text) const
{
    using Result = Outcome<PriceBookEdit>;
    if (m_readOnly)
        return Result::failure(tr("the price book is open read-only"));
    const Outcome<Money> usd = readTypedPrice(tr("USD per instance-hour"), text);
    if (!usd)
        return Result::failure(usd.error());
    return addPrice(m_db, offerId,
                    {usd.value(), QDate::currentDate().toString(Qt::ISODate), QString(),
                     tr("entered in the price table"), QString()});
}

Outcome<PriceBookEdit> EditService::write(PriceBookEdit edit,
                                          PriceBookEdit::Direction direction) const
{
    if (m_readOnly)
        return Outcome<PriceBookEdit>::failure(tr("the price book is open read-only"));
    if (const Status written = edit.tryApply(m_db, direction); !written)
        return Outcome<PriceBookEdit>::failure(written.error());
    return edit;
}

} // namespace gpucompare
