// gpucompare update against a real HTTP server the test starts (support/CatalogServer): every
// network fault of the issue on live prices, each leaving that catalog's offers as they were
// and the other catalogs applied.

#include "CatalogServer.h"
#include "RunGpucompare.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/../shared/fixtures/catalogs/");
const QByteArray kLambdaPath = "/catalogs/v8/lambda/vms.csv";
const QByteArray kNebiusPath = "/catalogs/v8/nebius/vms.csv";
const QByteArray kAzurePath = "/api/retail/prices";

QByteArray fixture(const QString &name)
{
    QFile file(kFixtures + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

/// The report of an update run with --format json.
struct Update
{
    ProcessResult run;
    QJsonObject report;

    QJsonObject source(const QString &cloud) const
    {
        for (const QJsonValue &v : report.value(u"sources"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"cloud"_s).toString() == cloud ||
                (cloud == u"azure" && o.value(u"source"_s).toString() == u"azure"))
                return o;
        }
        return {};
    }
};

/// The environment the fault tests share: a hung server costs a second, not 45.
QMap<QString, QString> fastNetwork()
{
    return {{u"GPUCOMPARE_FETCH_TIMEOUT_MS"_s, u"800"_s},
            {u"GPUCOMPARE_FETCH_BACKOFF_MS"_s, u"50"_s}};
}

Update update(const QString &book, const QStringList &arguments,
              QMap<QString, QString> environment = fastNetwork())
{
    Update u;
    u.run =
        runProgram(QStringLiteral(GPUCOMPARE_BINARY),
                   QStringList{u"update"_s, u"--format"_s, u"json"_s, u"--db"_s, book} + arguments,
                   defaultRunTimeoutMs, environment);
    u.report = QJsonDocument::fromJson(u.run.out).object();
    return u;
}

/// The book's offers of one provider with their whole history, as the JSON export writes them.
QByteArray offersOf(const QString &book, const QString &provider)
{
    const ProcessResult out =
        runGpucompare({u"export"_s, u"-"_s, u"--format"_s, u"json"_s, u"--db"_s, book});
    EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
    QJsonArray offers;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(out.out).object().value(u"offers"_s).toArray()) {
        if (v.toObject().value(u"provider"_s).toString() == provider)
            offers.append(v);
    }
    return QJsonDocument(offers).toJson(QJsonDocument::Compact);
}

QJsonObject azureItem(const QString &sku, const QString &skuName, const QString &product,
                      const QString &type, double price, const QString &term = {})
{
    QJsonObject item{{u"currencyCode"_s, u"USD"_s},
                     {u"retailPrice"_s, price},
                     {u"unitPrice"_s, price},
                     {u"armRegionName"_s, u"eastus"_s},
                     {u"location"_s, u"US East"_s},
                     {u"effectiveStartDate"_s, u"2026-10-01T00:00:00Z"_s},
                     {u"meterName"_s, skuName},
                     {u"productName"_s, product},
                     {u"skuName"_s, skuName},
                     {u"serviceName"_s, u"Virtual Machines"_s},
                     {u"unitOfMeasure"_s, u"1 Hour"_s},
                     {u"type"_s, type},
                     {u"armSkuName"_s, sku}};
    if (!term.isEmpty())
        item.insert(u"reservationTerm"_s, term);
    return item;
}

/// Two pages of the Azure Retail Prices API as it documents them (test values, not prices).
QList<QByteArray> azurePages(const QString &nextPage)
{
    const QString h100 = u"Standard_ND96isr_H100_v5"_s;
    const QString linux = u"Virtual Machines NDisrH100v5 Series"_s;
    QJsonArray first{
        azureItem(h100, u"ND96isr H100 v5"_s, linux, u"Consumption"_s, 98.32),
        azureItem(h100, u"ND96isr H100 v5 Spot"_s, linux, u"Consumption"_s, 40.0),
        azureItem(h100, u"ND96isr H100 v5 Low Priority"_s, linux, u"Consumption"_s, 20.0),
        azureItem(h100, u"ND96isr H100 v5"_s, u"Virtual Machines NDisrH100v5 Series Windows"_s,
                  u"Consumption"_s, 110.0),
        azureItem(h100, u"ND96isr H100 v5"_s, linux, u"DevTestConsumption"_s, 90.0),
    };
    QJsonArray second{
        azureItem(h100, u"ND96isr H100 v5"_s, linux, u"Reservation"_s, 525600.0, u"1 Year"_s),
        azureItem(u"Standard_NC8ads_A10_v4"_s, u"NC8ads A10 v4"_s,
                  u"Virtual Machines NCadsA10v4 Series"_s, u"Consumption"_s, 0.9),
        azureItem(u"Standard_D2s_v3"_s, u"D2s v3"_s, u"Virtual Machines DSv3 Series"_s,
                  u"Consumption"_s, 0.1),
    };
    return {QJsonDocument(QJsonObject{{u"BillingCurrency"_s, u"USD"_s},
                                      {u"Items"_s, first},
                                      {u"NextPageLink"_s, nextPage},
                                      {u"Count"_s, first.size()}})
                .toJson(),
            QJsonDocument(QJsonObject{{u"BillingCurrency"_s, u"USD"_s},
                                      {u"Items"_s, second},
                                      {u"NextPageLink"_s, QJsonValue()},
                                      {u"Count"_s, second.size()}})
                .toJson()};
}

