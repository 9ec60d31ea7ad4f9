#include "MarketSharePanel.h"

#include "BookWords.h"
#include "ChartFactory.h"
#include "ExportableChartView.h"
#include "MarketShareMath.h"
#include "Theme.h"
#include "TrendChart.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// `text` with U+2060 WORD JOINER beside each Chinese or Japanese character: lines may break
/// between any two ideographs, and a joiner forbids that.
QString joinedIdeographs(const QString &text)
{
    const auto ideograph = [](QChar c) {
        return c.unicode() >= 0x2E80 || c.isSurrogate();
    };
    QString joined;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && !text.at(i).isLowSurrogate() &&
            (ideograph(text.at(i)) || ideograph(text.at(i - 1))))
            joined += QChar(0x2060);
        joined += text.at(i);
    }
    return joined;
}

/// A legend entry: the colour's square, then the text; the spaces in it do not break.
QString legendItem(const QColor &color, QString html)
{
    html.replace(u' ', u"&nbsp;"_s);
    return u"<span style=\"color:%1\">&#9632;</span>&nbsp;%2"_s.arg(color.name(), html);
}

} // namespace

MarketSharePanel::MarketSharePanel(QWidget *parent)
    : QWidget(parent)
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"scopePicker"_s);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(16);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodPicker"_s);
    m_pieView = new ExportableChartView(this);
    m_pieView->setObjectName(u"marketSharePie"_s);
    m_pieView->setAccessibleName(tr("Market-share pie chart"));
    m_pieView->setAccessibleDescription(
        tr("Shares of the selected period and scope; the list under the chart names them."));
    m_pieView->viewport()->installEventFilter(this);
    m_pieView->setStatusTip(tr("Click a slice to filter the prices by its provider; double-click "
                               "to edit the figures."));
    m_trendView = new ExportableChartView(this);
    m_trendView->setObjectName(u"marketShareTrend"_s);
    m_trendView->setAccessibleName(tr("Market-share trend chart"));
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"pieLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setAccessibleName(tr("Pie chart legend"));
    auto *piePage = new QWidget(this);
    auto *piePageLayout = new QVBoxLayout(piePage);
    piePageLayout->setContentsMargins(0, 0, 0, 4);
    piePageLayout->addWidget(m_pieView, 1);
    piePageLayout->addWidget(m_legend);
    m_trendLegend = new QLabel(this);
    m_trendLegend->setObjectName(u"trendLegend"_s);
    m_trendLegend->setWordWrap(true);
    m_trendLegend->setAlignment(Qt::AlignCenter);
    m_trendLegend->setAccessibleName(tr("Trend chart legend"));
    auto *trendPage = new QWidget(this);
    auto *trendPageLayout = new QVBoxLayout(trendPage);
    trendPageLayout->setContentsMargins(0, 0, 0, 4);
    trendPageLayout->addWidget(m_trendView, 1);
    trendPageLayout->addWidget(m_trendLegend);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(piePage, tr("&Pie"));
    m_tabs->addTab(trendPage, tr("&Trend"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_trendStale)
            refreshTrend();
    });
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setOpenExternalLinks(true);
    m_caption->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(errorTextColor(QApplication::palette())));
    m_warning->hide();

    auto *pickers = new QFormLayout;
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *periodLabel = new QLabel(tr("Pe&riod:"), this);
    periodLabel->setBuddy(m_period);
    pickers->addRow(scopeLabel, m_scope);
    pickers->addRow(periodLabel, m_period);
    auto *title = new QLabel(u"<b>"_s + tr("Market share") + u"</b>"_s, this);
    title->setObjectName(u"panelTitle"_s); // double-click: this panel alone (PanelLayout)
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(pickers);
    layout->addWidget(m_warning);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_caption);

    m_pieView->setSources(
        [this]() -> QChart * {
            const MarketShareSnapshot *s = currentSnapshot();
            return s ? ChartFactory::sharePie(*s) : new QChart;
        },
        [this] {
            const MarketShareSnapshot *s = currentSnapshot();
            return s ? ChartFactory::shareCaption(*s) : QString();
        });
    m_trendView->setSources([this] { return TrendChart::build(m_snapshots, scope()); },
                            [] { return tr("Sources: see Help › Data sources."); });

    connect(m_scope, &QComboBox::currentIndexChanged, this, &MarketSharePanel::fillPeriods);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MarketSharePanel::showSnapshot);
}

void MarketSharePanel::setSnapshots(QList<MarketShareSnapshot> snapshots)
{
    // Read again after an edit: stay on the scope and period on show when they still exist.
    const QString scopeBefore = scope();
    const QString periodBefore = period();
    m_snapshots = std::move(snapshots);
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        for (const QString &s : shareScopes(m_snapshots)) {
            // Shown in the user's language, matched by the book's own words.
            m_scope->addItem(shownScope(s), s);
            m_scope->setItemData(m_scope->count() - 1, shownScope(s), Qt::ToolTipRole);
        }
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(scopeBefore)));
    }
    fillPeriods();
    if (!periodBefore.isEmpty() && scope() == scopeBefore)
        selectPeriod(periodBefore);
}

