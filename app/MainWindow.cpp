#include "MainWindow.h"

#include "GpuModelRepository.h"
#include "MarketShareRepository.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "ProviderRepository.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gpucompare {

MainWindow::MainWindow(std::unique_ptr<PriceBook> book, QWidget *parent)
    : QMainWindow(parent)
    , m_book(std::move(book))
{
    setWindowFilePath(m_book->path());
    createMenus();
    m_pathLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    updateStatusBar();
    resize(1280, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GPU Cloud Compare"), this, [this] {
        QMessageBox::about(this, tr("About GPU Cloud Compare"),
                           tr("<b>GPU Cloud Compare %1</b><p>Market share, GPU-hour prices and "
                              "training-job cost across GPU clouds, from a price book you own.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateStatusBar()
{
    QString path = QDir::toNativeSeparators(m_book->path());
    if (m_book->isReadOnly())
        path += tr(" (read-only)");
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(m_book->isReadOnly() ? m_book->readOnlyReason() : path);
    const QSqlDatabase db = m_book->database();
    m_countsLabel->setText(tr("%1 providers · %2 GPU models · %3 offers · %4 market-share snapshots")
                               .arg(ProviderRepository(db).count())
                               .arg(GpuModelRepository(db).count())
                               .arg(OfferRepository(db).count())
                               .arg(MarketShareRepository(db).count()));
}

} // namespace gpucompare
