#include "SnapshotEditor.h"

#include "EditorChecks.h"
#include "FormFields.h"
#include "UserNumber.h"
#include "Validation.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// Provider cells complete from the providers of the book.
class ProviderDelegate final : public QStyledItemDelegate
{
public:
    ProviderDelegate(const QStringList *names, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_names(names)
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            auto *completer = new QCompleter(*m_names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    const QStringList *m_names;
};

QString percentCell(const std::optional<double> &value)
{
    return value ? formatUserNumber(*value) : QString();
}

} // namespace

SnapshotEditor::SnapshotEditor(PriceBookEditor *editor, QWidget *parent)
    : RecordEditor(editor, tr("Market Share"), parent)
{
    FormFields *f = fields();
    m_period = f->addLine(
        tr("&Period:"), u"period"_s,
        [this](const QString &text) { return validation::checkName(tr("Period"), text); },
        u"2025-Q2"_s);
    m_scope = f->addLine(
        tr("S&cope:"), u"scope"_s,
        [this](const QString &text) { return validation::checkName(tr("Scope"), text); },
        tr("what is measured, e.g. Cloud infrastructure services, worldwide"));
    m_sourceName = f->addLine(
        tr("Source &name:"), u"sourceName"_s,
        [this](const QString &text) { return checkSource(text); }, u"Synergy Research Group"_s);
    m_sourceUrl = f->addLine(
        tr("Source &URL:"), u"sourceUrl"_s,
        [this](const QString &text) {
            return validation::checkUrl(tr("Source URL"), text.trimmed());
        },
        u"https://"_s);
    m_publishedOn = f->addLine(
        tr("Pu&blished on:"), u"publishedOn"_s,
        [this](const QString &text) {
            return validation::checkDate(tr("Published on"), text.trimmed());
        },
        u"YYYY-MM-DD"_s);
    m_estimate =
        f->addCheckBox(tr("These figures are &estimates, not measured shares"), u"estimate"_s);
    m_notes = f->addText(tr("N&otes:"), u"notes"_s, [this](const QString &text) {
        return validation::checkText(tr("Notes"), text);
    });

    auto *entriesBox = new QWidget;
    entriesBox->setObjectName(u"entries"_s);
    auto *column = new QVBoxLayout(entriesBox);
    column->setContentsMargins(0, 0, 0, 0);
    m_entries = new QTableWidget(0, EntryColumnCount);
    m_entries->setObjectName(u"entriesTable"_s);
    m_entries->setAccessibleName(tr("Market-share entries"));
    m_entries->setHorizontalHeaderLabels(
        {tr("Label"), tr("Provider"), tr("Share %"), tr("Low %"), tr("High %")});
    m_entries->setToolTip(tr("Provider: the provider of the book the label stands for, or empty. "
                             "Low and high: the range the source gives, when it gives one."));
    m_entries->verticalHeader()->setVisible(false);
    m_entries->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_entries->horizontalHeader()->setSectionResizeMode(Provider, QHeaderView::Stretch);
    m_entries->setMinimumHeight(m_entries->fontMetrics().lineSpacing() * 10);
    m_entries->setItemDelegateForColumn(Provider, new ProviderDelegate(&m_providerNames, this));
    m_entries->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Entry"));
    add->setObjectName(u"addEntry"_s);
    auto *remove = new QPushButton(tr("&Remove Entry"));
    remove->setObjectName(u"removeEntry"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    m_total = new QLabel;
    m_total->setObjectName(u"total"_s);
    buttons->addWidget(m_total);
    column->addWidget(m_entries);
    column->addLayout(buttons);
    f->addCustom(tr("En&tries:"), entriesBox, [this](const QString &) { return checkEntries(); });
    // The caption's mnemonic lands in the table, not on the box around it.
    if (auto *caption =
            qobject_cast<QLabel *>(formLayout()->labelForField(entriesBox->parentWidget())))
        caption->setBuddy(m_entries);

    connect(m_entries, &QTableWidget::itemChanged, this, &SnapshotEditor::entriesEdited);
    connect(add, &QPushButton::clicked, this, &SnapshotEditor::addEntryRow);
    connect(remove, &QPushButton::clicked, this, &SnapshotEditor::removeSelectedEntry);
    resize(980, 720);
    finishSetUp();
}

QString SnapshotEditor::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_entries->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString SnapshotEditor::checkSource(const QString &text) const
{
    QString reason = validation::checkName(tr("Source name"), text);
    if (!reason.isEmpty())
        return reason;
    const QString period = validation::normalizedName(m_period->text());
    const QString scope = validation::normalizedName(m_scope->text());
    const QString source = validation::normalizedName(text);
    for (const SnapshotRecord &r : std::as_const(m_snapshots)) {
        if (r.id != currentId() && r.snapshot.period == period && r.snapshot.scope == scope &&
            r.snapshot.sourceName == source)
            return tr("This source already has a snapshot for this period and scope.");
    }
    return {};
}

QString SnapshotEditor::checkEntries() const
{
    QSet<QString> labels;
    double total = 0;
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const QString where = tr("Entry %1").arg(row + 1);
        const QString label = cell(row, Label);
        QString reason = validation::checkName(where + u", "_s + tr("label"), label);
        if (!reason.isEmpty())
            return reason;
        if (labels.contains(label.toCaseFolded()))
            return tr("%1: the label \"%2\" appears twice.").arg(where, label);
        labels.insert(label.toCaseFolded());
        const QString provider = cell(row, Provider);
        if (!provider.isEmpty() && !m_providerNames.contains(provider)) {
            return tr("%1: no provider is named \"%2\" (leave it empty or add the provider "
                      "under Data › Providers).")
                .arg(where, provider);
        }
        std::optional<double> values[3];
        const int columns[3] = {Share, Low, High};
        const QString names[3] = {tr("share"), tr("low"), tr("high")};
        for (int i = 0; i < 3; ++i) {
            const QString text = cell(row, columns[i]);
            if (text.isEmpty()) {
                if (i == 0)
                    return tr("%1: the share is required.").arg(where);
                continue;
            }
            const UserNumber number = readUserNumber(text);
            if (number.ambiguous)
                return numberProblem(where + u", "_s + names[i], text, number);
            values[i] = number.value;
            if (!values[i])
                return tr("%1: the %2 is not a number: \"%3\".").arg(where, names[i], text);
            reason = validation::checkPercent(where + u", "_s + names[i], *values[i]);
            if (!reason.isEmpty())
                return reason;
        }
        if (values[1] && values[2] && *values[1] > *values[2]) {
            return tr("%1: low %2 % is above high %3 %.")
                .arg(where, formatUserNumber(*values[1]), formatUserNumber(*values[2]));
        }
        total += *values[0];
    }
    if (total > 100.0 + 1e-9)
        return tr("The shares add up to %1 %, above 100 %.").arg(formatUserNumber(total));
    return {};
}

QString SnapshotEditor::totalText() const
{
    double total = 0;
    for (int row = 0; row < m_entries->rowCount(); ++row)
        total += parseUserNumber(cell(row, Share)).value_or(0);
    if (total > 100.0 + 1e-9)
        return tr("Total %1 %").arg(formatUserNumber(total));
    return tr("Total %1 % · Others %2 %")
        .arg(formatUserNumber(total), formatUserNumber(std::max(0.0, 100.0 - total)));
}

void SnapshotEditor::entriesEdited()
{
    m_total->setText(totalText());
    fields()->validate();
    refreshState();
}

void SnapshotEditor::addEntryRow()
{
    const int row = m_entries->rowCount();
    m_entries->insertRow(row);
    m_entries->setCurrentCell(row, Label);
    entriesEdited();
    m_entries->setFocus();
    m_entries->editItem(m_entries->item(row, Label));
}

void SnapshotEditor::removeSelectedEntry()
{
    const int row = m_entries->currentRow();
    if (row < 0)
        return;
    m_entries->removeRow(row);
    entriesEdited();
}

Outcome<RecordEditor::RecordList> SnapshotEditor::readRecords() const
{
    Outcome<QList<SnapshotRecord>> snapshots = snapshotRecords(database());
    if (!snapshots)
        return Outcome<RecordList>::failure(snapshots.error());
    m_snapshots = std::move(snapshots).value();
    const Outcome<QList<ProviderRecord>> providers = providerRecords(database());
    if (!providers)
        return Outcome<RecordList>::failure(providers.error());
    m_providerNames.clear();
    for (const ProviderRecord &p : providers.value())
        m_providerNames.append(p.provider.name);
    RecordList records;
    for (const SnapshotRecord &r : std::as_const(m_snapshots)) {
        records.append({r.id, u"%1 · %2 · %3"_s.arg(r.snapshot.period, r.snapshot.scope,
                                                    r.snapshot.sourceName)});
    }
    return records;
}

Status SnapshotEditor::loadRecord(std::optional<qint64> id)
{
    MarketShareSnapshot s;
    for (const SnapshotRecord &r : std::as_const(m_snapshots)) {
        if (id && r.id == *id)
            s = r.snapshot;
    }
    m_period->setText(s.period);
    m_scope->setText(s.scope);
    m_sourceName->setText(s.sourceName);
    m_sourceUrl->setText(s.sourceUrl);
    m_publishedOn->setText(s.publishedOn);
    m_estimate->setChecked(s.estimate);
    m_notes->setPlainText(s.notes);
    const QSignalBlocker blocker(m_entries);
    m_entries->setRowCount(0);
    for (const MarketShareEntry &e : std::as_const(s.entries)) {
        const int row = m_entries->rowCount();
        m_entries->insertRow(row);
        const QStringList cells = {e.label, e.provider, formatUserNumber(e.sharePercent),
                                   percentCell(e.lowPercent), percentCell(e.highPercent)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= Share)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_entries->setItem(row, c, item);
        }
    }
    m_total->setText(totalText());
    return gpucompare::done(); // not QDialog::done()
}

