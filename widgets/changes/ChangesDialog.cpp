#include "ChangesDialog.h"

#include "ShownCurrency.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

enum Column
{
    ChangeColumn,
    ProviderColumn,
    InstanceColumn,
    PricingColumn,
    RegionColumn,
    OldHourColumn,
    NewHourColumn,
    OldGpuHourColumn,
    NewGpuHourColumn,
    MoveColumn,
    DateColumn,
    ColumnCount
};

QString usd(const std::optional<Money> &price)
{
    // As the price table shows prices: in the shown currency (View › Currency) and the user's
    // locale, with four decimals where a dollar price has more than cents.
    if (!price)
        return u"–"_s;
    return shownCurrency().text(*price, price->micros() % 10000 ? 4 : 2, QLocale());
}

} // namespace

ChangesDialog::ChangesDialog(Reader read, QWidget *parent)
    : QDialog(parent)
    , m_read(std::move(read))
{
    setObjectName(u"changesDialog"_s);
    setWindowTitle(tr("Changes"));
    auto *layout = new QVBoxLayout(this);

    auto *choice = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"changesPeriod"_s);
    m_period->addItem(tr("What the last update changed"));
    m_period->addItem(tr("Every update since"));
    label->setBuddy(m_period);
    m_since = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_since->setObjectName(u"changesSince"_s);
    m_since->setAccessibleName(tr("Since"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_since->setMaximumDate(QDate::currentDate());
    m_since->setEnabled(false);
    choice->addWidget(label);
    choice->addWidget(m_period);
    choice->addWidget(m_since);
    choice->addStretch();
    layout->addLayout(choice);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"changesSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_pages = new QStackedWidget(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"changesTree"_s);
    m_tree->setAccessibleName(tr("Changes by GPU"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Change"), tr("Provider"), tr("Instance"), tr("Pricing"), tr("Region"),
         tr("Old %1/h").arg(shownCurrency().symbol()), tr("New %1/h").arg(shownCurrency().symbol()),
         tr("Old %1/GPU-h").arg(shownCurrency().symbol()),
         tr("New %1/GPU-h").arg(shownCurrency().symbol()), tr("Move"), tr("Updated")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_pages->addWidget(m_tree);
    // The empty state says what would be here and how to get it, rather than an empty grid.
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"changesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_since->setEnabled(index == 1);
        refresh();
    });
    connect(m_since, &QDateEdit::dateChanged, this, [this] { refresh(); });
    resize(980, 520);
    refresh();
}

void ChangesDialog::showSince(const QDate &day)
{
    const QSignalBlocker blockPeriod(m_period);
    const QSignalBlocker blockSince(m_since);
    m_period->setCurrentIndex(day.isValid() ? 1 : 0);
    m_since->setEnabled(day.isValid());
    if (day.isValid())
        m_since->setDate(day);
    refresh();
}

void ChangesDialog::refresh()
{
    const QDate since = m_period->currentIndex() == 1 ? m_since->date() : QDate();
    const Outcome<QList<UpdateChange>> changes = m_read(since);
    if (!changes) {
        m_tree->clear();
        m_summary->setText(u"<span style='color:%1'>%2</span>"_s.arg(
            errorTextColor(palette()),
            tr("The changes could not be read: %1").arg(changes.error().toHtmlEscaped())));
        m_empty->setText(QString());
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    fill(changes.value());
}

bool ChangesDialog::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

QString ChangesDialog::kindText(UpdateChange::Kind kind) const
{
    switch (kind) {
    case UpdateChange::Kind::New:
        return tr("New offer");
    case UpdateChange::Kind::Drop:
        return tr("Price drop");
    case UpdateChange::Kind::Rise:
        return tr("Price rise");
    case UpdateChange::Kind::Gone:
        return tr("No longer listed");
    }
    return {};
}

void ChangesDialog::fill(const QList<UpdateChange> &changes)
{
    m_tree->clear();
    const bool lastUpdate = m_period->currentIndex() == 0;
    if (changes.isEmpty()) {
        m_summary->setText(QString());
        m_empty->setText(
            lastUpdate
                ? tr("<p style='font-size:large'><b>No changes to show</b></p><p>Each update from "
                     "the public catalogs records the offers it adds, the prices that drop or "
                     "rise and the offers no longer listed. None has changed anything in this "
                     "price book yet.</p><p>File › Update Prices… reads the catalogs now.</p>")
                : tr("<p style='font-size:large'><b>No changes since %1</b></p><p>No update on "
                     "or after that day changed an offer or a price. Choose an earlier day, or "
                     "update the prices with File › Update Prices….</p>")
                      .arg(QLocale().toString(m_since->date(), QLocale::LongFormat)));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    const QString drop = u"#1a7f37"_s;
    const QString rise = errorTextColor(palette());
    int counts[4] = {0, 0, 0, 0};
    QTreeWidgetItem *group = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QLocale locale;
    for (const UpdateChange &c : changes) {
        ++counts[int(c.kind)];
        if (!group || group->text(ChangeColumn) != c.gpuModel) {
            group = new QTreeWidgetItem(m_tree, {c.gpuModel});
            group->setFont(ChangeColumn, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        QString move;
        if (c.kind == UpdateChange::Kind::Drop || c.kind == UpdateChange::Kind::Rise)
            move = locale.toString(c.relativeChange() * 100, 'f', 1) + u" %"_s;
        auto *item = new QTreeWidgetItem(
            group,
            {kindText(c.kind), c.provider, c.instanceType, pricingModelDisplayName(c.pricing),
             c.region.isEmpty() ? u"–"_s : c.region, usd(c.oldPrice), usd(c.newPrice),
             usd(c.oldPerGpuHour()), usd(c.newPerGpuHour()), move,
             locale.toString(c.updatedOn, QLocale::ShortFormat)});
        for (int column = OldHourColumn; column <= MoveColumn; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (c.kind == UpdateChange::Kind::Drop || c.kind == UpdateChange::Kind::Rise) {
            const QColor colour(c.kind == UpdateChange::Kind::Drop ? drop : rise);
            item->setForeground(MoveColumn, colour);
            item->setForeground(ChangeColumn, colour);
        }
        item->setToolTip(InstanceColumn, c.source);
    }
    // Each GPU's title names how many of its offers changed.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        top->setText(
            ChangeColumn,
            tr("%1 (%n changes)", nullptr, top->childCount()).arg(top->text(ChangeColumn)));
    }
    m_summary->setText(tr("%n changes: %1 new offers, %2 price drops, %3 price rises, %4 no "
                          "longer listed.",
                          nullptr, int(changes.size()))
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(counts[3]));
    for (int column = 0; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    m_pages->setCurrentWidget(m_tree);
}

} // namespace gpucompare
