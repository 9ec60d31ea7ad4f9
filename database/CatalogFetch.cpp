// Price updates, first half: which catalogs a request reads and how each is fetched (network
// or a folder). Applying what was fetched is PriceUpdate.cpp.

#include "AzureRetailPrices.h"
#include "DatabaseError.h"
#include "PriceUpdate.h"
#include "Translated.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::CatalogFetch", text);
}

/// Azure's API pages 1,000 items at a time; a GPU query spans a few dozen pages at most.
constexpr int kMaxAzurePages = 500;

QString joinUrl(const QString &base, const QString &path)
{
    QString b = base;
    while (b.endsWith(u'/'))
        b.chop(1);
    return b + u'/' + path;
}

/// The first Azure page: Linux and Windows prices of the SKUs the book can map, in USD.
QUrl azureFirstPage(const QString &base, const QStringList &skus)
{
    QUrl url(joinUrl(base, u"api/retail/prices"_s));
    QStringList skuTerms;
    for (const QString &sku : skus)
        skuTerms << u"armSkuName eq '%1'"_s.arg(QString(sku).replace(u'\'', u"''"_s));
    QString filter = u"serviceName eq 'Virtual Machines' and currencyCode eq 'USD'"_s;
    if (!skuTerms.isEmpty())
        filter += u" and ("_s + skuTerms.join(u" or "_s) + u')';
    QUrlQuery query;
    query.addQueryItem(u"$filter"_s, filter);
    url.setQuery(query);
    return url;
}

} // namespace

namespace CatalogSources {

QString defaultSkyPilotBase()
{
    return u"https://raw.githubusercontent.com/skypilot-org/skypilot-catalog/master"_s;
}

QString skyPilotMirrorBase()
{
    // GPUCOMPARE_SKYPILOT_MIRROR replaces it: a mirror of one's own, and the tests' server.
    const QString own = qEnvironmentVariable("GPUCOMPARE_SKYPILOT_MIRROR");
    return own.isEmpty() ? u"https://skypilot-catalog.s3.us-east-1.amazonaws.com"_s : own;
}

QString defaultAzureBase()
{
    return u"https://prices.azure.com"_s;
}

QString defaultEcbBase()
{
    return u"https://www.ecb.europa.eu"_s;
}

QString ecbPath()
{
    return u"stats/eurofxref/eurofxref-daily.xml"_s;
}

QStringList allSources()
{
    return {u"skypilot"_s, u"azure"_s, u"ecb"_s};
}

QStringList skyPilotClouds()
{
    // The clouds of catalogs/v8 (research: live-sources-and-teams.md section 1).
    return {u"aws"_s,
            u"gcp"_s,
            u"lambda"_s,
            u"runpod"_s,
            u"vast"_s,
            u"nebius"_s,
            u"oci"_s,
            u"verda"_s,
            u"hyperstack"_s,
            u"cudo"_s,
            u"shadeform"_s,
            u"seeweb"_s,
            u"mithril"_s,
            u"yotta"_s,
            u"lium"_s,
            u"hyperbolic"_s,
            u"primeintellect"_s,
            u"spheron"_s,
            u"jarvislabs"_s,
            u"daytona"_s};
}

QString skyPilotPath(const QString &cloud)
{
    return u"catalogs/v8/%1/vms.csv"_s.arg(cloud);
}

} // namespace CatalogSources

QList<CatalogSource> UpdateRequest::catalogs() const
{
    QList<CatalogSource> list;
    if (sources.contains(u"skypilot"_s)) {
        QStringList wanted = clouds.isEmpty() ? CatalogSources::skyPilotClouds() : clouds;
        for (const QString &cloud : std::as_const(wanted)) {
            // Offline, "all clouds" means the ones the folder holds.
            if (!fromDir.isEmpty() && clouds.isEmpty() &&
                !QFile::exists(QDir(fromDir).filePath(CatalogSources::skyPilotPath(cloud))))
                continue;
            list.append({u"skypilot"_s, cloud});
        }
    }
    if (sources.contains(u"azure"_s)) {
        if (fromDir.isEmpty() || QDir(QDir(fromDir).filePath(u"azure"_s)).exists() ||
            sources.size() == 1)
            list.append({u"azure"_s, QString()});
    }
    if (sources.contains(u"ecb"_s)) {
        if (fromDir.isEmpty() || QFile::exists(QDir(fromDir).filePath(CatalogSources::ecbPath())) ||
            sources.size() == 1)
            list.append({u"ecb"_s, QString()});
    }
    return list;
}

