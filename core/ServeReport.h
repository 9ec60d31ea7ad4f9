#pragma once

#include "ServingModel.h"

#include <QByteArray>

class QIODevice;

namespace gpucompare::ServeReport {

/// `{"estimates": [...], "notes": [...], "serve": {inputs as resolved, weight_bytes,
/// kv_bytes_per_token}}`, streamed estimate by estimate (JsonStreamWriter); false when a write
/// failed.
bool writeJson(QIODevice *device, const ServeSpec &spec, const OfferSelection &selection,
               const ServeRun &run);
QByteArray json(const ServeSpec &spec, const OfferSelection &selection, const ServeRun &run);

/// RFC 4180 CSV with the JSON field names as header.
QByteArray csv(const ServeSpec &spec, const ServeRun &run);

/// Aligned columns for a terminal, then the assumptions and notes.
QString table(const ServeSpec &spec, const ServeRun &run);

} // namespace gpucompare::ServeReport
