#pragma once

#include "PriceBookEdit.h"

#include <QObject>
#include <QSqlDatabase>

class QUndoStack;

namespace gpucompare {

/// The one way the window changes the price book: every edit, from a form or inline in a table,
/// is applied here and pushed on one QUndoStack, so Edit › Undo names it and reverts it exactly.
class PriceBookEditor final : public QObject
{
    Q_OBJECT

public:
    explicit PriceBookEditor(QObject *parent = nullptr);

    /// The book edits go to. Switching books forgets the undo history of the previous one.
    void setDatabase(const QSqlDatabase &db, bool readOnly);
    QSqlDatabase database() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    QUndoStack *undoStack() const { return m_stack; }

    /// Forgets the undo history after a change of many rows (an import, a catalog update, a
    /// restore), whose rows the history's steps would otherwise meet; whether there was any.
    bool clearHistory();

    /// Applies the edit and makes it undoable. Returns an empty string, or why nothing was
    /// written (the price book then is exactly as it was).
    QString perform(const PriceBookEdit &edit);

Q_SIGNALS:
    /// After an edit, an undo or a redo: views read the book again. offersOnly says the step
    /// changed only offers and their prices, those of offerIds: a view can read just them.
    void changed(bool offersOnly, const QList<qint64> &offerIds);
    /// An undo or redo SQLite refused; the book and the history stay as they were.
    void failed(const QString &message);

private:
    friend class PriceBookCommand;
    void reportFailure(const QString &message) { Q_EMIT failed(message); }
    void reportChange(const PriceBookEdit &edit);

    QSqlDatabase m_db;
    bool m_readOnly = false;
    QUndoStack *m_stack = nullptr;
};

} // namespace gpucompare
