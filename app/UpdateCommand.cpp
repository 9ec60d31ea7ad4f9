#include "UpdateCommand.h"

#include "CliOutput.h"
#include "PriceBook.h"
#include "PriceUpdate.h"
#include "UpdateRun.h"
#include "WatchJson.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// One line per catalog, then what needs the user's attention under it. English and C-locale,
/// like every command's output.
QString reportText(const QList<SourceReport> &reports, bool dryRun)
{
    QString text;
    if (dryRun)
        text += u"Dry run: nothing was written.\n"_s;
    for (const SourceReport &r : reports) {
        text += u"%1: %2"_s.arg(r.catalog.key(), r.status);
        if (r.failed()) {
            text += u" - "_s + r.error + u'\n';
            continue;
        }
        if (r.catalog.source == u"ecb") {
            text += u" - %1 exchange rates read, %2 new to the book (%3)\n"_s.arg(r.rows)
                        .arg(r.ratesSaved)
                        .arg(r.url);
            continue;
        }
        if (r.status == u"not-modified") {
            text += u" - %1 prices confirmed (%2)\n"_s.arg(r.confirmed).arg(r.url);
            continue;
        }
        text += u" - %1 rows, %2 offers added, %3 prices changed, %4 confirmed, %5 no longer "
                "listed, %6 bytes (%7)\n"_s.arg(r.rows)
                    .arg(r.offersAdded)
                    .arg(r.pricesChanged)
                    .arg(r.confirmed)
                    .arg(r.vanished)
                    .arg(r.bytes)
                    .arg(r.url);
        if (!r.newGpuModels.isEmpty()) {
            text += u"  new GPU models, no published peak yet (the calculator cannot price "
                    "them): %1\n"_s.arg(r.newGpuModels.join(u", "_s));
        }
        for (auto it = r.unmapped.cbegin(); it != r.unmapped.cend(); ++it) {
            text += u"  not mapped to a GPU model: %1 (%2 rows)\n"_s.arg(it.key()).arg(it.value());
        }
        if (r.ambiguous > 0) {
            text += u"  %1 rows left out: their form factor (SXM, PCIe, NVL) matches no GPU "
                    "model\n"_s.arg(r.ambiguous);
        }
        if (r.folded > 0) {
            text += u"  %1 hand-entered offers folded into the catalog's listing of the same "
                    "machine (their prices kept as its history)\n"_s.arg(r.folded);
        }
        if (r.spotPlaceholders > 0) {
            text += u"  %1 spot prices left out: placeholders (equal to the on-demand price, or "
                    "zero), not spot offers\n"_s.arg(r.spotPlaceholders);
        }
        for (const PriceChange &c : r.changes.mid(0, 5)) {
            const double before = c.before.toDollars();
            text += u"  %1 %2 %3: %4 -> %5 USD/h (%6%)\n"_s
                        .arg(c.instanceType, c.region, pricingModelToken(c.pricing),
                             c.before.toString(), c.after.toString())
                        .arg(before > 0
                                 ? QString::number((c.after.toDollars() / before - 1) * 100, 'f', 1)
                                 : u"-"_s);
        }
    }
    return text;
}

