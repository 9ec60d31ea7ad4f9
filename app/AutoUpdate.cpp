#include "AutoUpdate.h"

#include "BookConnection.h"
#include "BookService.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "UpdateConsentBar.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QString kEnabledKey = u"update/automatic"_s;
/// The switch of the modal check on start that this replaces: whoever turned that on asked
/// for daily updates already.
const QString kLegacyKey = u"update/checkOnStart"_s;
/// The first look a little after the window opened, so that start-up is not slowed; then
/// hourly, so a window left open for days stays current and an offline one retries.
constexpr int kFirstCheckMs = 3000;
constexpr int kCheckEveryMs = 3600 * 1000;
constexpr int kResultShownMs = 15000;

/// The settings key of a book's last successful update: the path hashed, so that it makes
/// one flat key (and a team book's address, password included, is not written out).
QString lastSuccessKey(const QString &bookPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(bookPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"update/lastSuccess/"_s + QString::fromLatin1(hash);
}

} // namespace

AutoUpdate::AutoUpdate(BookConnection *connection, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_window(window)
{
    qRegisterMetaType<BackgroundUpdate::Result>();
    m_update = new BackgroundUpdate(this);
    m_bar = new UpdateConsentBar(window);
    m_bar->hide();
    connect(m_bar, &UpdateConsentBar::accepted, this, [this] {
        setEnabled(true);
        startIfDue();
    });
    connect(m_bar, &UpdateConsentBar::declined, this, [this] { setEnabled(false); });

    m_action = new QAction(tr("Update Prices &Automatically (once a day)"), this);
    m_action->setObjectName(u"updateAutomaticallyAction"_s);
    m_action->setCheckable(true);
    m_action->setChecked(isEnabled());
    m_action->setToolTip(tr("Check the public catalogs in the background when the last update "
                            "is older than a day"));
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        setEnabled(on);
        if (on)
            startIfDue();
        else
            m_update->cancel();
    });

    // Set here, read by the worker: the same catalogs (or mirror) as File › Update Prices….
    m_request.baseUrl = qEnvironmentVariable("GPUCOMPARE_UPDATE_BASE_URL");
    m_policy = FetchPolicy::fromEnvironment();
    m_policy.allowPlainHttp = !m_request.baseUrl.isEmpty();

    connect(m_update, &BackgroundUpdate::progress, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text); });
    connect(m_update, &BackgroundUpdate::finished, this, &AutoUpdate::showResult);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(kCheckEveryMs);
        startIfDue();
    });
    m_timer.start(kFirstCheckMs);
    // Its worker writes to the book's file.
    connect(connection, &BookConnection::aboutToRelease, this, &AutoUpdate::stop);
}

AutoUpdate::~AutoUpdate()
{
    stop();
}

bool AutoUpdate::isEnabled()
{
    QSettings settings;
    if (settings.contains(kEnabledKey))
        return settings.value(kEnabledKey).toBool();
    return settings.value(kLegacyKey, false).toBool();
}

bool AutoUpdate::wasAsked()
{
    QSettings settings;
    return settings.contains(kEnabledKey) || settings.value(kLegacyKey, false).toBool();
}

void AutoUpdate::setEnabled(bool on)
{
    QSettings settings;
    settings.setValue(kEnabledKey, on);
    settings.remove(kLegacyKey);
    m_action->setChecked(on);
    m_bar->hide();
}

void AutoUpdate::askIfNeeded()
{
    const PriceBook *book = m_connection->book();
    m_bar->setVisible(!wasAsked() && book && !book->isReadOnly());
}

void AutoUpdate::setSource(const UpdateRequest &request, const FetchPolicy &policy)
{
    m_request = request;
    m_policy = policy;
}

QDateTime AutoUpdate::lastSuccessfulUpdate(const QSqlDatabase &db, const QString &bookPath)
{
    // A book of an older schema (opened read-only) has no record of updates.
    const Outcome<QString> fetched = book::lastSuccessfulFetch(db);
    const QDateTime inBook =
        fetched ? QDateTime::fromString(fetched.value(), Qt::ISODate) : QDateTime();
    QSettings settings;
    const QString key = lastSuccessKey(bookPath);
    QDateTime seen = settings.value(key).toDateTime();
    if (inBook.isValid() && (!seen.isValid() || inBook > seen)) {
        settings.setValue(key, inBook);
        seen = inBook;
    }
    return seen;
}

QList<CatalogSource> AutoUpdate::chosenCatalogs() const
{
    // The catalogs unchecked in File › Update Prices… stay out of the automatic update too.
    const QStringList unchecked = QSettings().value(u"update/unchecked"_s).toStringList();
    UpdateRequest all = m_request;
    all.clouds.clear();
    all.sources = CatalogSources::allSources();
    QList<CatalogSource> chosen;
    for (const CatalogSource &catalog : all.catalogs()) {
        if (!unchecked.contains(catalog.key()))
            chosen.append(catalog);
    }
    return chosen;
}

