#pragma once

#include "Outcome.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace gpucompare {

/// One row of one table as it is before and after an edit; an absent side means the row does
/// not exist on that side (an insert has no "before", a delete no "after").
struct RowChange
{
    QString table;
    QVariant key; ///< the row's primary key (id, alias or provider_id; see keyColumn()), or a
                  ///< stand-in id from newRowId() for a row not yet created
    std::optional<QVariantMap> before;
    std::optional<QVariantMap> after;
};

/// A change to the price book that can be applied and reverted exactly, as whole rows.
///
/// Edits keep rows rather than the repositories' value types so that undo gives back every
/// column byte for byte, including rows a delete takes with it (an offer's price history, the
/// market-share entries that pointed at a deleted provider). Builders in PriceBookEdits.h read
/// the "before" rows; the widgets never see SQL.
class PriceBookEdit final
{
public:
    enum class Direction
    {
        Forward, ///< to the "after" rows (do, redo)
        Back     ///< to the "before" rows (undo)
    };

    PriceBookEdit() = default;
    explicit PriceBookEdit(QString name)
        : m_name(std::move(name))
    {}

    /// What the user did, for Edit › Undo ("Change price of p5.48xlarge").
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    const QList<RowChange> &changes() const { return m_changes; }
    bool isEmpty() const;

    /// Adds a change. Parents go before children (providers before offers before prices): rows
    /// are written in this order and deleted in the reverse one.
    void add(RowChange change);
    /// Adds another edit's changes after these, making both one step of the undo history.
    void append(const PriceBookEdit &other);

    /// Writes one side of the edit in one transaction, after checking that every row it
    /// touches is still exactly as the other side recorded it (absent where that side has no
    /// row). Rows new to the book (a stand-in id from newRowId()) are inserted without an id
    /// and take the one SQLite gives them; the edit then names them by it, so a redo never
    /// writes over a row it did not create. Throws DatabaseError (rolled back, the book as it
    /// was) when a row was changed since by another writer, naming it, or when SQLite refuses,
    /// for example when another window holds the file.
    void apply(const QSqlDatabase &db, Direction direction);
    /// apply() for the layers above: done, or why not (the book as it was).
    Status tryApply(const QSqlDatabase &db, Direction direction);

    /// The primary-key column of a table we edit ("id" for most).
    static QString keyColumn(const QString &table);

private:
    QString m_name;
    QList<RowChange> m_changes;
};

/// The row of table with this key, every column; nullopt when there is none.
std::optional<QVariantMap> readRow(const QSqlDatabase &db, const QString &table,
                                   const QVariant &key);
/// Every row of table whose column equals value, by key.
QList<QVariantMap> readRowsWhere(const QSqlDatabase &db, const QString &table,
                                 const QString &column, const QVariant &value);
/// A stand-in id (negative, unique in this process) for a row an edit creates: rows of the
/// same edit refer to it, and the edit's first apply replaces it with the id SQLite gives.
qint64 newRowId();

} // namespace gpucompare
