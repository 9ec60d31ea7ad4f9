#include "EstimateRowReader.h"

#include "DatabaseError.h"
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
#include <unordered_map>

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

QString estimateRowsSql()
{
    return u"SELECT o.id, o.provider_id, o.gpu_model_id, o.instance_type, o.gpus_per_instance, "
           "o.region, o.pricing_model, o.pricing_term, po.usd_micros_per_instance_hour, "
           "po.observed_on, po.source_url, po.confirmed_on, o.not_listed_since, s.gpu_count, "
           "o.per_gpu_rate, o.sold_via, "
           "(SELECT x.usd_micros_per_instance_hour FROM price_observations x "
           "  WHERE x.offer_id = o.id AND x.source_url <> po.source_url "
           "  ORDER BY x.observed_on DESC, x.id DESC LIMIT 1) "
           "FROM offers o "_s +
           currentPriceJoin() +
           u"LEFT JOIN instance_shapes s ON s.provider_id = o.provider_id "
           "  AND s.instance_type = o.instance_type COLLATE NOCASE ORDER BY o.id"_s;
}

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

/// A forward-only cursor over the rows of a statement straight from SQLite. Text columns
/// repeat (dates, sources, regions): a column's text equal to its last one gives the same
/// QString again instead of converting it.
class SqliteRows final
{
public:
    SqliteRows(sqlite3 *db, const QString &sql, const QString &day)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        check(sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr));
        const QByteArray dayUtf8 = day.toUtf8();
        for (int i = 1; i <= 2; ++i) {
            check(sqlite3_bind_text(m_statement, i, dayUtf8.constData(), int(dayUtf8.size()),
                                    SQLITE_TRANSIENT));
        }
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
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString text(int column)
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        Last &last = m_last.at(size_t(column));
        if (last.bytes.size() != size || std::memcmp(last.bytes.constData(), bytes, size) != 0) {
            last.bytes = QByteArray(bytes, size);
            last.text = QString::fromUtf8(bytes, size);
        }
        return last.text;
    }
    /// The same for a column whose values repeat across the book (regions, dates, sources):
    /// each distinct value is converted once, and every row shares its QString.
    QString interned(int column)
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const std::string_view key(bytes ? bytes : "", size_t(sqlite3_column_bytes(m_statement, column)));
        auto &seen = m_seen.at(size_t(column));
        auto it = seen.find(key);
        if (it == seen.end()) {
            it = seen.emplace(std::string(key),
                              QString::fromUtf8(key.data(), qsizetype(key.size())))
                     .first;
        }
        return it->second;
    }

private:
    void check(int status) const
    {
        if (status != SQLITE_OK)
            throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    struct Last
    {
        QByteArray bytes;
        QString text;
    };
    std::array<Last, 17> m_last; ///< one per column of estimateRowsSql()
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::array<std::unordered_map<std::string, QString, Hash, std::equal_to<>>, 17> m_seen;
};

/// The same through QSqlQuery, for a PostgreSQL book.
class QueryRows final
{
public:
    QueryRows(const QSqlDatabase &db, const QString &sql, const QString &day)
        : m_query(execPrepared(db, sql, {day, day}))
    {}
    bool next() { return m_query.next(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QString interned(int column) const { return text(column); }

private:
    QSqlQuery m_query;
};

template <typename Rows> QList<OfferRow> readAll(Rows &q, const Names &names, qsizetype expected)
{
    QList<OfferRow> rows;
    rows.reserve(expected);
    while (q.next()) {
        // Filled in place: an OfferRow is large, and moving one into the list showed in
        // profiles of 100,000 offers.
        OfferRow &r = rows.emplaceBack();
        r.offerId = q.integer(0);
        r.provider = names.providers.value(q.integer(1));
        const qint64 gpuId = q.integer(2);
        r.gpuModel = names.gpus.value(gpuId);
        if (const auto peak = names.peaks.constFind(gpuId); peak != names.peaks.cend())
            r.denseTflops = *peak;
        r.instanceType = q.text(3);
        r.gpusPerInstance = int(q.integer(4));
        r.region = q.interned(5);
        r.pricing = pricingModelFromToken(q.interned(6)).value_or(PricingModel::OnDemand);
        r.pricingTerm = q.interned(7);
        r.usdPerInstanceHour = Money::fromMicros(q.integer(8));
        r.observedOn = q.interned(9);
        r.sourceUrl = q.interned(10);
        r.confirmedOn = q.interned(11);
        r.notListedSince = q.interned(12);
        if (!q.isNull(13))
            r.shapeGpuCount = int(q.integer(13));
        r.perGpuRate = q.integer(14) != 0;
        r.soldVia = q.interned(15);
        if (!q.isNull(16))
            r.otherSource = OtherSourcePrice{Money::fromMicros(q.integer(16)), {}, {}};
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

QList<OfferRow> readEstimateRows(const QSqlDatabase &db, const Freshness &freshness)
{
    const Names names = readNames(db);
    QSqlQuery count = execPrepared(db, u"SELECT count(*) FROM offers"_s);
    const qsizetype expected = count.next() ? count.value(0).toLongLong() : 0;
    const QString day = freshness.oldestCurrentDay().toString(Qt::ISODate);
    if (sqlite3 *handle = sqliteHandle(db)) {
        SqliteRows rows(handle, estimateRowsSql(), day);
        return readAll(rows, names, expected);
    }
    QueryRows rows(db, estimateRowsSql(), day);
    return readAll(rows, names, expected);
}

} // namespace gpucompare
