// Chart titles that wrap to the chart's width: Qt Charts elides a title line that is too wide,
// and with it every line after it (issue 30).

#include "ChartParts.h"

#include <QChart>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace gpucompare::chartparts {

namespace {

/// Room kept beside the title, in logical pixels: Qt lays it out inside the chart's margins
/// and background padding, and elides a line that touches them.
constexpr qreal kTitleSideRoom = 48;

/// Keeps the title as the factory set it, so a narrower chart wraps it afresh and a wider one
/// puts it back on fewer lines.
class TitleWrapper final : public QObject
{
public:
    explicit TitleWrapper(QChart *chart)
        : QObject(chart)
        , m_chart(chart)
    {
        connect(chart, &QGraphicsWidget::geometryChanged, this, &TitleWrapper::wrap);
    }

private:
    void wrap()
    {
        if (m_chart->title() != m_wrapped)
            m_source = m_chart->title(); // set again since the last wrap
        m_wrapped =
            wrapTitle(m_source, m_chart->titleFont(), m_chart->size().width() - kTitleSideRoom);
        if (m_wrapped != m_chart->title())
            m_chart->setTitle(m_wrapped);
    }

    QChart *m_chart;
    QString m_source;
    QString m_wrapped;
};

} // namespace

QString wrapTitle(const QString &html, const QFont &font, qreal width)
{
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (width <= 0)
        return html;
    QStringList lines;
    for (const QString &line : html.split(lineBreak)) {
        // Titles hold escaped text and line breaks only: plain text in, escaped text out.
        const QString plain = QTextDocumentFragment::fromHtml(line).toPlainText();
        QTextLayout layout(plain, font);
        layout.beginLayout();
        for (QTextLine part = layout.createLine(); part.isValid(); part = layout.createLine()) {
            // Qt's own line breaking: between words, and between the characters of Chinese.
            part.setLineWidth(width);
            lines << plain.mid(part.textStart(), part.textLength()).trimmed().toHtmlEscaped();
        }
        layout.endLayout();
    }
    return lines.join(u"<br>"_s);
}

void wrapTitleToWidth(QChart *chart)
{
    new TitleWrapper(chart);
}

} // namespace gpucompare::chartparts
