#include "CliCommand.h"

#include "CliOutput.h"
#include "PriceBook.h"
#include "TeamBookUri.h"

#include <QDir>
#include <QFileInfo>

namespace gpucompare {

CliCommand::CliCommand(const CommandCall &call, const QCommandLineParser &options)
    : m_call(call)
    , m_parser(options)
{}

std::unique_ptr<PriceBook> CliCommand::openPriceBook(IfMissing ifMissing) const
{
    // Without --db the user's own book is made on first use. A --db that names no file is a
    // typo for a reader (export, estimate, export-chart): answering from the bundled prices
    // would look like an answer about the file the user meant.
    const bool named = !m_call.databasePath.isEmpty();
    const QString path = named ? m_call.databasePath : PriceBook::defaultPath();
    if (TeamBookUri::isTeamBook(path)) {
        // A team book that is empty is made from the bundled data only by a writer.
        PriceBook::OpenResult opened =
            PriceBook::open(path, ifMissing == IfMissing::Refuse ? PriceBook::Create::Never
                                                                 : PriceBook::Create::IfMissing);
        if (!opened.book)
            printError(opened.error);
        return std::move(opened.book);
    }
    const bool missing = !QFileInfo::exists(path);
    if (named && missing && ifMissing == IfMissing::Refuse) {
        printError(tr("no price book at %1").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    PriceBook::OpenResult opened = PriceBook::open(path);
    if (!opened.book) {
        printError(opened.error);
        return nullptr;
    }
    if (named && missing) {
        printError(tr("created a new price book at %1 from the bundled data")
                       .arg(QDir::toNativeSeparators(path)));
    }
    if (!opened.book->recoveryNote().isEmpty())
        printError(opened.book->recoveryNote());
    return std::move(opened.book);
}

std::unique_ptr<PriceBook> CliCommand::openBookToWrite(bool dryRun) const
{
    auto book = openPriceBook(IfMissing::Create);
    if (book && book->isReadOnly() && !dryRun) {
        printError(tr("the price book %1 is read-only: %2")
                       .arg(book->shownName(), book->readOnlyReason()));
        return nullptr;
    }
    return book;
}

} // namespace gpucompare
