#pragma once

#include "Outcome.h"

#include <QCoreApplication>

class QWidget;

namespace gpucompare {

class BookConnection;
class JobCostPanel;

/// Keeps the Training tab's saved jobs in the price book: saves, renames and deletes them
/// there when the panel asks, and shows the panel the book's list after each write.
class SavedJobsKeeper final
{
    // These messages were MainWindow's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::MainWindow)

public:
    /// `window` is the parent of the messages saying what failed.
    SavedJobsKeeper(QWidget *window, BookConnection *connection, JobCostPanel *jobCost);

    /// Reads the saved jobs into the panel again.
    void reload();

private:
    /// Reloads the saved jobs and, when the write failed, says what failed and why (the book
    /// is as it was).
    bool afterWrite(const QString &what, const Status &written);

    QWidget *m_window;
    BookConnection *m_connection;
    JobCostPanel *m_jobCost;
};

} // namespace gpucompare
