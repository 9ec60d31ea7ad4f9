#pragma once

#include "OfferRow.h"

#include <QStringList>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;

namespace gpucompare {

class OfferFilterProxyModel;

/// The Prices panel's filters: GPU, provider, pricing and region in two rows of two (the
/// panel shares 1280 pixels with two others), whether offers no longer listed show, whether
/// stale prices may be named cheapest, and the search under them. Each sets the panel's filter
/// model itself; the panel hears what else follows from them (the ★, the chart).
class OfferFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit OfferFilterBar(OfferFilterProxyModel *proxy, QWidget *parent = nullptr);

    /// Lists these GPU models, providers and regions (each sorted by the caller), keeping each
    /// filter's choice when it is still listed.
    void setChoices(const QStringList &gpus, const QStringList &providers,
                    const QStringList &regions);
    /// Whether the lists hold the row's GPU, provider and region (a new name needs new lists).
    bool listsNamesOf(const OfferRow &row) const;

    void setGpu(const QString &gpu);
    void setProvider(const QString &provider);
    void setPricing(const QString &pricingToken);
    void setRegion(const QString &region);
    void setText(const QString &text);

    QString gpu() const;
    QString provider() const;
    QString pricing() const;
    /// Whether "Include stale prices" is ticked.
    bool includesStale() const;
    QLineEdit *searchField() const { return m_text; }

    /// The filters, the check boxes and the search, to carry over into a new window.
    QVariantMap state() const;
    /// Puts back what state() gave; an empty map changes nothing.
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    /// The GPU or the pricing filter changed: the chart shows their GPU and pricing.
    void chartChoiceChanged();
    /// The provider, pricing or region filter changed: which offers compete for the ★ (a GPU's
    /// cheapest is measured against its own GPU's offers, whatever the GPU filter).
    void cheapestScopeChanged();
    /// "Include stale prices" was ticked or cleared.
    void includeStaleChanged(bool include);

private:
    /// Each value as \a shown gives it (the book's words in the user's language), or as it is.
    static void fillCombo(QComboBox *combo, const QString &allText, const QStringList &values,
                          QString (*shown)(const QString &) = nullptr);

    QComboBox *m_gpu = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_pricing = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_showNotListed = nullptr;
    QCheckBox *m_includeStale = nullptr;
    QLineEdit *m_text = nullptr;
};

} // namespace gpucompare
