#pragma once

class QImage;

namespace gpucompare::test {

/// The share of sampled pixels that differ from the top-left pixel: about 0 for a blank image,
/// a few percent and up for a chart.
double inkRatio(const QImage &image);

/// How many distinct colours a sample of the image holds: a chart has axes, text and series.
int sampledColourCount(const QImage &image);

} // namespace gpucompare::test
