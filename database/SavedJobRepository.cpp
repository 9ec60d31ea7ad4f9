#include "SavedJobRepository.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

bool SavedJobRepository::save(const SavedJob &job)
{
    QSqlQuery existing =
        execPrepared(m_db, u"SELECT 1 FROM saved_jobs WHERE name = ?"_s, {job.name});
    const bool isNew = !existing.next();
    execPrepared(
        m_db,
        u"INSERT INTO saved_jobs (name, parameters_json, created_on) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET parameters_json = excluded.parameters_json, "
        "created_on = excluded.created_on"_s,
        {job.name, job.parametersJson.isEmpty() ? u"{}"_s : job.parametersJson, job.createdOn});
    return isNew;
}

bool SavedJobRepository::rename(const QString &from, const QString &to)
{
    QSqlQuery q =
        execPrepared(m_db, u"UPDATE saved_jobs SET name = ? WHERE name = ?"_s, {to, from});
    return q.numRowsAffected() > 0;
}

bool SavedJobRepository::remove(const QString &name)
{
    QSqlQuery q = execPrepared(m_db, u"DELETE FROM saved_jobs WHERE name = ?"_s, {name});
    return q.numRowsAffected() > 0;
}

QList<SavedJob> SavedJobRepository::all() const
{
    QList<SavedJob> jobs;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT name, parameters_json, created_on FROM saved_jobs ORDER BY name"_s);
    while (q.next())
        jobs.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return jobs;
}

} // namespace gpucompare
