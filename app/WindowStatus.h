#pragma once

#include "BookService.h"
#include "FileActions.h"

#include <QCoreApplication>
#include <QDate>

class QLabel;
class QMainWindow;

namespace gpucompare {

class PriceBook;
class PriceDisplay;

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
    /// The book's name, its counts (read from the book when not given) and the prices' age.
    void showBook(const PriceBook &book, const FileActions::PricesAge &age,
                  const std::optional<book::Counts> &counts = std::nullopt);
    /// What the price table's filters leave of the offers.
    void showVisibleRows(int rows, int offers, int total);
    /// Why the book is read-only and whether opening rolled back an unfinished change; returns
    /// whether there was anything to say.
    bool showOpeningNotes(const PriceBook &book);
    /// The display currency's rate when it is more than ten days old: its date, so converted
    /// figures are not taken for today's.
    void showCurrency(const PriceDisplay &shown, const QDate &today);

private:
    QMainWindow *m_window;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_visibleLabel = nullptr;
    QLabel *m_pricesAgeLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
};

} // namespace gpucompare
