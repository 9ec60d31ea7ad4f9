#pragma once

#include "PriceUpdate.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace gpucompare {

/// File › Update Prices…: the catalogs with their last update, a check box each; "Check" fetches
/// the chosen ones on a worker thread (progress in bytes, Cancel) and previews what they would
/// change: new offers, price changes sorted by size with old → new and the change in %, offers
/// no longer listed, and what needs attention. Nothing is written before "Apply"; then each
/// catalog is applied in its own transaction, from what was fetched (nothing is downloaded
/// twice). No network access happens before the user presses Check.
class UpdatePricesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `bookPath` is opened by the worker with a connection of its own; `request` carries the
    /// base URL or folder to read from (empty: the public catalogs).
    UpdatePricesDialog(QString bookPath, UpdateRequest request, FetchPolicy policy,
                       QWidget *parent = nullptr);
    ~UpdatePricesDialog() override;

    /// Fetches the checked catalogs and previews them; returns when the preview is shown (or
    /// cancelled, or failed as a whole).
    void check();
    /// Writes what check() fetched; returns whether every catalog applied (failures are listed).
    bool apply();
    /// Asks the running fetch to stop.
    void cancel();

    QTreeWidget *catalogList() const { return m_catalogs; }
    QTableWidget *changesTable() const { return m_changes; }
    QTableWidget *addedTable() const { return m_added; }
    QTableWidget *vanishedTable() const { return m_vanished; }
    QLabel *summaryLabel() const { return m_summary; }
    const QList<SourceReport> &reports() const { return m_reports; }
    /// The catalogs checked in the list.
    QList<CatalogSource> chosenCatalogs() const;

private:
    void fillCatalogList();
    void showPreview();
    /// Runs `work` on a worker thread while the dialog shows progress and stays responsive.
    void runInWorker(const std::function<void()> &work);

    QString m_bookPath;
    UpdateRequest m_request;
    FetchPolicy m_policy;
    QList<FetchedCatalog> m_fetched;
    QList<SourceReport> m_reports;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_bytes;
    std::shared_ptr<std::atomic<int>> m_catalogDone;
    bool m_working = false;

    QTreeWidget *m_catalogs = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_details = nullptr;
    QTableWidget *m_changes = nullptr;
    QTableWidget *m_added = nullptr;
    QTableWidget *m_vanished = nullptr;
    QTableWidget *m_attention = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace gpucompare
