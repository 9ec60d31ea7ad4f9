#include "UpdatePricesDialog.h"

#include "CatalogBuilder.h"
#include "FitToScreen.h"
#include "PriceBook.h"
#include "UpdateRun.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString catalogTitle(const CatalogSource &c)
{
    if (c.source == u"azure")
        return UpdatePricesDialog::tr("Microsoft Azure (Azure Retail Prices API)");
    if (c.source == u"ecb")
        return UpdatePricesDialog::tr("Euro exchange rates (European Central Bank)");
    return UpdatePricesDialog::tr("%1 (SkyPilot catalog)").arg(canonicalProviderName(c.cloud));
}

/// "3 h ago", "2 days ago", from an ISO date-time in UTC.
QString ago(const QString &isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return {};
    const qint64 minutes = when.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 60)
        return UpdatePricesDialog::tr("%n min ago", nullptr, int(std::max<qint64>(1, minutes)));
    if (minutes < 48 * 60)
        return UpdatePricesDialog::tr("%n h ago", nullptr, int(minutes / 60));
    return UpdatePricesDialog::tr("%n days ago", nullptr, int(minutes / (24 * 60)));
}

QString statusText(const QString &status)
{
    if (status == u"updated")
        return UpdatePricesDialog::tr("updated");
    if (status == u"unchanged")
        return UpdatePricesDialog::tr("nothing new");
    if (status == u"not-modified")
        return UpdatePricesDialog::tr("not modified");
    if (status == u"failed")
        return UpdatePricesDialog::tr("failed");
    return status;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

UpdatePricesDialog::UpdatePricesDialog(QString bookPath, UpdateRequest request, FetchPolicy policy,
                                       QWidget *parent)
    : QDialog(parent)
    , m_bookPath(std::move(bookPath))
    , m_request(std::move(request))
    , m_policy(policy)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
    , m_bytes(std::make_shared<std::atomic<qint64>>(0))
    , m_catalogDone(std::make_shared<std::atomic<int>>(0))
{
    setWindowTitle(tr("Update Prices"));
    setObjectName(u"updatePricesDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Current prices from public catalogs, no account needed. Each catalog is applied on "
           "its own; a changed price becomes a new observation, an unchanged one is confirmed, "
           "and offers a catalog no longer lists are marked, never deleted. Nothing is "
           "downloaded before you press Check, nor written before Apply."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_catalogs = new QTreeWidget;
    m_catalogs->setObjectName(u"catalogs"_s);
    m_catalogs->setHeaderLabels({tr("Catalog"), tr("Last update"), tr("Status")});
    m_catalogs->setRootIsDecorated(false);
    m_catalogs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_catalogs, 2);
    fillCatalogList();

    m_progress = new QProgressBar;
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(tr("Choose the catalogs and press Check."));
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_details = new QTabWidget;
    m_changes = makeTable({tr("Provider"), tr("Instance"), tr("Region"), tr("Pricing"), tr("Old"),
                           tr("New"), tr("Change")},
                          u"changes"_s);
    m_added = makeTable({tr("Catalog"), tr("Offer")}, u"added"_s);
    m_vanished = makeTable({tr("Catalog"), tr("Offer")}, u"vanished"_s);
    m_attention = makeTable({tr("Catalog"), tr("What needs attention")}, u"attention"_s);
    m_details->addTab(m_changes, tr("Price changes"));
    m_details->addTab(m_added, tr("New offers"));
    m_details->addTab(m_vanished, tr("No longer listed"));
    m_details->addTab(m_attention, tr("Needs attention"));
    layout->addWidget(m_details, 3);

    m_buttons = new QDialogButtonBox;
    m_checkButton = m_buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_applyButton->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_checkButton, &QPushButton::clicked, this, &UpdatePricesDialog::check);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_working)
            cancel();
        else
            reject();
    });
    resize(860, 620);
    keepFittedToScreen(this);
}

UpdatePricesDialog::~UpdatePricesDialog() = default;

