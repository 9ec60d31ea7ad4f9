// What MainWindow keeps of the user's view: in QSettings across restarts, and as a view state
// across a language switch (split from MainWindow.cpp to keep files small).

#include "CostTabs.h"
#include "FirstView.h"
#include "FitToScreen.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "JobSpecJson.h"
#include "MainWindow.h"
#include "MarketSharePanel.h"
#include "PanelLayout.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ServeForm.h"
#include "ServingPanel.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace gpucompare {

QVariantMap MainWindow::viewState() const
{
    return {{u"prices"_s, m_prices->viewState()},
            {u"shareTab"_s, m_marketShare->tabs()->currentIndex()},
            {u"jobTab"_s, m_jobCost->views()->currentIndex()},
            {u"costTab"_s, m_costs->currentIndex()},
            {u"serve"_s, m_costs->serving()->form()->saveState()},
            // pos() and size(), not saveGeometry(): restoring that on X11 puts the window a
            // title bar lower each time (the frame counted once more).
            {u"pos"_s, pos()},
            {u"size"_s, size()},
            {u"maximized"_s, isMaximized()}};
}

void MainWindow::restoreViewState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    m_prices->restoreViewState(state.value(u"prices"_s).toMap());
    m_marketShare->tabs()->setCurrentIndex(state.value(u"shareTab"_s).toInt());
    m_jobCost->views()->setCurrentIndex(state.value(u"jobTab"_s).toInt());
    m_costs->setCurrentIndex(state.value(u"costTab"_s).toInt());
    m_costs->serving()->form()->restoreState(state.value(u"serve"_s).toMap());
    resize(state.value(u"size"_s).toSize());
    move(state.value(u"pos"_s).toPoint());
    fitToScreen(this);
    if (state.value(u"maximized"_s).toBool())
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    // restoreGeometry() keeps only the title bar on screen: a window saved on a larger screen
    // came back with its status bar below the bottom edge.
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    fitToScreen(this);
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_layout->show(m_layout->shown()); // the splitter's state does not hide a panel again
    m_marketShare->selectScope(settings.value(u"scope"_s).toString());
    m_marketShare->selectPeriod(settings.value(u"period"_s).toString());
    m_marketShare->tabs()->setCurrentIndex(settings.value(u"marketShareTab"_s, 0).toInt());
    // Never chosen: open on the training GPU most offered, not on the cheapest card of all
    // (a first screen headed by a $0.11 T4G spot answers nobody who trains models).
    m_prices->setGpuFilter(settings.contains(u"gpu"_s)
                               ? settings.value(u"gpu"_s).toString()
                               : mostOfferedTrainingGpu(m_prices->model()->rows()));
    m_prices->setPricingFilter(settings.value(u"pricing"_s).toString());
}

void MainWindow::restoreJob()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    m_costs->serving()->form()->restoreState(settings.value(u"serve"_s).toMap());
    m_costs->setCurrentIndex(settings.value(u"costTab"_s, 0).toInt());
    const QByteArray job = settings.value(u"job"_s).toByteArray();
    if (job.isEmpty())
        return;
    const JobFromJson read = jobFromJson(QJsonDocument::fromJson(job).object());
    if (!read.error.isEmpty())
        return;
    // The GPU list is not loaded yet: keep the GPU for setCostInputs to select.
    m_jobCost->form()->setJob(read.job, read.selection.gpuModel);
    m_jobCost->setPendingGpuModel(read.selection.gpuModel);
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
    OfferSelection selection;
    selection.gpuModel = m_jobCost->form()->gpuModel();
    settings.setValue(u"job"_s, QJsonDocument(jobToJson(m_jobCost->form()->job(), selection))
                                    .toJson(QJsonDocument::Compact));
    settings.setValue(u"serve"_s, m_costs->serving()->form()->saveState());
    settings.setValue(u"costTab"_s, m_costs->currentIndex());
}

} // namespace gpucompare
