#include "CatalogServer.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gpucompare::test {

namespace {

bool sendAll(int socket, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t sent = ::send(socket, data, size_t(size), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

CatalogServer::CatalogServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(m_listener, 64);
    socklen_t length = sizeof address;
    ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

CatalogServer::~CatalogServer()
{
    m_stopping = true;
    m_acceptThread.join();
    {
        std::lock_guard lock(m_mutex);
        for (const int socket : m_openSockets)
            ::shutdown(socket, SHUT_RDWR);
    }
    for (std::thread &t : m_connections)
        t.join();
    ::close(m_listener);
}

QString CatalogServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void CatalogServer::route(const QByteArray &path, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_routes.insert(path, std::move(handler));
}

void CatalogServer::serve(const QByteArray &path, const QByteArray &body, const QByteArray &etag)
{
    route(path, [body, etag](const HttpRequest &request, int) {
        HttpResponse response;
        if (!etag.isEmpty()) {
            response.headers.append({"ETag", etag});
            if (request.headers.value("if-none-match") == etag) {
                response.status = 304;
                return response;
            }
        }
        response.body = body;
        return response;
    });
}

int CatalogServer::hits(const QByteArray &path) const
{
    std::lock_guard lock(m_mutex);
    return m_hits.value(path);
}

QList<HttpRequest> CatalogServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void CatalogServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd p{m_listener, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int socket = ::accept(m_listener, nullptr, nullptr);
        if (socket < 0)
            continue;
        std::lock_guard lock(m_mutex);
        m_openSockets.push_back(socket);
        m_connections.emplace_back([this, socket] { handle(socket); });
    }
}

void CatalogServer::handle(int socket)
{
    QByteArray raw;
    char buffer[4096];
    while (!raw.contains("\r\n\r\n") && !m_stopping) {
        pollfd p{socket, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const ssize_t n = ::recv(socket, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        raw.append(buffer, n);
    }
    HttpRequest request;
    const QList<QByteArray> lines = raw.left(raw.indexOf("\r\n\r\n")).split('\n');
    if (!lines.isEmpty()) {
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        QByteArray path = request.target;
        if (path.startsWith("http://") || path.startsWith("https://"))
            path = path.mid(path.indexOf('/', path.indexOf("//") + 2));
        request.path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
        }
    }
    Handler handler;
    int hit = 0;
    {
        std::lock_guard lock(m_mutex);
        m_requests.append(request);
        hit = ++m_hits[request.path];
        handler = m_routes.value(request.path);
    }
    HttpResponse response;
    if (handler)
        response = handler(request, hit);
    else
        response.status = 404;

    const auto waitForStop = [this] {
        while (!m_stopping)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    };
    if (response.behaviour == HttpResponse::Behaviour::Hang) {
        waitForStop();
        ::close(socket);
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.status != 304)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    sendAll(socket, head.constData(), head.size());
    if (response.status != 304) {
        qsizetype bodyBytes = response.body.size();
        if (response.behaviour == HttpResponse::Behaviour::Truncate)
            bodyBytes = std::min(bodyBytes, response.truncateAt);
        if (response.behaviour == HttpResponse::Behaviour::Stall)
            bodyBytes /= 2;
        sendAll(socket, response.body.constData(), bodyBytes);
        if (response.behaviour == HttpResponse::Behaviour::Stall)
            waitForStop();
    }
    ::shutdown(socket, SHUT_WR);
    // Let the client read everything before the socket goes.
    while (!m_stopping) {
        pollfd p{socket, POLLIN, 0};
        if (::poll(&p, 1, 50) > 0 && ::recv(socket, buffer, sizeof buffer, 0) <= 0)
            break;
    }
    ::close(socket);
}

} // namespace gpucompare::test
