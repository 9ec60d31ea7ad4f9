#include "PricesPanel.h"

#include "BookWords.h"
#include "ChartFactory.h"
#include "ExportableChartView.h"
#include "OfferFilterProxyModel.h"
#include "OfferRowLookup.h"
#include "PriceTableModel.h"
#include "TableColumns.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

PricesPanel::PricesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PriceTableModel(this))
    , m_proxy(new OfferFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filters = new OfferFilterBar(m_proxy, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"priceTable"_s);
    m_table->setAccessibleName(tr("Offers and prices"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PriceTableModel::UsdPerGpuHour, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows: to copy them (Ctrl+C) or compare them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the table for the next field; arrows move inside it.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setStatusTip(tr("Double-click a price to change it, or any other cell to open the "
                             "offer in its form."));
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: fitting 100,000 rows took tens of milliseconds.
    m_table->horizontalHeader()->setResizeContentsPrecision(300);
    // Prices first: what an offer costs and how it compares, then what it is.
    using C = PriceTableModel;
    m_columns = new TableColumns(
        m_table, u"prices"_s,
        // The price's age and flags beside it (issue 30); the names short, whole; only region,
        // instance, source and interconnect give way.
        {C::Provider, C::Gpu, C::UsdPerGpuHour, C::AboveCheapest, C::ObservedOn, C::Flags,
         C::Pricing, C::Region, C::Gpus, C::Instance, C::Vcpus, C::RamGb, C::Interconnect,
         C::Source, C::UsdPerInstanceHour, C::UsdPerPflopHour},
        {C::UsdPerPflopHour}, {C::Region, C::Instance, C::Source, C::Interconnect}, 8);
    auto *copy = new QAction(tr("&Copy Rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelectedRows(); });
    m_table->addAction(copy);
    m_compare = new QAction(tr("Co&mpare Selected Offers"), m_table);
    m_compare->setObjectName(u"compareOffers"_s);
    m_compare->setShortcut(Qt::CTRL | Qt::Key_D);
    m_compare->setShortcutContext(Qt::WidgetShortcut);
    m_compare->setStatusTip(tr("Two to four offers side by side, with the current job's cost"));
    connect(m_compare, &QAction::triggered, this,
            [this] { Q_EMIT compareRequested(selectedOfferIds()); });
    m_table->addAction(m_compare);
    // The only way the table sets the calculators' GPU: a click, a double-click (which opens
    // the offer's editor) or an edit in place must never change what the user chose there.
    auto *useInCalculator = new QAction(tr("&Use GPU in Calculators"), m_table);
    useInCalculator->setObjectName(u"useInCalculator"_s);
    useInCalculator->setShortcut(Qt::CTRL | Qt::Key_Return);
    useInCalculator->setShortcutContext(Qt::WidgetShortcut);
    useInCalculator->setStatusTip(tr("Price the training and serving calculators on this "
                                     "row's GPU"));
    connect(useInCalculator, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT gpuSelected(m_model->rowAt(m_proxy->mapToSource(current).row()).gpuModel);
    });
    m_table->addAction(useInCalculator);
    m_regionsAction = new QAction(tr("Show &Each Region"), m_table);
    m_regionsAction->setObjectName(u"toggleRegions"_s);
    m_regionsAction->setStatusTip(
        tr("Offers that differ only by region are one row; show each region on its own row"));
    connect(m_regionsAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            toggleRegionGroup(current.row());
    });
    m_table->addAction(m_regionsAction);
    updateRegionsAction();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_chartView = new ExportableChartView(this);
    m_chartView->setObjectName(u"priceChart"_s);
    m_chartView->setAccessibleName(tr("Price per GPU-hour by provider"));
    m_chartView->setSources(
        [this] {
            return ChartFactory::priceBars(m_model->rows(), chartGpu(), chartPricing(), 20,
                                           includesStale());
        },
        [this] {
            return ChartFactory::priceBarsFooter(m_model->rows(), chartGpu(), chartPricing(),
                                                 m_model->today(), chartChoice(), includesStale());
        });

    m_historyView = new ExportableChartView(this);
    m_historyView->setObjectName(u"priceHistoryChart"_s);
    m_historyView->setAccessibleName(tr("Price history by provider"));
    m_historyView->setSources(
        [this] {
            return ChartFactory::providerHistory(
                cheapestByProviderOverTime(m_history, chartGpu(), chartPricing()), chartGpu(),
                chartPricing());
        },
        [] {
            return tr("Each step is an observed price; a line runs to the price's last "
                      "confirmation by a catalog update and stops where no price is known.");
        });

    // Table and chart share the panel's height as tabs: side by side with the other panels
    // at 1280x720, a split would leave the chart too short to name every provider.
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"pricesViews"_s);
    m_views->addTab(m_table, tr("Ta&ble"));
    m_views->addTab(m_chartView, tr("C&hart"));
    m_views->addTab(m_historyView, tr("Histor&y"));
    connect(m_views, &QTabWidget::currentChanged, this, [this] { refreshChart(); });
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>"_s + tr("Prices") + u"</b>"_s, this);
    title->setObjectName(u"panelTitle"_s); // double-click: this panel alone (PanelLayout)
    layout->addWidget(title);
    layout->addWidget(m_filters);
    layout->addWidget(m_views, 1);
    // Under the table its legend; under a chart why it shows the GPU and pricing it does.
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"pricesLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText); // muted in light and dark
    layout->addWidget(m_legend);
    m_chartView->installEventFilter(this);

    connect(m_filters, &OfferFilterBar::chartChoiceChanged, this, &PricesPanel::refreshChart);
    // The ★ and "vs ★" follow what the filters show: the cheapest among the offers in view.
    connect(m_filters, &OfferFilterBar::cheapestScopeChanged, this,
            &PricesPanel::updateCheapestScope);
    connect(m_filters, &OfferFilterBar::includeStaleChanged, this, [this](bool on) {
        updateCheapestScope();
        refreshChart();
        Q_EMIT includeStaleChanged(on);
    });
    // Tab from the search goes straight into the table it filters; the check boxes under the
    // filters come after the views.
    setTabOrder(m_filters->searchField(), m_table);
    setTabOrder(m_table, m_chartView);
    setTabOrder(m_chartView, m_historyView);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshChart();
        updateRegionsAction();
    });
    // A click on a group's regions opens or closes the group; the Source link opens below.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.column() == PriceTableModel::Region &&
            m_proxy->isInRegionGroup(index.row()))
            toggleRegionGroup(index.row());
    });
    // Queued: applying the price reloads the model, which must not happen inside the
    // delegate's setModelData().
    connect(m_model, &PriceTableModel::priceEditRequested, this, &PricesPanel::priceEditRequested,
            Qt::QueuedConnection);
    // The Source column reads like a link and opens the page it names.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (!index.isValid() || index.column() != PriceTableModel::Source)
            return;
        const QUrl url(m_model->rowAt(m_proxy->mapToSource(index).row()).sourceUrl);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            QDesktopServices::openUrl(url);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.column() != PriceTableModel::UsdPerInstanceHour &&
            index.column() != PriceTableModel::Source) // a link there, opened on the click
            Q_EMIT offerEditRequested(m_model->rowAt(m_proxy->mapToSource(index).row()).offerId);
    });
    auto emitCounts = [this] {
        Q_EMIT visibleRowsChanged(m_proxy->rowCount(), m_proxy->matchingOfferCount(),
                                  m_model->rowCount());
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, emitCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, emitCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, emitCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, emitCounts);
}

