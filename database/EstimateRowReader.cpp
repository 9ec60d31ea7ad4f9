#include "EstimateRowReader.h"

#include "DatabaseError.h"
#include "HugePages.h"
#include "SqlDialect.h"
#include "SqlStatements.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <array>
#include <cstring>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString currentPriceJoin()
{
    // The standing rule (core/PriceStanding.h) in SQL: current first (observed or confirmed on
    // or after the window's first day; "YYYY-MM" counts as the month's 1st, which sorts before
    // every day of that month), then undated, then stale; the newest of each. Dates are ISO
    // text, so text order is date order.
    return u"JOIN price_observations po ON po.id = (SELECT id FROM price_observations "
           "  WHERE offer_id = o.id ORDER BY CASE "
           "    WHEN observed_on = '' AND confirmed_on = '' THEN 1 "
           "    WHEN observed_on >= ? OR confirmed_on >= ? THEN 0 ELSE 2 END, "
           "  observed_on DESC, id DESC LIMIT 1) "_s;
}

namespace {

/// Every offer with every one of its observations, by offer: the price is picked from them
/// below (pickPrice()), as currentPriceJoin() picks it. Two correlated subqueries per offer
/// (the price, the other source's price) were most of SQLite's share of an estimate. The price
/// table's rows (RowColumns::Table) read five more columns; `where` selects offers.
QString currentRowsSql(RowColumns columns, const QString &where)
{
    return u"SELECT o.id, o.provider_id, o.gpu_model_id, o.instance_type, o.gpus_per_instance, "
           "o.region, o.pricing_model, o.pricing_term, o.not_listed_since, s.gpu_count, "
           "o.per_gpu_rate, o.sold_via, po.id, po.usd_micros_per_instance_hour, "
           "po.observed_on, po.source_url, po.confirmed_on"_s +
           (columns == RowColumns::Table ? u", o.vcpus, o.ram_gb, o.interconnect, "
                                           "po.published_micros, po.published_currency "_s
                                         : u" "_s) +
           u"FROM offers o JOIN price_observations po ON po.offer_id = o.id "
           "LEFT JOIN instance_shapes s ON s.provider_id = o.provider_id "
           "  AND s.instance_type = o.instance_type COLLATE NOCASE "_s +
           where + u"ORDER BY o.id"_s;
}

enum Column
{
    OfferId,
    ProviderId,
    GpuModelId,
    InstanceType,
    GpusPerInstance,
    Region,
    Pricing,
    PricingTerm,
    NotListedSince,
    ShapeGpuCount,
    PerGpuRate,
    SoldVia,
    ObservationId,
    Micros,
    ObservedOn,
    SourceUrl,
    ConfirmedOn,
    // The price table's only (RowColumns::Table):
    Vcpus,
    RamGb,
    Interconnect,
    PublishedMicros,
    PublishedCurrency,
    ColumnCount
};

/// The names and peaks of the two small tables, by id.
struct Names
{
    QHash<qint64, QString> providers;
    QHash<qint64, QString> gpus;
    QHash<qint64, double> peaks;
};

Names readNames(const QSqlDatabase &db)
{
    Names names;
    QSqlQuery p = execPrepared(db, u"SELECT id, name FROM providers"_s);
    while (p.next())
        names.providers.insert(p.value(0).toLongLong(), p.value(1).toString());
    QSqlQuery g = execPrepared(db, u"SELECT id, name, bf16_tflops FROM gpu_models"_s);
    while (g.next()) {
        names.gpus.insert(g.value(0).toLongLong(), g.value(1).toString());
        if (!g.value(2).isNull())
            names.peaks.insert(g.value(0).toLongLong(), g.value(2).toDouble());
    }
    return names;
}

/// A text as the database holds it (UTF-8, compared byte by byte as SQLite's BINARY collation
/// compares) and as a QString.
using Text = std::pair<const std::string, QString>;

/// Texts that repeat across the book (regions, dates, sources), one map per column: each
/// distinct value is converted once and every row shares its QString. Entries never move.
class Interned final
{
public:
    const Text &operator()(int column, std::string_view bytes)
    {
        auto &seen = m_seen.at(size_t(column));
        auto it = seen.find(bytes);
        if (it == seen.end())
            it = seen.emplace(std::string(bytes),
                              QString::fromUtf8(bytes.data(), qsizetype(bytes.size())))
                     .first;
        return *it;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::array<std::unordered_map<std::string, QString, Hash, std::equal_to<>>, ColumnCount> m_seen;
};

/// A forward-only cursor over the rows of a statement straight from SQLite.
class SqliteRows final
{
public:
    SqliteRows(sqlite3 *db, const QString &sql, const QVariantList &values)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        check(sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr));
        for (int i = 0; i < values.size(); ++i) // offer ids, the only values these bind
            check(sqlite3_bind_int64(m_statement, i + 1, values.at(i).toLongLong()));
    }
    ~SqliteRows() { sqlite3_finalize(m_statement); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool next()
    {
        const int status = sqlite3_step(m_statement);
        if (status == SQLITE_ROW)
            return true;
        if (status != SQLITE_DONE)
            check(status);
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString text(int column) const
    {
        const std::string_view bytes = utf8(column);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    const Text &interned(int column) { return m_interned(column, utf8(column)); }

private:
    std::string_view utf8(int column) const
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return {bytes ? bytes : "", size_t(sqlite3_column_bytes(m_statement, column))};
    }
    void check(int status) const
    {
        if (status != SQLITE_OK)
            throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    Interned m_interned;
};

/// The same through QSqlQuery, for a PostgreSQL book.
class QueryRows final
{
public:
    QueryRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
        : m_query(execPrepared(db, sql, values))
    {}
    bool next() { return m_query.next(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    const Text &interned(int column)
    {
        const QByteArray bytes = text(column).toUtf8();
        return m_interned(column, std::string_view(bytes.constData(), size_t(bytes.size())));
    }

private:
    QSqlQuery m_query;
    Interned m_interned;
};

/// One observation of an offer, as read.
struct Observation
{
    qint64 id = 0;
    qint64 micros = 0;
    const Text *observedOn = nullptr;
    const Text *sourceUrl = nullptr;
    const Text *confirmedOn = nullptr;
    qint64 publishedMicros = 0;              ///< RowColumns::Table only
    const Text *publishedCurrency = nullptr; ///< RowColumns::Table only
};

/// Sets the row's price from its offer's observations (at least one), as currentPriceJoin()
/// and the other source's subquery of OfferRepository pick them: the price is the observation
/// ranked first by standing (current: observed or confirmed on or after `firstCurrentDay`; then
/// undated: neither date; then stale), then the newest observed, then the highest id; the other
/// source's price is the newest (observed, then id) of those from another source URL.
void pickPrice(OfferRow &r, const std::vector<Observation> &observations,
               const std::string &firstCurrentDay, RowColumns columns)
{
    const auto rank = [&](const Observation &o) {
        if (o.observedOn->first.empty() && o.confirmedOn->first.empty())
            return 1;
        return o.observedOn->first >= firstCurrentDay || o.confirmedOn->first >= firstCurrentDay
                   ? 0
                   : 2;
    };
    const Observation *best = &observations.front();
    int bestRank = rank(*best);
    for (const Observation &o : observations) {
        const int oRank = rank(o);
        if (std::tie(oRank, best->observedOn->first, best->id) <
            std::tie(bestRank, o.observedOn->first, o.id)) {
            best = &o;
            bestRank = oRank;
        }
    }
    r.usdPerInstanceHour = Money::fromMicros(best->micros);
    r.observedOn = best->observedOn->second;
    r.sourceUrl = best->sourceUrl->second;
    r.confirmedOn = best->confirmedOn->second;
    if (columns == RowColumns::Table) {
        r.publishedAmount = Money::fromMicros(best->publishedMicros);
        r.publishedCurrency = best->publishedCurrency->second;
    }
    const Observation *other = nullptr;
    for (const Observation &o : observations) {
        if (o.sourceUrl->first != best->sourceUrl->first &&
            (!other ||
             std::tie(other->observedOn->first, other->id) < std::tie(o.observedOn->first, o.id))) {
            other = &o;
        }
    }
    if (other && columns == RowColumns::Table) {
        r.otherSource = OtherSourcePrice{Money::fromMicros(other->micros),
                                         other->observedOn->second, other->sourceUrl->second};
    } else if (other) {
        r.otherSource = OtherSourcePrice{Money::fromMicros(other->micros), {}, {}};
    }
}

template <typename Rows>
QList<OfferRow> readAll(Rows &q, const Names &names, qsizetype expected,
                        const std::string &firstCurrentDay, RowColumns columns)
{
    QList<OfferRow> rows;
    rows.reserve(expected);
    adviseHugePages(rows);
    std::vector<Observation> observations;
    bool more = q.next();
    while (more) {
        // Filled in place: an OfferRow is large, and moving one into the list showed in
        // profiles of 100,000 offers.
        OfferRow &r = rows.emplaceBack();
        r.offerId = q.integer(OfferId);
        r.provider = names.providers.value(q.integer(ProviderId));
        const qint64 gpuId = q.integer(GpuModelId);
        r.gpuModel = names.gpus.value(gpuId);
        if (const auto peak = names.peaks.constFind(gpuId); peak != names.peaks.cend())
            r.denseTflops = *peak;
        r.instanceType = q.text(InstanceType);
        r.gpusPerInstance = int(q.integer(GpusPerInstance));
        r.region = q.interned(Region).second;
        r.pricing =
            pricingModelFromToken(q.interned(Pricing).second).value_or(PricingModel::OnDemand);
        r.pricingTerm = q.interned(PricingTerm).second;
        r.notListedSince = q.interned(NotListedSince).second;
        if (!q.isNull(ShapeGpuCount))
            r.shapeGpuCount = int(q.integer(ShapeGpuCount));
        r.perGpuRate = q.integer(PerGpuRate) != 0;
        r.soldVia = q.interned(SoldVia).second;
        const bool table = columns == RowColumns::Table;
        if (table) {
            if (!q.isNull(Vcpus))
                r.vcpus = int(q.integer(Vcpus));
            if (!q.isNull(RamGb))
                r.ramGb = q.real(RamGb);
            r.interconnect = q.interned(Interconnect).second;
        }
        observations.clear();
        do {
            Observation &o = observations.emplace_back(
                Observation{q.integer(ObservationId), q.integer(Micros), &q.interned(ObservedOn),
                            &q.interned(SourceUrl), &q.interned(ConfirmedOn)});
            if (table) {
                o.publishedMicros = q.integer(PublishedMicros);
                o.publishedCurrency = &q.interned(PublishedCurrency);
            }
            more = q.next();
        } while (more && q.integer(OfferId) == r.offerId);
        pickPrice(r, observations, firstCurrentDay, columns);
    }
    return rows;
}

/// The connection's sqlite3 handle, or null when it is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (dialectOf(db) != SqlDialect::Sqlite)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

QList<OfferRow> readCurrentRows(const QSqlDatabase &db, const Freshness &freshness,
                                const CurrentRowsOptions &options)
{
    QString where;
    QVariantList ids;
    if (options.offerIds) {
        // One placeholder per offer: an edit touches a handful, never thousands.
        if (options.offerIds->isEmpty())
            return {};
        QStringList marks;
        for (const qint64 id : *options.offerIds) {
            marks.append(u"?"_s);
            ids.append(id);
        }
        where = u"WHERE o.id IN (%1) "_s.arg(marks.join(u", "_s));
    }
    const Names names = readNames(db);
    qsizetype expected = ids.size();
    if (!options.offerIds) {
        QSqlQuery count = execPrepared(db, u"SELECT count(*) FROM offers"_s);
        expected = count.next() ? count.value(0).toLongLong() : 0;
    }
    const std::string day = freshness.oldestCurrentDay().toString(Qt::ISODate).toStdString();
    const QString sql = currentRowsSql(options.columns, where);
    sqlite3 *handle = options.path == RowPath::Fastest ? sqliteHandle(db) : nullptr;
    if (handle) {
        SqliteRows rows(handle, sql, ids);
        return readAll(rows, names, expected, day, options.columns);
    }
    QueryRows rows(db, sql, ids);
    return readAll(rows, names, expected, day, options.columns);
}

QList<OfferRow> readEstimateRows(const QSqlDatabase &db, const Freshness &freshness)
{
    return readCurrentRows(db, freshness, {RowColumns::Estimate, std::nullopt, RowPath::Fastest});
}

} // namespace gpucompare