class Updates : public ::testing::Test
{
protected:
    /// A bundled book without its catalog snapshots, so that an update has offers to add.
    QString book(const QString &name = u"book.sqlite"_s)
    {
        const QString path = newBundledBook(m_dir.filePath(name));
        const QString error = runSqlite(path, forgetCatalogOffersStatements());
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return path;
    }
    QTemporaryDir m_dir;
    CatalogServer m_server;
};

} // namespace

TEST_F(Updates, AddsOffersThenConfirmsThenRecordsChangesAndDelistings)
{
    const QString path = book();
    // A book from before the A6000 was bundled: the update must add it.
    ASSERT_EQ(runSqlite(path, forgetGpuModelStatements(u"RTX A6000 48GB"_s)), QString());
    QByteArray lambda = fixture(u"skypilot-v8/lambda/vms.csv"_s);
    m_server.serve(kLambdaPath, lambda, "\"v1\"");
    m_server.serve(kNebiusPath, fixture(u"skypilot-v8/nebius/vms.csv"_s), "\"n1\"");
    const QStringList args = {u"--source"_s,      u"skypilot"_s,   u"--cloud"_s,
                              u"lambda,nebius"_s, u"--base-url"_s, m_server.baseUrl()};

    const Update first = update(path, args);
    ASSERT_EQ(first.run.exitCode, 0) << first.run.err.toStdString();
    const QJsonObject lambdaReport = first.source(u"lambda"_s);
    EXPECT_EQ(lambdaReport.value(u"status"_s).toString(), u"updated"_s);
    EXPECT_GT(lambdaReport.value(u"offers_added"_s).toInt(), 300);
    EXPECT_EQ(lambdaReport.value(u"rows"_s).toInt(), 408);
    EXPECT_EQ(lambdaReport.value(u"bytes"_s).toInt(), lambda.size());
    EXPECT_EQ(first.source(u"nebius"_s).value(u"status"_s).toString(), u"updated"_s);
    // The catalog's own GPUs that the book lacked are added, never skipped, and a part the GPU
    // catalog knows comes with its name and datasheet figures, not as a bare "A6000".
    EXPECT_TRUE(lambdaReport.value(u"new_gpu_models"_s).toArray().contains(u"RTX A6000 48GB"_s));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"a6000"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"SELECT bf16_tflops, memory_gb FROM gpu_models "
                           "WHERE name = 'RTX A6000 48GB'"_s));
        ASSERT_TRUE(q.next());
        EXPECT_DOUBLE_EQ(q.value(0).toDouble(), 154.8);
        EXPECT_DOUBLE_EQ(q.value(1).toDouble(), 48);
    }
    QSqlDatabase::removeDatabase(u"a6000"_s);

    // Every price names its source: the URL, and the ETag in the note.
    const QByteArray offers = offersOf(path, u"Lambda"_s);
    EXPECT_TRUE(offers.contains((m_server.baseUrl() + u"/catalogs/v8/lambda/vms.csv"_s).toUtf8()));
    EXPECT_TRUE(offers.contains("ETag \\\"v1\\\"")) << offers.left(600).constData();
    // gpu_1x_h100_pcie is listed as "H100" by SkyPilot; the machine says PCIe.
    EXPECT_TRUE(offers.contains("\"gpu_model\":\"H100 PCIe 80GB\",\"gpus_per_instance\":1,"
                                "\"instance_type\":\"gpu_1x_h100_pcie\""))
        << "filed by form factor";

    // The same catalog again: a conditional request, 304, nothing downloaded, all confirmed.
    const Update second = update(path, args);
    ASSERT_EQ(second.run.exitCode, 0) << second.run.err.toStdString();
    EXPECT_EQ(second.source(u"lambda"_s).value(u"status"_s).toString(), u"not-modified"_s);
    EXPECT_EQ(second.source(u"lambda"_s).value(u"bytes"_s).toInt(), 0);
    EXPECT_EQ(second.source(u"lambda"_s).value(u"confirmed"_s).toInt(),
              lambdaReport.value(u"offers_added"_s).toInt());
    EXPECT_EQ(m_server.requests().last().headers.value("if-none-match"), "\"n1\"");
    EXPECT_EQ(offersOf(path, u"Lambda"_s).count("\"confirmed_on\""),
              lambdaReport.value(u"offers_added"_s).toInt());

    // A new version: one machine gone, one price up 10 %.
    QList<QByteArray> lines = lambda.split('\n');
    QByteArray changed;
    int raised = 0;
    for (QByteArray line : lines) {
        if (line.startsWith("gpu_1x_h100_pcie"))
            continue;
        if (raised == 0 && line.startsWith("gpu_8x_b200_sxm6,")) {
            QList<QByteArray> cells = line.split(',');
            cells[5] = QByteArray::number(cells[5].toDouble() * 1.1, 'f', 2);
            line = cells.join(',');
            ++raised;
        }
        changed += line + '\n';
    }
    m_server.serve(kLambdaPath, changed, "\"v2\"");
    const Update third = update(path, args);
    ASSERT_EQ(third.run.exitCode, 0) << third.run.err.toStdString();
    const QJsonObject report = third.source(u"lambda"_s);
    EXPECT_EQ(report.value(u"prices_changed"_s).toInt(), 1);
    EXPECT_EQ(report.value(u"vanished"_s).toInt(), 17) << "17 regions of gpu_1x_h100_pcie";
    EXPECT_EQ(report.value(u"offers_added"_s).toInt(), 0);
    const QByteArray after = offersOf(path, u"Lambda"_s);
    EXPECT_EQ(after.count("\"not_listed_since\""), 17) << "marked, never deleted";
    EXPECT_TRUE(after.contains("ETag \\\"v2\\\"")) << "the change is a new observation";

    // The history chart of the changed GPU: two updates' worth, rendered from the book.
    const QString png = m_dir.filePath(u"history.png"_s);
    const ProcessResult chart =
        runGpucompare({u"export-chart"_s, u"price-history"_s, u"--gpu"_s, u"B200"_s, u"--out"_s,
                       png, u"--size"_s, u"1200x800"_s, u"--db"_s, path});
    ASSERT_EQ(chart.exitCode, 0) << chart.err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1200, 800));
}

