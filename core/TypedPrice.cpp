#include "TypedPrice.h"

#include "Translated.h"
#include "Validation.h"

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return translated("gpucompare::TypedPrice", text);
}
} // namespace

QString numberProblem(const QString &field, const QString &text, const UserNumber &number,
                      const QLocale &locale)
{
    if (number.ambiguous) // a flag, not the (translated) text
        return tr("%1: %2.").arg(field, number.problem);
    return tr("%1 is not a number: \"%2\" (for example %3).")
        .arg(field, text.trimmed(), locale.toString(2.99));
}

Outcome<Money> readTypedPrice(const QString &field, const QString &text, const QLocale &locale)
{
    using Result = Outcome<Money>;
    const UserNumber number = readUserNumber(text, locale);
    if (!number.value)
        return Result::failure(numberProblem(field, text, number, locale));
    if (*number.value == 0)
        return Result::failure(tr("%1 cannot be zero: free is not a price.").arg(field));
    if (QString reason = validation::checkPrice(field, *number.value); !reason.isEmpty())
        return Result::failure(reason);
    // The exact decimal readUserNumber() kept, digit by digit: no double in between.
    QString why;
    if (const std::optional<Money> usd = Money::parse(number.decimal, &why))
        return *usd;
    return Result::failure(tr("%1: %2.").arg(field, why));
}

} // namespace gpucompare
