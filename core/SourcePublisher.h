#pragma once

#include <QString>

namespace gpucompare {

/// Who published a price, in words a reader knows, from its source URL: "SkyPilot catalog",
/// "cloud-gpus.com (aggregator)", "aws.amazon.com". A copy of a page on GitHub is named after
/// the publisher of the data, never after the mirror ("github.com"). Empty URL: empty text.
QString sourcePublisher(const QString &url);

/// Whether a price comes first-hand from its source URL: the provider's own page or API, or a
/// catalog generated from the provider's API (SkyPilot's, Azure's Retail Prices API, Google's
/// billing catalog). An aggregator's quote, a copy or transcription of a page, a dataset or a
/// compilation is second-hand, and so is a price with no source or only a file name.
bool isFirstHandSource(const QString &url);

} // namespace gpucompare
