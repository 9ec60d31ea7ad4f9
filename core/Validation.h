#pragma once

#include <QString>

namespace gpucompare::validation {

/// Each check returns an empty string when the value is acceptable, otherwise one sentence a
/// person can act on, naming the field ("Instance type is longer than 200 characters").

constexpr int kMaxNameLength = 200;
constexpr int kMaxTextLength = 10'000;
constexpr double kMaxUsdPerHour = 1'000'000;
constexpr int kMaxGpusPerInstance = 1'024;

/// Trimmed, non-empty, at most maxLength characters, no control or bidi-override characters.
QString checkName(const QString &field, const QString &value, int maxLength = kMaxNameLength);

/// Like checkName, but empty is allowed and line breaks are fine (notes, descriptions).
QString checkText(const QString &field, const QString &value, int maxLength = kMaxTextLength);

/// Finite, >= 0 and below kMaxUsdPerHour.
QString checkPrice(const QString &field, double usd);

/// A whole number from 1 to kMaxGpusPerInstance.
QString checkGpuCount(const QString &field, double count);

/// A percentage from 0 to 100.
QString checkPercent(const QString &field, double percent);

/// Empty, or a real calendar date "YYYY-MM-DD"; with allowMonth also "YYYY-MM".
QString checkDate(const QString &field, const QString &value, bool allowMonth = true);

/// Empty, or an absolute http(s) URL with a host.
QString checkUrl(const QString &field, const QString &value);

/// Whether text holds a character we never store in a name: C0/C1 controls, or the Unicode
/// bidirectional overrides and isolates that can make text display differently from what it is.
bool hasForbiddenCharacters(const QString &text, bool allowLineBreaks = false);

/// Collapses surrounding whitespace; names are stored trimmed.
QString normalizedName(const QString &value);

} // namespace gpucompare::validation
