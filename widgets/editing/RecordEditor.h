#pragma once

#include "Outcome.h"
#include "PriceBookEdit.h"

#include <QDialog>
#include <QMessageBox>
#include <QSqlDatabase>
#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QVBoxLayout;

namespace gpucompare {

class FormFields;
class PriceBookEditor;
class RecordListModel;

/// A dialog that edits one kind of record of the price book: a filterable list on the left,
/// the selected record's form on the right, Save and Revert under it.
///
/// The idiom is QDataWidgetMapper's (a list, a form mapped to the current record, submit and
/// revert), but each Save becomes one undoable PriceBookEdit instead of a write through a SQL
/// model, and the form keeps its own copy until Save: a half-typed value never reaches the
/// file. Leaving a record or closing with unsaved changes asks first.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    /// How the dialog asks a question (tests answer without a message box).
    using Asker = std::function<QMessageBox::StandardButton(
        QWidget *parent, const QString &question, QMessageBox::StandardButtons buttons)>;

    ~RecordEditor() override;

    /// Shows the record with this id; returns false when there is none (or the user stayed).
    bool selectRecord(qint64 id);
    /// Clears the form for a new record.
    void startNew();
    std::optional<qint64> currentId() const { return m_currentId; }
    bool hasUnsavedChanges() const;
    /// Saves the form as one undoable edit; returns whether it was written.
    bool save();
    /// Puts the form back to the record as saved.
    void revert();
    /// Deletes the current record after asking; returns whether it was deleted.
    bool deleteCurrent();
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    /// The line under the form: the last failure ("Could not save: the disk is full").
    QString statusText() const;

protected:
    RecordEditor(PriceBookEditor *editor, const QString &title, QWidget *parent);

    /// Call at the end of the subclass constructor, after the fields exist: adds the buttons
    /// (so the tab order runs list, form, buttons) and loads the list.
    void finishSetUp();

    QFormLayout *formLayout() const { return m_form; }
    /// Room under the form for what is not a field (an offer's price history).
    QVBoxLayout *belowForm() const { return m_below; }
    FormFields *fields() const { return m_fields; }
    PriceBookEditor *editor() const { return m_editor; }
    QSqlDatabase database() const;
    QMessageBox::StandardButton ask(const QString &question, QMessageBox::StandardButtons buttons);
    void showStatus(const QString &message, bool error);
    /// "Could not read the record: …" in the status line.
    void showUnreadableRecord(const QString &why);
    /// Recomputes Save and Revert; subclasses call it when state outside the fields changes.
    void refreshState();
    /// Reads the list and the current record again (after an edit that is not the form's Save).
    void reloadAll();

    // The hooks read the book through PriceBookEdits.h: each says why when it cannot, and the
    // dialog shows that in the status line (issue 31).

    /// The records for the list: id and the text to show and filter on.
    using RecordList = QList<std::pair<qint64, QString>>;
    virtual Outcome<RecordList> readRecords() const = 0;
    /// Fills the form with a record, or with a new record's defaults for nullopt.
    virtual Status loadRecord(std::optional<qint64> id) = 0;
    /// The edit that saves the form, not applied.
    virtual Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const = 0;
    /// The edit that deletes a record, not applied.
    virtual Outcome<PriceBookEdit> deleteEdit(qint64 id) const = 0;
    /// The question before deleting, naming what goes with the record.
    virtual Outcome<QString> deleteQuestion(qint64 id) const = 0;
    /// Whether the form as a whole is acceptable beyond its fields (for example a share total).
    virtual bool extraAcceptable() const { return true; }
    /// State outside the fields that counts as unsaved changes (table rows).
    virtual QStringList extraValues() const { return {}; }

    void closeEvent(QCloseEvent *event) override;

public:
    /// Close, Escape: asks first when there are unsaved changes.
    void reject() override;

protected:
private:
    /// Reads the list; when the book cannot be read, says why in the status line instead.
    bool readRecordsOrSayWhy();
    void showRecord(std::optional<qint64> id);
    void onCurrentChanged();
    /// Asks to save or discard unsaved changes; false when the user chose to stay.
    bool settleUnsavedChanges();
    void selectInList(std::optional<qint64> id);

    PriceBookEditor *m_editor;
    RecordListModel *m_records = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_below = nullptr;
    QSplitter *m_splitter = nullptr;
    FormFields *m_fields = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
    Asker m_ask;
    std::optional<qint64> m_currentId;
    QStringList m_loadedValues;
    bool m_switching = false;
};

} // namespace gpucompare
