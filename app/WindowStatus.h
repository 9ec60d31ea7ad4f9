#pragma once

#include "FileActions.h"

#include <QCoreApplication>

class QLabel;
class QMainWindow;

namespace gpucompare {

class PriceBook;

/// What the window says about its price book: the title, and the status bar's labels — the
/// book's name, the rows the price table shows, the book's counts and the prices' age — and
/// the notes on opening a book.
class WindowStatus final
{
    // These words were MainWindow's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::MainWindow)

public:
    /// Adds the labels to the window's status bar.
    explicit WindowStatus(QMainWindow *window);

    /// The book's name in the title (a file's path, or a team book's database).
    void showTitle(const PriceBook &book);
    /// The book's name, its counts and the prices' age.
    void showBook(const PriceBook &book, const FileActions::PricesAge &age);
    /// What the price table's filters leave of the offers.
    void showVisibleRows(int rows, int offers, int total);
    /// Why the book is read-only and whether opening rolled back an unfinished change; returns
    /// whether there was anything to say.
    bool showOpeningNotes(const PriceBook &book);

private:
    QMainWindow *m_window;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_visibleLabel = nullptr;
    QLabel *m_pricesAgeLabel = nullptr;
};

} // namespace gpucompare
