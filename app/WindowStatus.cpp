#include "WindowStatus.h"

#include "BookService.h"
#include "PriceBook.h"
#include "PriceDisplay.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gpucompare {

WindowStatus::WindowStatus(QMainWindow *window)
    : m_window(window)
{
    m_pathLabel = new QLabel(window);
    m_countsLabel = new QLabel(window);
    m_visibleLabel = new QLabel(window);
    m_pricesAgeLabel = new QLabel(window);
    m_pricesAgeLabel->setObjectName(u"pricesAge"_s);
    // The prices' age is no permanent widget: a message (an update's progress, its result)
    // takes its place while shown, and so has the room of both at 1280 px.
    QStatusBar *status = window->statusBar();
    status->addWidget(m_pathLabel);
    status->addWidget(m_pricesAgeLabel, 1);
    m_rateLabel = new QLabel(window);
    m_rateLabel->setObjectName(u"currencyRate"_s);
    m_rateLabel->hide();
    status->addPermanentWidget(m_rateLabel);
    status->addPermanentWidget(m_visibleLabel);
    status->addPermanentWidget(m_countsLabel);
}

void WindowStatus::showTitle(const PriceBook &book)
{
    if (book.isTeamBook()) {
        // A URI is no file path: the title names the database and where it lives.
        m_window->setWindowFilePath(QString());
        m_window->setWindowTitle(
            tr("%1 (team) — %2").arg(book.shownName(), QApplication::applicationDisplayName()));
    } else {
        m_window->setWindowTitle(QString());
        m_window->setWindowFilePath(book.path());
    }
}

void WindowStatus::showBook(const PriceBook &book, const FileActions::PricesAge &age,
                            const std::optional<book::Counts> &given)
{
    // The file's name only: its folder is in the title and the tooltip, and the status bar
    // needs the room for the prices' age.
    const QString path = book.shownName();
    QString shown = book.isTeamBook() ? path : QFileInfo(path).fileName();
    if (book.isReadOnly())
        shown += tr(" (read-only)");
    m_pathLabel->setText(shown);
    m_pathLabel->setToolTip(book.isReadOnly() ? book.readOnlyReason()
                                              : QDir::toNativeSeparators(path));
    // Short enough for the status bar at 1280 px beside the path and the prices' age; the
    // market-share count goes to the tooltip. Unreadable: the counts read zero.
    const QLocale locale;
    const book::Counts counts = given ? *given : [&] {
        const Outcome<book::Counts> read = book::counts(book.database());
        return read ? read.value() : book::Counts{};
    }();
    m_countsLabel->setText(tr("%1 offers · %2 providers · %3 GPU models")
                               .arg(locale.toString(counts.offers),
                                    locale.toString(counts.providers),
                                    locale.toString(counts.gpuModels)));
    m_countsLabel->setToolTip(tr("The price book holds %1 market-share snapshots.")
                                  .arg(locale.toString(counts.snapshots)));
    m_pricesAgeLabel->setText(age.text);
    m_pricesAgeLabel->setToolTip(age.toolTip);
}

void WindowStatus::showVisibleRows(int rows, int offers, int total)
{
    const QLocale locale;
    m_visibleLabel->setText(
        rows == offers
            ? tr("Showing %1 of %2 offers").arg(locale.toString(offers), locale.toString(total))
            : tr("%1 of %2 offers, %3 rows")
                  .arg(locale.toString(offers), locale.toString(total), locale.toString(rows)));
    m_visibleLabel->setToolTip(
        rows == offers ? QString()
                       : tr("Offers that differ only by region share a row (\"17 regions\"); "
                            "click its Region cell to show each region."));
}

void WindowStatus::showCurrency(const PriceDisplay &shown, const QDate &today)
{
    constexpr qint64 kOldRateDays = 10;
    const qint64 age = shown.rateAgeDays(today);
    const bool old = !shown.isUsDollars() && age > kOldRateDays;
    m_rateLabel->setVisible(old);
    if (!old)
        return;
    const QLocale locale;
    m_rateLabel->setText(
        tr("%1 rate of %2").arg(shown.code(), shown.conversion().rateDay().toString(Qt::ISODate)));
    m_rateLabel->setToolTip(tr("%1: %2 days old. Data › Update Prices with the European Central "
                               "Bank's rates brings the latest.")
                                .arg(shown.rateNote(locale), locale.toString(age)));
}

bool WindowStatus::showOpeningNotes(const PriceBook &book)
{
    // A rolled-back change is said once, before (and beside) why the book is read-only.
    QStringList notes;
    if (!book.recoveryNote().isEmpty())
        notes.append(book.recoveryNote());
    if (book.isReadOnly())
        notes.append(book.readOnlyReason());
    if (notes.isEmpty())
        return false;
    m_window->statusBar()->showMessage(notes.join(u' '));
    return true;
}

} // namespace gpucompare
