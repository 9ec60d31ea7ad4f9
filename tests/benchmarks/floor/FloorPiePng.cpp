// Floor: the least a Qt program does to write a pie chart as a 1600x1200 PNG offscreen.
// Timed as a whole process against `gpucompare export-chart market-share`.

#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPieSeries>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto *series = new QPieSeries;
    series->append(QStringLiteral("Amazon Web Services 28 %"), 28);
    series->append(QStringLiteral("Microsoft Azure 21 %"), 21);
    series->append(QStringLiteral("Google Cloud 14 %"), 14);
    series->append(QStringLiteral("Others 37 %"), 37);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("Market share 2025-Q4"));
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(800, 600);
    QImage image(1600, 1200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, 1600, 1200), QRectF(0, 0, 800, 600));
    painter.end();
    return image.save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 1;
}
