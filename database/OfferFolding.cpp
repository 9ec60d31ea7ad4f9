#include "OfferFolding.h"

#include "DataQuality.h"
#include "SqlStatements.h"
#include "Translated.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::OfferFolding", text);
}

struct OfferKey
{
    qint64 id = 0;
    qint64 provider = 0;
    qint64 gpu = 0;
    int gpus = 0;
    QString instanceType;
    QString region;
    QString pricing;
    QString term;

    /// What must be equal for two listings to be one thing sold, but the machine and region.
    QString sold() const
    {
        return u"%1|%2|%3|%4|%5"_s.arg(provider).arg(gpu).arg(gpus).arg(pricing, term);
    }
};

/// "8x H100 SXM": a pricing page names the machine by its GPUs, not by its type.
bool isPageLabel(const QString &instanceType)
{
    return gpuCountFromName(instanceType).has_value() && !instanceType.contains(u'_') &&
           instanceType.contains(u' ');
}

} // namespace

QString machineNameKey(const QString &instanceType)
{
    QString name = instanceType.trimmed();
    if (name.endsWith(u')')) {
        if (const qsizetype open = name.lastIndexOf(u" ("_s); open > 0)
            name = name.left(open).trimmed();
    }
    if (name.startsWith(u"Standard_"_s, Qt::CaseInsensitive))
        name = name.mid(9);
    return name.toLower();
}

int foldHandEnteredOffers(const QSqlDatabase &db)
{
    QList<OfferKey> handEntered;
    QHash<QString, QList<OfferKey>> listings; // sold() -> the catalogs' offers
    // A machine sold through a marketplace is not the provider's own listing of it (and books
    // from before schema 6 have no such offers, nor the column).
    const QString soldVia =
        db.record(u"offers"_s).contains(u"sold_via"_s) ? u"sold_via"_s : u"''"_s;
    // A price's published amount and currency go with it; books from before schema 9 (the fold
    // of schema 5's migration) have neither.
    const QString published = db.record(u"price_observations"_s).contains(u"published_micros"_s)
                                  ? u", published_micros, published_currency"_s
                                  : QString();
    QSqlQuery q =
        execPrepared(db, u"SELECT id, provider_id, gpu_model_id, gpus_per_instance, "
                         "instance_type, region, pricing_model, pricing_term, "
                         "listed_by, per_gpu_rate, %1 FROM offers ORDER BY id"_s.arg(soldVia));
    while (q.next()) {
        const OfferKey key{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           q.value(2).toLongLong(), q.value(3).toInt(),
                           q.value(4).toString(),   q.value(5).toString(),
                           q.value(6).toString(),   q.value(7).toString()};
        if (!q.value(10).toString().isEmpty())
            continue;
        if (!q.value(8).toString().isEmpty())
            listings[key.sold()].append(key);
        else if (!q.value(9).toBool()) // a per-GPU rate names no machine
            handEntered.append(key);
    }
    if (listings.isEmpty())
        return 0;

    int folded = 0;
    for (const OfferKey &hand : std::as_const(handEntered)) {
        const QList<OfferKey> candidates = listings.value(hand.sold());
        if (candidates.isEmpty())
            continue;
        // The machine: the same name, or for a page label the one machine sold with that GPU
        // and count (two machine types would make the label ambiguous: left as it is).
        const QString name = machineNameKey(hand.instanceType);
        QList<OfferKey> same;
        for (const OfferKey &c : candidates) {
            if (machineNameKey(c.instanceType) == name)
                same.append(c);
        }
        if (same.isEmpty() && isPageLabel(hand.instanceType)) {
            QSet<QString> machines;
            for (const OfferKey &c : candidates)
                machines.insert(c.instanceType);
            if (machines.size() == 1)
                same = candidates;
        }
        // The region: the same one (an availability zone named in parentheses is the
        // region's: "us-east-1 (use1-az6)"), or every region of the machine when none is named.
        const QString region = regionWithoutZone(hand.region);
        QList<OfferKey> targets;
        for (const OfferKey &c : std::as_const(same)) {
            if (region.isEmpty() || c.region.compare(region, Qt::CaseInsensitive) == 0)
                targets.append(c);
        }
        if (targets.isEmpty())
            continue;
        for (const OfferKey &target : std::as_const(targets)) {
            const QString match =
                hand.region.isEmpty()
                    ? tr("Entered as \"%1\" with no region; the catalog's %2.")
                          .arg(hand.instanceType, target.instanceType)
                    : tr("Entered as \"%1\" in %2; the catalog's %3.")
                          .arg(hand.instanceType, hand.region, target.instanceType);
            execPrepared(db,
                         u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
                         "observed_on, source_url, note, confirmed_on%1) "
                         "SELECT ?, usd_micros_per_instance_hour, observed_on, source_url, "
                         "CASE WHEN note = '' THEN ? ELSE note || ' ' || ? END, confirmed_on%1 "
                         "FROM price_observations WHERE offer_id = ? ORDER BY id"_s.arg(published),
                         {target.id, match, match, hand.id});
        }
        execPrepared(db, u"DELETE FROM offers WHERE id = ?"_s, {hand.id});
        ++folded;
    }
    return folded;
}

} // namespace gpucompare