TEST_F(Updates, EachNetworkFaultFailsItsCatalogAloneAndLeavesItsOffersAsTheyWere)
{
    const QByteArray lambda = fixture(u"skypilot-v8/lambda/vms.csv"_s);
    const QByteArray nebius = fixture(u"skypilot-v8/nebius/vms.csv"_s);
    // A book that already has Lambda's catalog, so a failure has something to keep.
    const QString base = book(u"base.sqlite"_s);
    m_server.serve(kLambdaPath, lambda);
    ASSERT_EQ(
        update(base, {u"--cloud"_s, u"lambda"_s, u"--base-url"_s, m_server.baseUrl()}).run.exitCode,
        0);
    const QByteArray lambdaBefore = offersOf(base, u"Lambda"_s);

    struct Fault
    {
        const char *name;
        CatalogServer::Handler handler;
        QString expected; ///< in the message
    };
    const auto respond = [](HttpResponse response) {
        return [response](const HttpRequest &, int) {
            return response;
        };
    };
    HttpResponse truncated{200, lambda, {}, HttpResponse::Behaviour::Truncate, 1000};
    HttpResponse html{200, "<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>", {}};
    HttpResponse wrongHeader{200, "name,price\nfoo,1\n", {}};
    HttpResponse hang;
    hang.behaviour = HttpResponse::Behaviour::Hang;
    HttpResponse stall{200, lambda, {}, HttpResponse::Behaviour::Stall};
    HttpResponse redirect{302, {}, {{"Location", "https://127.0.0.1:9/elsewhere.csv"}}};
    HttpResponse huge{200, QByteArray(3 * 1024 * 1024, 'x'), {}};
    HttpResponse unavailable{503, "busy", {}};
    HttpResponse missing{404, "no such catalog", {}};
    // The right header, CPU rows and GPU rows whose prices are all zero: nothing to take.
    HttpResponse emptied{200,
                         "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,Price,"
                         "Region,GpuInfo,SpotPrice\n"
                         "cpu_4x_generalx,,,4.0,16.0,0.2,europe-central-1,,\n"
                         "gpu_1x_a10,A10,1.0,30.0,200.0,0,us-east-1,,\n",
                         {}};
    const Fault faults[] = {
        {"truncated body", respond(truncated), u"cut off"_s},
        {"captive portal", respond(html), u"HTML page"_s},
        {"wrong header", respond(wrongHeader), u"header"_s},
        {"never answers", respond(hang), u"no answer"_s},
        {"stops sending", respond(stall), u"no data"_s},
        {"redirect to https", respond(redirect), u"another scheme"_s},
        {"body over the limit", respond(huge), u"larger than 1 MB"_s},
        {"5xx every time", respond(unavailable), u"HTTP 503"_s},
        {"404", respond(missing), u"HTTP 404"_s},
        {"every offer gone at once", respond(emptied), u"none of the"_s},
    };
    for (const Fault &fault : faults) {
        SCOPED_TRACE(fault.name);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"book.sqlite"_s);
        ASSERT_TRUE(QFile::copy(base, path));
        m_server.route(kLambdaPath, fault.handler);
        m_server.serve(kNebiusPath, nebius);
        QMap<QString, QString> environment = fastNetwork();
        environment.insert(u"GPUCOMPARE_FETCH_MAX_MB"_s, u"1"_s);
        const Update u =
            update(path, {u"--cloud"_s, u"lambda,nebius"_s, u"--base-url"_s, m_server.baseUrl()},
                   environment);
        EXPECT_EQ(u.run.exitCode, 1) << u.run.err.toStdString();
        const QJsonObject failed = u.source(u"lambda"_s);
        EXPECT_EQ(failed.value(u"status"_s).toString(), u"failed"_s);
        const QString error = failed.value(u"error"_s).toString();
        EXPECT_TRUE(error.contains(fault.expected)) << error.toStdString();
        EXPECT_TRUE(error.contains(m_server.baseUrl()) || error.contains(u"vms.csv"_s))
            << "names the URL: " << error.toStdString();
        EXPECT_TRUE(u.run.err.contains(u"skypilot/lambda failed"_s)) << u.run.err.toStdString();
        EXPECT_EQ(offersOf(path, u"Lambda"_s), lambdaBefore) << "Lambda's offers as they were";
        EXPECT_EQ(u.source(u"nebius"_s).value(u"status"_s).toString(), u"updated"_s)
            << "the other catalog is applied";
    }
}