QStringList SnapshotEditor::extraValues() const
{
    QStringList values;
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        for (int c = 0; c < EntryColumnCount; ++c)
            values.append(cell(row, c));
    }
    return values;
}

QList<MarketShareEntry> SnapshotEditor::formEntries() const
{
    QList<MarketShareEntry> entries;
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        MarketShareEntry e;
        e.label = validation::normalizedName(cell(row, Label));
        e.provider = cell(row, Provider);
        e.sharePercent = parseUserNumber(cell(row, Share)).value_or(0);
        if (!cell(row, Low).isEmpty())
            e.lowPercent = parseUserNumber(cell(row, Low));
        if (!cell(row, High).isEmpty())
            e.highPercent = parseUserNumber(cell(row, High));
        entries.append(e);
    }
    return entries;
}

MarketShareSnapshot SnapshotEditor::formSnapshot() const
{
    MarketShareSnapshot s;
    s.period = validation::normalizedName(m_period->text());
    s.scope = validation::normalizedName(m_scope->text());
    s.sourceName = validation::normalizedName(m_sourceName->text());
    s.sourceUrl = m_sourceUrl->text().trimmed();
    s.publishedOn = m_publishedOn->text().trimmed();
    s.estimate = m_estimate->isChecked();
    s.notes = m_notes->toPlainText();
    s.entries = formEntries();
    return s;
}

Outcome<PriceBookEdit> SnapshotEditor::saveEdit(std::optional<qint64> id) const
{
    return saveSnapshot(database(), id, formSnapshot());
}

Outcome<PriceBookEdit> SnapshotEditor::deleteEdit(qint64 id) const
{
    return deleteSnapshot(database(), id);
}

Outcome<QString> SnapshotEditor::deleteQuestion(qint64) const
{
    return tr("Delete the market-share snapshot \"%1, %2\" from %3 with its %4 entries? "
              "Edit › Undo brings it back.")
        .arg(m_scope->text(), m_period->text(), m_sourceName->text())
        .arg(m_entries->rowCount());
}

} // namespace gpucompare
