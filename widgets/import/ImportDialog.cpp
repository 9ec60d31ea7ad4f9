#include "ImportDialog.h"

#include "CatalogImport.h"
#include "Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QTableWidget *newRowTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

} // namespace

ImportDialog::ImportDialog(QString path, ImportOptions options, Runner runner, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(path))
    , m_options(std::move(options))
    , m_runner(std::move(runner))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_path).fileName()));
    setObjectName(u"importDialog"_s);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"importFormat"_s);
    for (const QString &token : importFormatTokens()) {
        const ImportFormat f = *importFormatFromToken(token);
        m_format->addItem(importFormatDisplayName(f), token);
    }
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"importProvider"_s);
    m_provider->setEditable(true);
    m_provider->addItem(tr("(from the file)"), QString());
    for (const QString &name : std::as_const(m_options.providerNames))
        m_provider->addItem(name, name);
    m_provider->setToolTip(tr("SkyPilot catalogs do not name their cloud: it is taken from the "
                              "file name or instance types, or from here."));

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"importSummary"_s);
    m_summaryLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"importError"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(errorTextColor(QApplication::palette())));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    m_unknown = newRowTable(this, {tr("Name in the file"), tr("Rows"), tr("Map to GPU model")});
    m_unknown->setObjectName(u"unknownGpuNames"_s);
    m_unknown->setToolTip(tr("Names that match no GPU model or alias. Map one, and the mapping "
                             "is kept as an alias for the next import."));
    m_rejected = newRowTable(this, {tr("Line"), tr("Why it is left out")});
    m_rejected->setObjectName(u"rejectedRows"_s);
    m_flagged = newRowTable(this, {tr("Line"), tr("What to look at")});
    m_flagged->setObjectName(u"flaggedRows"_s);
    m_details = new QTabWidget(this);
    m_details->addTab(m_unknown, tr("Unknown GPU names"));
    m_details->addTab(m_rejected, tr("Rejected"));
    m_details->addTab(m_flagged, tr("Flagged"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"importButton"_s);
    importButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Cloud:"), m_provider);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Nothing is written until you press Import; then all of it "
                                    "is written in one step, or none of it."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(760, 520);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_provider, &QComboBox::currentTextChanged, this, &ImportDialog::refreshPreview);
    refreshPreview();
}

QHash<QString, QString> ImportDialog::chosenMappings() const
{
    QHash<QString, QString> mappings = m_options.gpuMappings;
    for (int row = 0; row < m_unknown->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_unknown->cellWidget(row, 2));
        const QString gpu = combo ? combo->currentData().toString() : QString();
        if (!gpu.isEmpty())
            mappings.insert(m_unknown->item(row, 0)->text(), gpu);
    }
    return mappings;
}

void ImportDialog::fillRows(QTableWidget *table, const QList<RejectedRow> &rows)
{
    table->setRowCount(0);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, rows.at(i).line);
        table->setItem(i, 0, line);
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).reason));
        table->item(i, 1)->setToolTip(rows.at(i).reason);
    }
    table->resizeColumnToContents(0);
}

