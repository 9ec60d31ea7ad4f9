#include "HttpFetcher.h"

#include "Translated.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::HttpFetcher", text);
}

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

/// The proxy the environment names for a URL (https_proxy, http_proxy, no_proxy; either case),
/// as curl and most Unix tools read them.
QNetworkProxy proxyFor(const QUrl &url)
{
    const auto variable = [](const char *lower, const char *upper) {
        QString value = qEnvironmentVariable(lower);
        return value.isEmpty() ? qEnvironmentVariable(upper) : value;
    };
    const QString noProxy = variable("no_proxy", "NO_PROXY");
    const QString host = url.host().toLower();
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == u"*" || host == entry || (entry.startsWith(u'.') && host.endsWith(entry)) ||
            host.endsWith(u'.' + entry))
            return QNetworkProxy::NoProxy;
    }
    const QString proxy = url.scheme() == u"https" ? variable("https_proxy", "HTTPS_PROXY")
                                                   : variable("http_proxy", "HTTP_PROXY");
    if (proxy.isEmpty())
        return QNetworkProxy::NoProxy;
    const QUrl proxyUrl = QUrl::fromUserInput(proxy);
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return QNetworkProxy::NoProxy;
    return QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(), quint16(proxyUrl.port(8080)),
                         proxyUrl.userName(), proxyUrl.password());
}

/// Retry-After as seconds ("120" or an HTTP date); -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    return when.isValid() ? int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)))
                          : -1;
}

/// The Content-Length the server announced; -1 when it sent none.
qint64 announcedLength(const QNetworkReply *reply)
{
    const QVariant header = reply->header(QNetworkRequest::ContentLengthHeader);
    bool ok = false;
    const qint64 length = header.toLongLong(&ok);
    return header.isValid() && ok ? length : -1;
}

} // namespace

FetchPolicy FetchPolicy::fromEnvironment()
{
    FetchPolicy policy;
    policy.connectTimeoutMs =
        environmentNumber("GPUCOMPARE_FETCH_TIMEOUT_MS", policy.connectTimeoutMs);
    policy.idleTimeoutMs = environmentNumber("GPUCOMPARE_FETCH_TIMEOUT_MS", policy.idleTimeoutMs);
    policy.backoffMs = environmentNumber("GPUCOMPARE_FETCH_BACKOFF_MS", policy.backoffMs);
    if (const int megabytes = environmentNumber("GPUCOMPARE_FETCH_MAX_MB", 0); megabytes > 0)
        policy.maxBytes = qint64(megabytes) * 1024 * 1024;
    return policy;
}

QString FetchResult::validatorNote() const
{
    if (!etag.isEmpty())
        return u"ETag %1."_s.arg(etag);
    if (!lastModified.isEmpty())
        return u"Last-Modified %1."_s.arg(lastModified);
    return {};
}

HttpFetcher::HttpFetcher(FetchPolicy policy)
    : m_policy(policy)
{}

FetchResult HttpFetcher::get(const QUrl &url, const QUrl &mirror, const QString &etag,
                             const QString &lastModified, const Progress &progress)
{
    FetchResult primary = fetchWithRetries(url, etag, lastModified, progress);
    const bool overloaded = primary.httpStatus == 429 || primary.httpStatus >= 500;
    if (primary.ok() || !mirror.isValid() || !overloaded)
        return primary;
    FetchResult second = fetchWithRetries(mirror, etag, lastModified, progress);
    if (!second.ok()) {
        second.error = tr("%1; the mirror %2 failed too: %3")
                           .arg(primary.error, mirror.toDisplayString(), second.error);
    }
    second.attempts += primary.attempts;
    return second;
}

FetchResult HttpFetcher::fetchWithRetries(const QUrl &url, const QString &etag,
                                          const QString &lastModified, const Progress &progress)
{
    FetchResult result;
    for (int attemptNumber = 0;; ++attemptNumber) {
        int retryAfter = -1;
        bool retryable = false;
        const int attempts = result.attempts;
        result = attempt(url, etag, lastModified, progress, &retryAfter, &retryable);
        result.attempts = attempts + 1;
        if (result.ok() || !retryable || attemptNumber >= m_policy.retries)
            return result;
        if (retryAfter > m_policy.maxRetryAfterSeconds) {
            result.error +=
                u' ' + tr("(the server asks to wait %1 s; not waited for)").arg(retryAfter);
            return result;
        }
        const qint64 waitMs = retryAfter >= 0 ? qint64(retryAfter) * 1000
                                              : qint64(m_policy.backoffMs) << attemptNumber;
        // Wait in small steps so that Cancel is heard.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < waitMs) {
            if (progress && !progress(0, -1)) {
                result.error = tr("cancelled");
                return result;
            }
            QThread::msleep(quint64(std::min<qint64>(100, waitMs - waited.elapsed() + 1)));
        }
    }
}

