#include "MeasuringDelegate.h"

#include <QApplication>
#include <QStyle>

namespace gpucompare {

MeasuringDelegate::MeasuringDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void MeasuringDelegate::beginMeasuring()
{
    m_measuring = true;
}

void MeasuringDelegate::endMeasuring()
{
    m_measuring = false;
    m_sizes.clear();
}

QSize MeasuringDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (!m_measuring)
        return QStyledItemDelegate::sizeHint(option, index);
    // QStyledItemDelegate::sizeHint() step by step, with the style's answer kept per option.
    if (const QVariant hint = index.data(Qt::SizeHintRole); hint.isValid())
        return qvariant_cast<QSize>(hint);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Cell key{opt.text,
                   opt.font,
                   opt.decorationSize,
                   opt.rect,
                   int(opt.features),
                   int(opt.decorationPosition),
                   int(opt.displayAlignment),
                   int(opt.checkState),
                   int(opt.state),
                   int(opt.direction)};
    if (const auto known = m_sizes.constFind(key); known != m_sizes.cend())
        return *known;
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
    m_sizes.insert(key, size);
    return size;
}

size_t qHash(const MeasuringDelegate::Cell &cell, size_t seed) noexcept
{
    // The text tells most cells apart; equal texts compare the rest (the font among them).
    return qHashMulti(seed, cell.text, cell.features, cell.decorationSize.width());
}

} // namespace gpucompare
