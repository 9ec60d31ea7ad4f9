#include "SourcePublisher.h"

#include "Translated.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::SourcePublisher", text);
}

/// Who published a price, and whether they had it first-hand.
struct Publisher
{
    QString name;
    bool firstHand = false;
};

/// Repositories that carry someone's price data, by "owner/repository" (lower case). Those
/// generated from the providers' own price APIs are first-hand; copies, transcriptions,
/// aggregations and compilations are not.
Publisher knownRepository(const QString &repository)
{
    if (repository == u"skypilot-org/skypilot-catalog")
        return {tr("SkyPilot catalog"), true};
    if (repository == u"cloud-gpus/cloud-gpus.github.io")
        return {tr("cloud-gpus.com (aggregator)"), false};
    if (repository == u"datareceipts/data-receipts")
        return {tr("Data Receipts (providers' price APIs)"), true};
    if (repository == u"cyclenerd/google-cloud-pricing-cost-calculator")
        return {tr("Google Cloud billing catalog (Cyclenerd)"), true};
    if (repository == u"tgarg01/silybench-data")
        return {tr("silybench (price transcription)"), false};
    if (repository == u"stas00/ml-engineering")
        return {tr("ml-engineering (spec compilation)"), false};
    if (repository == u"the-full-stack/website")
        return {tr("Full Stack Deep Learning (aggregator)"), false};
    if (repository == u"dstackai/dstack")
        return {tr("dstack offers"), false};
    if (repository.startsWith(u"api-evangelist/"))
        return {tr("%1 price page (API Evangelist copy)").arg(repository.mid(15)), false};
    return {};
}

/// Sites that quote other people's prices: aggregators and comparison sites.
bool isAggregatorHost(const QString &host)
{
    static const QStringList hosts = {u"cloud-gpus.com"_s, u"fullstackdeeplearning.com"_s,
                                      u"getdeploying.com"_s, u"gpulist.ai"_s,
                                      u"computeprices.com"_s};
    for (const QString &h : hosts) {
        if (host == h || host.endsWith(u'.' + h))
            return true;
    }
    return false;
}

Publisher publisherOf(const QString &text)
{
    const QUrl url(text);
    QString host = url.host().toLower();
    if (host.isEmpty())
        return {text, false}; // a file name or a note: shown as it is, vouching for nothing
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    const bool github = host == u"github.com" || host == u"raw.githubusercontent.com";
    if (github && path.size() >= 2) {
        const QString repository = (path.at(0) + u'/' + path.at(1)).toLower();
        const Publisher known = knownRepository(repository);
        return known.name.isEmpty()
                   ? Publisher{tr("%1 on GitHub").arg(path.at(0) + u'/' + path.at(1)), false}
                   : known;
    }
    if (host == u"huggingface.co" && path.size() >= 3 && path.at(0) == u"datasets")
        return {tr("%1 (Hugging Face dataset)").arg(path.at(1) + u'/' + path.at(2)), false};
    if (host == u"skypilot-catalog.s3.us-east-1.amazonaws.com")
        return {tr("SkyPilot catalog"), true};
    if (host == u"prices.azure.com")
        return {tr("Azure Retail Prices API"), true};
    return {host, !isAggregatorHost(host)}; // a provider's own page, unless an aggregator's
}

const Publisher &cachedPublisher(const QString &url)
{
    // A table shows thousands of rows from a few dozen sources: read each URL once.
    thread_local QHash<QString, Publisher> cache;
    auto it = cache.constFind(url);
    if (it == cache.cend())
        it = cache.insert(url, publisherOf(url));
    return *it;
}

} // namespace

QString sourcePublisher(const QString &url)
{
    return url.isEmpty() ? QString() : cachedPublisher(url).name;
}

bool isFirstHandSource(const QString &url)
{
    return !url.isEmpty() && cachedPublisher(url).firstHand;
}

} // namespace gpucompare