QByteArray reportJson(const QList<SourceReport> &reports, const QList<WatchAlert> &alerts,
                      bool dryRun)
{
    QJsonArray sources;
    for (const SourceReport &r : reports) {
        QJsonObject unmapped;
        for (auto it = r.unmapped.cbegin(); it != r.unmapped.cend(); ++it)
            unmapped.insert(it.key(), it.value());
        sources.append(QJsonObject{
            {u"source"_s, r.catalog.source},
            {u"cloud"_s, r.catalog.cloud},
            {u"url"_s, r.url},
            {u"status"_s, r.status},
            {u"error"_s, r.error},
            {u"bytes"_s, double(r.bytes)},
            {u"rows"_s, r.rows},
            {u"offers_added"_s, r.offersAdded},
            {u"prices_changed"_s, r.pricesChanged},
            {u"confirmed"_s, r.confirmed},
            {u"vanished"_s, r.vanished},
            {u"rejected"_s, r.rejected},
            {u"ambiguous"_s, r.ambiguous},
            {u"spot_placeholders"_s, r.spotPlaceholders},
            {u"folded"_s, r.folded},
            {u"rates_saved"_s, r.ratesSaved},
            {u"new_gpu_models"_s, QJsonArray::fromStringList(r.newGpuModels)},
            {u"unmapped"_s, unmapped},
        });
    }
    return QJsonDocument(QJsonObject{{u"dry_run"_s, dryRun},
                                     {u"sources"_s, sources},
                                     {u"alerts"_s, alertsJson(alerts)}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

int UpdateCommand::run()
{
    if (!m_call.arguments.isEmpty())
        return usageError(tr("update takes no FILE; use --from DIR to read saved catalogs"));
    UpdateRequest request;
    const QString source = m_parser.isSet(u"source"_s) ? m_parser.value(u"source"_s) : u"all"_s;
    const QStringList sources = CatalogSources::allSources();
    if (source == u"all")
        request.sources = sources;
    else if (sources.contains(source))
        request.sources = {source};
    else
        return usageError(tr("--source \"%1\" is not one of %2")
                              .arg(source, (sources + QStringList{u"all"_s}).join(u", "_s)));

    for (const QString &value : m_parser.values(u"cloud"_s)) {
        for (const QString &cloud : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = cloud.trimmed().toLower();
            // A saved folder may hold a cloud the hosted catalog does not list by default.
            const bool saved =
                m_parser.isSet(u"from"_s) &&
                QFile::exists(
                    QDir(m_parser.value(u"from"_s)).filePath(CatalogSources::skyPilotPath(name)));
            if (!CatalogSources::skyPilotClouds().contains(name) && !saved) {
                return usageError(tr("--cloud \"%1\" is not a cloud of the SkyPilot catalog: %2")
                                      .arg(name, CatalogSources::skyPilotClouds().join(u", ")));
            }
            request.clouds << name;
        }
    }
    if (!request.clouds.isEmpty() && !m_parser.isSet(u"source"_s))
        request.sources = {u"skypilot"_s}; // --cloud names SkyPilot clouds

    const QString format = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usageError(tr("--format \"%1\" is not one of text, json").arg(format));

    FetchPolicy policy = FetchPolicy::fromEnvironment();
    if (m_parser.isSet(u"base-url"_s)) {
        request.baseUrl = m_parser.value(u"base-url"_s).trimmed();
        const QUrl base(request.baseUrl, QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() ||
            (base.scheme() != u"https" && base.scheme() != u"http")) {
            return usageError(
                tr("--base-url \"%1\" is not an http:// or https:// address").arg(request.baseUrl));
        }
        policy.allowPlainHttp = true;
    }
    if (m_parser.isSet(u"from"_s)) {
        if (!request.baseUrl.isEmpty())
            return usageError(tr("--from and --base-url exclude each other"));
        request.fromDir = m_parser.value(u"from"_s);
        if (!QFileInfo(request.fromDir).isDir())
            return usageError(tr("--from \"%1\" is not a folder").arg(request.fromDir));
    }
    if (request.catalogs().isEmpty())
        return usageError(tr("--from \"%1\" holds no catalog (catalogs/v8/CLOUD/vms.csv or "
                             "azure/*.json)")
                              .arg(request.fromDir));
    if (m_parser.isSet(u"as-of"_s)) {
        if (request.fromDir.isEmpty())
            return usageError(tr("--as-of applies to saved catalogs: use it with --from"));
        const QString asOf = m_parser.value(u"as-of"_s).trimmed();
        request.undated = asOf == u"undated";
        request.asOf = QDate::fromString(asOf, Qt::ISODate);
        if (!request.undated && (!request.asOf.isValid() || request.asOf > request.today)) {
            return usageError(
                tr("--as-of \"%1\" is not a date (YYYY-MM-DD, not in the future) or \"undated\"")
                    .arg(asOf));
        }
    }
    if (m_parser.isSet(u"source-url"_s)) {
        request.sourceUrl = m_parser.value(u"source-url"_s).trimmed();
        const QUrl url(request.sourceUrl, QUrl::StrictMode);
        if (request.fromDir.isEmpty() || request.catalogs().size() != 1)
            return usageError(tr("--source-url names the page of one saved catalog: use it with "
                                 "--from and one --cloud (or --source azure)"));
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            return usageError(tr("--source-url \"%1\" is not an http:// or https:// address")
                                  .arg(request.sourceUrl));
    }

    const bool dryRun = m_parser.isSet(u"dry-run"_s);
    const auto book = openBookToWrite(dryRun);
    if (!book)
        return 1;
    HttpFetcher fetcher(policy);
    const UpdateRun ran =
        runCatalogs(book->database(), request.catalogs(), request, dryRun, fetcher);
    const QList<SourceReport> reports = ran.reports();
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(format == u"json"
                      ? reportJson(reports, ran.alerts, dryRun)
                      : (reportText(reports, dryRun) + alertsText(ran.alerts)).toUtf8());
    bool anyFailed = false;
    for (const SourceReport &r : reports) {
        if (r.failed()) {
            printError(tr("%1 failed: %2").arg(r.catalog.key(), r.error));
            anyFailed = true;
        }
    }
    return anyFailed ? 1 : 0;
}

} // namespace gpucompare
