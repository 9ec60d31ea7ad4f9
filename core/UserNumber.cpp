#include "UserNumber.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// Strips currency and percent marks a price page or a spreadsheet puts around the number.
QString bareNumber(const QString &text)
{
    QString t = text.trimmed();
    for (const QString &prefix : {u"US$"_s, u"USD"_s, u"$"_s}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive)) {
            t = t.mid(prefix.size()).trimmed();
            break;
        }
    }
    for (const QString &suffix : {u"USD"_s, u"%"_s, u"$"_s}) {
        if (t.endsWith(suffix, Qt::CaseInsensitive)) {
            t.chop(suffix.size());
            t = t.trimmed();
            break;
        }
    }
    return t;
}

std::optional<double> finite(double value, bool ok)
{
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> parseUserNumber(const QString &text, const QLocale &locale)
{
    const QString number = bareNumber(text);
    // Letters other than an exponent never make a number ("nan", "inf", "12abc").
    for (const QChar c : number) {
        if (c.isLetter() && c != u'e' && c != u'E')
            return std::nullopt;
    }
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double inLocale = locale.toDouble(number, &ok);
    if (ok)
        return finite(inLocale, ok);
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    const double inC = c.toDouble(number, &ok);
    return finite(inC, ok);
}

QString formatUserNumber(double value, const QLocale &locale)
{
    QString text = locale.toString(value, 'g', 12);
    text.remove(locale.groupSeparator());
    return text;
}

} // namespace gpucompare
