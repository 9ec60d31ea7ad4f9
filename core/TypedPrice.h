#pragma once

#include "Money.h"
#include "Outcome.h"
#include "UserNumber.h"

#include <QLocale>
#include <QString>

namespace gpucompare {

/// Why a field's text is no number: ambiguous (what it was read as, how to write it), or not a
/// number at all (with an example in the user's locale).
QString numberProblem(const QString &field, const QString &text, const UserNumber &number,
                      const QLocale &locale = QLocale());

/// A price per instance-hour typed or pasted by the user, read once: a number in the user's
/// locale or as web pages write it ("$2.99"), not zero, not negative, not absurd, and stored
/// exactly as typed (more decimals than a micro-dollar are refused, not rounded). The error is
/// one sentence that names the field.
Outcome<Money> readTypedPrice(const QString &field, const QString &text,
                              const QLocale &locale = QLocale());

} // namespace gpucompare
