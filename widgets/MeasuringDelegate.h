#pragma once

#include <QFont>
#include <QHash>
#include <QSize>
#include <QStyledItemDelegate>

namespace gpucompare {

/// The default item delegate, which while a table's columns are fitted to their content
/// measures each distinct cell once: a cell's width depends only on what its style option
/// holds (text, font, decoration, check box, features), and the rows of a column repeat
/// (providers, GPUs, pricing, ages). Laying out and shaping the same text hundreds of times was
/// a fifth of start-up (issue 32). Outside a fit it is QStyledItemDelegate, unchanged.
class MeasuringDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MeasuringDelegate(QObject *parent = nullptr);

    /// From now until endMeasuring(), equal cells are measured once.
    void beginMeasuring();
    /// Forgets the sizes: the next fit may run under another style or font.
    void endMeasuring();

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// What QCommonStyle's item layout reads for a size (the alignment, state and direction
    /// too, although a width does not depend on them today).
    struct Cell
    {
        QString text;
        QFont font;
        QSize decorationSize;
        QRect rect;
        int features = 0;
        int decorationPosition = 0;
        int displayAlignment = 0;
        int checkState = 0;
        int state = 0;
        int direction = 0;
        bool operator==(const Cell &other) const = default;
    };

private:
    bool m_measuring = false;
    mutable QHash<Cell, QSize> m_sizes;
};

size_t qHash(const MeasuringDelegate::Cell &cell, size_t seed = 0) noexcept;

} // namespace gpucompare