void PricesPanel::setRows(QList<OfferRow> rows, const QDate &today)
{
    setPreparedRows(prepareOffers(std::move(rows), tableAnnotation(today)));
}

TableAnnotation PricesPanel::tableAnnotation(const QDate &today) const
{
    TableAnnotation annotation = m_model->annotation(today);
    annotation.sortColumn = m_proxy->sortColumn();
    return annotation;
}

void PricesPanel::setPreparedRows(PreparedOffers prepared, bool fitLater)
{
    m_historyStale = true;
    m_busiestGpu = prepared.busiestGpu;
    const QStringList gpuNames = std::move(prepared.gpuNames);
    const QStringList providers = std::move(prepared.providers);
    const QStringList regions = std::move(prepared.regions);
    // After an edit or an import the table is read again: keep the user's place on the offer
    // they were at, and the offers they selected.
    const QModelIndex current = m_table->currentIndex();
    QList<qint64> offers = selectedOfferIds();
    const qint64 currentOffer =
        current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()).offerId : 0;
    const int currentColumn = current.isValid() ? current.column() : 0;
    m_model->setPreparedRows(std::move(prepared));
    offers.append(currentOffer);
    const QHash<qint64, int> rows = rowsOfOffers(m_model->rows(), offers);
    QItemSelection selection;
    for (const qint64 offer : std::as_const(offers)) {
        const QModelIndex again = m_proxy->mapFromSource(m_model->index(rows.value(offer, -1), 0));
        if (again.isValid() && offer != currentOffer)
            selection.select(again, again);
    }
    const QModelIndex again =
        m_proxy->mapFromSource(m_model->index(rows.value(currentOffer, -1), currentColumn));
    if (again.isValid()) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(again);
        m_table->selectionModel()->select(selection,
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->scrollTo(again);
    }
    m_filters->setChoices(gpuNames, providers, regions);
    if (fitLater)
        QTimer::singleShot(0, m_columns, &TableColumns::fitWidths);
    else
        m_columns->fitWidths();
    refreshChart();
    updateRegionsAction();
}

