#pragma once

#include "PriceBookEdits.h"
#include "RecordEditor.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gpucompare {

/// Data › Market Share: a snapshot's period, scope and source, and its entries with their
/// ranges. The form shows the running total and the computed "Others" as the user types.
class SnapshotEditor final : public RecordEditor
{
    Q_OBJECT

public:
    enum EntryColumn
    {
        Label,
        Provider,
        Share,
        Low,
        High,
        EntryColumnCount
    };

    explicit SnapshotEditor(PriceBookEditor *editor, QWidget *parent = nullptr);

    QTableWidget *entriesTable() const { return m_entries; }
    /// "Total 87.5 % · Others 12.5 %", as the form shows it.
    QString totalText() const;
    void addEntryRow();
    void removeSelectedEntry();

protected:
    Outcome<RecordList> readRecords() const override;
    Status loadRecord(std::optional<qint64> id) override;
    Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const override;
    Outcome<PriceBookEdit> deleteEdit(qint64 id) const override;
    Outcome<QString> deleteQuestion(qint64 id) const override;
    QStringList extraValues() const override;

private:
    /// The first problem in the entries, naming its row and column; empty when they pass.
    QString checkEntries() const;
    QString checkSource(const QString &text) const;
    QList<MarketShareEntry> formEntries() const;
    MarketShareSnapshot formSnapshot() const;
    void entriesEdited();
    QString cell(int row, int column) const;

    mutable QList<SnapshotRecord> m_snapshots;
    mutable QStringList m_providerNames;
    QLineEdit *m_period = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_sourceName = nullptr;
    QLineEdit *m_sourceUrl = nullptr;
    QLineEdit *m_publishedOn = nullptr;
    QCheckBox *m_estimate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_entries = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace gpucompare
