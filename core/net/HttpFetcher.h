#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

namespace gpucompare {

/// How patient a fetch is. The defaults are the product's; tests shorten them.
struct FetchPolicy
{
    int connectTimeoutMs = 15'000; ///< until the response headers arrive
    int idleTimeoutMs = 30'000;    ///< no data for this long ends the transfer
    int retries = 3;               ///< further attempts after a timeout, a 429 or a 5xx
    int backoffMs = 1'000;         ///< before retry n: backoffMs × 2^(n-1)
    int maxRetryAfterSeconds = 60; ///< a longer Retry-After is not waited for
    qint64 maxBytes = 256LL * 1024 * 1024;
    bool allowPlainHttp = false; ///< only for --base-url: tests and local mirrors

    /// The defaults, with GPUCOMPARE_FETCH_TIMEOUT_MS (connect and idle),
    /// GPUCOMPARE_FETCH_BACKOFF_MS and GPUCOMPARE_FETCH_MAX_MB applied: how the tests keep a
    /// hung server to seconds and an oversized body to a few megabytes.
    static FetchPolicy fromEnvironment();
};

/// What one GET ended with (after retries and, where given, the mirror).
struct FetchResult
{
    QUrl url;                 ///< where the body came from (the mirror's URL when it answered)
    int httpStatus = 0;       ///< the last status seen; 0 when no response arrived
    bool notModified = false; ///< 304: the catalog is the one the validators name
    QByteArray body;
    QString etag;
    QString lastModified;
    QString error; ///< empty on success; otherwise what went wrong, for a person
    int attempts = 0;

    bool ok() const { return error.isEmpty(); }
    /// "ETag "abc"" or "Last-Modified: ..." for a price's note; empty when the server sent none.
    QString validatorNote() const;
};

/// Synchronous HTTP GET with the product's rules, for a worker thread or the command line:
/// conditional requests, timeouts, retries with backoff honouring Retry-After, a mirror after
/// 429 or 5xx, no redirect to another scheme, bodies capped, truncation detected, TLS errors
/// never ignored, proxies from the environment (https_proxy, http_proxy, no_proxy).
class HttpFetcher final
{
public:
    explicit HttpFetcher(FetchPolicy policy = FetchPolicy::fromEnvironment());

    /// Called as bytes arrive, with (received, total or -1); return false to cancel.
    using Progress = std::function<bool(qint64 received, qint64 total)>;

    /// GETs `url`, then `mirror` (same path) when the primary keeps answering 429 or 5xx.
    /// `etag`/`lastModified` make the request conditional.
    FetchResult get(const QUrl &url, const QUrl &mirror = {}, const QString &etag = {},
                    const QString &lastModified = {}, const Progress &progress = {});

private:
    FetchResult attempt(const QUrl &url, const QString &etag, const QString &lastModified,
                        const Progress &progress, int *retryAfterSeconds, bool *retryable);
    FetchResult fetchWithRetries(const QUrl &url, const QString &etag, const QString &lastModified,
                                 const Progress &progress);

    FetchPolicy m_policy;
};

} // namespace gpucompare
