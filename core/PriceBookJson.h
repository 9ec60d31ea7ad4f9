#pragma once

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

/// 2 added instance shapes, typical MFU per GPU, price confirmations and delisted offers.
inline constexpr int kFormatVersion = 3;
inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

struct ReadResult
{
    std::optional<PriceBookData> data;
    ReadError error;
};

/// Reads and validates a whole document. fileName is only used in error messages.
ReadResult read(QIODevice &device, const QString &fileName);
ReadResult read(const QByteArray &bytes, const QString &fileName);

} // namespace gpucompare::PriceBookJson