TEST_F(Updates, RetriesHonourRetryAfterAndAFailingPrimaryFallsBackToTheMirror)
{
    const QByteArray lambda = fixture(u"skypilot-v8/lambda/vms.csv"_s);
    m_server.route(kLambdaPath, [&lambda](const HttpRequest &, int hit) {
        HttpResponse response;
        if (hit == 1) {
            response.status = 429;
            response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
            return response;
        }
        response.body = lambda;
        return response;
    });
    const QString path = book();
    QElapsedTimer timer;
    timer.start();
    const Update limited =
        update(path, {u"--cloud"_s, u"lambda"_s, u"--base-url"_s, m_server.baseUrl()});
    EXPECT_EQ(limited.run.exitCode, 0) << limited.run.err.toStdString();
    EXPECT_EQ(m_server.hits(kLambdaPath), 2);
    EXPECT_GE(timer.elapsed(), 1000) << "waited as Retry-After asked";

    // The primary answers 503 every time; the mirror has the catalog.
    m_server.route("/primary/catalogs/v8/nebius/vms.csv", [](const HttpRequest &, int) {
        return HttpResponse{503, "busy", {}};
    });
    m_server.serve("/mirror/catalogs/v8/nebius/vms.csv", fixture(u"skypilot-v8/nebius/vms.csv"_s));
    QMap<QString, QString> environment = fastNetwork();
    environment.insert(u"GPUCOMPARE_SKYPILOT_MIRROR"_s, m_server.baseUrl() + u"/mirror"_s);
    const Update mirrored = update(
        path, {u"--cloud"_s, u"nebius"_s, u"--base-url"_s, m_server.baseUrl() + u"/primary"_s},
        environment);
    EXPECT_EQ(mirrored.run.exitCode, 0) << mirrored.run.err.toStdString();
    EXPECT_EQ(m_server.hits("/primary/catalogs/v8/nebius/vms.csv"), 4) << "1 try + 3 retries";
    EXPECT_EQ(m_server.hits("/mirror/catalogs/v8/nebius/vms.csv"), 1);
    EXPECT_TRUE(mirrored.source(u"nebius"_s).value(u"url"_s).toString().contains(u"/mirror/"_s));
}

