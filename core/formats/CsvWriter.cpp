#include "CsvWriter.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

bool startsLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

QString quoted(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_bytes = QByteArray("\xEF\xBB\xBF");
}

QString CsvWriter::textCell(const QString &text)
{
    return quoted(startsLikeFormula(text) ? u'\'' + text : text);
}

QString CsvWriter::unguard(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && startsLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

void CsvWriter::addRow(const QStringList &textCells)
{
    addRow(textCells, {});
}

void CsvWriter::addRow(const QStringList &cells, const QList<int> &numericColumns)
{
    QStringList out;
    out.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        out << (numericColumns.contains(int(i)) ? quoted(cells.at(i)) : textCell(cells.at(i)));
    m_bytes += out.join(u',').toUtf8();
    m_bytes += "\r\n";
}

} // namespace gpucompare
