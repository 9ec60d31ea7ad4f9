// The fetcher of price updates against a TLS server the test runs in its own event loop: a
// certificate nobody vouches for is refused, at once, and never ignored.

#include "HttpFetcher.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

TEST(HttpFetcher, ACertificateNoAuthorityVouchesForIsRefusedNotIgnored)
{
    // Without a TLS backend no catalog could be fetched at all: a failure, not a skip.
    ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend (libqt6network6's plugins)";
    QFile certificate(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/tls/self-signed.crt"));
    QFile key(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/tls/self-signed.key"));
    ASSERT_TRUE(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(tls);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    int handshakes = 0;
    int requests = 0;
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++handshakes;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&requests] { ++requests; });
        }
    });
    QObject::connect(&server, &QSslServer::startedEncryptionHandshake, &server,
                     [&handshakes](QSslSocket *) { ++handshakes; });

    FetchPolicy policy;
    policy.connectTimeoutMs = 5000;
    policy.backoffMs = 10;
    HttpFetcher fetcher(policy);
    const FetchResult result = fetcher.get(
        QUrl(u"https://127.0.0.1:%1/catalogs/v8/lambda/vms.csv"_s.arg(server.serverPort())));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(u"127.0.0.1"_s)) << result.error.toStdString();
    EXPECT_EQ(result.attempts, 1) << "a certificate error is not retried";
    EXPECT_GE(handshakes, 1) << "the server was reached";
    EXPECT_EQ(requests, 0) << "no request went over the unverified connection";
    EXPECT_TRUE(result.body.isEmpty());
}

TEST(HttpFetcher, PlainHttpIsRefusedUnlessAllowed)
{
    HttpFetcher fetcher;
    const FetchResult result = fetcher.get(QUrl(u"http://127.0.0.1:9/vms.csv"_s));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(u"https://"_s)) << result.error.toStdString();
    EXPECT_EQ(result.httpStatus, 0);
}
