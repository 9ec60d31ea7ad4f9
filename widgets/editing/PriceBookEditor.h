#pragma once

#include "EditService.h"

#include <QObject>
#include <QSqlDatabase>

class QUndoStack;

namespace gpucompare {

/// The one way the window changes the price book: every edit, from a form or inline in a table,
/// is pushed on one QUndoStack, and pushing is the edit: the command's redo() writes it through
/// the EditService, so Edit › Undo names it and reverts it exactly.
class PriceBookEditor final : public QObject
{
    Q_OBJECT

public:
    explicit PriceBookEditor(QObject *parent = nullptr);

    /// The book edits go to. Switching books forgets the undo history of the previous one.
    void setDatabase(const QSqlDatabase &db, bool readOnly);
    QSqlDatabase database() const { return m_service.database(); }
    bool isReadOnly() const { return m_service.isReadOnly(); }
    QUndoStack *undoStack() const { return m_stack; }

    /// Forgets the undo history after a change of many rows (an import, a catalog update, a
    /// restore), whose rows the history's steps would otherwise meet; whether there was any.
    bool clearHistory();

    /// Writes the edit and makes it undoable: the edit as written (rows it created named by
    /// their ids), or why nothing was written (the price book then is exactly as it was).
    Outcome<PriceBookEdit> perform(const PriceBookEdit &edit);
    /// Records a price typed in the price table for the offer, today: perform() of the
    /// service's edit for it, or why the text is no price or nothing was written.
    Outcome<PriceBookEdit> changePrice(qint64 offerId, const QString &text);

Q_SIGNALS:
    /// After an edit, an undo or a redo: views read the book again. offersOnly says the step
    /// changed only offers and their prices, those of offerIds: a view can read just them.
    void changed(bool offersOnly, const QList<qint64> &offerIds);
    /// An undo or redo the book refused. The step leaves the history, as it can no longer be
    /// taken: the book stays as it was.
    void failed(const QString &message);

private:
    friend class PriceBookCommand;
    const EditService &service() const { return m_service; }
    void stepWritten(const PriceBookEdit &edit);
    void stepRefused(const QString &name, PriceBookEdit::Direction direction,
                     const QString &reason);

    EditService m_service;
    QUndoStack *m_stack = nullptr;
    /// While perform() pushes: the first step's result, which perform() returns instead of
    /// reporting it as a failed redo.
    std::optional<Outcome<PriceBookEdit>> m_pushed;
};

} // namespace gpucompare