void ImportDialog::refreshPreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportOptions options = m_options;
    options.format =
        importFormatFromToken(m_format->currentData().toString()).value_or(ImportFormat::Auto);
    const QString typed = m_provider->currentText().trimmed();
    options.provider = typed == m_provider->itemText(0) ? QString() : typed;
    options.gpuMappings = chosenMappings();
    m_plan = CatalogImport::readFile(m_path, options);
    m_options.gpuMappings = options.gpuMappings;

    QPushButton *importButton = m_buttons->findChild<QPushButton *>(u"importButton"_s);
    if (!m_plan.error.isEmpty()) {
        m_errorLabel->setText(tr("This file cannot be imported: %1").arg(m_plan.error.toString()));
        m_errorLabel->show();
        m_summaryLabel->clear();
        importButton->setEnabled(false);
        fillRows(m_rejected, {});
        fillRows(m_flagged, {});
        m_unknown->setRowCount(0);
        QApplication::restoreOverrideCursor();
        return;
    }
    m_errorLabel->hide();
    m_summary = m_runner(m_plan.data, true, options.gpuMappings, {});
    if (!m_summary.error.isEmpty()) {
        m_errorLabel->setText(tr("The price book refuses this import: %1").arg(m_summary.error));
        m_errorLabel->show();
    }
    QString text = tr("<b>%1</b>, %2 rows read.")
                       .arg(importFormatDisplayName(m_plan.format).toHtmlEscaped())
                       .arg(m_plan.rowsRead);
    text += u"<br>"_s +
            tr("Offers to add: <b>%1</b> · to update with a new price: <b>%2</b> · unchanged: %3")
                .arg(m_summary.offersAdded)
                .arg(m_summary.offersUpdated)
                .arg(m_summary.offersUnchanged);
    if (m_summary.providersAdded)
        text += u"<br>"_s + tr("New providers: %1").arg(m_summary.providersAdded);
    if (m_summary.snapshotsAdded || m_summary.snapshotsUpdated) {
        text += u"<br>"_s + tr("Market-share snapshots to add: %1 · to update: %2")
                                .arg(m_summary.snapshotsAdded)
                                .arg(m_summary.snapshotsUpdated);
    }
    text +=
        u"<br>"_s +
        tr("Rows rejected: %1 · flagged: %2").arg(m_plan.rejectedCount).arg(m_plan.flaggedCount);
    if (m_plan.rowsWithoutGpu)
        text += tr(" · without a GPU (skipped): %1").arg(m_plan.rowsWithoutGpu);
    if (m_plan.rowsMerged)
        text += tr(" · zone or duplicate rows folded: %1").arg(m_plan.rowsMerged);
    m_summaryLabel->setText(text);
    importButton->setEnabled(m_summary.error.isEmpty() &&
                             (m_summary.offersAdded + m_summary.offersUpdated +
                                  m_summary.snapshotsAdded + m_summary.snapshotsUpdated >
                              0));

    // Unknown names keep their chosen mapping across refreshes.
    const QHash<QString, QString> chosen = options.gpuMappings;
    m_unknown->setRowCount(0);
    QStringList names = m_plan.unmappedGpus.keys();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    m_unknown->setRowCount(int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        m_unknown->setItem(i, 0, new QTableWidgetItem(names.at(i)));
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, m_plan.unmappedGpus.value(names.at(i)));
        m_unknown->setItem(i, 1, count);
        auto *combo = new QComboBox(m_unknown);
        combo->addItem(tr("— leave these rows out —"), QString());
        for (const GpuModel &g : std::as_const(m_options.gpuModels))
            combo->addItem(g.name, g.name);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen.value(names.at(i)))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview,
                Qt::QueuedConnection);
        m_unknown->setCellWidget(i, 2, combo);
    }
    m_unknown->resizeColumnToContents(0);
    QList<RejectedRow> rejected = m_plan.rejected;
    fillRows(m_rejected, rejected);
    fillRows(m_flagged, m_plan.flagged);
    m_details->setTabText(0, tr("Unknown GPU names (%1)").arg(m_plan.unmappedGpus.size()));
    m_details->setTabText(1, tr("Rejected (%1)").arg(m_plan.rejectedCount));
    m_details->setTabText(2, tr("Flagged (%1)").arg(m_plan.flaggedCount));
    QApplication::restoreOverrideCursor();
}

bool ImportDialog::runImport()
{
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0,
                             100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto report = [&](qsizetype done, qsizetype total) {
        progress.setMaximum(int(std::max<qsizetype>(total, 1)));
        progress.setValue(int(done));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    m_summary = m_runner(m_plan.data, false, m_options.gpuMappings, report);
    progress.reset();
    if (m_summary.cancelled) {
        m_summaryLabel->setText(tr("Cancelled: nothing was written."));
        return false;
    }
    if (!m_summary.error.isEmpty()) {
        m_errorLabel->setText(
            tr("The import failed and nothing was written: %1").arg(m_summary.error));
        m_errorLabel->show();
        return false;
    }
    return true;
}

} // namespace gpucompare