void UpdatePricesDialog::fillCatalogList()
{
    QMap<QString, LastFetch> last;
    QStringList unchecked;
    {
        // A book whose fetches cannot be read shows every catalog as never updated.
        PriceBook::OpenResult connection = PriceBook::openConnection(m_bookPath, true);
        if (connection.book) {
            Outcome<QMap<QString, LastFetch>> read = readLastFetches(connection.book->database());
            if (read)
                last = std::move(read).value();
        }
    }
    unchecked = QSettings().value(u"update/unchecked"_s).toStringList();
    UpdateRequest all = m_request;
    all.clouds.clear();
    all.sources = CatalogSources::allSources();
    for (const CatalogSource &catalog : all.catalogs()) {
        auto *item = new QTreeWidgetItem(m_catalogs);
        item->setText(0, catalogTitle(catalog));
        item->setData(0, Qt::UserRole, catalog.key());
        item->setCheckState(0, unchecked.contains(catalog.key()) ? Qt::Unchecked : Qt::Checked);
        const LastFetch fetch = last.value(catalog.key());
        item->setText(1, fetch.fetchedAt.isEmpty() ? tr("never") : ago(fetch.fetchedAt));
        item->setText(2, statusText(fetch.status));
        if (!fetch.message.isEmpty())
            item->setToolTip(2, fetch.message);
    }
}

QList<CatalogSource> UpdatePricesDialog::chosenCatalogs() const
{
    QList<CatalogSource> chosen;
    for (int i = 0; i < m_catalogs->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_catalogs->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        const QString key = item->data(0, Qt::UserRole).toString();
        const qsizetype slash = key.indexOf(u'/');
        chosen.append(slash < 0 ? CatalogSource{key, QString()}
                                : CatalogSource{key.left(slash), key.mid(slash + 1)});
    }
    return chosen;
}

void UpdatePricesDialog::runInWorker(const std::function<void()> &work)
{
    m_working = true;
    m_cancelled->store(false);
    m_bytes->store(0);
    m_catalogDone->store(0);
    m_checkButton->setEnabled(false);
    m_applyButton->setEnabled(false);
    m_catalogs->setEnabled(false);
    m_progress->show();
    std::unique_ptr<QThread> worker(QThread::create(work));
    QEventLoop waiting;
    connect(worker.get(), &QThread::finished, &waiting, &QEventLoop::quit);
    QTimer poll;
    const int total = int(chosenCatalogs().size());
    m_progress->setRange(0, std::max(1, total));
    connect(&poll, &QTimer::timeout, this, [this, total] {
        m_progress->setValue(std::min(total, m_catalogDone->load()));
        m_progress->setFormat(tr("%1 of %2 catalogs, %3 downloaded")
                                  .arg(m_catalogDone->load())
                                  .arg(total)
                                  .arg(QLocale().formattedDataSize(m_bytes->load())));
    });
    poll.start(100);
    worker->start();
    waiting.exec();
    worker->wait();
    poll.stop();
    m_progress->hide();
    m_catalogs->setEnabled(true);
    m_checkButton->setEnabled(true);
    m_working = false;
}

void UpdatePricesDialog::check()
{
    const QList<CatalogSource> chosen = chosenCatalogs();
    QStringList unchecked;
    for (int i = 0; i < m_catalogs->topLevelItemCount(); ++i) {
        if (m_catalogs->topLevelItem(i)->checkState(0) != Qt::Checked)
            unchecked << m_catalogs->topLevelItem(i)->data(0, Qt::UserRole).toString();
    }
    QSettings().setValue(u"update/unchecked"_s, unchecked);
    if (chosen.isEmpty()) {
        m_summary->setText(tr("Choose at least one catalog."));
        return;
    }
    m_summary->setText(tr("Checking %n catalog(s)…", nullptr, int(chosen.size())));
    auto ran = std::make_shared<UpdateRun>();
    runInWorker([ran, chosen, path = m_bookPath, request = m_request, policy = m_policy,
                 cancelled = m_cancelled, bytes = m_bytes, done = m_catalogDone] {
        PriceBook::OpenResult connection = PriceBook::openConnection(path, false);
        if (!connection.book)
            return;
        HttpFetcher fetcher(policy);
        UpdateCallbacks callbacks;
        callbacks.cancelled = [cancelled] {
            return cancelled->load();
        };
        callbacks.bytes = [bytes](qint64 received) {
            bytes->store(received);
        };
        callbacks.catalogDone = [done](int catalogs, int) {
            done->store(catalogs);
        };
        *ran = runCatalogs(connection.book->database(), chosen, request, true, fetcher, callbacks);
    });
    if (m_cancelled->load()) {
        m_fetched.clear();
        m_reports.clear();
        m_summary->setText(tr("Cancelled: nothing was written."));
        return;
    }
    m_fetched = ran->fetched();
    m_reports = ran->reports();
    showPreview();
}

