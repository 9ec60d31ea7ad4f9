#include "Money.h"

#include "Translated.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return translated("gpucompare::Money", text);
}
} // namespace

std::optional<Money> Money::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Money> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("an amount is required"));

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    int wholeDigits = 0;
    bool seenPoint = false;
    for (const QChar c : trimmed) {
        if (c == u'.') {
            if (seenPoint)
                return fail(tr("\"%1\" has more than one decimal point").arg(trimmed));
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(tr("\"%1\" is not a plain decimal number such as 2.49").arg(trimmed));
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++fractionDigits > 6)
                return fail(tr("\"%1\" has more than six decimals").arg(trimmed));
            fraction = fraction * 10 + digit;
        } else {
            if (++wholeDigits > 7)
                return fail(tr("\"%1\" is larger than %2 USD").arg(trimmed, u"1,000,000"_s));
            whole = whole * 10 + digit;
        }
    }
    if (wholeDigits == 0 && fractionDigits == 0)
        return fail(tr("\"%1\" is not a number").arg(trimmed));
    for (int i = fractionDigits; i < 6; ++i)
        fraction *= 10;
    const qint64 micros = whole * 1'000'000 + fraction;
    if (micros > kMaxMicros)
        return fail(tr("\"%1\" is larger than %2 USD").arg(trimmed, u"1,000,000"_s));
    return Money(micros);
}

std::optional<Money> Money::fromDollars(double dollars)
{
    if (!std::isfinite(dollars) || dollars < 0)
        return std::nullopt;
    const double micros = std::round(dollars * 1e6);
    if (micros > double(kMaxMicros))
        return std::nullopt;
    return Money(qint64(micros));
}

QString Money::toString() const
{
    const qint64 whole = m_micros / 1'000'000;
    qint64 fraction = m_micros % 1'000'000;
    QString text = QString::number(whole);
    if (fraction == 0)
        return text;
    QString digits = QString::number(fraction).rightJustified(6, u'0');
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return text + u'.' + digits;
}

Money Money::dividedBy(int count) const
{
    Q_ASSERT(count > 0);
    return Money((m_micros + count / 2) / count);
}

} // namespace gpucompare
