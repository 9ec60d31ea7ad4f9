#include "SqlDialect.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpucompare {

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

QString sqlFor(SqlDialect dialect, const QString &sql)
{
    if (dialect == SqlDialect::Sqlite || !sql.contains(u"NOCASE"))
        return sql;
    // The same few statements run thousands of times (an import): rewrite each once.
    static QMutex mutex;
    static QHash<QString, QString> rewritten;
    const QMutexLocker lock(&mutex);
    if (const auto found = rewritten.constFind(sql); found != rewritten.cend())
        return *found;
    static const QRegularExpression sortKey(u"\\b([A-Za-z_][A-Za-z0-9_.]*) COLLATE NOCASE\\b"_s);
    // Sorting (after ORDER BY) ignores ASCII case byte by byte, as SQLite does; comparing
    // (before it) uses the schema's case-insensitive collation, which also settles which
    // collation a join of a "C" column with a nocase column hashes with.
    qsizetype orderBy = sql.lastIndexOf(u"ORDER BY"_s);
    if (orderBy < 0)
        orderBy = sql.size();
    QString tail = sql.mid(orderBy);
    tail.replace(sortKey, u"lower(\\1 COLLATE \"C\")"_s);
    QString text = sql.left(orderBy) + tail;
    text.replace(u"COLLATE NOCASE"_s, u"COLLATE nocase"_s);
    rewritten.insert(sql, text);
    return text;
}

} // namespace gpucompare
