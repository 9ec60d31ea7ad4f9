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
    m_leftOutTitle->setFont(bold);
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(prefix + u"LeftOut"_s);
    m_leftOut->setAccessibleName(tr("Offers left out"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setTextFormat(Qt::RichText);
    m_leftOut->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leftOut->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Wrapped whole, never cut: a few lines in view, the rest a scroll away.
    m_leftOutScroll = new QScrollArea(this);
    m_leftOutScroll->setObjectName(prefix + u"LeftOutScroll"_s);
    m_leftOutScroll->setWidget(m_leftOut);
    m_leftOutScroll->setWidgetResizable(true);
    m_leftOutScroll->setFrameShape(QFrame::NoFrame);
    m_leftOutScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leftOutScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
    layout->addWidget(m_leftOutScroll);
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
    const QLocale locale;
    int offers = 0;
    QStringList lines;
    for (const LeftOut &l : leftOut) {
        offers += l.offers;
        const QString count =
            l.offers == 1 ? tr("1 offer") : tr("%1 offers").arg(locale.toString(l.offers));
        const QString what = l.gpuModel.isEmpty() ? count : tr("%1 of %2").arg(count, l.gpuModel);
        lines << tr("%1: %2").arg(what, l.reason).toHtmlEscaped();
    }
    m_leftOutTitle->setText(offers == 1
                                ? tr("Left out: 1 offer, and why")
                                : tr("Left out: %1 offers, and why").arg(locale.toString(offers)));
    m_leftOut->setText(lines.join(u"<br>"_s));
    m_leftOutTitle->setVisible(!leftOut.isEmpty());
    m_leftOutScroll->setVisible(!leftOut.isEmpty());
    // Up to about four lines of text in view.
    const int line = fontMetrics().lineSpacing();
    m_leftOutScroll->setFixedHeight(std::min(int(leftOut.size()) * 2, 4) * line + 4);
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
