#pragma once

#include <functional>

class QWidget;

namespace gpucompare {

/// Runs what a menu, a button or a signal asked for: a failure of the price book inside it
/// becomes a message box over `parent`, and no exception ever crosses Qt's event loop.
void runGuarded(QWidget *parent, const std::function<void()> &action);

/// `action` as a slot that runs guarded.
template <typename Action> auto guarded(QWidget *parent, Action action)
{
    return [parent, action] {
        runGuarded(parent, action);
    };
}

} // namespace gpucompare
