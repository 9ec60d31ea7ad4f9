#pragma once

#include "ImportPlan.h"
#include "PriceBookImporter.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace gpucompare {

/// Import preview: what a file would add, update, leave unchanged and reject (with the line and
/// reason), accelerator names to map to GPU models, then the import itself in one transaction
/// with a progress dialog that can cancel. Nothing is written before "Import" is pressed.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Runs the plan against the price book: a dry run for the preview, or the real import.
    using Runner = std::function<ImportSummary(const PriceBookData &data, bool dryRun,
                                               const QHash<QString, QString> &newAliases,
                                               const PriceBookImporter::Progress &progress)>;

    ImportDialog(QString path, ImportOptions options, Runner runner, QWidget *parent = nullptr);

    /// The last preview (or import) summary; meaningful after exec() returned Accepted.
    const ImportSummary &summary() const { return m_summary; }
    const ImportPlan &plan() const { return m_plan; }

    /// Reads the file again with the chosen format, provider and mappings, and recounts.
    void refreshPreview();
    /// Writes the plan (the "Import" button); returns whether it was written.
    bool runImport();

    QComboBox *formatPicker() const { return m_format; }
    QComboBox *providerPicker() const { return m_provider; }
    QTableWidget *unknownNames() const { return m_unknown; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

private:
    void fillRows(QTableWidget *table, const QList<RejectedRow> &rows);
    QHash<QString, QString> chosenMappings() const;

    QString m_path;
    ImportOptions m_options;
    Runner m_runner;
    ImportPlan m_plan;
    ImportSummary m_summary;

    QComboBox *m_format = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableWidget *m_unknown = nullptr;
    QTabWidget *m_details = nullptr;
    QTableWidget *m_rejected = nullptr;
    QTableWidget *m_flagged = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpucompare
