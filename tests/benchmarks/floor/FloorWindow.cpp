// Floor: the least a Qt program does to show what our window shows - a main window with a pie
// chart, a 200-row table and a small form - painted once, then quit. Timed and measured as a
// whole process against `gpucompare` with GPUCOMPARE_QUIT_AFTER_FIRST_FRAME=1.

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QPieSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

class QuitOnFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout)
                    << "first-frame-epoch-ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter(&window);

    auto *series = new QPieSeries;
    series->append(QStringLiteral("A"), 28);
    series->append(QStringLiteral("B"), 21);
    series->append(QStringLiteral("C"), 14);
    series->append(QStringLiteral("Others"), 37);
    auto *chart = new QChart;
    chart->addSeries(series);
    splitter->addWidget(new QChartView(chart));

    auto *model = new QStandardItemModel(200, 6, &window);
    for (int row = 0; row < 200; ++row) {
        for (int column = 0; column < 6; ++column)
            model->setItem(row, column,
                           new QStandardItem(QStringLiteral("cell %1").arg(row * column)));
    }
    auto *table = new QTableView;
    table->setModel(model);
    splitter->addWidget(table);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    for (const char *label : {"Parameters:", "Tokens:", "GPUs:", "MFU:"})
        layout->addRow(QString::fromLatin1(label), new QLineEdit);
    splitter->addWidget(form);

    window.setCentralWidget(splitter);
    window.resize(1280, 720);
    window.installEventFilter(new QuitOnFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
