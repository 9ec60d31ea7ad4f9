#pragma once

#include "ImportPlan.h"
#include "PriceBookImporter.h"

#include <QDialog>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QThread;
class QTimer;

namespace gpucompare {

class RejectedRowsModel;

/// Import preview: what a file would add, update, leave unchanged and reject (with the line and
/// reason), accelerator names to map to GPU models, then the import itself in one transaction
/// with a progress dialog that can cancel. Nothing is written before "Import" is pressed.
///
/// Reading the file, the preview's dry run and the import run on a worker thread, so the window
/// never freezes on a large catalog: typing in the cloud box waits for a pause, a newer preview
/// replaces an older one still running, and closing the dialog cancels what runs.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Runs the plan against the price book: a dry run for the preview, or the real import.
    /// Called on a worker thread, so it opens a connection of its own to the book (a Qt SQL
    /// connection belongs to the thread that made it); see runnerForBook(). It never throws:
    /// a failure is the summary's error (PriceBookImporter::importData()).
    using Runner = std::function<ImportSummary(const PriceBookData &data, bool dryRun,
                                               const QHash<QString, QString> &newAliases,
                                               const PriceBookImporter::Progress &progress)>;

    /// The runner for the price book file at path, opened read-only when readOnly.
    static Runner runnerForBook(const QString &path, bool readOnly);

    ImportDialog(QString path, ImportOptions options, Runner runner, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The last preview (or import) summary; meaningful after exec() returned Accepted.
    const ImportSummary &summary() const { return m_summary; }
    const ImportPlan &plan() const { return m_plan; }

    /// Reads the file again with the chosen format, provider and mappings, and recounts, on
    /// the worker thread; the dialog shows the result when it is ready.
    void refreshPreview();
    /// Whether a preview is being read (the Import button waits for it).
    bool isPreviewing() const { return m_previewing; }
    /// Writes the plan (the "Import" button) on the worker thread while the dialog shows its
    /// progress and stays responsive; returns whether it was written.
    bool runImport();

    QComboBox *formatPicker() const { return m_format; }
    QComboBox *providerPicker() const { return m_provider; }
    QTableWidget *unknownNames() const { return m_unknown; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

private:
    struct PreviewResult;
    void showPreview(const PreviewResult &result);
    QHash<QString, QString> chosenMappings() const;
    /// Stops the running preview (its result is dropped) and waits for its thread.
    void stopPreview();

    QString m_path;
    ImportOptions m_options;
    Runner m_runner;
    ImportPlan m_plan;
    ImportSummary m_summary;

    QThread *m_previewThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_previewCancelled;
    bool m_previewing = false;
    bool m_previewAgain = false;
    QTimer *m_typingPause = nullptr;

    QComboBox *m_format = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableWidget *m_unknown = nullptr;
    QTabWidget *m_details = nullptr;
    QTableView *m_rejected = nullptr;
    QTableView *m_flagged = nullptr;
    RejectedRowsModel *m_rejectedRows = nullptr;
    RejectedRowsModel *m_flaggedRows = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpucompare
