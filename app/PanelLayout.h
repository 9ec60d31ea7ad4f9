#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSplitter;

namespace gpucompare {

/// View › Layout: the three panels side by side (the default), or one of them filling the
/// window (Ctrl+1, Ctrl+2, Ctrl+3; Ctrl+0 for all three). Double-clicking a panel's title
/// toggles between it alone and all three. The choice persists.
class PanelLayout final : public QObject
{
    Q_OBJECT

public:
    /// Everything = -1; else the index of the one panel shown.
    static constexpr int kAll = -1;

    explicit PanelLayout(QSplitter *splitter, QObject *parent = nullptr);

    void addTo(QMenu *view);
    /// kAll, or the splitter index of the panel to show alone.
    void show(int panel);
    int shown() const { return m_shown; }
    /// Shows the panel if the current layout hides it (a shortcut that needs it, Ctrl+F).
    void reveal(QWidget *panel);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSplitter *m_splitter;
    QActionGroup *m_group = nullptr;
    QList<QAction *> m_actions; ///< all, then one per panel
    int m_shown = kAll;
};

} // namespace gpucompare
