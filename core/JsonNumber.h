#pragma once

#include <QtGlobal>

namespace gpucompare {

/// Numbers as Qt's JSON writer (QJsonDocument::toJson) writes them, straight into a character
/// buffer: std::to_chars' shortest round-trip digits laid out as
/// QByteArray::number(d, 'g', QLocale::FloatingPointShortest) lays them out (the shorter of the
/// decimal and the exponent form, the decimal one on a tie; two-digit exponents at least; "0"
/// for negative zero; "null" for NaN and infinities). Writing 100,000 estimates spent a third
/// of its time in QByteArray::number. JsonNumberTest checks the bytes against Qt's.
namespace JsonNumber {

/// Enough for any double or 64-bit integer.
constexpr int kMaxChars = 32;

/// Writes `value` at `out` (kMaxChars available) and returns the end of what was written.
char *writeDouble(char *out, double value);
char *writeInteger(char *out, qint64 value);

} // namespace JsonNumber

} // namespace gpucompare
