#include "MainWindow.h"

#include "DataSourcesDialog.h"
#include "ExportableChartView.h"
#include "GpuModelRepository.h"
#include "MarketSharePanel.h"
#include "MarketShareRepository.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PricesPanel.h"
#include "ProviderRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gpucompare {

MainWindow::MainWindow(std::unique_ptr<PriceBook> book, QWidget *parent)
    : QMainWindow(parent)
    , m_book(std::move(book))
{
    setWindowFilePath(m_book->path());
    m_marketShare = new MarketSharePanel(this);
    m_prices = new PricesPanel(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_marketShare);
    m_splitter->addWidget(m_prices);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_pathLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_visibleLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_visibleLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_marketShare, &MarketSharePanel::providerFilterRequested, m_prices,
            &PricesPanel::setProviderFilter);
    connect(m_prices, &PricesPanel::visibleRowsChanged, this, [this](int visible, int total) {
        m_visibleLabel->setText(tr("Showing %1 of %2 offers").arg(visible).arg(total));
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (w == m_marketShare || w == m_prices) {
                m_lastChartPanel = w;
                return;
            }
        }
    });

    createMenus();
    resize(1280, 720);
    m_splitter->setSizes({520, 760});
    reload();
    restoreSettings();
    if (m_book->isReadOnly())
        statusBar()->showMessage(m_book->readOnlyReason());
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    const QSqlDatabase db = m_book->database();
    m_marketShare->setSnapshots(MarketShareRepository(db).all());
    m_prices->setRows(OfferRepository(db).currentRows(), QDate::currentDate());
    updateStatusBar();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportChart =
        file->addAction(tr("&Export Chart as PNG…"), this, &MainWindow::exportCurrentChart);
    exportChart->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Chart Image"), this, [this] {
        if (m_lastChartPanel == m_prices)
            m_prices->chartView()->copyImage();
        else
            m_marketShare->currentChartView()->copyImage();
    });
    copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QAction *find = edit->addAction(tr("&Find Offers"), this, [this] {
        m_prices->findChild<QWidget *>(u"textFilter"_s)->setFocus();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *dataMenu = menuBar()->addMenu(tr("&Data"));
    QAction *refresh = dataMenu->addAction(tr("&Reload Price Book"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Market Share &Pie"), this,
                    [this] { m_marketShare->tabs()->setCurrentIndex(0); });
    view->addAction(tr("Market Share &Trend"), this,
                    [this] { m_marketShare->tabs()->setCurrentIndex(1); });
    view->addSeparator();
    view->addAction(tr("&Clear Price Filters"), this, [this] {
        m_prices->setGpuFilter({});
        m_prices->setProviderFilter({});
        m_prices->setPricingFilter({});
        m_prices->setRegionFilter({});
        m_prices->setTextFilter({});
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Data Sources"), this, &MainWindow::showDataSources);
    help->addAction(tr("&About GPU Cloud Compare"), this, [this] {
        QMessageBox::about(this, tr("About GPU Cloud Compare"),
                           tr("<b>GPU Cloud Compare %1</b><p>Market share, GPU-hour prices and "
                              "training-job cost across GPU clouds, from a price book you own.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::exportCurrentChart()
{
    if (m_lastChartPanel == m_prices)
        m_prices->chartView()->exportWithDialog();
    else
        m_marketShare->currentChartView()->exportWithDialog();
}

void MainWindow::showDataSources()
{
    DataSourcesDialog dialog(readPriceBook(m_book->database()), this);
    dialog.exec();
}

void MainWindow::updateStatusBar()
{
    QString path = QDir::toNativeSeparators(m_book->path());
    if (m_book->isReadOnly())
        path += tr(" (read-only)");
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(m_book->isReadOnly() ? m_book->readOnlyReason() : path);
    const QSqlDatabase db = m_book->database();
    m_countsLabel->setText(
        tr("%1 providers · %2 GPU models · %3 offers · %4 market-share snapshots")
            .arg(ProviderRepository(db).count())
            .arg(GpuModelRepository(db).count())
            .arg(OfferRepository(db).count())
            .arg(MarketShareRepository(db).count()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_marketShare->selectScope(settings.value(u"scope"_s).toString());
    m_marketShare->selectPeriod(settings.value(u"period"_s).toString());
    m_marketShare->tabs()->setCurrentIndex(settings.value(u"marketShareTab"_s, 0).toInt());
    m_prices->setGpuFilter(settings.value(u"gpu"_s).toString());
    m_prices->setPricingFilter(settings.value(u"pricing"_s).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"scope"_s, m_marketShare->scope());
    settings.setValue(u"period"_s, m_marketShare->period());
    settings.setValue(u"marketShareTab"_s, m_marketShare->tabs()->currentIndex());
    settings.setValue(u"gpu"_s, m_prices->gpuFilter());
    settings.setValue(u"pricing"_s, m_prices->pricingFilter());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace gpucompare