TEST_F(Updates, AzurePagesBecomeOffersThroughTheInstanceShapes)
{
    const QList<QByteArray> pages = azurePages(m_server.baseUrl() + u"/api/retail/prices?page=2"_s);
    m_server.route(kAzurePath, [&pages](const HttpRequest &request, int) {
        HttpResponse response;
        response.body = request.target.contains("page=2") ? pages.at(1) : pages.at(0);
        return response;
    });
    const QString path = book();
    const Update u = update(path, {u"--source"_s, u"azure"_s, u"--base-url"_s, m_server.baseUrl()});
    ASSERT_EQ(u.run.exitCode, 0) << u.run.err.toStdString();
    const QJsonObject azure = u.source(u"azure"_s);
    EXPECT_EQ(azure.value(u"rows"_s).toInt(), 8);
    EXPECT_EQ(azure.value(u"unmapped"_s).toObject().value(u"Standard_NC8ads_A10_v4"_s).toInt(), 1)
        << "listed, not guessed";
    // The query asks for the SKUs the shapes map, in USD.
    const QByteArray first = QByteArray::fromPercentEncoding(m_server.requests().first().target);
    EXPECT_TRUE(first.contains("armSkuName eq 'Standard_ND96isr_H100_v5'")) << first.constData();

    const QJsonArray offers =
        QJsonDocument::fromJson(
            runGpucompare({u"export"_s, u"-"_s, u"--format"_s, u"json"_s, u"--db"_s, path}).out)
            .object()
            .value(u"offers"_s)
            .toArray();
    QMap<QString, double> latest; // pricing -> the price this update recorded
    for (const QJsonValue &v : offers) {
        const QJsonObject o = v.toObject();
        if (o.value(u"instance_type"_s).toString() != u"Standard_ND96isr_H100_v5" ||
            o.value(u"region"_s).toString() != u"eastus")
            continue;
        EXPECT_EQ(o.value(u"gpus_per_instance"_s).toInt(), 8) << "from the shape";
        EXPECT_EQ(o.value(u"gpu_model"_s).toString(), u"H100 SXM 80GB"_s);
        const QJsonObject price = o.value(u"prices"_s).toArray().last().toObject();
        if (price.value(u"source_url"_s).toString().startsWith(m_server.baseUrl()))
            latest.insert(o.value(u"pricing"_s).toString(),
                          price.value(u"usd_per_instance_hour"_s).toDouble());
    }
    EXPECT_DOUBLE_EQ(latest.value(u"on-demand"_s), 98.32) << "Linux; Windows and Dev/Test left out";
    EXPECT_DOUBLE_EQ(latest.value(u"spot"_s), 40.0) << "Low Priority left out";
    EXPECT_DOUBLE_EQ(latest.value(u"reserved"_s), 60.0) << "525,600 USD for a year / 8,760 h";

    // A page without Items, and a NextPageLink to another host: refused, nothing written.
    for (const auto &[name, body] :
         {std::pair{"no Items", QByteArray("{\"BillingCurrency\":\"USD\",\"Count\":0}")},
          std::pair{
              "another host",
              azurePages(u"http://localhost:%1/api/retail/prices?page=2"_s.arg(m_server.port()))
                  .at(0)}}) {
        SCOPED_TRACE(name);
        m_server.route(kAzurePath, [body](const HttpRequest &, int) {
            return HttpResponse{200, body, {}};
        });
        const QByteArray before = offersOf(path, u"Microsoft Azure"_s);
        const Update bad =
            update(path, {u"--source"_s, u"azure"_s, u"--base-url"_s, m_server.baseUrl()});
        EXPECT_EQ(bad.run.exitCode, 1);
        EXPECT_EQ(bad.source(u"azure"_s).value(u"status"_s).toString(), u"failed"_s);
        EXPECT_EQ(offersOf(path, u"Microsoft Azure"_s), before);
    }
}

TEST_F(Updates, AProxyFromTheEnvironmentIsUsed)
{
    m_server.serve(kNebiusPath, fixture(u"skypilot-v8/nebius/vms.csv"_s));
    QMap<QString, QString> environment = fastNetwork();
    environment.insert(u"http_proxy"_s, m_server.baseUrl());
    // A host that resolves nowhere: only the proxy can answer.
    const Update u = update(
        book(),
        {u"--cloud"_s, u"nebius"_s, u"--base-url"_s, u"http://catalogs.gpucompare.invalid"_s},
        environment);
    EXPECT_EQ(u.run.exitCode, 0) << u.run.err.toStdString();
    EXPECT_TRUE(m_server.requests().last().target.startsWith("http://catalogs.gpucompare.invalid/"))
        << m_server.requests().last().target.constData();
}

