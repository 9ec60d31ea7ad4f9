#pragma once

#include "PriceBookEdits.h"
#include "RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace gpucompare {

/// Data › Egress Prices: what a provider charges per GB moved out to the internet, one volume
/// tier per record, with the free monthly allowance, the date and the source. The Plan prices
/// moving the weights from the training provider to the serving one with them.
class EgressPriceEditor final : public RecordEditor
{
    Q_OBJECT

public:
    explicit EgressPriceEditor(PriceBookEditor *editor, QWidget *parent = nullptr);

protected:
    Outcome<RecordList> readRecords() const override;
    Status loadRecord(std::optional<qint64> id) override;
    Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const override;
    Outcome<PriceBookEdit> deleteEdit(qint64 id) const override;
    Outcome<QString> deleteQuestion(qint64 id) const override;

private:
    mutable QList<std::pair<qint64, EgressPrice>> m_prices;
    mutable QList<ProviderRecord> m_providers;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_free = nullptr;
    QLineEdit *m_observedOn = nullptr;
    QLineEdit *m_source = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace gpucompare
