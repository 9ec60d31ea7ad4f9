#pragma once

#include "TypedPrice.h"

#include <QString>
#include <optional>

namespace gpucompare::editorchecks {

// Field checks the editing forms share; each returns empty or one sentence naming the field.

/// A number in the user's locale (or "$2.99"), or a message; required says whether empty is ok.
QString checkNumber(const QString &field, const QString &text, bool required, double min,
                    double max, bool minExclusive = false);
/// A price typed or pasted (USD per instance-hour): a number, not zero, not negative, not absurd.
QString checkPriceText(const QString &field, const QString &text);
/// An optional whole number >= 1 (vCPUs).
QString checkOptionalCount(const QString &field, const QString &text);
/// The number a checked field holds; nullopt for an empty optional field.
std::optional<double> numberOf(const QString &text);

} // namespace gpucompare::editorchecks
