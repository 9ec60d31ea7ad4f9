#pragma once

#include "Outcome.h"

#include <QSqlError>
#include <QString>
#include <stdexcept>

namespace gpucompare {

/// Thrown by the repositories when SQLite refuses a statement. It never leaves the database
/// layer: the code that owns the transaction catches it, rolls back and reports message().
class DatabaseError final : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// Where a DatabaseError stops (issue 31): what database/ gives the layers above is the value
/// read, or the error's message as an outcome. The one conversion, for every file of the layer.
template <typename Read> auto attempt(Read &&read) -> Outcome<decltype(read())>
{
    try {
        return read();
    } catch (const DatabaseError &e) {
        return Outcome<decltype(read())>::failure(e.message());
    }
}

/// The same for a write that gives nothing back: done, or why not.
template <typename Write> Status attemptWrite(Write &&write)
{
    try {
        write();
        return done();
    } catch (const DatabaseError &e) {
        return Status::failure(e.message());
    }
}

/// A human sentence for a failed statement ("the price book is in use by another window").
QString describeSqlError(const QSqlError &error);

} // namespace gpucompare
