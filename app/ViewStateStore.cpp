#include "ViewStateStore.h"

#include "CostTabs.h"
#include "FirstView.h"
#include "FitToScreen.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "JobSpecJson.h"
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

ViewStateStore::ViewStateStore(const Parts &parts)
    : m_parts(parts)
{}

QVariantMap ViewStateStore::viewState() const
{
    const QWidget *window = m_parts.window;
    return {{u"prices"_s, m_parts.prices->viewState()},
            {u"shareTab"_s, m_parts.marketShare->tabs()->currentIndex()},
            {u"jobTab"_s, m_parts.costs->jobCost()->views()->currentIndex()},
            {u"costTab"_s, m_parts.costs->currentIndex()},
            {u"serve"_s, m_parts.costs->serving()->form()->saveState()},
            // pos() and size(), not saveGeometry(): restoring that on X11 puts the window a
            // title bar lower each time (the frame counted once more).
            {u"pos"_s, window->pos()},
            {u"size"_s, window->size()},
            {u"maximized"_s, window->isMaximized()}};
}

void ViewStateStore::restoreViewState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    QWidget *window = m_parts.window;
    m_parts.prices->restoreViewState(state.value(u"prices"_s).toMap());
    m_parts.marketShare->tabs()->setCurrentIndex(state.value(u"shareTab"_s).toInt());
    m_parts.costs->jobCost()->views()->setCurrentIndex(state.value(u"jobTab"_s).toInt());
    m_parts.costs->setCurrentIndex(state.value(u"costTab"_s).toInt());
    m_parts.costs->serving()->form()->restoreState(state.value(u"serve"_s).toMap());
    window->resize(state.value(u"size"_s).toSize());
    window->move(state.value(u"pos"_s).toPoint());
    fitToScreen(window);
    if (state.value(u"maximized"_s).toBool())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void ViewStateStore::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    // restoreGeometry() keeps only the title bar on screen: a window saved on a larger screen
    // came back with its status bar below the bottom edge.
    m_parts.window->restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    fitToScreen(m_parts.window);
    m_parts.splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    // The splitter's state does not hide a panel again.
    m_parts.layout->show(m_parts.layout->shown());
    MarketSharePanel *marketShare = m_parts.marketShare;
    marketShare->selectScope(settings.value(u"scope"_s).toString());
    marketShare->selectPeriod(settings.value(u"period"_s).toString());
    marketShare->tabs()->setCurrentIndex(settings.value(u"marketShareTab"_s, 0).toInt());
    // Never chosen: open on the training GPU most offered, not on the cheapest card of all
    // (a first screen headed by a $0.11 T4G spot answers nobody who trains models).
    PricesPanel *prices = m_parts.prices;
    prices->setGpuFilter(settings.contains(u"gpu"_s)
                             ? settings.value(u"gpu"_s).toString()
                             : mostOfferedTrainingGpu(prices->model()->rows()));
    prices->setPricingFilter(settings.value(u"pricing"_s).toString());
}

void ViewStateStore::restoreJob()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    m_parts.costs->serving()->form()->restoreState(settings.value(u"serve"_s).toMap());
    m_parts.costs->setCurrentIndex(settings.value(u"costTab"_s, 0).toInt());
    const QByteArray job = settings.value(u"job"_s).toByteArray();
    if (job.isEmpty())
        return;
    const JobFromJson read = jobFromJson(QJsonDocument::fromJson(job).object());
    if (!read.error.isEmpty())
        return;
    // The GPU list is not loaded yet: keep the GPU for setCostInputs to select.
    JobCostPanel *jobCost = m_parts.costs->jobCost();
    jobCost->form()->setJob(read.job, read.selection.gpuModel);
    jobCost->setPendingGpuModel(read.selection.gpuModel);
}

void ViewStateStore::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, m_parts.window->saveGeometry());
    settings.setValue(u"splitter"_s, m_parts.splitter->saveState());
    settings.setValue(u"scope"_s, m_parts.marketShare->scope());
    settings.setValue(u"period"_s, m_parts.marketShare->period());
    settings.setValue(u"marketShareTab"_s, m_parts.marketShare->tabs()->currentIndex());
    settings.setValue(u"gpu"_s, m_parts.prices->gpuFilter());
    settings.setValue(u"pricing"_s, m_parts.prices->pricingFilter());
    const JobForm *form = m_parts.costs->jobCost()->form();
    OfferSelection selection;
    selection.gpuModel = form->gpuModel();
    settings.setValue(
        u"job"_s, QJsonDocument(jobToJson(form->job(), selection)).toJson(QJsonDocument::Compact));
    settings.setValue(u"serve"_s, m_parts.costs->serving()->form()->saveState());
    settings.setValue(u"costTab"_s, m_parts.costs->currentIndex());
}

} // namespace gpucompare
