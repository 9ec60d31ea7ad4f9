#include "TableColumns.h"

#include "MeasuringDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

TableColumns::TableColumns(QTableView *view, const QString &settingsKey, QList<int> order,
                           QList<int> hidden, QList<int> textColumns, int leading)
    : QObject(view)
    , m_view(view)
    , m_key(u"Tables/"_s + settingsKey)
    , m_order(std::move(order))
    , m_hidden(std::move(hidden))
    , m_textColumns(std::move(textColumns))
    , m_leading(leading)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setTextElideMode(Qt::ElideRight);
    m_view->setTextElideMode(Qt::ElideRight);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu *menu = createMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(at));
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_fitting) // a drag by the user, not the defaults being laid out
            save();
    });
    connect(header, &QHeaderView::sectionResized, this, [this] {
        // A drag of a column's edge: from now on the user's widths are kept.
        if (!m_fitting && m_view->isVisible()) {
            m_userWidths = true;
            save();
        }
    });
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    // The view's own default delegate becomes one that measures each distinct cell once per
    // fit; a delegate of the view's choosing stays (its sizes are its own).
    if (m_view->itemDelegate() &&
        m_view->itemDelegate()->metaObject() == &QStyledItemDelegate::staticMetaObject) {
        QAbstractItemDelegate *plain = m_view->itemDelegate();
        m_measuring = new MeasuringDelegate(m_view);
        m_view->setItemDelegate(m_measuring);
        if (plain->parent() == m_view)
            delete plain;
    }
    // A model reset (new rows) makes the header forget hidden and moved sections: put the
    // user's back.
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_state.isEmpty())
            return;
        m_fitting = true;
        m_view->horizontalHeader()->restoreState(m_state);
        m_fitting = false;
    });
    // The kept state holds the sort indicator too: a reset must not turn the user's sort back
    // to the one of the last fit (an import then showed dearest-first rows cheapest first).
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_state.isEmpty())
            m_state = m_view->horizontalHeader()->saveState();
    });
    // Whatever changes what the rows show, or their order, asks for the next fit to measure.
    const QAbstractItemModel *model = m_view->model();
    const auto contentChanged = [this] {
        this->contentChanged();
    };
    connect(model, &QAbstractItemModel::modelReset, this, contentChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, contentChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, contentChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, contentChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, contentChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, contentChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, contentChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, contentChanged);
    connect(model, &QAbstractItemModel::columnsRemoved, this, contentChanged);
    // Qt measures the rows from the first one in view: scrolled, others are measured.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, contentChanged);
    applyDefaults();
    restore();
}

TableColumns::~TableColumns() = default;

void TableColumns::contentChanged()
{
    m_fittedWidth = -1;
    m_contentWidths.clear();
}

void TableColumns::applyDefaults()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_fitting = true;
    const QScopeGuard remember([this, header] {
        m_state = header->saveState();
        m_fitting = false;
    });
    const int count = header->count();
    int visual = 0;
    for (int logical : std::as_const(m_order)) {
        if (logical < count)
            header->moveSection(header->visualIndex(logical), visual++);
    }
    for (int logical = 0; logical < count; ++logical)
        header->setSectionHidden(logical, m_hidden.contains(logical));
    contentChanged(); // other columns shown: measured again
}

void TableColumns::restore()
{
    QSettings settings;
    const QByteArray state = settings.value(m_key + u"/header"_s).toByteArray();
    if (state.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int count = header->count();
    m_fitting = true;
    const QScopeGuard done([this] { m_fitting = false; });
    // A state saved with another set of columns (an older version) does not apply.
    if (settings.value(m_key + u"/columns"_s).toInt() != count || !header->restoreState(state)) {
        applyDefaults();
        return;
    }
    m_userWidths = settings.value(m_key + u"/userWidths"_s).toBool();
    m_state = state;
    contentChanged();
}

void TableColumns::save()
{

    m_state = m_view->horizontalHeader()->saveState();
    QSettings settings;
    settings.setValue(m_key + u"/header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(m_key + u"/columns"_s, m_view->horizontalHeader()->count());
    settings.setValue(m_key + u"/userWidths"_s, m_userWidths);
}

void TableColumns::reset()
{

    QSettings settings;
    settings.remove(m_key);
    m_userWidths = false;
    applyDefaults();
    fitWidths();
}

void TableColumns::setColumnVisible(int logical, bool visible)
{

    QHeaderView *header = m_view->horizontalHeader();
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return;       // a table keeps one column
    m_fitting = true; // hiding resizes the section to 0: not the user's width
    header->setSectionHidden(logical, !visible);
    m_fitting = false;
    contentChanged();
    if (visible && !m_userWidths)
        fitWidths();
    save();
}

QMenu *TableColumns::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"columnsMenu"_s);
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action =
            menu->addAction(model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setData(logical);
        connect(action, &QAction::toggled, this,
                [this, logical](bool on) { setColumnVisible(logical, on); });
    }
    menu->addSeparator();
    QAction *resetAction = menu->addAction(tr("&Reset Columns"));
    resetAction->setObjectName(u"resetColumns"_s);
    connect(resetAction, &QAction::triggered, this, &TableColumns::reset);
    return menu;
}

