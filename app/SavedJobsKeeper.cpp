#include "SavedJobsKeeper.h"

#include "BookConnection.h"
#include "BookService.h"
#include "JobCostPanel.h"
#include "PriceBook.h"

#include <QApplication>
#include <QMessageBox>

namespace gpucompare {

SavedJobsKeeper::SavedJobsKeeper(QWidget *window, BookConnection *connection, JobCostPanel *jobCost)
    : m_window(window)
    , m_connection(connection)
    , m_jobCost(jobCost)
{
    QObject::connect(jobCost, &JobCostPanel::saveJobRequested, window, [this](const SavedJob &job) {
        afterWrite(tr("Saving the job \"%1\"").arg(job.name),
                   book::saveJob(m_connection->book()->database(), job));
    });
    QObject::connect(jobCost, &JobCostPanel::renameJobRequested, window,
                     [this](const QString &from, const QString &to) {
                         afterWrite(tr("Renaming the job \"%1\"").arg(from),
                                    book::renameJob(m_connection->book()->database(), from, to));
                     });
    QObject::connect(jobCost, &JobCostPanel::deleteJobRequested, window,
                     [this](const QString &name) {
                         afterWrite(tr("Deleting the job \"%1\"").arg(name),
                                    book::deleteJob(m_connection->book()->database(), name));
                     });
}

void SavedJobsKeeper::reload()
{
    const Outcome<QList<SavedJob>> jobs = book::savedJobs(m_connection->book()->database());
    if (jobs)
        m_jobCost->setSavedJobs(jobs.value());
    else
        QMessageBox::warning(m_window, tr("Saved jobs"), jobs.error());
}

bool SavedJobsKeeper::afterWrite(const QString &what, const Status &written)
{
    reload();
    if (written)
        return true;
    QMessageBox::warning(
        m_window, QApplication::applicationDisplayName(),
        tr("%1 failed; the price book is as it was.\n\n%2").arg(what, written.error()));
    return false;
}

} // namespace gpucompare
