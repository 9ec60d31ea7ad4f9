#include "SourcePublisher.h"

#include "Translated.h"

#include <QHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::SourcePublisher", text);
}

/// Repositories that carry someone's price data, by "owner/repository" (lower case).
QString knownRepository(const QString &repository)
{
    if (repository == u"skypilot-org/skypilot-catalog")
        return tr("SkyPilot catalog");
    if (repository == u"cloud-gpus/cloud-gpus.github.io")
        return tr("cloud-gpus.com (aggregator)");
    if (repository == u"datareceipts/data-receipts")
        return tr("Data Receipts (providers' price APIs)");
    if (repository == u"cyclenerd/google-cloud-pricing-cost-calculator")
        return tr("Google Cloud billing catalog (Cyclenerd)");
    if (repository == u"tgarg01/silybench-data")
        return tr("silybench (price transcription)");
    if (repository == u"stas00/ml-engineering")
        return tr("ml-engineering (spec compilation)");
    if (repository == u"the-full-stack/website")
        return tr("Full Stack Deep Learning (aggregator)");
    if (repository == u"dstackai/dstack")
        return tr("dstack offers");
    if (repository.startsWith(u"api-evangelist/"))
        return tr("%1 price page (API Evangelist copy)").arg(repository.mid(15));
    return QString();
}

QString publisherOf(const QString &text)
{
    const QUrl url(text);
    QString host = url.host().toLower();
    if (host.isEmpty())
        return text; // a file name or a note: show it as it is
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    const bool github = host == u"github.com" || host == u"raw.githubusercontent.com";
    if (github && path.size() >= 2) {
        const QString repository = (path.at(0) + u'/' + path.at(1)).toLower();
        const QString known = knownRepository(repository);
        return known.isEmpty() ? tr("%1 on GitHub").arg(path.at(0) + u'/' + path.at(1)) : known;
    }
    if (host == u"huggingface.co" && path.size() >= 3 && path.at(0) == u"datasets")
        return tr("%1 (Hugging Face dataset)").arg(path.at(1) + u'/' + path.at(2));
    if (host == u"skypilot-catalog.s3.us-east-1.amazonaws.com")
        return tr("SkyPilot catalog");
    if (host == u"prices.azure.com")
        return tr("Azure Retail Prices API");
    return host;
}

} // namespace

QString sourcePublisher(const QString &url)
{
    if (url.isEmpty())
        return QString();
    // A table shows thousands of rows from a few dozen sources: read each URL once.
    thread_local QHash<QString, QString> cache;
    auto it = cache.constFind(url);
    if (it == cache.cend())
        it = cache.insert(url, publisherOf(url));
    return *it;
}

} // namespace gpucompare
