#pragma once

#include "ExchangeRates.h"
#include "PriceBookData.h"
#include "ReadError.h"

#include <QIODevice>
#include <QString>
#include <optional>

/// Our lossless JSON format for a whole price book: reading it (here) and its version, which
/// PriceBookJsonWriter writes.
///
/// The document is an object {"format": "gpucompare-pricebook", "version": 1, "providers": [...],
/// "gpu_models": [...], "offers": [...], "market_share": [...], "saved_jobs": [...]}; the keys are
/// file-format tokens and never translated. Prices are JSON numbers with at most six decimals
/// (exact micro-dollars), dates are "YYYY-MM-DD" strings. Writing what was read gives the same
/// bytes, because keys are sorted and empty fields are left out.
namespace gpucompare::PriceBookJson {

/// 2 added instance shapes, typical MFU per GPU, price confirmations and delisted offers; 4 a
/// price's published amount and currency ("published_amount", "published_currency"), so that
/// an older version refuses a file whose euro prices it would drop.
inline constexpr int kFormatVersion = 4;
inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

struct ReadResult
{
    std::optional<PriceBookData> data;
    ReadError error;
};

/// Reads and validates a whole document. fileName is only used in error messages. A price with
/// a published currency and no "usd_per_instance_hour" gets its dollar figure at the rate of its
/// day from `rates` (fillUsdFromPublished()); without rates, or a rate, it is an error.
ReadResult read(QIODevice &device, const QString &fileName, const ExchangeRates *rates = nullptr);
ReadResult read(const QByteArray &bytes, const QString &fileName,
                const ExchangeRates *rates = nullptr);

} // namespace gpucompare::PriceBookJson