TEST_F(Updates, AHandEnteredOfferAndTheCatalogsListingOfOneMachineEndAsOneOffer)
{
    // The bug: Lambda's pricing-page label "8x H100 SXM" stood beside the catalog's
    // gpu_8x_h100_sxm5, one machine counted twice, the older and cheaper quote winning.
    const QString path = book();
    ASSERT_EQ(
        runSqlite(path,
                  {u"DELETE FROM offers WHERE provider_id = (SELECT id FROM providers WHERE "
                   "name = 'Lambda') AND instance_type IN ('8x H100 SXM', '8x A100 40GB SXM')"_s,
                   u"INSERT INTO offers (provider_id, gpu_model_id, instance_type, "
                   "gpus_per_instance, region, pricing_model, pricing_term, listed_by) VALUES "
                   "((SELECT id FROM providers WHERE name = 'Lambda'), (SELECT id FROM "
                   "gpu_models WHERE name = 'H100 SXM 80GB'), '8x H100 SXM', 8, '', "
                   "'on-demand', '', '')"_s,
                   u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
                   "observed_on, source_url, note) SELECT id, 23920000, '2025-06-01', "
                   "'https://lambda.ai/pricing', '' FROM offers WHERE instance_type = "
                   "'8x H100 SXM'"_s,
                   // "8x A100 40GB SXM" in a region the catalog does not list it in: kept.
                   u"INSERT INTO offers (provider_id, gpu_model_id, instance_type, "
                   "gpus_per_instance, region, pricing_model, pricing_term, listed_by) VALUES "
                   "((SELECT id FROM providers WHERE name = 'Lambda'), (SELECT id FROM "
                   "gpu_models WHERE name = 'A100 SXM 40GB'), '8x A100 40GB SXM', 8, "
                   "'mars-north-1', 'on-demand', '', '')"_s,
                   u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
                   "observed_on, source_url, note) SELECT id, 10320000, '2025-06-01', "
                   "'https://lambda.ai/pricing', '' FROM offers WHERE instance_type = "
                   "'8x A100 40GB SXM'"_s}),
        QString());
    m_server.serve(kLambdaPath, fixture(u"skypilot-v8/lambda/vms.csv"_s), "\"v1\"");
    const Update u = update(path, {u"--source"_s, u"skypilot"_s, u"--cloud"_s, u"lambda"_s,
                                   u"--base-url"_s, m_server.baseUrl()});
    ASSERT_EQ(u.run.exitCode, 0) << u.run.err.toStdString();
    EXPECT_GE(u.source(u"lambda"_s).value(u"folded"_s).toInt(), 1);

    const QJsonArray offers = QJsonDocument::fromJson(offersOf(path, u"Lambda"_s)).array();
    int machines = 0;
    for (const QJsonValue &v : offers) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(u"instance_type"_s).toString();
        EXPECT_NE(type, u"8x H100 SXM"_s) << "folded into the catalog's listing";
        if (type == u"8x A100 40GB SXM") {
            EXPECT_EQ(o.value(u"region"_s).toString(), u"mars-north-1"_s) << "no twin: kept";
        }
        if (type != u"gpu_8x_h100_sxm5" || o.value(u"pricing"_s).toString() != u"on-demand")
            continue;
        ++machines;
        const QJsonArray prices = o.value(u"prices"_s).toArray();
        ASSERT_EQ(prices.size(), 2) << "the catalog's price and the page's, one history";
        bool matched = false;
        for (const QJsonValue &p : prices) {
            matched = matched ||
                      (p.toObject().value(u"observed_on"_s).toString() == u"2025-06-01" &&
                       p.toObject().value(u"note"_s).toString().contains(u"\"8x H100 SXM\""_s));
        }
        EXPECT_TRUE(matched) << "the match is in the observation's note";
    }
    EXPECT_GE(machines, 1);
}

TEST_F(Updates, OfflineFromAFolderAndUsageErrors)
{
    QTemporaryDir offline;
    QDir(offline.path()).mkpath(u"catalogs/v8/verda"_s);
    QFile::copy(kFixtures + u"skypilot-v8/verda/vms.csv"_s,
                offline.filePath(u"catalogs/v8/verda/vms.csv"_s));
    const QString withoutB300 = book();
    ASSERT_EQ(runSqlite(withoutB300, forgetGpuModelStatements(u"B300"_s)), QString());
    const Update u = update(withoutB300, {u"--from"_s, offline.path()});
    ASSERT_EQ(u.run.exitCode, 0) << u.run.err.toStdString();
    const QJsonArray sources = u.report.value(u"sources"_s).toArray();
    ASSERT_EQ(sources.size(), 1) << "only what the folder holds";
    EXPECT_EQ(u.source(u"verda"_s).value(u"status"_s).toString(), u"updated"_s);
    EXPECT_TRUE(u.source(u"verda"_s).value(u"new_gpu_models"_s).toArray().contains(u"B300"_s));

    const QString path = book(u"usage.sqlite"_s);
    for (const QStringList &bad :
         {QStringList{u"--source"_s, u"aws"_s}, QStringList{u"--cloud"_s, u"nowhere"_s},
          QStringList{u"--base-url"_s, u"ftp://example.com"_s},
          QStringList{u"--from"_s, offline.filePath(u"missing"_s)},
          QStringList{u"--format"_s, u"xml"_s}}) {
        EXPECT_EQ(update(path, bad).run.exitCode, 2) << bad.join(u' ').toStdString();
    }
    // No server at all: a failure with the address, not a hang.
    const Update nothing =
        update(path, {u"--cloud"_s, u"nebius"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s});
    EXPECT_EQ(nothing.run.exitCode, 1);
    EXPECT_TRUE(
        nothing.source(u"nebius"_s).value(u"error"_s).toString().contains(u"127.0.0.1:9"_s));
}

