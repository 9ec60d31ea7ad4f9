#include "OfferFilterBar.h"

#include "BookWords.h"
#include "OfferFilterProxyModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// The bar's words were the Prices panel's before it had a class of its own: they keep the
/// panel's translation context, which the catalogues translate.
struct PanelWords
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::PricesPanel)
};

} // namespace

OfferFilterBar::OfferFilterBar(OfferFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
{
    m_gpu = new QComboBox(this);
    m_gpu->setObjectName(u"gpuFilter"_s);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerFilter"_s);
    m_pricing = new QComboBox(this);
    m_pricing->setObjectName(u"pricingFilter"_s);
    m_pricing->addItem(PanelWords::tr("All pricing"), QString());
    for (const QString &token : pricingModelTokens())
        m_pricing->addItem(pricingModelDisplayName(*pricingModelFromToken(token)), token);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionFilter"_s);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(PanelWords::tr("Search instance, provider, region…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(PanelWords::tr("Search offers"));
    for (QComboBox *combo : {m_gpu, m_provider, m_region}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }

    // Two rows of two filters: the panel shares 1280 pixels with two others.
    auto *filters = new QGridLayout;
    int filterIndex = 0;
    auto addFilter = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        const int row = filterIndex / 2;
        const int column = (filterIndex % 2) * 2;
        filters->addWidget(l, row, column);
        filters->addWidget(field, row, column + 1);
        ++filterIndex;
    };
    addFilter(PanelWords::tr("&GPU:"), m_gpu);
    addFilter(PanelWords::tr("Pro&vider:"), m_provider);
    addFilter(PanelWords::tr("Pri&cing:"), m_pricing);
    addFilter(PanelWords::tr("Regi&on:"), m_region);
    m_showNotListed = new QCheckBox(PanelWords::tr("Show offers &no longer listed"), this);
    m_showNotListed->setObjectName(u"showNotListed"_s);
    m_showNotListed->setToolTip(
        PanelWords::tr("Offers a price update no longer found in their catalog are "
                       "kept with their history and hidden unless this is on."));
    m_includeStale = new QCheckBox(PanelWords::tr("Include &stale prices"), this);
    m_includeStale->setObjectName(u"includeStale"_s);
    m_includeStale->setToolTip(
        PanelWords::tr("Prices last seen before the freshness window (View › Freshness Window) "
                       "are shown greyed and never named cheapest (★, \"vs ★\", the "
                       "calculators' headlines) unless this is on."));
    const int checkRow = (filterIndex + 1) / 2;
    filters->addWidget(m_showNotListed, checkRow, 0, 1, 2);
    filters->addWidget(m_includeStale, checkRow, 2, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_text);

    connect(m_gpu, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setGpu(m_gpu->currentData().toString());
        Q_EMIT chartChoiceChanged();
    });
    // The ★ and "vs ★" follow what the filters show: the cheapest among the offers in view.
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setProvider(m_provider->currentData().toString());
        Q_EMIT cheapestScopeChanged();
    });
    connect(m_pricing, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setPricing(m_pricing->currentData().toString());
        Q_EMIT cheapestScopeChanged();
        Q_EMIT chartChoiceChanged();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setRegion(m_region->currentData().toString());
        Q_EMIT cheapestScopeChanged();
    });
    connect(m_text, &QLineEdit::textChanged, proxy, &OfferFilterProxyModel::setText);
    connect(m_showNotListed, &QCheckBox::toggled, proxy, &OfferFilterProxyModel::setShowNotListed);
    connect(m_includeStale, &QCheckBox::toggled, this, &OfferFilterBar::includeStaleChanged);
}

void OfferFilterBar::fillCombo(QComboBox *combo, const QString &allText, const QStringList &values,
                               QString (*shown)(const QString &))
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : values)
        combo->addItem(value.isEmpty() ? PanelWords::tr("not stated")
                       : shown         ? shown(value)
                                       : value,
                       value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void OfferFilterBar::setChoices(const QStringList &gpus, const QStringList &providers,
                                const QStringList &regions)
{
    fillCombo(m_gpu, PanelWords::tr("All GPUs"), gpus);
    fillCombo(m_provider, PanelWords::tr("All providers"), providers);
    fillCombo(m_region, PanelWords::tr("All regions"), regions, shownRegion);
}

bool OfferFilterBar::listsNamesOf(const OfferRow &row) const
{
    const auto listed = [](const QComboBox *combo, const QString &name) {
        return name.isEmpty() || combo->findData(name) >= 0;
    };
    return listed(m_gpu, row.gpuModel) && listed(m_provider, row.provider) &&
           listed(m_region, row.region);
}

void OfferFilterBar::setGpu(const QString &gpu)
{
    m_gpu->setCurrentIndex(std::max(0, m_gpu->findData(gpu)));
}

void OfferFilterBar::setProvider(const QString &provider)
{
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));
}

void OfferFilterBar::setPricing(const QString &token)
{
    m_pricing->setCurrentIndex(std::max(0, m_pricing->findData(token)));
}

void OfferFilterBar::setRegion(const QString &region)
{
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
}

void OfferFilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

QString OfferFilterBar::gpu() const
{
    return m_gpu->currentData().toString();
}

QString OfferFilterBar::provider() const
{
    return m_provider->currentData().toString();
}

QString OfferFilterBar::pricing() const
{
    return m_pricing->currentData().toString();
}

bool OfferFilterBar::includesStale() const
{
    return m_includeStale->isChecked();
}

QVariantMap OfferFilterBar::state() const
{
    return {{u"gpu"_s, m_gpu->currentData()},
            {u"provider"_s, m_provider->currentData()},
            {u"pricing"_s, m_pricing->currentData()},
            {u"region"_s, m_region->currentData()},
            {u"text"_s, m_text->text()},
            {u"notListed"_s, m_showNotListed->isChecked()},
            {u"includeStale"_s, m_includeStale->isChecked()}};
}

void OfferFilterBar::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    setGpu(state.value(u"gpu"_s).toString());
    setProvider(state.value(u"provider"_s).toString());
    setPricing(state.value(u"pricing"_s).toString());
    setRegion(state.value(u"region"_s).toString());
    setText(state.value(u"text"_s).toString());
    m_showNotListed->setChecked(state.value(u"notListed"_s).toBool());
    m_includeStale->setChecked(state.value(u"includeStale"_s).toBool());
}

} // namespace gpucompare
