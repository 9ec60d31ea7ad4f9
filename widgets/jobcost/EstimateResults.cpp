#include "EstimateResults.h"

#include "ExportableChartView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

EstimateResults::EstimateResults(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    m_provider = new QComboBox(this);
    m_provider->setObjectName(prefix + u"ProviderFilter"_s);
    m_pricing = new QComboBox(this);
    m_pricing->setObjectName(prefix + u"PricingFilter"_s);
    m_pricing->addItem(tr("All pricing"), QString());
    for (const QString &token : pricingModelTokens())
        m_pricing->addItem(pricingModelDisplayName(*pricingModelFromToken(token)), token);
    for (QComboBox *combo : {m_provider, m_pricing}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &EstimateResults::filtersChanged);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(prefix + u"Summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_notes = new QLabel(this);
    m_notes->setObjectName(prefix + u"Notes"_s);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText); // muted in light and dark
    // The lines keep their wrapped height; the results below them give way instead.
    for (QLabel *label : {m_summary, m_notes})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_table = new QTableView(this);
    m_table->setObjectName(prefix + u"Table"_s);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: resizing stays instant at 100,000 offers.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next field

    m_chartView = new ExportableChartView(this);
    m_chartView->setObjectName(prefix + u"Chart"_s);
    m_views = new QTabWidget(this);
    m_views->setObjectName(prefix + u"Views"_s);
    m_views->addTab(m_table, tr("Resu&lts"));
    m_views->addTab(m_chartView, tr("Cost c&hart"));
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (chartShown())
            Q_EMIT chartTabShown();
    });

    // What the results do not cover, in sight under them: a tooltip alone was missed.
    m_leftOutTitle = new QLabel(this);
    m_leftOutTitle->setObjectName(prefix + u"LeftOutTitle"_s);
    m_leftOutTitle->setWordWrap(true);
    m_leftOut = new QTreeWidget(this);
    m_leftOut->setObjectName(prefix + u"LeftOut"_s);
    m_leftOut->setAccessibleName(tr("Offers left out"));
    m_leftOut->setRootIsDecorated(false);
    m_leftOut->setHeaderLabels({tr("GPU"), tr("Offers"), tr("Why")});
    m_leftOut->header()->setStretchLastSection(true);
    m_leftOut->setWordWrap(true);
    m_leftOutTitle->setBuddy(m_leftOut);
    m_leftOut->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setLeftOut({});

    auto *filters = new QHBoxLayout;
    auto *providerLabel = new QLabel(tr("Provider:"), this);
    providerLabel->setBuddy(m_provider);
    auto *pricingLabel = new QLabel(tr("Pricing:"), this);
    pricingLabel->setBuddy(m_pricing);
    filters->addWidget(providerLabel);
    filters->addWidget(m_provider, 1);
    filters->addWidget(pricingLabel);
    filters->addWidget(m_pricing, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addLayout(filters);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_leftOutTitle);
    layout->addWidget(m_leftOut);
}

void EstimateResults::setModel(QAbstractItemModel *model, int sortColumn)
{
    m_table->setModel(model);
    m_table->sortByColumn(sortColumn, Qt::AscendingOrder);
}

void EstimateResults::setProviders(const QList<OfferRow> &rows)
{
    QSet<QString> names;
    for (const OfferRow &r : rows)
        names.insert(r.provider);
    QStringList providers(names.cbegin(), names.cend());
    providers.sort(Qt::CaseInsensitive);
    const QString current = m_provider->currentData().toString();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    for (const QString &p : std::as_const(providers))
        m_provider->addItem(p, p);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
}

void EstimateResults::applyFilters(OfferSelection &selection) const
{
    selection.provider = m_provider->currentData().toString();
    selection.pricing.clear();
    if (const auto pricing = pricingModelFromToken(m_pricing->currentData().toString()))
        selection.pricing = {*pricing};
}

void EstimateResults::setNotes(const QStringList &shown, const QStringList &onHover)
{
    m_notes->setText(shown.join(u"\n"_s));
    m_notes->setToolTip(onHover.join(u"\n"_s));
    m_notes->setVisible(!shown.isEmpty());
}

void EstimateResults::setLeftOut(const QList<LeftOut> &leftOut)
{
    m_leftOut->clear();
    int offers = 0;
    for (const LeftOut &l : leftOut) {
        offers += l.offers;
        auto *item = new QTreeWidgetItem(
            m_leftOut, {l.gpuModel.isEmpty() ? tr("any") : l.gpuModel,
                        QLocale().toString(l.offers), l.reason});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, l.reason);
    }
    m_leftOutTitle->setText(offers == 1 ? tr("Left out: 1 offer the calculator cannot price")
                                        : tr("Left out: %1 offers the calculator cannot price")
                                              .arg(QLocale().toString(offers)));
    m_leftOutTitle->setVisible(!leftOut.isEmpty());
    m_leftOut->setVisible(!leftOut.isEmpty());
    if (leftOut.isEmpty())
        return;
    for (int column : {0, 1})
        m_leftOut->resizeColumnToContents(column);
    // Up to four lines in view; more scroll.
    const int rows = std::min<int>(int(leftOut.size()), 4);
    const int rowHeight = m_leftOut->sizeHintForRow(0) > 0 ? m_leftOut->sizeHintForRow(0)
                                                           : fontMetrics().height() + 4;
    m_leftOut->setMaximumHeight(m_leftOut->header()->sizeHint().height() + rows * rowHeight +
                                2 * m_leftOut->frameWidth() + 2);
}

bool EstimateResults::chartShown() const
{
    return m_views->currentWidget() == m_chartView;
}

QSplitter *EstimateResults::formAbove(QWidget *form, QWidget *results, const QString &prefix)
{
    auto *formScroll = new QScrollArea(results->parentWidget());
    formScroll->setObjectName(prefix + u"FormScroll"_s);
    formScroll->setWidget(form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, results->parentWidget());
    splitter->setObjectName(prefix + u"Splitter"_s);
    splitter->addWidget(formScroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace gpucompare
