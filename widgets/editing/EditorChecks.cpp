#include "EditorChecks.h"

#include "TypedPrice.h"
#include "UserNumber.h"

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
    return readTypedPrice(field, text).error();
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