FetchResult HttpFetcher::attempt(const QUrl &url, const QString &etag, const QString &lastModified,
                                 const Progress &progress, int *retryAfter, bool *retryable)
{
    FetchResult result;
    result.url = url;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && m_policy.allowPlainHttp)) {
        result.error = tr("%1 is not an https:// address").arg(url.toDisplayString());
        return result;
    }

    QNetworkAccessManager manager;
    manager.setProxy(proxyFor(url));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setRawHeader("User-Agent", "GPU-Cloud-Compare/" GPUCOMPARE_VERSION_STRING);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toUtf8());
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified.toUtf8());

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QString abortReason;
    bool abortRetryable = false;
    const auto abortWith = [&](const QString &reason, bool mayRetry) {
        if (abortReason.isEmpty()) {
            abortReason = reason;
            abortRetryable = mayRetry;
        }
        reply->abort();
    };

    QTimer headerTimer;
    headerTimer.setSingleShot(true);
    QObject::connect(&headerTimer, &QTimer::timeout, &loop, [&] {
        abortWith(tr("no answer within %1 s").arg(m_policy.connectTimeoutMs / 1000.0), true);
    });
    QTimer idleTimer;
    idleTimer.setSingleShot(true);
    QObject::connect(&idleTimer, &QTimer::timeout, &loop, [&] {
        abortWith(tr("no data for %1 s").arg(m_policy.idleTimeoutMs / 1000.0), true);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        headerTimer.stop();
        idleTimer.start(m_policy.idleTimeoutMs);
    });
    QObject::connect(reply, &QNetworkReply::redirected, &loop, [&](const QUrl &to) {
        if (to.scheme().compare(url.scheme(), Qt::CaseInsensitive) != 0) {
            abortWith(tr("the server redirected to %1, another scheme; refused")
                          .arg(to.toDisplayString()),
                      false);
            return;
        }
        Q_EMIT reply->redirectAllowed();
    });
    qint64 total = -1;
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                     [&](qint64, qint64 bytesTotal) { total = bytesTotal; });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        idleTimer.start(m_policy.idleTimeoutMs);
        result.body += reply->readAll();
        if (result.body.size() > m_policy.maxBytes) {
            abortWith(tr("the body is larger than %1 MB; cut off").arg(m_policy.maxBytes >> 20),
                      false);
            return;
        }
        if (progress && !progress(result.body.size(), total))
            abortWith(tr("cancelled"), false);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Cancel is heard even while the server says nothing.
    QTimer cancelPoll;
    if (progress) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (!progress(result.body.size(), total))
                abortWith(tr("cancelled"), false);
        });
        cancelPoll.start(100);
    }
    headerTimer.start(m_policy.connectTimeoutMs);
    loop.exec();
    cancelPoll.stop();
    headerTimer.stop();
    idleTimer.stop();
    if (abortReason.isEmpty())
        result.body += reply->readAll();

    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.url = reply->url().isValid() ? reply->url() : url;
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    const QString where = url.toDisplayString();
    if (!abortReason.isEmpty()) {
        result.error = abortReason;
        *retryable = abortRetryable;
    } else if (result.httpStatus == 304) {
        result.notModified = true;
        result.body.clear();
    } else if (result.httpStatus == 429 || result.httpStatus >= 500) {
        result.error =
            tr("HTTP %1 %2")
                .arg(result.httpStatus)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        *retryable = true;
        *retryAfter = retryAfterSeconds(reply->rawHeader("Retry-After"));
    } else if (result.httpStatus >= 400) {
        result.error =
            tr("HTTP %1 %2")
                .arg(result.httpStatus)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (const qint64 announced = announcedLength(reply);
               announced >= 0 && announced > result.body.size() && result.httpStatus == 200) {
        result.error = tr("the download was cut off after %1 of %2 bytes")
                           .arg(result.body.size())
                           .arg(announced);
        *retryable = true;
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = reply->errorString();
        // Connection refused or reset may pass; a TLS or a host lookup failure will not.
        *retryable = reply->error() == QNetworkReply::RemoteHostClosedError ||
                     reply->error() == QNetworkReply::TimeoutError ||
                     reply->error() == QNetworkReply::ConnectionRefusedError ||
                     reply->error() == QNetworkReply::TemporaryNetworkFailureError;
    } else if (result.httpStatus != 200) {
        result.error = tr("HTTP %1, not a catalog").arg(result.httpStatus);
    }
    if (!result.error.isEmpty())
        result.error = tr("%1: %2").arg(where, result.error);
    reply->deleteLater();
    return result;
}

} // namespace gpucompare
