#pragma once

#include <QString>

namespace gpucompare {

/// Who published a price, in words a reader knows, from its source URL: "SkyPilot catalog",
/// "cloud-gpus.com (aggregator)", "aws.amazon.com". A copy of a page on GitHub is named after
/// the publisher of the data, never after the mirror ("github.com"). Empty URL: empty text.
QString sourcePublisher(const QString &url);

} // namespace gpucompare
