#pragma once

#include "Outcome.h"
#include "UpdateChange.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace gpucompare {

/// View › Changes: what the last update changed, or every update since a chosen day, grouped
/// per GPU with new offers, drops and rises (largest first) and offers no longer listed: the
/// same as `gpucompare changes`. Not modal, so the window stays usable beside it.
class ChangesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Reads the changes: an invalid date means the last update's (readUpdateChanges()).
    using Reader = std::function<Outcome<QList<UpdateChange>>(const QDate &since)>;

    explicit ChangesDialog(Reader read, QWidget *parent = nullptr);

    /// Reads the changes again for the period chosen (after an update).
    void refresh();
    /// Shows every update's changes since `day` (invalid: the last update's).
    void showSince(const QDate &day);

    /// The tree of changes (tests and the README's screenshot).
    QTreeWidget *tree() const { return m_tree; }
    /// The line above the tree: how many changes of which kind, or why none.
    QLabel *summary() const { return m_summary; }
    /// Whether the empty state shows instead of the tree.
    bool isShowingEmptyState() const;

private:
    void fill(const QList<UpdateChange> &changes);
    QString kindText(UpdateChange::Kind kind) const;

    Reader m_read;
    QComboBox *m_period = nullptr;
    QDateEdit *m_since = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace gpucompare
