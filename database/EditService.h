#pragma once

#include "Outcome.h"
#include "PriceBookEdit.h"

#include <QSqlDatabase>
#include <QString>

namespace gpucompare {

/// Where an edit of the price book goes down once and its result comes up once (issue 31).
///
/// A price typed into the price table is read, checked and made an edit here; every edit, its
/// redo and its undo are written here, after the before-value check of PriceBookEdit::apply()
/// (a row another writer changed since refuses the step, naming it). The undo command in
/// widgets/ only calls write(); it neither parses nor checks anything itself.
class EditService final
{
public:
    EditService() = default;
    EditService(QSqlDatabase db, bool readOnly)
        : m_db(std::move(db))
        , m_readOnly(readOnly)
    {}

    const QSqlDatabase &database() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }

    /// The edit that records a price typed in the price table for the offer, observed today,
    /// or why there is none (the text is no price, the offer is gone, the book is read-only).
    Outcome<PriceBookEdit> typedPrice(qint64 offerId, const QString &text) const;

    /// Writes one side of the edit in one transaction: the edit as written (the rows it created
    /// named by the ids the book gave them, for the next redo and undo), or why nothing was.
    Outcome<PriceBookEdit> write(PriceBookEdit edit, PriceBookEdit::Direction direction) const;

private:
    QSqlDatabase m_db;
    bool m_readOnly = true;
};

} // namespace gpucompare
