#pragma once

#include <QAccessible>
#include <QStringList>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gpucompare::test {

/// Controls a screen reader would announce without a name: every view, chart, field and
/// icon-only button must have one (its own text, a buddy label or an accessible name).
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->inherits("QScrollBar") || w->inherits("QHeaderView") ||
            w->inherits("QLineEditIconButton")) // Qt's clear button, named by Qt
            continue;
        const bool control = w->inherits("QAbstractItemView") || w->inherits("QGraphicsView") ||
                             w->inherits("QAbstractButton") || w->inherits("QLineEdit") ||
                             w->inherits("QComboBox") || w->inherits("QAbstractSpinBox") ||
                             w->inherits("QPlainTextEdit") || w->inherits("QTabBar");
        // Editors inside a combo box or spin box are named through their owner.
        if (!control || (w->parentWidget() && (w->parentWidget()->inherits("QComboBox") ||
                                               w->parentWidget()->inherits("QAbstractSpinBox"))))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                           w->objectName());
    }
    return unnamed;
}

} // namespace gpucompare::test
