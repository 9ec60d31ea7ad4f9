#pragma once

#include "PriceBookData.h"

#include <QByteArray>

namespace gpucompare {

/// Writes a whole price book in our JSON format (PriceBookJson.h, which reads it back), at
/// PriceBookJson::kFormatVersion.
class PriceBookJsonWriter final
{
public:
    /// The document for data, UTF-8, two-space indented, ending in a newline.
    static QByteArray write(const PriceBookData &data);
};

} // namespace gpucompare
