#include "RecordEditor.h"

#include "FitToScreen.h"
#include "FormFields.h"
#include "PriceBookEditor.h"
#include "Theme.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

/// The records of the list, id under Qt::UserRole. A plain list model: the offers list holds
/// every offer of the book, 100,000 in a catalog-sized one.
class RecordListModel final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setRecords(QList<std::pair<qint64, QString>> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_records.size(); ++i) {
            if (m_records.at(i).first == id)
                return i;
        }
        return -1;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const auto &[id, text] = m_records.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return text;
        if (role == Qt::UserRole)
            return id;
        return {};
    }

private:
    QList<std::pair<qint64, QString>> m_records;
};

RecordEditor::RecordEditor(PriceBookEditor *editor, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setWindowTitle(title);
    m_ask = [](QWidget *owner, const QString &question, QMessageBox::StandardButtons buttons) {
        return QMessageBox::question(owner, QApplication::applicationDisplayName(), question,
                                     buttons);
    };

    m_records = new RecordListModel(this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_records);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"recordFilter"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    m_list = new QListView;
    m_list->setObjectName(u"recordList"_s);
    m_list->setModel(m_filtered);
    m_list->setUniformItemSizes(true);        // constant-time layout for 100,000 offers
    m_list->setAlternatingRowColors(true);    // two-line entries stay apart
    m_list->setTextElideMode(Qt::ElideRight); // the whole text is in the tooltip
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Records"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New"));
    m_new->setObjectName(u"newRecord"_s);
    m_delete = new QPushButton(tr("&Delete…"));
    m_delete->setObjectName(u"deleteRecord"_s);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    auto *formPage = new QWidget;
    auto *right = new QVBoxLayout(formPage);
    m_form = new QFormLayout;
    right->addLayout(m_form);
    m_below = new QVBoxLayout;
    right->addLayout(m_below);
    right->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formPage);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);

    m_fields = new FormFields(m_form, this);
    connect(m_fields, &FormFields::edited, this, &RecordEditor::refreshState);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordEditor::onCurrentChanged);
    connect(m_new, &QPushButton::clicked, this, &RecordEditor::startNew);
    connect(m_delete, &QPushButton::clicked, this, &RecordEditor::deleteCurrent);
    // Undo from the main window, or an edit made by the form itself that is not Save (an
    // offer's added price): show the book as it now is unless the user is typing.
    connect(m_editor, &PriceBookEditor::changed, this, [this] {
        if (!hasUnsavedChanges())
            reloadAll();
    });
    // Ctrl+Z and Ctrl+Shift+Z in the dialog too (a text field keeps its own undo while focused).
    QAction *undo = m_editor->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    resize(900, 600);
    keepFittedToScreen(this); // also the forms that ask for more (OfferEditor)
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::finishSetUp()
{
    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *box = new QDialogButtonBox;
    m_save = box->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"save"_s);
    m_revert = box->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(u"revert"_s);
    QPushButton *close = box->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"close"_s);
    m_save->setAutoDefault(false);
    m_revert->setAutoDefault(false);
    close->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(close, &QPushButton::clicked, this, &RecordEditor::reject);
    auto *bottom = static_cast<QVBoxLayout *>(layout());
    bottom->addWidget(m_status);
    bottom->addWidget(box);
    m_status->setVisible(false);
    // The list is for finding a record; the form gets the room (long offer names elide and
    // show whole in their tooltip).
    m_splitter->setSizes({width() * 3 / 10, width() * 7 / 10});

    m_loadedValues = m_fields->values() + extraValues(); // nothing typed yet
    if (!readRecordsOrSayWhy()) {
        // Nothing to edit in a book that cannot be read: the reason, and no Save.
        m_splitter->setEnabled(false);
        m_save->setEnabled(false);
        m_new->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    m_loadedValues = m_fields->values() + extraValues(); // nothing typed yet
    if (m_records->rowCount() > 0)
        m_list->setCurrentIndex(m_filtered->index(0, 0));
    else
        startNew();
}

bool RecordEditor::readRecordsOrSayWhy()
{
    Outcome<RecordList> records = readRecords();
    if (!records) {
        showStatus(tr("The price book could not be read: %1").arg(records.error()), true);
        return false;
    }
    m_records->setRecords(std::move(records).value());
    return true;
}

QSqlDatabase RecordEditor::database() const
{
    return m_editor->database();
}

QMessageBox::StandardButton RecordEditor::ask(const QString &question,
                                              QMessageBox::StandardButtons buttons)
{
    return m_ask(this, question, buttons);
}

QString RecordEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void RecordEditor::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: %1;"_s.arg(errorTextColor(palette())) : QString());
    m_status->setVisible(!message.isEmpty());
}

void RecordEditor::showUnreadableRecord(const QString &why)
{
    showStatus(tr("Could not read the record: %1").arg(why), true);
}

bool RecordEditor::hasUnsavedChanges() const
{
    return !m_switching && (m_fields->values() + extraValues()) != m_loadedValues;
}

