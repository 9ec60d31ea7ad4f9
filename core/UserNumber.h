#pragma once

#include "Money.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace gpucompare {

/// A number typed or pasted into a form, as it was understood.
///
/// The text may be in the user's locale ("2,99" for a German user) or in the C locale as prices
/// are written on web pages, with a dollar sign or "USD" and, for percentages, a trailing "%"
/// ("$2.99", "2.99 USD", "15 %"). A value with a currency sign or code is read with a decimal
/// point whatever the locale ("$3.672" is three dollars and change, also in Germany). A value
/// whose separator could be either ("1,000" or "1.000" where a comma marks decimals) is not
/// guessed: `problem` says what it was read as and how to write it unambiguously.
struct UserNumber
{
    std::optional<double> value; ///< set when the text is one number, read unambiguously
    QString decimal;             ///< that number as a plain C decimal ("3.672", "-1e3"), exact
    QString problem;             ///< why there is no value: not a number, or ambiguous
    bool ambiguous = false;      ///< a number, but its separator could mean either
};

UserNumber readUserNumber(const QString &text, const QLocale &locale = QLocale());

/// The value of readUserNumber(), or nullopt (not a number, ambiguous, NaN, infinite).
std::optional<double> parseUserNumber(const QString &text, const QLocale &locale = QLocale());

/// A price typed or pasted into a form, read into exact micro-dollars without passing through
/// a double: more than six decimals is refused rather than rounded. Sets *why on failure.
std::optional<Money> parseUserMoney(const QString &text, QString *why,
                                    const QLocale &locale = QLocale());

/// A number for a form field in the user's locale without group separators ("2,99", "1234.5").
QString formatUserNumber(double value, const QLocale &locale = QLocale());

} // namespace gpucompare