void PricesPanel::toggleRegionGroup(int proxyRow)
{
    const int sourceRow = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
    const int group = m_model->regionGroup(sourceRow);
    const int column = std::max(0, m_table->currentIndex().column());
    m_proxy->toggleRegionGroup(proxyRow);
    // Stay on the group: on the row that now stands for it, or on its first region.
    for (const int row : m_model->regionGroupRows(group)) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, column));
        if (at.isValid()) {
            m_table->setCurrentIndex(at);
            m_table->scrollTo(at);
            break;
        }
    }
    updateRegionsAction();
}

void PricesPanel::updateRegionsAction()
{
    const QModelIndex current = m_table->currentIndex();
    const bool grouped = current.isValid() && m_proxy->isInRegionGroup(current.row());
    m_regionsAction->setEnabled(grouped);
    m_regionsAction->setText(grouped && m_proxy->isRegionGroupOpen(current.row())
                                 ? tr("Show the Regions as &One Row")
                                 : tr("Show &Each Region"));
}

QString PricesPanel::selectedRowsAsTsv() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return QString();
    std::sort(rows.begin(), rows.end()); // as the table shows them
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    // Tabs and line breaks inside a cell would split it; a spreadsheet reads the rest as is.
    const auto cell = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ');
    };
    QStringList lines;
    QStringList header_;
    for (int column : std::as_const(columns))
        header_ << cell(m_proxy->headerData(column, Qt::Horizontal).toString());
    lines << header_.join(u'\t');
    for (int row : std::as_const(rows)) {
        QStringList fields;
        // The full provider and GPU names, where the cells show short forms.
        for (int column : std::as_const(columns)) {
            const bool shortened =
                column == PriceTableModel::Provider || column == PriceTableModel::Gpu;
            fields << cell(m_proxy->index(row, column)
                               .data(shortened ? PriceTableModel::FullTextRole : Qt::DisplayRole)
                               .toString());
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QList<qint64> PricesPanel::selectedOfferIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).offerId);
    return ids;
}

bool PricesPanel::copySelectedRows()
{
    const QString text = selectedRowsAsTsv();
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}

