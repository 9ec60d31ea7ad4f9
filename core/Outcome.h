#pragma once

#include <QString>
#include <optional>
#include <variant>

namespace gpucompare {

/// A value, or why there is none: one sentence for the user that names what went wrong and
/// where (the file, the field, the row).
///
/// The one result type of the service layer that both front ends call, the window and the
/// command line: DatabaseError stays inside the layer that throws it, and neither a Qt slot
/// nor main() ever sees an exception.
template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {}
    static Outcome failure(QString message)
    {
        Outcome failed;
        failed.m_error = std::move(message);
        return failed;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    /// Why there is no value; empty when there is one.
    const QString &error() const { return m_error; }

private:
    Outcome() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// Done, or why not.
using Status = Outcome<std::monostate>;

inline Status done()
{
    return Status(std::monostate{});
}

} // namespace gpucompare
