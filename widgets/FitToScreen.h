#pragma once

class QDialog;
class QWidget;

namespace gpucompare {

/// Keeps a top-level window inside the available geometry (the screen without panels and
/// docks) of the screen it is on, or for a dialog not shown yet the screen of its parent:
/// its size is reduced to fit, never below its minimum size (content that needs more must
/// scroll), and a window that has a position is moved fully on screen. Before the window
/// manager has framed the window, room for a title bar is kept.
void fitToScreen(QWidget *window);

/// Fits the dialog to its screen every time it is about to be shown, after the constructors
/// of its subclasses have sized it: one call in a dialog's constructor is all it needs.
void keepFittedToScreen(QDialog *dialog);

} // namespace gpucompare
