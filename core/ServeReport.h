#pragma once

#include "PriceDisplay.h"
#include "ServingModel.h"

#include <QByteArray>

class QIODevice;

namespace gpucompare::ServeReport {

/// `{"estimates": [...], "notes": [...], "serve": {inputs as resolved, weight_bytes,
/// kv_bytes_per_token}}`, streamed estimate by estimate (JsonStreamWriter); false when a write
/// failed.
/// With `shown` (--currency): the "currency" object, and per estimate `per_million_tokens` and
/// `per_gpu_hour` in that currency beside the unchanged US-dollar fields.
bool writeJson(QIODevice *device, const ServeSpec &spec, const OfferSelection &selection,
               const ServeRun &run, const PriceDisplay *shown = nullptr);
QByteArray json(const ServeSpec &spec, const OfferSelection &selection, const ServeRun &run);

/// RFC 4180 CSV with the JSON field names as header.
/// With `shown`: three last columns, currency, per_million_tokens and per_gpu_hour.
QByteArray csv(const ServeSpec &spec, const ServeRun &run, const PriceDisplay *shown = nullptr);

/// Aligned columns for a terminal, then the assumptions and notes.
QString table(const ServeSpec &spec, const ServeRun &run);

} // namespace gpucompare::ServeReport