TEST_F(Updates, ImportAndUpdateMapEveryAcceleratorNameOfSkyPilotAlike)
{
    // Every accelerator name SkyPilot's common catalog knows, and each in other spellings: the
    // import of a file and the update from a catalog take one matcher, so one model per name.
    QFile names(kFixtures + u"skypilot-v8/common/accelerators.csv"_s);
    ASSERT_TRUE(names.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = names.readAll().split('\n');
    QByteArray csv = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,Price,Region,"
                     "GpuInfo,SpotPrice\n";
    QMap<QString, QString> spellingOf; // instance type -> the accelerator name it spells
    QMap<QString, QString> nameOf;     // instance type -> the name of accelerators.csv
    int row = 0;
    static const QRegularExpression boundary(u"(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])"_s);
    for (const QByteArray &line : lines.mid(1)) {
        const QString name = QString::fromUtf8(line.left(line.indexOf(','))).trimmed();
        if (name.isEmpty())
            continue;
        QString spaced = name;
        spaced.replace(boundary, u" "_s);
        const QStringList spellings = {name,
                                       name.toLower(),
                                       name.toUpper(),
                                       QString(name).replace(u'-', u' '),
                                       QString(name).replace(u'-', u'_'),
                                       spaced};
        for (const QString &spelling : spellings) {
            const QString instance = u"m%1"_s.arg(++row);
            spellingOf.insert(instance, spelling);
            nameOf.insert(instance, name);
            csv += QStringLiteral("%1,%2,1,8,64,%3,r1,,\n")
                       .arg(instance, spelling, QString::number(1 + row * 0.01, 'f', 2))
                       .toUtf8();
        }
    }
    ASSERT_GE(nameOf.size(), 6 * 60);
    QTemporaryDir folder;
    QDir(folder.path()).mkpath(u"catalogs/v8/lium"_s);
    const QString file = folder.filePath(u"catalogs/v8/lium/vms.csv"_s);
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();

    // Both books lack the RTX 4090: each takes it from the GPU catalog, under the same name.
    const QString updated = book(u"updated.sqlite"_s);
    ASSERT_EQ(runSqlite(updated, forgetGpuModelStatements(u"RTX 4090 24GB"_s)), QString());
    const Update u = update(updated, {u"--from"_s, folder.path()});
    ASSERT_EQ(u.run.exitCode, 0) << u.run.err.toStdString();
    EXPECT_EQ(u.source(u"lium"_s).value(u"new_gpu_models"_s).toArray(),
              QJsonArray{u"RTX 4090 24GB"_s})
        << "every name is a part of the GPU catalog";
    const QString imported = book(u"imported.sqlite"_s);
    ASSERT_EQ(runSqlite(imported, forgetGpuModelStatements(u"RTX 4090 24GB"_s)), QString());
    const ProcessResult i =
        runGpucompare({u"import"_s, file, u"--provider"_s, u"Lium"_s, u"--db"_s, imported});
    ASSERT_EQ(i.exitCode, 0) << i.err.toStdString();
    EXPECT_FALSE(i.out.contains("Rejected rows")) << i.out.constData();

    auto modelsOf = [](const QByteArray &offers) {
        QMap<QString, QString> models; // instance type -> GPU model
        for (const QJsonValue &v : QJsonDocument::fromJson(offers).array()) {
            const QJsonObject o = v.toObject();
            models.insert(o.value(u"instance_type"_s).toString(),
                          o.value(u"gpu_model"_s).toString());
        }
        return models;
    };
    const QMap<QString, QString> byUpdate = modelsOf(offersOf(updated, u"Lium"_s));
    const QMap<QString, QString> byImport = modelsOf(offersOf(imported, u"Lium"_s));
    EXPECT_EQ(byUpdate.size(), nameOf.size()) << "every row has its model";
    QMap<QString, QString> modelOfName;
    for (auto it = nameOf.cbegin(); it != nameOf.cend(); ++it) {
        const QString model = byUpdate.value(it.key());
        EXPECT_EQ(byImport.value(it.key()).toStdString(), model.toStdString())
            << spellingOf.value(it.key()).toStdString() << ": import and update disagree";
        if (!modelOfName.contains(it.value()))
            modelOfName.insert(it.value(), model);
        EXPECT_EQ(model.toStdString(), modelOfName.value(it.value()).toStdString())
            << "\"" << spellingOf.value(it.key()).toStdString() << "\" is another model than \""
            << it.value().toStdString() << "\"";
    }
}

TEST_F(Updates, RealCatalogsGpuRowsLandOnModelsTheCalculatorsCanPrice)
{
    // Every GPU name (with its memory and an instance type) of the hosted catalogs of Vast.ai,
    // Cudo, Oracle, RunPod, Shadeform, Verda, Lambda and AWS, as read from them in December
    // 2026 (tests/fixtures/import/catalog-gpu-names.csv, with the rows each name had). An
    // update must put at least 95 % of each catalog's GPU rows on a model with a dense peak
    // and a memory size.
    QFile names(
        QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/catalog-gpu-names.csv"));
    ASSERT_TRUE(names.open(QIODevice::ReadOnly));
    QTemporaryDir folder;
    QMap<QString, QByteArray> files; // cloud -> vms.csv
    QMap<QString, int> weightOf;     // cloud|instance type -> rows in the catalog
    static const QRegularExpression leadingCount(u"^([0-9]+)x"_s);
    static const QRegularExpression trailingCount(u"\\.([0-9]+)$"_s);
    static const QRegularExpression lambdaCount(u"gpu_([0-9]+)x"_s);
    const QList<QByteArray> lines = names.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QStringList cells = QString::fromUtf8(line).trimmed().split(u',');
        if (cells.size() < 5)
            continue;
        const QString &cloud = cells.at(0);
        const QString &instance = cells.at(4);
        int count = 1;
        for (const QRegularExpression *re : {&leadingCount, &trailingCount, &lambdaCount}) {
            if (const auto m = re->match(instance); m.hasMatch()) {
                count = m.captured(1).toInt();
                break;
            }
        }
        if (files[cloud].isEmpty())
            files[cloud] = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,Price,"
                           "Region,GpuInfo,SpotPrice\n";
        files[cloud] += QStringLiteral("%1,%2,%3,8,64,%4,r1,\"{'Gpus': [{'Name': '%2', 'Count': "
                                       "%3, 'MemoryInfo': {'SizeInMiB': %5}}]}\",\n")
                            .arg(instance, cells.at(1))
                            .arg(count)
                            .arg(1 + weightOf.size() * 0.01, 0, 'f', 2)
                            .arg(cells.at(3).isEmpty() ? u"0"_s : cells.at(3))
                            .toUtf8();
        weightOf.insert(cloud + u'|' + instance, cells.at(2).toInt());
    }
    ASSERT_GE(files.size(), 8);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString dir = u"catalogs/v8/%1"_s.arg(it.key());
        ASSERT_TRUE(QDir(folder.path()).mkpath(dir));
        QFile out(folder.filePath(dir + u"/vms.csv"_s));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(it.value());
    }
    const QString path = book();
    const Update u = update(path, {u"--from"_s, folder.path()});
    ASSERT_EQ(u.run.exitCode, 0) << u.run.err.toStdString();

    const ProcessResult exported =
        runGpucompare({u"export"_s, u"-"_s, u"--format"_s, u"json"_s, u"--db"_s, path});
    ASSERT_EQ(exported.exitCode, 0);
    const QJsonObject book = QJsonDocument::fromJson(exported.out).object();
    QSet<QString> priceable;
    for (const QJsonValue &v : book.value(u"gpu_models"_s).toArray()) {
        const QJsonObject g = v.toObject();
        if (g.value(u"bf16_tflops"_s).toDouble() > 0 && g.value(u"memory_gb"_s).toDouble() > 0)
            priceable.insert(g.value(u"name"_s).toString());
    }
    QMap<QString, int> rows;
    QMap<QString, int> priced;
    QSet<QString> counted;
    for (const QJsonValue &v : book.value(u"offers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString cloud = o.value(u"listed_by"_s).toString().section(u'/', 1);
        const QString key = cloud + u'|' + o.value(u"instance_type"_s).toString();
        if (!weightOf.contains(key) || counted.contains(key))
            continue;
        counted.insert(key);
        rows[cloud] += weightOf.value(key);
        if (priceable.contains(o.value(u"gpu_model"_s).toString()))
            priced[cloud] += weightOf.value(key);
        else
            ADD_FAILURE() << cloud.toStdString() << ": "
                          << o.value(u"instance_type"_s).toString().toStdString() << " is on "
                          << o.value(u"gpu_model"_s).toString().toStdString()
                          << ", which has no peak or memory";
    }
    EXPECT_EQ(counted.size(), weightOf.size()) << "every name is an offer";
    // Vast.ai's instance types name the GPU SkyPilot's AcceleratorName cuts short.
    QMap<QString, QString> vast;
    for (const QJsonValue &v : book.value(u"offers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"listed_by"_s).toString() == u"skypilot/vast")
            vast.insert(o.value(u"instance_type"_s).toString(), o.value(u"gpu_model"_s).toString());
    }
    EXPECT_EQ(vast.value(u"2x-RTX_4070S_Ti-32-65536"_s).toStdString(), "RTX 4070 Ti SUPER 16GB");
    EXPECT_EQ(vast.value(u"1x-H100_NVL-32-65536"_s).toStdString(), "H100 NVL 94GB");
    EXPECT_EQ(vast.value(u"1x-RTX_4060_Ti-32-65536"_s).toStdString(), "RTX 4060 Ti 16GB");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        EXPECT_GE(priced.value(it.key()), 0.95 * it.value())
            << it.key().toStdString() << ": " << priced.value(it.key()) << " of " << it.value();
    }
}
