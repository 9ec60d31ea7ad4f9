#include "PlanView.h"

#include "CheapestPerProvider.h"
#include "ExportableChartView.h"
#include "ShownCurrency.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString dollars(double usd, int decimals = 0)
{
    return shownCurrency().text(usd, decimals, QLocale());
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
{
    m_trainingPicker = new QComboBox(this);
    m_trainingPicker->setObjectName(u"planTraining"_s);
    m_servingPicker = new QComboBox(this);
    m_servingPicker->setObjectName(u"planServing"_s);
    for (QComboBox *picker : {m_trainingPicker, m_servingPicker}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(16);
    }
    m_months = new QSpinBox(this);
    m_months->setObjectName(u"planMonths"_s);
    m_months->setRange(1, 120);
    m_months->setValue(12);
    // "1 month", "12 months": the suffix follows the value (the app ships no English plural
    // forms for tr()'s %n to pick from).
    const auto sayMonths = [this](int months) {
        m_months->setSuffix(months == 1 ? tr(" month") : tr(" months"));
    };
    sayMonths(m_months->value());
    connect(m_months, &QSpinBox::valueChanged, this, sayMonths);
    m_egressPriced = new QCheckBox(tr("Own price"), this);
    m_egressPriced->setObjectName(u"planEgressPriced"_s);
    m_egress = new QDoubleSpinBox(this);
    m_egress->setObjectName(u"planEgress"_s);
    m_egress->setRange(0, 10);
    m_egress->setDecimals(3);
    m_egress->setSingleStep(0.01);
    m_egress->setPrefix(u"$"_s);
    m_egress->setSuffix(tr(" per GB"));
    m_egress->setEnabled(false);
    m_egress->setAccessibleName(tr("Egress price per GB"));
    const QString egressWhy =
        tr("The training provider's egress prices come from the price book (Data › Egress "
           "Prices). Tick to price moving the weights at your own rate per GB instead (a "
           "negotiated one, or where the book has none).");
    m_egressPriced->setToolTip(egressWhy);
    m_egress->setToolTip(egressWhy);

    auto *egressRow = new QHBoxLayout;
    egressRow->addWidget(m_egressPriced);
    egressRow->addWidget(m_egress, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *trainingLabel = new QLabel(tr("&Train on:"), this);
    trainingLabel->setBuddy(m_trainingPicker);
    form->addRow(trainingLabel, m_trainingPicker);
    auto *servingLabel = new QLabel(tr("&Serve on:"), this);
    servingLabel->setBuddy(m_servingPicker);
    form->addRow(servingLabel, m_servingPicker);
    auto *monthsLabel = new QLabel(tr("Serve &for:"), this);
    monthsLabel->setBuddy(m_months);
    form->addRow(monthsLabel, m_months);
    auto *egressLabel = new QLabel(tr("Moving the &weights:"), this);
    egressLabel->setBuddy(m_egressPriced);
    form->addRow(egressLabel, egressRow);

    m_total = new QLabel(this);
    m_total->setObjectName(u"planTotal"_s);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_breakdown = new QLabel(this);
    m_breakdown->setObjectName(u"planBreakdown"_s);
    m_breakdown->setWordWrap(true);
    m_breakdown->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chartView = new ExportableChartView(this);
    m_chartView->setObjectName(u"planChart"_s);
    m_chartView->setAccessibleName(tr("Plan cost"));
    m_chartView->setSources([this] { return ServeCharts::planBars(parts(), chartTitle()); },
                            [this] {
                                const QString text =
                                    m_total->text() + u"\n"_s + m_breakdown->text() + u"\n"_s +
                                    tr("Prices from the price book as of %1.")
                                        .arg(QDate::currentDate().toString(Qt::ISODate));
                                return text.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
                            });

    // The plan scrolls inside its tab: its form, its sentences and a legible chart need more
    // height than a 1280x720 screen leaves, and must not make the window taller than the screen.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *title = new QLabel(u"<b>"_s + tr("Plan: train, then serve") + u"</b>"_s, content);
    title->setObjectName(u"panelTitle"_s);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_total);
    layout->addWidget(m_breakdown);
    layout->addWidget(m_chartView, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"planScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QComboBox *picker : {m_trainingPicker, m_servingPicker}) {
        connect(picker, &QComboBox::currentIndexChanged, this, &PlanView::update);
        // A narrow panel elides the offer: the tooltip has it whole.
        connect(picker, &QComboBox::currentTextChanged, picker, &QComboBox::setToolTip);
    }
    connect(m_months, &QSpinBox::valueChanged, this, &PlanView::update);
    connect(m_egress, &QDoubleSpinBox::valueChanged, this, &PlanView::update);
    connect(m_egressPriced, &QCheckBox::toggled, this, [this](bool priced) {
        m_egress->setEnabled(priced);
        update();
    });
    update();
}

QString PlanView::trainingPricingText(const JobEstimate &e)
{
    // Training on spot counts the interruptions' lost work (the form's spot overhead).
    if (e.pricing == PricingModel::Spot)
        return tr("spot: interruptions counted");
    return pricingText(e.pricing, e.pricingTerm);
}

QString PlanView::servingPricingText(const ServeEstimate &e)
{
    // Serving has no model of interruptions: a spot replica may be taken away.
    if (e.pricing == PricingModel::Spot)
        return tr("spot: interruptions not counted");
    return pricingText(e.pricing, QString());
}

QString PlanView::pricingText(PricingModel pricing, const QString &term)
{
    const QString name = pricingModelDisplayName(pricing).toLower();
    return term.isEmpty() ? name : tr("%1, %2").arg(name, term);
}

void PlanView::fillPicker(QComboBox *picker, const QStringList &providers,
                          const QStringList &descriptions)
{
    const QString current = picker->currentData().toString();
    const QSignalBlocker blocker(picker);
    picker->clear();
    picker->addItem(descriptions.isEmpty() ? tr("No offer yet")
                                           : tr("Cheapest: %1").arg(descriptions.first()),
                    QString());
    for (qsizetype i = 0; i < providers.size(); ++i)
        picker->addItem(descriptions.at(i), providers.at(i));
    picker->setCurrentIndex(std::max(0, picker->findData(current)));
}

void PlanView::setTraining(const EstimateRun &run, const JobSpec &job)
{
    m_training = run;
    m_job = job;
    QStringList providers;
    QStringList descriptions;
    // A plan is made of runs that fit: the model state must fit in the GPUs' memory.
    const auto first = firstOfEachProvider(m_training.estimates, [](const JobEstimate &e) {
        return e.fitsInMemory ? e.provider : QString();
    });
    for (const JobEstimate *e : first) {
        if (!e->fitsInMemory)
            continue;
        providers << e->provider;
        descriptions << tr("%1, %2 × %3, %4")
                            .arg(e->provider)
                            .arg(e->gpusRented)
                            .arg(e->gpuModel, dollars(e->totalUsd));
    }
    fillPicker(m_trainingPicker, providers, descriptions);
    update();
}

void PlanView::setServing(const ServeRun &run, const ServeSpec &spec)
{
    m_serving = run;
    m_serveSpec = spec;
    QStringList providers;
    QStringList descriptions;
    const auto first = firstOfEachProvider(m_serving.estimates, [](const ServeEstimate &e) {
        return e.fitsInMemory ? e.provider : QString();
    });
    for (const ServeEstimate *e : first) {
        if (!e->fitsInMemory)
            continue;
        providers << e->provider;
        descriptions << tr("%1, %2 × %3, %4 an hour")
                            .arg(e->provider)
                            .arg(e->gpus)
                            .arg(e->gpuModel, dollars(e->usdPerHour, 2));
    }
    fillPicker(m_servingPicker, providers, descriptions);
    update();
}

void PlanView::setTrainingProvider(const QString &provider)
{
    m_trainingPicker->setCurrentIndex(std::max(0, m_trainingPicker->findData(provider)));
}

void PlanView::setServingProvider(const QString &provider)
{
    m_servingPicker->setCurrentIndex(std::max(0, m_servingPicker->findData(provider)));
}

void PlanView::setMonths(int months)
{
    m_months->setValue(months);
}

void PlanView::setEgressPrices(const QList<EgressPrice> &prices)
{
    m_egressPrices = prices;
    update();
}

void PlanView::setEgressUsdPerGb(std::optional<double> usdPerGb)
{
    if (usdPerGb)
        m_egress->setValue(*usdPerGb);
    m_egressPriced->setChecked(usdPerGb.has_value());
}

const JobEstimate *PlanView::trainingEstimate() const
{
    const QString provider = m_trainingPicker->currentData().toString();
    for (const JobEstimate &e : m_training.estimates) {
        if (e.fitsInMemory && (provider.isEmpty() || e.provider == provider))
            return &e;
    }
    return nullptr;
}

const ServeEstimate *PlanView::servingEstimate() const
{
    const QString provider = m_servingPicker->currentData().toString();
    for (const ServeEstimate &e : m_serving.estimates) {
        if (e.fitsInMemory && (provider.isEmpty() || e.provider == provider))
            return &e;
    }
    return nullptr;
}

QList<ServeCharts::PlanPart> PlanView::parts() const
{
    const JobEstimate *training = trainingEstimate();
    const ServeEstimate *serving = servingEstimate();
    if (!training || !serving)
        return {};
    QList<ServeCharts::PlanPart> list = {{tr("Training"), m_cost.trainingUsd},
                                         {tr("Serving"), m_cost.servingUsd}};
    // The title names the providers and months; short names keep the legend unelided.
    if (m_cost.egressUsd > 0)
        list.append({tr("Egress"), m_cost.egressUsd});
    return list;
}

QStringList PlanView::chartTitle() const
{
    const JobEstimate *training = trainingEstimate();
    const ServeEstimate *serving = servingEstimate();
    if (!training || !serving)
        return {tr("Train, then serve")};
    return {tr("Train at %1,").arg(training->provider), tr("serve at %1").arg(serving->provider),
            tr("for %1 months").arg(m_months->value())};
}

void PlanView::refreshChart()
{
    m_chartView->replaceChart(ServeCharts::planBars(parts(), chartTitle()));
}

QString PlanView::totalText() const
{
    return m_total->text();
}

void PlanView::update()
{
    const JobEstimate *training = trainingEstimate();
    const ServeEstimate *serving = servingEstimate();
    if (!training || !serving) {
        m_cost = {};
        const bool noneFits = !training && !m_training.estimates.isEmpty();
        m_total->setText(noneFits    ? tr("The job in the Training tab fits on no offer: use more "
                                             "GPUs (its headline says how many).")
                         : !training ? tr("The Training tab has no result to plan with: fix its "
                                          "inputs or widen its filters.")
                                     : tr("The Serving tab has no offer the model fits on: fix "
                                          "its inputs or widen its filters."));
        m_breakdown->clear();
        m_chartView->replaceChart(ServeCharts::planBars({}, chartTitle()));
        return;
    }
    PlanInputs in;
    in.trainingUsd = training->totalUsd;
    in.trainingProvider = training->provider;
    in.servingMonthlyUsd = monthlyServingUsd(*serving);
    in.servingProvider = serving->provider;
    in.months = m_months->value();
    in.weightBytes = m_serving.weightBytes;
    if (m_egressPriced->isChecked())
        in.egressUsdPerGb = m_egress->value();
    in.egressPrices = m_egressPrices;
    m_cost = planCost(in);

    const QLocale locale;
    m_total->setText(tr("Total: %1 over %2 months%3")
                         .arg(dollars(m_cost.totalUsd()))
                         .arg(m_months->value())
                         .arg(m_cost.egressPriced ? QString() : tr(", egress not priced")));
    QStringList lines;
    lines << tr("Training: %1 at %2 on %3 × %4 (%5), %6 days.")
                 .arg(dollars(m_cost.trainingUsd), training->provider)
                 .arg(training->gpusRented)
                 .arg(training->gpuModel, trainingPricingText(*training),
                      locale.toString(training->wallDays, 'f', 1));
    const QString servingPricing = servingPricingText(*serving);
    const QString hourly = dollars(serving->usdPerHour, 2);
    lines << (serving->replicas
                  ? tr("Serving: %1 an hour, %2 a month at %3 (%4; %5 replicas of %6 × %7 for "
                       "the traffic), %8 in all.")
                        .arg(hourly, dollars(monthlyServingUsd(*serving)), serving->provider,
                             servingPricing)
                        .arg(*serving->replicas)
                        .arg(serving->gpus)
                        .arg(serving->gpuModel, dollars(m_cost.servingUsd))
                  : tr("Serving: %1 an hour, %2 a month at %3 (%4; one replica of %5 × %6 "
                       "around the clock; give a traffic in the Serving tab to size it), %7 in "
                       "all.")
                        .arg(hourly, dollars(monthlyServingUsd(*serving)), serving->provider,
                             servingPricing)
                        .arg(serving->gpus)
                        .arg(serving->gpuModel, dollars(m_cost.servingUsd)));
    // The same sentence as the Serving tab's: the idle GPUs of a machine are paid for.
    const ReplicaCost cost{serving->machines, serving->gpusRented, serving->idleGpus,
                           serving->usdPerHour};
    if (const QString idle = idleGpusNote(cost, serving->gpus, serving->replicas.value_or(1),
                                          serving->gpusPerInstance);
        !idle.isEmpty())
        lines << tr("Serving: %1.").arg(idle);
    lines << tr("Moving the weights: %1").arg(m_cost.egressNote);
    m_breakdown->setText(lines.join(u"\n"_s));
    refreshChart();
}

} // namespace gpucompare