void UpdatePricesDialog::cancel()
{
    m_cancelled->store(true);
}

void UpdatePricesDialog::showPreview()
{
    m_changes->setRowCount(0);
    m_added->setRowCount(0);
    m_vanished->setRowCount(0);
    m_attention->setRowCount(0);
    const UpdateTotals totals = UpdateTotals::of(m_reports);
    QList<std::pair<PriceChange, QString>> changes;
    // Offline, every catalog fails the same way: one row per failure, with the catalogs it hit.
    QMap<QString, QStringList> failures;
    for (const SourceReport &r : std::as_const(m_reports)) {
        for (int i = 0; i < m_catalogs->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_catalogs->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == r.catalog.key()) {
                item->setText(2, r.failed() ? tr("failed")
                                 : r.status == u"not-modified"
                                     ? tr("not modified since the last update")
                                 : r.catalog.source == u"ecb"
                                     ? tr("%n exchange rate(s) read", nullptr, r.rows) + tr(", ") +
                                           tr("%n new to the book", nullptr, r.ratesSaved)
                                     : tr("%n row(s) read", nullptr, r.rows) + tr(", ") +
                                           tr("%n change(s) to apply", nullptr,
                                              r.offersAdded + r.pricesChanged + r.vanished));
                item->setToolTip(2, r.error);
            }
        }
        if (r.failed()) {
            // "http://host/catalogs/v8/aws/vms.csv: Connection refused": the same failure for
            // every catalog but for its own address.
            static const QRegularExpression address(uR"(^\S+://\S+: )"_s);
            failures[QString(r.error).remove(address)] << r.catalog.key();
            continue;
        }
        for (const PriceChange &c : r.changes)
            changes.append({c, r.catalog.key()});
        for (const QString &offer : r.addedOffers)
            addRow(m_added, {r.catalog.key(), offer});
        for (const QString &offer : r.vanishedOffers)
            addRow(m_vanished, {r.catalog.key(), offer});
        if (!r.newGpuModels.isEmpty()) {
            addRow(m_attention,
                   {r.catalog.key(), tr("new GPU models without a published peak (not priceable "
                                        "until you add one): %1")
                                         .arg(r.newGpuModels.join(u", "_s))});
        }
        for (auto it = r.unmapped.cbegin(); it != r.unmapped.cend(); ++it) {
            addRow(m_attention,
                   {r.catalog.key(),
                    tr("%1 maps to no GPU model (%n row(s))", nullptr, it.value()).arg(it.key())});
        }
        if (r.ambiguous > 0) {
            addRow(m_attention,
                   {r.catalog.key(), tr("%n row(s) left out: the machine's form factor matches "
                                        "no GPU model",
                                        nullptr, r.ambiguous)});
        }
        if (r.folded > 0) {
            addRow(m_attention,
                   {r.catalog.key(), tr("%n hand-entered offer(s) folded into the catalog's "
                                        "listing of the same machine, their prices kept as its "
                                        "history",
                                        nullptr, r.folded)});
        }
        if (r.spotPlaceholders > 0) {
            addRow(m_attention,
                   {r.catalog.key(), tr("%n spot price(s) left out: the catalog's placeholder "
                                        "(equal to the on-demand price, or zero), not a spot offer",
                                        nullptr, r.spotPlaceholders)});
        }
    }
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        const QStringList &catalogs = it.value();
        addRow(m_attention,
               {catalogs.size() == 1 ? catalogs.first() : tr("%1 catalogs").arg(catalogs.size()),
                tr("failed: %1").arg(it.key())});
        m_attention->item(m_attention->rowCount() - 1, 0)->setToolTip(catalogs.join(u", "_s));
    }
    const auto size = [](const PriceChange &c) {
        const double before = c.before.toDollars();
        return before > 0 ? c.after.toDollars() / before - 1 : 0.0;
    };
    std::stable_sort(changes.begin(), changes.end(), [&](const auto &a, const auto &b) {
        return std::abs(size(a.first)) > std::abs(size(b.first));
    });
    const QLocale locale;
    for (const auto &[c, key] : std::as_const(changes)) {
        addRow(m_changes, {c.provider, c.instanceType, c.region, pricingModelDisplayName(c.pricing),
                           u"$"_s + locale.toString(c.before.toDollars(), 'f', 2),
                           u"$"_s + locale.toString(c.after.toDollars(), 'f', 2),
                           (size(c) >= 0 ? u"+"_s : QString()) +
                               locale.toString(size(c) * 100, 'f', 1) + u" %"_s});
    }
    m_changes->resizeColumnsToContents();
    // Open on the first tab with something in it, and say in each tab's title how much.
    const QList<std::pair<QTableWidget *, QString>> tabs = {{m_changes, tr("Price changes")},
                                                            {m_added, tr("New offers")},
                                                            {m_vanished, tr("No longer listed")},
                                                            {m_attention, tr("Needs attention")}};
    QTableWidget *first = nullptr;
    for (const auto &[table, title] : tabs) {
        m_details->setTabText(m_details->indexOf(table),
                              u"%1 (%2)"_s.arg(title).arg(table->rowCount()));
        if (!first && table->rowCount() > 0)
            first = table;
    }
    if (first)
        m_details->setCurrentWidget(first);
    m_added->resizeColumnToContents(0);
    m_vanished->resizeColumnToContents(0);
    m_attention->resizeColumnToContents(0);
    // The rates are named only when there are new ones: one line less in the common case.
    const QString rates = totals.ratesSaved > 0
                              ? tr(" %1 exchange rates new to the book.").arg(totals.ratesSaved)
                              : QString();
    m_summary->setText(tr("%1 new offers, %2 price changes, %3 prices confirmed, %4 offers no "
                          "longer listed; %5 of %6 catalogs failed.")
                           .arg(totals.offersAdded)
                           .arg(totals.pricesChanged)
                           .arg(totals.confirmed)
                           .arg(totals.vanished)
                           .arg(totals.failed)
                           .arg(totals.catalogs) +
                       rates + u' ' + tr("Apply writes it."));
    m_applyButton->setEnabled(totals.failed < totals.catalogs);
}

bool UpdatePricesDialog::apply()
{
    auto reports = std::make_shared<QList<SourceReport>>();
    runInWorker([reports, fetched = m_fetched, path = m_bookPath, today = m_request.today,
                 done = m_catalogDone] {
        PriceBook::OpenResult connection = PriceBook::openConnection(path, false);
        if (!connection.book) {
            SourceReport failed;
            failed.status = u"failed"_s;
            failed.error = connection.error;
            reports->append(failed);
            return;
        }
        for (const FetchedCatalog &one : fetched) {
            reports->append(applyCatalog(connection.book->database(), one, today, false));
            done->fetch_add(1);
        }
    });
    m_reports = *reports;
    QStringList failures;
    for (const SourceReport &r : std::as_const(m_reports)) {
        if (r.failed())
            failures << tr("%1: %2").arg(r.catalog.key(), r.error);
    }
    if (!failures.isEmpty()) {
        m_summary->setText(tr("Applied, except:\n%1").arg(failures.join(u'\n')));
        return failures.size() < m_reports.size();
    }
    return true;
}

} // namespace gpucompare