FetchedCatalog fetchCatalog(const CatalogSource &catalog, const UpdateRequest &request,
                            const QStringList &skus, const QString &etag,
                            const QString &lastModified, HttpFetcher &fetcher,
                            const HttpFetcher::Progress &progress)
{
    FetchedCatalog fetched;
    fetched.catalog = catalog;
    const bool skyPilot = catalog.source == u"skypilot";
    const bool ecb = catalog.source == u"ecb";
    const QString defaultBase = skyPilot ? CatalogSources::defaultSkyPilotBase()
                                : ecb    ? CatalogSources::defaultEcbBase()
                                         : CatalogSources::defaultAzureBase();
    // SkyPilot's clouds and the ECB's rates are one file each, at the same path offline.
    const QString singleFile = skyPilot ? CatalogSources::skyPilotPath(catalog.cloud)
                               : ecb    ? CatalogSources::ecbPath()
                                        : QString();
    const QString base = request.baseUrl.isEmpty() ? defaultBase : request.baseUrl;
    fetched.observedOn = request.today.toString(Qt::ISODate);

    if (!request.fromDir.isEmpty()) {
        // Offline: the same layout on disk. The prices' source is still the public address
        // the files stand for, and the note says they were read from a copy.
        const QDir dir(request.fromDir);
        QStringList files;
        if (!singleFile.isEmpty()) {
            files << dir.filePath(singleFile);
            fetched.url = joinUrl(defaultBase, singleFile);
        } else {
            const QDir azure(dir.filePath(u"azure"_s));
            for (const QString &name : azure.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
                files << azure.filePath(name);
            fetched.url = azureFirstPage(defaultBase, skus).toString();
            if (files.isEmpty()) {
                fetched.error = tr("no saved Azure pages (*.json) in %1").arg(azure.path());
                return fetched;
            }
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                fetched.error = tr("cannot read %1: %2").arg(path, file.errorString());
                return fetched;
            }
            fetched.bodies.append(file.readAll());
            fetched.pageUrls.append(path);
            fetched.bytes += fetched.bodies.last().size();
        }
        if (!request.sourceUrl.isEmpty()) {
            fetched.url = request.sourceUrl;
            fetched.validatorNote = tr("Read from a saved copy of this file.");
        } else {
            fetched.validatorNote = tr("Read from an offline copy (%1).").arg(files.join(u", "_s));
        }
        if (request.undated) {
            fetched.observedOn.clear();
            fetched.validatorNote +=
                u' ' + tr("Undated: the date of the catalog file is not known.");
        } else if (request.asOf.isValid()) {
            fetched.observedOn = request.asOf.toString(Qt::ISODate);
        }
        return fetched;
    }

    if (!singleFile.isEmpty()) {
        const QUrl url(joinUrl(base, singleFile));
        // The mirror serves SkyPilot's default catalog only; a base of the user's has none
        // unless the environment names one.
        const QUrl mirror = skyPilot && (request.baseUrl.isEmpty() ||
                                         qEnvironmentVariableIsSet("GPUCOMPARE_SKYPILOT_MIRROR"))
                                ? QUrl(joinUrl(CatalogSources::skyPilotMirrorBase(), singleFile))
                                : QUrl();
        FetchResult result = fetcher.get(url, mirror, etag, lastModified, progress);
        fetched.url = result.url.toString();
        fetched.httpStatus = result.httpStatus;
        if (!result.ok()) {
            fetched.error = result.error;
            return fetched;
        }
        fetched.notModified = result.notModified;
        fetched.etag = result.etag.isEmpty() && result.notModified ? etag : result.etag;
        fetched.lastModified = result.lastModified.isEmpty() && result.notModified
                                   ? lastModified
                                   : result.lastModified;
        fetched.validatorNote = result.validatorNote();
        fetched.bytes = result.body.size();
        if (!result.notModified) {
            fetched.bodies.append(std::move(result.body));
            fetched.pageUrls.append(fetched.url);
        }
        return fetched;
    }

    // Azure: follow NextPageLink, on the same host only.
    QUrl page = azureFirstPage(base, skus);
    fetched.url = page.toString();
    const QString host = page.host();
    QSet<QString> seen;
    while (page.isValid() && !page.isEmpty()) {
        if (fetched.bodies.size() >= kMaxAzurePages) {
            fetched.error = tr("more than %1 pages; stopped").arg(kMaxAzurePages);
            return fetched;
        }
        if (seen.contains(page.toString())) {
            fetched.error = tr("page %1 links back to an earlier page").arg(page.toDisplayString());
            return fetched;
        }
        seen.insert(page.toString());
        FetchResult result = fetcher.get(page, QUrl(), QString(), QString(), progress);
        fetched.httpStatus = result.httpStatus;
        if (!result.ok()) {
            fetched.error = result.error;
            return fetched;
        }
        fetched.bytes += result.body.size();
        // The link is read here only to page on; the reader checks each page whole.
        const QByteArray body = std::move(result.body);
        fetched.bodies.append(body);
        fetched.pageUrls.append(page.toString());
        const QString next = AzureRetailPricesReader::nextPageLink(body);
        if (next.isEmpty())
            break;
        const QUrl nextUrl(next);
        if (nextUrl.host() != host || nextUrl.scheme() != page.scheme()) {
            fetched.error = tr("page %1 links to %2, another host; refused")
                                .arg(page.toDisplayString(), nextUrl.toDisplayString());
            return fetched;
        }
        page = nextUrl;
    }
    return fetched;
}

FetchedCatalog fetchForBook(const CatalogSource &catalog, const UpdateRequest &request,
                            const QMap<QString, LastFetch> &previous, const QStringList &skus,
                            HttpFetcher &fetcher, const HttpFetcher::Progress &progress)
{
    const LastFetch last = previous.value(catalog.key());
    // Validators only where the last fetch applied: a failed one proves nothing.
    const bool applied = !last.status.isEmpty() && last.status != u"failed";
    return fetchCatalog(catalog, request, skus, applied ? last.etag : QString(),
                        applied ? last.lastModified : QString(), fetcher, progress);
}

} // namespace gpucompare
