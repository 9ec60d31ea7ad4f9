#include "PriceBookEditor.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace gpucompare {

/// One applied edit on the undo stack. QUndoCommand cannot refuse an undo, so when SQLite
/// refuses one (another window holds the file) the command steps the stack back to where the
/// book really is, and the next attempt can succeed.
class PriceBookCommand final : public QUndoCommand
{
public:
    PriceBookCommand(PriceBookEditor *editor, PriceBookEdit edit)
        : QUndoCommand(edit.name())
        , m_editor(editor)
        , m_edit(std::move(edit))
    {}

    void redo() override { step(PriceBookEdit::Direction::Forward); }
    void undo() override { step(PriceBookEdit::Direction::Back); }

private:
    void step(PriceBookEdit::Direction direction)
    {
        if (m_skipNext) { // already applied by perform(), or a failed step being reverted
            m_skipNext = false;
            return;
        }
        if (const Status applied = m_edit.tryApply(m_editor->database(), direction); !applied) {
            m_skipNext = true;
            QUndoStack *stack = m_editor->undoStack();
            // Not from inside the stack's own undo()/redo(): queued, the opposite step only
            // moves the index back, as m_skipNext makes it write nothing.
            QMetaObject::invokeMethod(
                stack, direction == PriceBookEdit::Direction::Forward ? "undo" : "redo",
                Qt::QueuedConnection);
            m_editor->reportFailure((direction == PriceBookEdit::Direction::Forward
                                         ? PriceBookEditor::tr("Could not redo \"%1\": %2")
                                         : PriceBookEditor::tr("Could not undo \"%1\": %2"))
                                        .arg(text(), applied.error()));
            return;
        }
        m_editor->reportChange(m_edit);
    }

    PriceBookEditor *m_editor;
    PriceBookEdit m_edit;
    bool m_skipNext = true; // push() calls redo() once; perform() has applied the edit already
};

PriceBookEditor::PriceBookEditor(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{}

void PriceBookEditor::setDatabase(const QSqlDatabase &db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly;
    m_stack->clear();
}

void PriceBookEditor::reportChange(const PriceBookEdit &edit)
{
    bool offersOnly = true;
    QList<qint64> offerIds;
    for (const RowChange &change : edit.changes()) {
        if (change.table == u"offers") {
            offerIds.append(change.key.toLongLong());
        } else if (change.table == u"price_observations") {
            const QVariantMap &row = change.after ? *change.after : *change.before;
            offerIds.append(row.value(QStringLiteral("offer_id")).toLongLong());
        } else {
            offersOnly = false;
        }
    }
    std::sort(offerIds.begin(), offerIds.end());
    offerIds.erase(std::unique(offerIds.begin(), offerIds.end()), offerIds.end());
    Q_EMIT changed(offersOnly, offerIds);
}

bool PriceBookEditor::clearHistory()
{
    const bool had = m_stack->count() > 0;
    m_stack->clear();
    return had;
}

QString PriceBookEditor::perform(const PriceBookEdit &edit)
{
    if (edit.isEmpty())
        return {};
    if (m_readOnly)
        return tr("the price book is open read-only");
    PriceBookEdit applied = edit; // once applied, it names the rows it created by their ids
    if (const Status written = applied.tryApply(m_db, PriceBookEdit::Direction::Forward); !written)
        return written.error();
    m_stack->push(new PriceBookCommand(this, applied));
    reportChange(applied);
    return {};
}

} // namespace gpucompare