bool AutoUpdate::startIfDue()
{
    const PriceBook *book = m_connection->book();
    if (!isEnabled() || !book || book->isReadOnly() || m_update->isRunning())
        return false;
    // Not under a modal dialog: an import or File › Update Prices… works on the book then.
    if (QApplication::activeModalWidget())
        return false;
    const QDateTime last = lastSuccessfulUpdate(book->database(), book->path());
    if (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < kDueAfterSeconds)
        return false;
    UpdateRequest request = m_request;
    request.today = QDate::currentDate();
    return m_update->start(book->path(), chosenCatalogs(), request, m_policy);
}

void AutoUpdate::stop()
{
    m_update->stopAndWait();
}

void AutoUpdate::showResult(const BackgroundUpdate::Result &result)
{
    QStatusBar *status = m_window->statusBar();
    status->clearMessage(); // the progress
    const PriceBook *book = m_connection->book();
    if (result.cancelled || !book) {
        Q_EMIT finished(result);
        return;
    }
    if (result.anySucceeded()) {
        // Remembered before the reload, which shows "updated just now" from it.
        lastSuccessfulUpdate(book->database(), book->path());
    }
    bool forgotEdits = false;
    // Under a modal dialog the commit watcher reloads once it closes.
    if ((result.wroteSomething() || result.anySucceeded()) && !QApplication::activeModalWidget()) {
        // As after File › Update Prices…: the book changed under the undo stack's edits.
        if (result.wroteSomething())
            forgotEdits = m_connection->editor()->clearHistory();
        Q_EMIT bookChanged();
    } else if (!QApplication::activeModalWidget()) {
        // Nothing to show, but the worker recorded its fetches (and failures): its own commits,
        // which the change watcher must not announce as another program's (it did under ASan's
        // slower timing, replacing "Offline: …").
        m_connection->markCommitsSeen();
    }
    const QLocale locale;
    QString message;
    int shownMs = kResultShownMs;
    if (result.wroteSomething()) {
        message =
            tr("Prices updated: %1 changed, %2 new offers")
                .arg(locale.toString(result.pricesChanged), locale.toString(result.offersAdded));
        if (result.vanished > 0)
            message += tr(", %1 no longer listed").arg(locale.toString(result.vanished));
        if (result.ratesSaved > 0)
            message += tr(", %n exchange rate(s) saved", nullptr, result.ratesSaved);
        if (result.failed > 0)
            message += tr(" (%1 of %2 catalogs not read)").arg(result.failed).arg(result.catalogs);
        if (forgotEdits)
            message += u' ' + tr("Edits made before the update can no longer be undone.");
    } else if (result.anySucceeded()) {
        // Nothing new: a quiet word that fades soon.
        message = result.ratesSaved > 0
                      ? tr("Prices checked: nothing new; %n exchange rate(s) saved", nullptr,
                           result.ratesSaved)
                      : tr("Prices checked: nothing new");
        shownMs = 4000;
    } else if (result.offline) {
        if (m_toldOffline) {
            Q_EMIT finished(result);
            return;
        }
        m_toldOffline = true;
        const QDateTime last = lastSuccessfulUpdate(book->database(), book->path());
        QString asOf;
        if (last.isValid()) {
            asOf = locale.toString(last.toLocalTime().date(), QLocale::ShortFormat);
        } else if (const Outcome<PriceDating> dating = book::priceDating(book->database())) {
            asOf = dating.value().newest;
        }
        message = asOf.isEmpty() ? tr("Offline: prices as bundled")
                                 : tr("Offline: prices as of %1").arg(asOf);
    } else if (result.rateLimited) {
        message = tr("Prices not updated: too many requests to the catalog server (HTTP 429); "
                     "the price book is unchanged.");
    } else {
        message = tr("Prices not updated: %1").arg(result.failures.value(0));
        if (result.failures.size() > 1)
            message += u' ' + tr("(and %1 more)").arg(result.failures.size() - 1);
    }
    // A message is drawn clipped where the permanent widgets begin: elided instead (a
    // catalog's error names its URL; File › Update Prices… lists each catalog's last error).
    if (const auto *age = status->findChild<QLabel *>(u"pricesAge"_s)) {
        const int room = age->geometry().right() - 8;
        if (room > 100)
            message = status->fontMetrics().elidedText(message, Qt::ElideRight, room);
    }
    status->showMessage(message, shownMs);
    Q_EMIT finished(result);
}

} // namespace gpucompare
