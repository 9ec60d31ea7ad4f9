#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace gpucompare::test {

/// A request as the server read it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: "/path?query", or "http://host/path" through a proxy
    QByteArray path;   ///< without scheme, host and query
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
};

/// What the server answers, and how.
struct HttpResponse
{
    enum class Behaviour
    {
        Normal,   ///< status, headers, body, close
        Hang,     ///< accept, read the request, never answer
        Truncate, ///< announce the whole body, send `truncateAt` bytes of it, close
        Stall,    ///< send headers and half the body, then nothing (until stopped)
    };
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Behaviour behaviour = Behaviour::Normal;
    qsizetype truncateAt = 0;
};

/// A real HTTP/1.1 server on 127.0.0.1 for the network tests: a thread of plain sockets, one
/// response per connection ("Connection: close"). Routes by path; unknown paths get a 404.
/// Not a mock of Qt's classes: the product's own network code talks to it over TCP.
class CatalogServer final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request, int hit)>;

    CatalogServer();
    ~CatalogServer();
    CatalogServer(const CatalogServer &) = delete;
    CatalogServer &operator=(const CatalogServer &) = delete;

    /// Answers `path` with the handler; `hit` counts the requests for that path from 1.
    void route(const QByteArray &path, Handler handler);
    /// Answers `path` with a 200 and this body (and the ETag, honouring If-None-Match).
    void serve(const QByteArray &path, const QByteArray &body, const QByteArray &etag = {});

    quint16 port() const { return m_port; }
    QString baseUrl() const; ///< "http://127.0.0.1:PORT"
    int hits(const QByteArray &path) const;
    QList<HttpRequest> requests() const;

private:
    void acceptLoop();
    void handle(int socket);

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    std::vector<std::thread> m_connections;
    std::vector<int> m_openSockets;
    QMap<QByteArray, Handler> m_routes;
    QMap<QByteArray, int> m_hits;
    QList<HttpRequest> m_requests;
};

} // namespace gpucompare::test
