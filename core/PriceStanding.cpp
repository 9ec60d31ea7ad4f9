#include "PriceStanding.h"

#include "Translated.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

Standing priceStanding(const QDate &lastSeen, const Freshness &freshness)
{
    if (!lastSeen.isValid())
        return Standing::Undated;
    return lastSeen >= freshness.oldestCurrentDay() ? Standing::Current : Standing::Stale;
}

QString standingToken(Standing standing)
{
    switch (standing) {
    case Standing::Current:
        return u"current"_s;
    case Standing::Undated:
        return u"undated"_s;
    case Standing::Stale:
        break;
    }
    return u"stale"_s;
}

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::PriceStanding", text);
}

} // namespace

QString priceCaveat(const PriceProvenance &price)
{
    QStringList words;
    if (price.standing == Standing::Undated)
        words << tr("undated catalog price; update to confirm");
    else if (price.standing == Standing::Stale && price.ageDays)
        words << tr("stale: %1 days old").arg(*price.ageDays);
    if (!price.firstHand)
        words << tr("second-hand quote");
    return words.isEmpty() ? QString() : tr(" (%1)").arg(words.join(u"; "_s));
}

namespace {

/// GitHub repositories generated from the providers' own price APIs (lower case).
bool isApiCatalogRepository(const QString &repository)
{
    return repository == u"skypilot-org/skypilot-catalog" ||
           repository == u"datareceipts/data-receipts" ||
           repository == u"cyclenerd/google-cloud-pricing-cost-calculator";
}

/// Hosts that quote other people's prices: aggregators and comparison sites.
bool isAggregatorHost(const QString &host)
{
    static const QStringList hosts = {u"cloud-gpus.com"_s,    u"fullstackdeeplearning.com"_s,
                                      u"getdeploying.com"_s,  u"gpulist.ai"_s,
                                      u"computeprices.com"_s, u"shadeform.ai"_s};
    for (const QString &h : hosts) {
        if (host == h || host.endsWith(u'.' + h))
            return true;
    }
    return false;
}

bool firstHand(const QString &text)
{
    const QUrl url(text);
    QString host = url.host().toLower();
    if (host.isEmpty())
        return false; // a file name or a note: nobody vouches for it
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (host == u"github.com" || host == u"raw.githubusercontent.com") {
        // A repository is a copy, a transcription or a dataset unless a provider's API made it.
        return path.size() >= 2 &&
               isApiCatalogRepository((path.at(0) + u'/' + path.at(1)).toLower());
    }
    if (host == u"huggingface.co")
        return false; // datasets
    if (host == u"skypilot-catalog.s3.us-east-1.amazonaws.com" || host == u"prices.azure.com")
        return true;
    return !isAggregatorHost(host); // a provider's own page
}

} // namespace

bool isFirstHandSource(const QString &url)
{
    if (url.isEmpty())
        return false;
    // Thousands of prices share a few dozen sources: judge each URL once.
    thread_local QHash<QString, bool> cache;
    auto it = cache.constFind(url);
    if (it == cache.cend())
        it = cache.insert(url, firstHand(url));
    return *it;
}

} // namespace gpucompare
