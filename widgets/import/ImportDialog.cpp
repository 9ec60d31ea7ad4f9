#include "ImportDialog.h"

#include "CatalogImport.h"
#include "FitToScreen.h"
#include "PriceBook.h"
#include "RejectedRowsModel.h"
#include "Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
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

/// A view of rejected or flagged rows: the line column as wide as the largest line number.
QTableView *newRowView(QWidget *parent, RejectedRowsModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    // Every row is one line high: the view then never measures 10,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setColumnWidth(RejectedRowsModel::Line,
                         view->fontMetrics().horizontalAdvance(u"Line 0000000"_s));
    return view;
}

} // namespace

struct ImportDialog::PreviewResult
{
    ImportPlan plan;
    ImportSummary summary;
    QHash<QString, QString> mappings;
};

ImportDialog::Runner ImportDialog::runnerForBook(const QString &path, bool readOnly)
{
    return [path, readOnly](const PriceBookData &data, bool dryRun,
                            const QHash<QString, QString> &aliases,
                            const PriceBookImporter::Progress &progress) {
        PriceBook::OpenResult connection = PriceBook::openConnection(path, readOnly);
        if (!connection.book) {
            ImportSummary failed;
            failed.error = connection.error;
            return failed;
        }
        return PriceBookImporter(connection.book->database())
            .importData(data, dryRun, aliases, progress);
    };
}

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
    m_rejectedRows = new RejectedRowsModel(tr("Why it is left out"), this);
    m_rejected = newRowView(this, m_rejectedRows);
    m_rejected->setObjectName(u"rejectedRows"_s);
    m_flaggedRows = new RejectedRowsModel(tr("What to look at"), this);
    m_flagged = newRowView(this, m_flaggedRows);
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
    keepFittedToScreen(this);

    // A typed cloud name is read once the typing pauses, not on every key.
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &ImportDialog::refreshPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_provider, &QComboBox::currentTextChanged, m_typingPause, qOverload<>(&QTimer::start));
    refreshPreview();
}

ImportDialog::~ImportDialog()
{
    stopPreview();
}

void ImportDialog::stopPreview()
{
    if (!m_previewThread)
        return;
    m_previewCancelled->store(true);
    m_previewThread->disconnect(this);
    m_previewThread->wait();
    delete m_previewThread;
    m_previewThread = nullptr;
    m_previewing = false;
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

void ImportDialog::refreshPreview()
{
    m_typingPause->stop();
    if (m_previewing) {
        // The running one is out of date: drop its result and read again when it stops.
        m_previewCancelled->store(true);
        m_previewAgain = true;
        return;
    }
    ImportOptions options = m_options;
    options.format =
        importFormatFromToken(m_format->currentData().toString()).value_or(ImportFormat::Auto);
    const QString typed = m_provider->currentText().trimmed();
    options.provider = typed == m_provider->itemText(0) ? QString() : typed;
    options.gpuMappings = chosenMappings();

    m_previewing = true;
    m_previewAgain = false;
    m_previewCancelled = std::make_shared<std::atomic<bool>>(false);
    m_buttons->findChild<QPushButton *>(u"importButton"_s)->setEnabled(false);
    m_summaryLabel->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    auto result = std::make_shared<PreviewResult>();
    m_previewThread = QThread::create(
        [result, options, path = m_path, runner = m_runner, cancelled = m_previewCancelled] {
            result->plan = CatalogImport::readFile(path, options);
            result->mappings = options.gpuMappings;
            if (result->plan.error.isEmpty() && !cancelled->load()) {
                result->summary =
                    runner(result->plan.data, true, options.gpuMappings,
                           [cancelled](qsizetype, qsizetype) { return !cancelled->load(); });
            }
        });
    connect(m_previewThread, &QThread::finished, this, [this, result] {
        const bool current = !m_previewCancelled->load();
        m_previewThread->deleteLater();
        m_previewThread = nullptr;
        m_previewing = false;
        if (current && !m_previewAgain)
            showPreview(*result);
        else
            refreshPreview();
    });
    m_previewThread->start();
}

void ImportDialog::showPreview(const PreviewResult &result)
{
    m_plan = result.plan;
    m_options.gpuMappings = result.mappings;
    const ImportOptions options = m_options;
    QPushButton *importButton = m_buttons->findChild<QPushButton *>(u"importButton"_s);
    if (!m_plan.error.isEmpty()) {
        m_errorLabel->setText(tr("This file cannot be imported: %1").arg(m_plan.error.toString()));
        m_errorLabel->show();
        m_summaryLabel->clear();
        importButton->setEnabled(false);
        m_rejectedRows->setRows({});
        m_flaggedRows->setRows({});
        m_unknown->setRowCount(0);
        return;
    }
    m_errorLabel->hide();
    m_summary = result.summary;
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
    m_rejectedRows->setRows(rejected);
    m_flaggedRows->setRows(m_plan.flagged);
    m_details->setTabText(0, tr("Unknown GPU names (%1)").arg(m_plan.unmappedGpus.size()));
    m_details->setTabText(1, tr("Rejected (%1)").arg(m_plan.rejectedCount));
    m_details->setTabText(2, tr("Flagged (%1)").arg(m_plan.flaggedCount));
}

bool ImportDialog::runImport()
{
    stopPreview();
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0,
                             100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The worker only counts and reads the cancel flag; the dialog shows the count from here.
    auto done = std::make_shared<std::atomic<qsizetype>>(0);
    auto total = std::make_shared<std::atomic<qsizetype>>(1);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto summary = std::make_shared<ImportSummary>();
    std::unique_ptr<QThread> worker(
        QThread::create([summary, done, total, cancelled, data = m_plan.data,
                         mappings = m_options.gpuMappings, runner = m_runner] {
            *summary =
                runner(data, false, mappings, [done, total, cancelled](qsizetype d, qsizetype t) {
                    done->store(d);
                    total->store(std::max<qsizetype>(t, 1));
                    return !cancelled->load();
                });
        }));
    QEventLoop waiting;
    connect(worker.get(), &QThread::finished, &waiting, &QEventLoop::quit);
    QTimer showProgress;
    connect(&showProgress, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(int(total->load()));
        progress.setValue(int(std::min(done->load(), total->load() - 1)));
    });
    connect(&progress, &QProgressDialog::canceled, &progress,
            [cancelled] { cancelled->store(true); });
    showProgress.start(50);
    worker->start();
    waiting.exec();
    worker->wait();
    showProgress.stop();
    m_summary = *summary;
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
