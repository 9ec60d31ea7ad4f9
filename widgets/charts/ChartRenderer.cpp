#include "ChartRenderer.h"

#include "SavedFile.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QImage ChartRenderer::render(QChart *chart, QSize pixelSize, qreal scale, const QString &footer)
{
    const QSizeF logical(pixelSize.width() / scale, pixelSize.height() / scale);
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(chart->backgroundBrush().color().isValid() ? chart->backgroundBrush().color()
                                                          : QColor(Qt::white));

    QTextDocument caption;
    qreal footerHeight = 0;
    if (!footer.isEmpty()) {
        caption.setDefaultFont(chart->titleFont());
        QFont font = chart->titleFont();
        font.setBold(false);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        caption.setDefaultFont(font);
        caption.setHtml(footer);
        caption.setTextWidth(logical.width() - 24);
        footerHeight = caption.size().height() + 8;
    }

    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here on
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setGeometry(
        QRectF(QPointF(0, 0), QSizeF(logical.width(), logical.height() - footerHeight)));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    // A chart that fits itself to its size (a wrapped title, a thinned time axis) changes when
    // laid out, and a view lays it out again from the event loop: here, before drawing.
    for (int pass = 0; pass < 3 && chart->layout() && !chart->layout()->isActivated(); ++pass)
        chart->layout()->activate();

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect());
    if (footerHeight > 0) {
        painter.translate(12, logical.height() - footerHeight);
        caption.drawContents(&painter);
    }
    return image;
}

Status ChartRenderer::savePng(const QImage &image, const QString &path)
{
    // Encoded in memory first: a write that fails inside libpng (a full disk) unwinds past
    // Qt's cleanup and leaks the image; QSaveFile then reports the failure itself.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (png.isEmpty()) {
        return Status::failure(QCoreApplication::translate(
            "gpucompare::ChartRenderer", "the chart could not be encoded as PNG"));
    }
    return saveFile(path, png);
}

qreal ChartRenderer::defaultScale(QSize pixelSize)
{
    return std::clamp(pixelSize.width() / 800.0, 1.0, 4.0);
}

QSize ChartRenderer::parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{2,5})\\s*[xX×]\\s*(\\d{2,5})\\s*$"_s);
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
        return {};
    return size;
}

} // namespace gpucompare
