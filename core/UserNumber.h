#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace gpucompare {

/// A number typed or pasted into a form: in the user's locale ("2,99" for a German user), or in
/// the C locale as prices are written on web pages, with an optional dollar sign or "USD" and,
/// for percentages, a trailing "%" ("$2.99", "2.99 USD", "15 %"). Nullopt for anything else,
/// including NaN and infinities, so the caller can say what is wrong with the field.
std::optional<double> parseUserNumber(const QString &text, const QLocale &locale = QLocale());

/// A number for a form field in the user's locale without group separators ("2,99", "1234.5").
QString formatUserNumber(double value, const QLocale &locale = QLocale());

} // namespace gpucompare
