#pragma once

#include <QByteArray>
#include <QStringList>

namespace gpucompare {

/// Writes RFC 4180 CSV (CRLF line ends, UTF-8, optional BOM for spreadsheets that need it).
///
/// Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
/// prefixed with an apostrophe (OWASP "CSV injection"); numbers are written as numbers, so a
/// negative amount is not mangled. Our own reader strips that apostrophe again.
class CsvWriter final
{
public:
    explicit CsvWriter(bool byteOrderMark = false);

    void addRow(const QStringList &textCells);
    /// A row whose cells at `numericColumns` are numbers (never guarded).
    void addRow(const QStringList &cells, const QList<int> &numericColumns);
    const QByteArray &bytes() const { return m_bytes; }

    /// The cell as written, quoted where needed and guarded against formulas.
    static QString textCell(const QString &text);
    /// Undoes textCell's guard for a value read back: "'=SUM(A1)" -> "=SUM(A1)".
    static QString unguard(const QString &cell);

private:
    QByteArray m_bytes;
};

} // namespace gpucompare
