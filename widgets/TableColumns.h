#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <algorithm>

class QMenu;
class QTableView;

namespace gpucompare {

class MeasuringDelegate;

/// Asked of a model's horizontal header: the texts that may be the widest of a column (a
/// QStringList; few candidates, measured here with the bold font a cheapest row uses). A column
/// that answers is never narrower than the widest of them (issue 30: "$852,…" cut in a total
/// because only the first rows were measured).
constexpr int kWidestTextRole = Qt::UserRole + 100;

/// The largest of `value` over the rows (0 for none): the widest figure of a column.
template <typename Rows, typename Value> double largestOf(const Rows &rows, Value value)
{
    double most = 0;
    for (const auto &row : rows)
        most = std::max(most, double(value(row)));
    return most;
}

/// Each distinct name `shown` gives a row's field, the candidates of a short-name column.
template <typename Rows, typename Shown> QStringList distinctNames(const Rows &rows, Shown shown)
{
    QSet<QString> names;
    for (const auto &row : rows)
        names.insert(shown(row));
    return QStringList(names.cbegin(), names.cend());
}

/// The columns of a table as its user chooses them. The header's context menu shows and hides
/// each column and resets to the default; order, widths and visibility persist in QSettings
/// under a key per table. Until the user drags a column's edge, widths follow the content, and
/// the leading columns are fitted into the view (text columns give way first, eliding), so the
/// figures that matter are on screen without a horizontal scroll. One policy for every table:
/// figures, short names, pricing, age and flags as wide as their widest value (kWidestTextRole);
/// only the `textColumns` (region, instance, source) give way, and elide.
class TableColumns final : public QObject
{
    Q_OBJECT

public:
    /// `order` lists logical columns in their default visual order (others follow in model
    /// order); `hidden` are hidden by default; `textColumns` may be narrowed to fit;
    /// `leading` is how many of the visual columns should fit the view's width.
    TableColumns(QTableView *view, const QString &settingsKey, QList<int> order, QList<int> hidden,
                 QList<int> textColumns, int leading);
    ~TableColumns() override;

    /// The default order, visibility and content widths, and the saved state forgotten.
    void reset();
    /// Widths from the content, the leading columns fitted into the view (unless the user set
    /// widths); call after the rows change.
    void fitWidths();
    /// The header's context menu as it would open now (for tests and the View menu).
    QMenu *createMenu(QWidget *parent);
    /// Shows or hides a column as the menu does (the last visible one stays).
    void setColumnVisible(int logical, bool visible);

private:
    void applyDefaults();
    /// fitWidths(), shown or not.
    void fitNow();
    /// Widens each column to the widest text its model names (kWidestTextRole).
    void fitWidestTexts();
    /// The sections' content widths: measured, or those measured last while nothing changed.
    void applyContentWidths();
    /// What the rows show changed: the next fit measures them.
    void contentChanged();
    void restore();
    void save();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QTableView *m_view;
    QWidget *m_viewport = nullptr; ///< the view's, whose events the filter reads
    /// The view's delegate when it was the default one (null: the view's own choice).
    MeasuringDelegate *m_measuring = nullptr;
    QString m_key;
    QList<int> m_order;
    QList<int> m_hidden;
    QList<int> m_textColumns;
    int m_leading;
    QByteArray m_state; ///< the header as the user left it, put back after a model reset
    bool m_fitting = false;
    bool m_userWidths = false;
    /// The viewport width of the last fit, and whether the rows changed since (-1: no fit yet,
    /// or one is due). A resize that keeps the width (the header shown above the rows, a
    /// status bar) would fit to the same widths; measuring the rows again was a fifth of
    /// start-up.
    int m_fittedWidth = -1;
    /// Each section's width from the content (before the leading columns are fitted into
    /// the view), kept until what the rows show changes: a resize to another width fits
    /// these again without measuring the rows (issue 32: the window's layout settling at
    /// start-up resized the viewport several times, and each fit measured 300 rows).
    QList<int> m_contentWidths;
    /// fitWidths() was asked while the view was hidden: the next resize or show fits.
    bool m_fitDue = false;
};

} // namespace gpucompare