void MarketSharePanel::selectScope(const QString &scope)
{
    const int index = m_scope->findData(scope);
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

void MarketSharePanel::selectPeriod(const QString &period)
{
    const int index = m_period->findText(period);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

QString MarketSharePanel::scope() const
{
    return m_scope->currentData().toString();
}
QString MarketSharePanel::period() const
{
    return m_period->currentText();
}

bool MarketSharePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pieView->viewport() && event->type() == QEvent::MouseButtonDblClick &&
        currentSnapshot()) {
        Q_EMIT editSnapshotRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

const MarketShareSnapshot *MarketSharePanel::currentSnapshot() const
{
    return findSnapshot(m_snapshots, scope(), period());
}

ExportableChartView *MarketSharePanel::currentChartView() const
{
    return m_tabs->currentIndex() == 0 ? m_pieView : m_trendView;
}

void MarketSharePanel::fillPeriods()
{
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        m_period->addItems(sharePeriods(m_snapshots, scope()));
        m_period->setCurrentIndex(m_period->count() - 1); // the latest by default
    }
    refreshTrend();
    showSnapshot();
}

void MarketSharePanel::refreshTrend()
{
    // Built when its tab is shown: most sessions never open it.
    if (m_tabs->currentIndex() != 1) {
        m_trendStale = true;
        return;
    }
    m_trendStale = false;
    QChart *chart = TrendChart::build(m_snapshots, scope(), true);
    m_trendView->replaceChart(chart);
    m_trendLegend->setText(trendLegendHtml(chart));
}

void MarketSharePanel::toggleProvider(const QString &provider)
{
    m_selectedProvider = (provider == m_selectedProvider) ? QString() : provider;
    Q_EMIT providerFilterRequested(m_selectedProvider);
    showSnapshot();
}

QString MarketSharePanel::legendHtml(QChart *chart, const SharePie &pie)
{
    if (chart->series().isEmpty())
        return {};
    const auto slices = static_cast<QPieSeries *>(chart->series().first())->slices();
    QStringList items;
    for (qsizetype i = 0; i < slices.size() && i < pie.slices.size(); ++i) {
        const ShareSlice &s = pie.slices.at(i);
        // Non-breaking spaces and joiners inside an item, ordinary spaces between: lines wrap
        // between providers, never inside a name ("其 / 他 37 %" in Chinese).
        QString text = joinedIdeographs(shownShareLabel(s.label).toHtmlEscaped() + u' ' +
                                        ChartFactory::percentText(s.percent));
        items << legendItem(slices.at(i)->color(), text);
    }
    return items.join(u"&nbsp;&nbsp; "_s);
}

QString MarketSharePanel::trendLegendHtml(QChart *chart)
{
    QStringList items;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            items << legendItem(line->color(), joinedIdeographs(line->name().toHtmlEscaped()));
    }
    return items.join(u"&nbsp;&nbsp; "_s);
}

void MarketSharePanel::showSnapshot()
{
    const MarketShareSnapshot *snapshot = currentSnapshot();
    if (!snapshot) {
        m_pieView->replaceChart(new QChart);
        m_legend->clear();
        m_caption->clear();
        m_warning->hide();
        return;
    }
    QChart *chart = ChartFactory::sharePie(*snapshot, true);
    const SharePie pie = computeSharePie(*snapshot, tr("Others"));
    m_warning->setVisible(pie.exceedsHundred);
    m_warning->setText(tr("The listed shares of this snapshot add up to %1 %, more than 100 %: "
                          "check the figures in Data › Market share.")
                           .arg(pie.listedTotal));
    const auto series = chart->series();
    if (!series.isEmpty()) {
        auto *pieSeries = static_cast<QPieSeries *>(series.first());
        const auto slices = pieSeries->slices();
        for (qsizetype i = 0; i < slices.size() && i < pie.slices.size(); ++i) {
            const ShareSlice info = pie.slices.at(i);
            QPieSlice *slice = slices.at(i);
            slice->setExploded(!info.provider.isEmpty() && info.provider == m_selectedProvider);
            connect(slice, &QPieSlice::hovered, this, [info](bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), ChartFactory::sliceToolTip(info));
                else
                    QToolTip::hideText();
            });
            connect(slice, &QPieSlice::clicked, this, [this, info] {
                if (!info.provider.isEmpty())
                    toggleProvider(info.provider);
            });
        }
    }
    m_pieView->replaceChart(chart);
    m_legend->setText(legendHtml(chart, pie));
    QString caption = ChartFactory::shareCaption(*snapshot);
    if (!snapshot->notes.isEmpty())
        caption +=
            u"<br><small>"_s + shownShareNote(snapshot->notes).toHtmlEscaped() + u"</small>"_s;
    m_caption->setText(caption);
}

void MarketSharePanel::refreshCharts()
{
    // A label lays out its rich text with the link colour of the palette it had then, and
    // setText() with the same text keeps that layout: after a switch to the dark theme the
    // source link stayed dark blue on dark grey. Clearing first lays it out anew.
    m_caption->clear();
    showSnapshot();
    refreshTrend();
}

} // namespace gpucompare
