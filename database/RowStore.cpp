#include "RowStore.h"

#include "SqlStatements.h"

#include <QCoreApplication>
#include <atomic>

using namespace Qt::StringLiterals;

namespace gpucompare {

Cells zipCells(const QStringList &names, const QVariantList &values)
{
    Q_ASSERT(names.size() == values.size());
    Cells cells;
    cells.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        cells.append({names.at(i), values.at(i)});
    return cells;
}

QString prefixedColumns(const QStringList &names, const QString &prefix)
{
    if (prefix.isEmpty())
        return names.join(u", "_s);
    QStringList qualified;
    qualified.reserve(names.size());
    for (const QString &name : names)
        qualified.append(prefix + name);
    return qualified.join(u", "_s);
}

qint64 newRowId()
{
    static std::atomic<qint64> next{-1};
    return next.fetch_sub(1);
}

QSqlQuery TableStatements::select(const QString &columns, const char *column,
                                  const QVariant &value) const
{
    return execPrepared(m_db,
                        u"SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4"_s.arg(
                            columns, QLatin1StringView(m_table.name), QLatin1StringView(column),
                            QLatin1StringView(m_table.keyColumn)),
                        {value});
}

bool TableStatements::holds(const QVariant &key, const Cells *recorded) const
{
    QString sql = u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(
        QLatin1StringView(m_table.name), QLatin1StringView(m_table.keyColumn));
    QVariantList values{key};
    if (recorded) {
        for (const auto &[column, value] : *recorded) {
            sql += u" AND %1 IS NOT DISTINCT FROM ?"_s.arg(column); // NULL-safe, both dialects
            values.append(value);
        }
    }
    QSqlQuery q = execPrepared(m_db, sql, values);
    const bool found = q.next() && q.value(0).toInt() > 0;
    return recorded ? found : !found;
}

std::optional<qint64> TableStatements::insert(const Cells &cells, bool withoutId) const
{
    QStringList columns;
    QStringList placeholders;
    QVariantList values;
    for (const auto &[column, value] : cells) {
        if (withoutId && column == QLatin1StringView(m_table.keyColumn))
            continue;
        columns.append(column);
        placeholders.append(u"?"_s);
        values.append(value);
    }
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        QLatin1StringView(m_table.name), columns.join(u", "_s), placeholders.join(u", "_s));
    if (!withoutId) {
        execPrepared(m_db, sql, values);
        return std::nullopt;
    }
    QSqlQuery q = execPrepared(m_db, sql + u" RETURNING id"_s, values);
    if (!q.next())
        throw DatabaseError(
            QCoreApplication::translate("gpucompare", // where the translations file it
                                        "the database gave no id to the new row of %1")
                .arg(QLatin1StringView(m_table.name)));
    return q.value(0).toLongLong();
}

void TableStatements::update(const QVariant &key, const Cells &cells) const
{
    QStringList assignments;
    QVariantList values;
    for (const auto &[column, value] : cells) {
        assignments.append(column + u" = ?"_s);
        values.append(value);
    }
    values.append(key);
    execPrepared(m_db,
                 u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(QLatin1StringView(m_table.name),
                                                        assignments.join(u", "_s),
                                                        QLatin1StringView(m_table.keyColumn)),
                 values);
}

void TableStatements::remove(const QVariant &key) const
{
    execPrepared(m_db,
                 u"DELETE FROM %1 WHERE %2 = ?"_s.arg(QLatin1StringView(m_table.name),
                                                      QLatin1StringView(m_table.keyColumn)),
                 {key});
}

} // namespace gpucompare
