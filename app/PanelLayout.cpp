#include "PanelLayout.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace gpucompare {

PanelLayout::PanelLayout(QSplitter *splitter, QObject *parent)
    : QObject(parent)
    , m_splitter(splitter)
{
    for (int i = 0; i < m_splitter->count(); ++i) {
        // The cost panel's tabs each have a title: any of them toggles the panel.
        for (QLabel *title : m_splitter->widget(i)->findChildren<QLabel *>(u"panelTitle"_s)) {
            title->installEventFilter(this);
            title->setToolTip(tr("Double-click to show this panel alone, and again for all "
                                 "three."));
        }
    }
}

void PanelLayout::addTo(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("L&ayout"));
    menu->setObjectName(u"layoutMenu"_s);
    m_group = new QActionGroup(menu);
    const QStringList names = {tr("&All Three Side by Side"), tr("&Market Share Alone"),
                               tr("&Prices Alone"), tr("&Job Cost Alone")};
    for (int i = 0; i < names.size() && i <= m_splitter->count(); ++i) {
        QAction *action = menu->addAction(names.at(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
        action->setObjectName(u"layout%1"_s.arg(i));
        m_group->addAction(action);
        const int panel = i == 0 ? kAll : i - 1;
        connect(action, &QAction::triggered, this, [this, panel] { show(panel); });
        m_actions.append(action);
    }
    const int saved = QSettings().value(u"MainWindow/layout"_s, kAll).toInt();
    show(saved >= 0 && saved < m_splitter->count() ? saved : kAll);
}

void PanelLayout::show(int panel)
{
    m_shown = panel;
    for (int i = 0; i < m_splitter->count(); ++i)
        m_splitter->widget(i)->setVisible(panel == kAll || panel == i);
    if (panel + 1 < m_actions.size())
        m_actions.at(panel + 1)->setChecked(true);
    QSettings().setValue(u"MainWindow/layout"_s, panel);
}

void PanelLayout::reveal(QWidget *panel)
{
    if (!panel->isVisibleTo(m_splitter))
        show(m_splitter->indexOf(panel));
}

bool PanelLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        for (int i = 0; i < m_splitter->count(); ++i) {
            if (m_splitter->widget(i)->isAncestorOf(qobject_cast<QWidget *>(watched))) {
                show(m_shown == i ? kAll : i);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gpucompare