void PricesPanel::updateOffers(const QList<OfferRow> &current, const QList<qint64> &gone)
{
    m_historyStale = true;
    m_model->updateOffers(current, gone);
    // A new provider, GPU or region name among them (or one gone) changes the filters' lists;
    // only then are they made again from every row.
    bool newName = !gone.isEmpty();
    for (const OfferRow &r : current)
        newName = newName || !m_filters->listsNamesOf(r);
    if (newName) {
        setPreparedRows(prepareOffers(m_model->rows(), tableAnnotation(m_model->today())));
        return;
    }
    refreshChart();
}

ExportableChartView *PricesPanel::visibleChartView() const
{
    return qobject_cast<ExportableChartView *>(m_views->currentWidget());
}

void PricesPanel::setHistory(QList<HistoryObservation> observations)
{
    m_history = std::move(observations);
    m_historyStale = false;
    refreshChart();
}

void PricesPanel::setHistorySource(std::function<QList<HistoryObservation>()> source)
{
    m_historySource = std::move(source);
    m_historyStale = true;
}

QVariantMap PricesPanel::viewState() const
{
    QVariantMap state = m_filters->state();
    state.insert(u"view"_s, m_views->currentIndex());
    return state;
}

void PricesPanel::restoreViewState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    m_filters->restoreState(state);
    m_views->setCurrentIndex(state.value(u"view"_s).toInt());
}

void PricesPanel::updateCheapestScope()
{
    m_model->setCheapestScope(m_proxy->cheapestScope(), m_filters->includesStale());
}

QString PricesPanel::chartGpu() const
{
    if (!gpuFilter().isEmpty())
        return gpuFilter();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return m_model->rowAt(m_proxy->mapToSource(current).row()).gpuModel;
    return m_busiestGpu;
}

QString PricesPanel::chartChoice() const
{
    QStringList chosen;
    if (gpuFilter().isEmpty()) {
        chosen << (m_table->currentIndex().isValid() ? tr("the selected offer's GPU")
                                                     : tr("the GPU with most offers"));
    }
    if (pricingFilter().isEmpty())
        chosen << tr("on-demand");
    if (chosen.isEmpty())
        return QString();
    return tr("The filters say all: the chart shows %1.").arg(chosen.join(tr(", ")));
}

PricingModel PricesPanel::chartPricing() const
{
    return pricingModelFromToken(pricingFilter()).value_or(PricingModel::OnDemand);
}

int PricesPanel::barsThatFit() const
{
    // About nine text lines go to the three-line title and the axis; a bar's label needs
    // nearly two, or Qt Charts elides every label to "…".
    const int line = m_chartView->fontMetrics().height();
    return std::clamp((m_chartView->height() - 9 * line) * 10 / (19 * line), 3, 20);
}

bool PricesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && event->type() == QEvent::Resize)
        refreshChart();
    return QWidget::eventFilter(watched, event);
}

void PricesPanel::refreshChart()
{
    if (m_views->currentWidget() == m_table) {
        m_legend->setText(tr("★ bold: the cheapest current or undated offer of its GPU in view; "
                             "grey: stale · right-click a column header to choose columns"));
    } else {
        const QString choice = chartChoice();
        m_legend->setText(choice.isEmpty() ? QString()
                                           : choice + u" "_s + tr("Choose them in the filters."));
    }
    // Charts nobody looks at are not built: the tab builds it when it is shown.
    if (m_views->currentWidget() == m_chartView) {
        m_chartView->replaceChart(ChartFactory::priceBars(
            m_model->rows(), chartGpu(), chartPricing(), barsThatFit(), includesStale()));
    } else if (m_views->currentWidget() == m_historyView) {
        if (m_historyStale && m_historySource) {
            m_history = m_historySource();
            m_historyStale = false;
        }
        m_historyView->replaceChart(ChartFactory::providerHistory(
            cheapestByProviderOverTime(m_history, chartGpu(), chartPricing()), chartGpu(),
            chartPricing()));
    } else {
        m_chartStale = true;
        return;
    }
    m_chartStale = false;
}

} // namespace gpucompare
