#pragma once

#include "Outcome.h"

#include <QImage>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gpucompare {

/// Renders charts to images independently of any window, and saves them safely.
///
/// A chart view that was never shown draws a tiny, un-laid-out chart (research pitfall 5), so
/// export puts the chart in its own QGraphicsScene, resizes it to the requested logical size and
/// renders at the requested scale: the same pixels with or without a display.
class ChartRenderer final
{
public:
    static constexpr QSize kDefaultSize{1600, 1200};

    /// Takes ownership of chart. pixelSize is the PNG's size; scale enlarges text and lines
    /// (2 = the chart is laid out at half the pixel size and drawn at twice the density).
    /// footer, when given, is drawn under the chart: the source caption.
    static QImage render(QChart *chart, QSize pixelSize, qreal scale = 1.0,
                         const QString &footer = {});

    /// Writes a PNG through QSaveFile: a failed write leaves any existing file intact.
    static Status savePng(const QImage &image, const QString &path);

    /// The scale that keeps text readable: charts are laid out at about 800 logical pixels
    /// wide, so a 1600-pixel PNG draws at 2x.
    static qreal defaultScale(QSize pixelSize);

    /// Parses "1600x1200"; nullopt-like invalid size when malformed or outside 100..10000.
    static QSize parseSize(const QString &text);
};

} // namespace gpucompare
