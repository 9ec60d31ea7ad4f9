#pragma once

#include "ExchangeRates.h"
#include "PriceBookEdits.h"
#include "RecordEditor.h"

#include <QHash>

class QChartView;
class QComboBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace gpucompare {

/// Data › Offers: an offer's shape and billing, with its price history (a table and a small
/// chart). Saving with a price filled in adds today's price as a new observation; the history is
/// kept, so the price table's current price is the latest observation.
class OfferEditor final : public RecordEditor
{
    Q_OBJECT

public:
    explicit OfferEditor(PriceBookEditor *editor, QWidget *parent = nullptr);

    QTableWidget *historyTable() const { return m_history; }
    /// Removes the price selected in the history after asking (its own undoable edit).
    bool removeSelectedPrice();

protected:
    Outcome<RecordList> readRecords() const override;
    Status loadRecord(std::optional<qint64> id) override;
    Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const override;
    Outcome<PriceBookEdit> deleteEdit(qint64 id) const override;
    Outcome<QString> deleteQuestion(qint64 id) const override;

private:
    Offer formOffer() const;
    std::optional<PriceObservation> formPrice() const;
    QString checkInstanceType(const QString &text) const;
    QString checkPrice(const QString &text) const;
    /// The currency chosen for the new price; empty for US dollars.
    QString priceCurrency() const;
    /// The dollar figure of a price typed in another currency, with the rate and its day.
    void showRate();
    void fillCombos();
    void showHistory(const OfferRecord *record);

    mutable QList<ProviderRecord> m_providers;
    mutable QList<GpuModelRecord> m_models;
    /// Every offer's identity (offerIdentity()) and id, read with the list.
    mutable QHash<QString, qint64> m_offerIds;
    QComboBox *m_provider = nullptr;
    QComboBox *m_gpu = nullptr;
    QCheckBox *m_perGpuRate = nullptr;
    QLineEdit *m_instance = nullptr;
    QLineEdit *m_gpus = nullptr;
    QLineEdit *m_vcpus = nullptr;
    QLineEdit *m_ram = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_pricing = nullptr;
    QLineEdit *m_term = nullptr;
    QLineEdit *m_interconnect = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_rate = nullptr;
    ExchangeRates m_rates; ///< the bundled day and the book's, read with each record
    QLineEdit *m_observedOn = nullptr;
    QLineEdit *m_priceSource = nullptr;
    QLineEdit *m_priceNote = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_removePrice = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_chartEmpty = nullptr;
    QList<PriceRecord> m_prices;
};

} // namespace gpucompare