void RecordEditor::refreshState()
{
    if (!m_save)
        return;
    const bool dirty = hasUnsavedChanges();
    const bool acceptable = m_fields->isAcceptable() && extraAcceptable();
    m_save->setEnabled(dirty && acceptable && !m_editor->isReadOnly());
    m_revert->setEnabled(dirty);
    m_delete->setEnabled(m_currentId.has_value() && !m_editor->isReadOnly());
    if (m_editor->isReadOnly())
        showStatus(tr("The price book is open read-only; edits cannot be saved."), false);
}

void RecordEditor::showRecord(std::optional<qint64> id)
{
    m_switching = true;
    m_fields->setLoading(true);
    m_currentId = id;
    if (const Status loaded = loadRecord(id); !loaded)
        showUnreadableRecord(loaded.error());
    m_fields->setLoading(false);
    m_fields->validate();
    m_loadedValues = m_fields->values() + extraValues();
    m_switching = false;
    refreshState();
}

void RecordEditor::selectInList(std::optional<qint64> id)
{
    const QSignalBlocker blocker(m_list->selectionModel());
    const int row = id ? m_records->rowOf(*id) : -1;
    QModelIndex index =
        row >= 0 ? m_filtered->mapFromSource(m_records->index(row, 0)) : QModelIndex();
    if (row >= 0 && !index.isValid()) { // filtered out: show it anyway
        m_filter->clear();
        index = m_filtered->mapFromSource(m_records->index(row, 0));
    }
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
    else
        m_list->clearSelection();
    // The blocked selection model told the view nothing: without a repaint the list kept
    // highlighting the row clicked while the form showed the record it stayed on.
    m_list->viewport()->update();
}

void RecordEditor::onCurrentChanged()
{
    const QModelIndex index = m_list->currentIndex();
    const std::optional<qint64> id =
        index.isValid() ? std::optional<qint64>(index.data(Qt::UserRole).toLongLong())
                        : std::nullopt;
    if (id == m_currentId)
        return;
    if (!settleUnsavedChanges()) {
        selectInList(m_currentId); // stay on the record being edited
        return;
    }
    showStatus({}, false);
    showRecord(id);
}

bool RecordEditor::settleUnsavedChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = ask(tr("This record has unsaved changes. Save them?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool RecordEditor::selectRecord(qint64 id)
{
    if (m_records->rowOf(id) < 0)
        return false;
    if (id == m_currentId)
        return true;
    if (!settleUnsavedChanges())
        return false;
    selectInList(id);
    showStatus({}, false);
    showRecord(id);
    return true;
}

void RecordEditor::startNew()
{
    if (!settleUnsavedChanges())
        return;
    selectInList(std::nullopt);
    showStatus({}, false);
    showRecord(std::nullopt);
    if (QWidget *first = m_fields->firstEditor())
        first->setFocus();
}

bool RecordEditor::save()
{
    if (!m_fields->validate() || !extraAcceptable()) {
        showStatus(tr("Not saved: correct the fields marked above."), true);
        refreshState();
        return false;
    }
    const Outcome<PriceBookEdit> built = saveEdit(m_currentId);
    if (!built) {
        showStatus(tr("Not saved: %1. The price book is as it was.").arg(built.error()), true);
        return false;
    }
    const Outcome<PriceBookEdit> written = m_editor->perform(built.value());
    if (!written) {
        showStatus(tr("Not saved: %1. The price book is as it was.").arg(written.error()), true);
        return false;
    }
    // A new record: the edit as written names it by the id the book gave it.
    const qint64 id = m_currentId ? *m_currentId : written.value().firstRowId();
    m_currentId = id;
    m_loadedValues = m_fields->values() + extraValues(); // saved: no longer unsaved
    reloadAll();
    showStatus(tr("Saved. Edit › Undo takes it back."), false);
    return true;
}

void RecordEditor::revert()
{
    showStatus({}, false);
    showRecord(m_currentId);
}

void RecordEditor::reloadAll()
{
    if (!readRecordsOrSayWhy())
        return;
    if (m_currentId && m_records->rowOf(*m_currentId) < 0)
        m_currentId.reset(); // undone or deleted: nothing to show
    selectInList(m_currentId);
    showRecord(m_currentId);
}

bool RecordEditor::deleteCurrent()
{
    if (!m_currentId)
        return false;
    const Outcome<QString> question = deleteQuestion(*m_currentId);
    if (!question) {
        showStatus(tr("Not deleted: %1").arg(question.error()), true);
        return false;
    }
    const Outcome<PriceBookEdit> edit = deleteEdit(*m_currentId);
    if (!edit) {
        showStatus(tr("Not deleted: %1").arg(edit.error()), true);
        return false;
    }
    if (ask(question.value(), QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (const Outcome<PriceBookEdit> written = m_editor->perform(edit.value()); !written) {
        showStatus(tr("Not deleted: %1. The price book is as it was.").arg(written.error()), true);
        return false;
    }
    m_currentId.reset();
    m_loadedValues.clear();
    reloadAll();
    showStatus(tr("Deleted. Edit › Undo brings it back."), false);
    return true;
}

void RecordEditor::closeEvent(QCloseEvent *event)
{
    if (settleUnsavedChanges())
        event->accept();
    else
        event->ignore();
}

void RecordEditor::reject()
{
    if (settleUnsavedChanges())
        QDialog::reject();
}

} // namespace gpucompare
