#include "UserNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::UserNumber", text);
}

struct Marked
{
    QString number;
    bool currency = false; ///< a dollar sign or USD was around it
};

/// Strips currency and percent marks a price page or a spreadsheet puts around the number.
Marked bareNumber(const QString &text)
{
    Marked marked{text.trimmed()};
    QString &t = marked.number;
    for (const QString &prefix : {u"US$"_s, u"USD"_s, u"$"_s}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive)) {
            t = t.mid(prefix.size()).trimmed();
            marked.currency = true;
            break;
        }
    }
    for (const QString &suffix : {u"USD"_s, u"%"_s, u"$"_s}) {
        if (t.endsWith(suffix, Qt::CaseInsensitive)) {
            t.chop(suffix.size());
            t = t.trimmed();
            marked.currency = marked.currency || suffix != u"%"_s;
            break;
        }
    }
    return marked;
}

/// A plain C decimal: optional minus, digits with at most one point, optional exponent.
bool isCDecimal(const QString &text)
{
    static const QRegularExpression plain(u"^-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    return plain.match(text).hasMatch();
}

/// The C decimal a C-locale text stands for ("1,234.5" → "1234.5"), or empty.
QString cDecimal(const QString &number, bool allowGroups)
{
    static const QRegularExpression grouped(u"^-?\\d{1,3}(,\\d{3})+(\\.\\d*)?$"_s);
    QString text = number;
    if (allowGroups && grouped.match(text).hasMatch())
        text.remove(u',');
    return isCDecimal(text) ? text : QString();
}

/// The C decimal a text in the locale stands for ("1.234,5" in German → "1234.5"), or empty.
QString localeDecimal(const QString &number, const QLocale &locale)
{
    bool ok = false;
    locale.toDouble(number, &ok);
    if (!ok)
        return {};
    QString text;
    for (const QChar c : number) {
        const QString s(c);
        if (s == locale.groupSeparator())
            continue;
        if (s == locale.decimalPoint())
            text += u'.';
        else if (s == locale.negativeSign())
            text += u'-';
        else if (s == locale.exponential())
            text += u'e';
        else
            text += c;
    }
    return isCDecimal(text) ? text : QString();
}

/// A decimal for the user, in their locale, with the decimals it needs (at least one).
QString withDecimals(double value, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', 3);
    const QString point = locale.decimalPoint();
    while (text.endsWith(u'0') && !text.endsWith(point + u'0'))
        text.chop(1);
    return text;
}

} // namespace

UserNumber readUserNumber(const QString &text, const QLocale &locale)
{
    const Marked marked = bareNumber(text);
    const QString &number = marked.number;
    UserNumber result;
    const auto notANumber = [&] {
        result.problem = tr("\"%1\" is not a number").arg(text.trimmed());
        return result;
    };
    // Letters other than an exponent never make a number ("nan", "inf", "12abc").
    for (const QChar c : number) {
        if (c.isLetter() && c != u'e' && c != u'E')
            return notANumber();
    }
    if (number.isEmpty())
        return notANumber();

    QString decimal;
    static const QRegularExpression oneSeparatorThenThree(u"^-?\\d{1,3}[.,]\\d{3}$"_s);
    if (marked.currency) {
        decimal = cDecimal(number, true);
    } else if (locale.decimalPoint() == u","_s && oneSeparatorThenThree.match(number).hasMatch()) {
        // "1.000" is a thousand here and one where a point marks decimals; "1,000" the reverse.
        const QString asThousands = QString(number).remove(u'.').remove(u',');
        const double thousands = asThousands.toDouble();
        const double decimals = QString(number).replace(u',', u'.').toDouble();
        const bool readAsThousands = number.contains(u'.');
        const QString thousandsText = asThousands;
        const QString decimalsText = withDecimals(decimals, locale);
        QString understood = readAsThousands ? locale.toString(thousands, 'f', 0) : decimalsText;
        understood.replace(locale.groupSeparator(), QChar(0x2009)); // thin space: 1 000
        result.ambiguous = true;
        result.problem =
            tr("\"%1\" is ambiguous: read as %2 — write %3 or %4 to be sure")
                .arg(number, understood, readAsThousands ? thousandsText : decimalsText,
                     readAsThousands ? decimalsText : thousandsText);
        return result;
    } else {
        decimal = localeDecimal(number, locale);
        if (decimal.isEmpty())
            decimal = cDecimal(number, false);
    }
    if (decimal.isEmpty())
        return notANumber();
    bool ok = false;
    const double value = decimal.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return notANumber();
    result.value = value;
    result.decimal = decimal;
    return result;
}

std::optional<double> parseUserNumber(const QString &text, const QLocale &locale)
{
    return readUserNumber(text, locale).value;
}

std::optional<Money> parseUserMoney(const QString &text, QString *why, const QLocale &locale)
{
    const UserNumber number = readUserNumber(text, locale);
    if (!number.value) {
        if (why)
            *why = number.problem;
        return std::nullopt;
    }
    // Money::parse takes the plain decimal digit by digit: exact, and at most six decimals.
    return Money::parse(number.decimal, why);
}

QString formatUserNumber(double value, const QLocale &locale)
{
    QString text = locale.toString(value, 'g', 12);
    text.remove(locale.groupSeparator());
    return text;
}

} // namespace gpucompare
