#include "TestImages.h"

#include <QImage>
#include <QSet>

namespace gpucompare::test {

namespace {
constexpr int kStep = 4;
}

double inkRatio(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QRgb background = image.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += kStep) {
        for (int x = 0; x < image.width(); x += kStep)
            ink += image.pixel(x, y) != background;
    }
    return double(ink) / (double(image.width() / kStep) * (image.height() / kStep));
}

int sampledColourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += kStep) {
        for (int x = 0; x < image.width(); x += kStep)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace gpucompare::test