void TableColumns::fitWidths()
{
    if (m_userWidths)
        return;
    // Hidden (a panel filled before the window shows, a tab not in view), the fit waits for
    // the view's next resize or show: the widths it would give are never seen.
    if (!m_view->isVisible()) {
        m_fitDue = true;
        return;
    }
    fitNow();
}

void TableColumns::fitNow()
{
    if (m_userWidths)
        return;
    m_fitDue = false;
    QHeaderView *header = m_view->horizontalHeader();
    m_fitting = true;
    m_fittedWidth = m_view->viewport()->width();
    applyContentWidths();
    const QScopeGuard remember([this] { m_state = m_view->horizontalHeader()->saveState(); });
    const int available = m_view->viewport()->width();
    // The leading visible columns, in visual order.
    QList<int> leading;
    for (int visual = 0; visual < header->count() && leading.size() < m_leading; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            leading.append(logical);
    }
    int needed = 0;
    for (int logical : std::as_const(leading))
        needed += header->sectionSize(logical);
    // Narrow the text columns among them, widest first, down to their header's width, until
    // the leading columns fit; their cells elide ("Microsoft Az…", the full text in a tooltip).
    while (available > 0 && needed > available) {
        int widest = -1;
        int slack = 0;
        for (int logical : std::as_const(leading)) {
            if (!m_textColumns.contains(logical))
                continue;
            // Room for the header and about seven characters ("H100 S…", "Microso…").
            const int floor = std::max(header->sectionSizeHint(logical),
                                       m_view->fontMetrics().horizontalAdvance(u"0"_s) * 8);
            const int room = header->sectionSize(logical) - floor;
            if (room > slack) {
                slack = room;
                widest = logical;
            }
        }
        if (widest < 0)
            break;
        const int cut = std::min(slack, std::max(4, (needed - available + 1) / 2));
        header->resizeSection(widest, header->sectionSize(widest) - cut);
        needed -= cut;
    }
    m_fitting = false;
}

void TableColumns::applyContentWidths()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (m_contentWidths.size() == header->count()) {
        for (int logical = 0; logical < header->count(); ++logical) {
            if (!header->isSectionHidden(logical))
                header->resizeSection(logical, m_contentWidths.at(logical));
        }
        return;
    }
    if (m_measuring)
        m_measuring->beginMeasuring();
    m_view->resizeColumnsToContents();
    if (m_measuring)
        m_measuring->endMeasuring();
    fitWidestTexts();
    m_contentWidths.clear();
    for (int logical = 0; logical < header->count(); ++logical)
        m_contentWidths.append(header->sectionSize(logical));
}

void TableColumns::fitWidestTexts()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    QFont bold = m_view->font();
    bold.setBold(true); // the cheapest row is bold
    const QFontMetrics metrics(bold);
    // QStyledItemDelegate's text margins, one focus-frame margin and a pixel each side, and a
    // few pixels of breathing room.
    const int margins =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 6;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QStringList texts =
            model->headerData(logical, Qt::Horizontal, kWidestTextRole).toStringList();
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, metrics.horizontalAdvance(text));
        if (widest > 0 && header->sectionSize(logical) < widest + margins)
            header->resizeSection(logical, widest + margins);
    }
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept at construction: the filter also sees the events of the
    // view's destruction, when m_view is no longer a QTableView to ask (UBSan's report).
    if (watched != m_viewport)
        return QObject::eventFilter(watched, event);
    // Another theme or font measures the same rows to other widths.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        contentChanged();
    // A resize also comes to a view never shown when it is drawn into an image (grab()).
    if (event->type() == QEvent::Resize && !m_userWidths && m_viewport->width() != m_fittedWidth)
        fitNow();
    // Shown at the size it had, after rows changed while it was hidden.
    if (event->type() == QEvent::Show && m_fitDue)
        fitNow();
    return QObject::eventFilter(watched, event);
}

} // namespace gpucompare
