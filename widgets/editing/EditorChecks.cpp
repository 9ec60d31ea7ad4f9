#include "EditorChecks.h"

#include "UserNumber.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace gpucompare::editorchecks {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::editorchecks", text);
}
} // namespace

QString numberProblem(const QString &field, const QString &text, const UserNumber &number)
{
    if (number.ambiguous) // a flag, not the (translated) text
        return tr("%1: %2.").arg(field, number.problem);
    return tr("%1 is not a number: \"%2\" (for example %3).")
        .arg(field, text.trimmed(), QLocale().toString(2.99));
}

QString checkNumber(const QString &field, const QString &text, bool required, double min,
                    double max, bool minExclusive)
{
    if (text.trimmed().isEmpty())
        return required ? tr("%1 is required.").arg(field) : QString();
    const UserNumber number = readUserNumber(text);
    if (!number.value)
        return numberProblem(field, text, number);
    const std::optional<double> value = number.value;
    if (minExclusive ? *value <= min : *value < min) {
        return minExclusive ? tr("%1 must be greater than %2.").arg(field, QLocale().toString(min))
                            : tr("%1 must be at least %2.").arg(field, QLocale().toString(min));
    }
    if (*value > max)
        return tr("%1 must be at most %2.").arg(field, QLocale().toString(max, 'f', 0));
    return {};
}

QString checkPriceText(const QString &field, const QString &text)
{
    const UserNumber number = readUserNumber(text);
    if (!number.value)
        return numberProblem(field, text, number);
    if (*number.value == 0)
        return tr("%1 cannot be zero: free is not a price.").arg(field);
    if (QString reason = validation::checkPrice(field, *number.value); !reason.isEmpty())
        return reason;
    // Stored exactly as typed: more decimals than a micro-dollar are refused, not rounded.
    QString why;
    if (!parseUserMoney(text, &why))
        return tr("%1: %2.").arg(field, why);
    return {};
}

QString checkOptionalCount(const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const UserNumber number = readUserNumber(text);
    if (!number.value)
        return numberProblem(field, text, number);
    const std::optional<double> value = number.value;
    if (*value < 1 || *value != std::floor(*value) || *value > 1'000'000)
        return tr("%1 must be a whole number of at least 1.").arg(field);
    return {};
}

std::optional<double> numberOf(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return parseUserNumber(text);
}

} // namespace gpucompare::editorchecks
