#include "PriceBookEditor.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace gpucompare {

/// One edit on the undo stack, as thin as Tiled's commands: redo() and undo() write a side of
/// the edit through the service, which checks that the book still holds the other side. A step
/// the book refuses makes the command obsolete, and QUndoStack drops it: pushed, nothing was
/// written and nothing is on the stack; undone or redone, the book stays as it was and the
/// history no longer offers a step that cannot be taken.
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
        Outcome<PriceBookEdit> written = m_editor->service().write(m_edit, direction);
        if (!written) {
            setObsolete(true);
            m_editor->stepRefused(text(), direction, written.error());
            return;
        }
        m_edit = std::move(written).value();
        m_editor->stepWritten(m_edit);
    }

    PriceBookEditor *m_editor;
    PriceBookEdit m_edit;
};

PriceBookEditor::PriceBookEditor(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{}

void PriceBookEditor::setDatabase(const QSqlDatabase &db, bool readOnly)
{
    m_service = EditService(db, readOnly);
    m_stack->clear();
}

void PriceBookEditor::stepWritten(const PriceBookEdit &edit)
{
    if (m_pushed)
        m_pushed = edit;
    Q_EMIT changed(edit.changesOffersOnly(), edit.offerIds());
}

void PriceBookEditor::stepRefused(const QString &name, PriceBookEdit::Direction direction,
                                  const QString &reason)
{
    if (m_pushed) {
        m_pushed = Outcome<PriceBookEdit>::failure(reason);
        return;
    }
    Q_EMIT failed((direction == PriceBookEdit::Direction::Forward
                       ? tr("Could not redo \"%1\": %2\n\nThe step leaves the undo history; the "
                            "price book is as it was.")
                       : tr("Could not undo \"%1\": %2\n\nThe step leaves the undo history; the "
                            "price book is as it was."))
                      .arg(name, reason));
}

bool PriceBookEditor::clearHistory()
{
    const bool had = m_stack->count() > 0;
    m_stack->clear();
    return had;
}

Outcome<PriceBookEdit> PriceBookEditor::perform(const PriceBookEdit &edit)
{
    if (edit.isEmpty())
        return edit;
    m_pushed = Outcome<PriceBookEdit>::failure(QString());
    m_stack->push(new PriceBookCommand(this, edit)); // its redo() writes the edit
    Outcome<PriceBookEdit> result = std::move(*m_pushed);
    m_pushed.reset();
    return result;
}

Outcome<PriceBookEdit> PriceBookEditor::changePrice(qint64 offerId, const QString &text)
{
    const Outcome<PriceBookEdit> edit = m_service.typedPrice(offerId, text);
    return edit ? perform(edit.value()) : edit;
}

} // namespace gpucompare
