#include "JsonNumber.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace gpucompare::JsonNumber {

char *writeInteger(char *out, qint64 value)
{
    return std::to_chars(out, out + kMaxChars, value).ptr;
}

char *writeDouble(char *out, double value)
{
    if (!std::isfinite(value)) {
        std::memcpy(out, "null", 4);
        return out + 4;
    }
    if (value == 0) { // Qt writes negative zero without its sign
        *out = '0';
        return out + 1;
    }
    // The shortest digits that read back as `value`, as "d.ddde±x".
    char scientific[kMaxChars];
    const char *end =
        std::to_chars(scientific, scientific + kMaxChars, value, std::chars_format::scientific).ptr;
    const char *p = scientific;
    if (*p == '-') {
        *out++ = '-';
        ++p;
    }
    char digits[20];
    int count = 0;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.')
            digits[count++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+'), end, exponent);
    // Value = 0.digits x 10^point. The exponent form is "d[.ddd]e±XX"; the decimal form pads
    // with zeros on either side. Qt chooses the shorter, the decimal one on a tie.
    const int point = exponent + 1;
    const int exponentDigits = std::abs(exponent) >= 100 ? 3 : 2;
    const int exponentLength = count + (count > 1 ? 1 : 0) + 2 + exponentDigits;
    const int decimalLength = point <= 0 ? 2 - point + count : (point < count ? count + 1 : point);
    if (decimalLength <= exponentLength) {
        if (point <= 0) {
            *out++ = '0';
            *out++ = '.';
            std::memset(out, '0', size_t(-point));
            out += -point;
            std::memcpy(out, digits, size_t(count));
            return out + count;
        }
        if (point < count) {
            std::memcpy(out, digits, size_t(point));
            out += point;
            *out++ = '.';
            std::memcpy(out, digits + point, size_t(count - point));
            return out + count - point;
        }
        std::memcpy(out, digits, size_t(count));
        out += count;
        std::memset(out, '0', size_t(point - count));
        return out + point - count;
    }
    *out++ = digits[0];
    if (count > 1) {
        *out++ = '.';
        std::memcpy(out, digits + 1, size_t(count - 1));
        out += count - 1;
    }
    *out++ = 'e';
    *out++ = exponent < 0 ? '-' : '+';
    const int magnitude = std::abs(exponent);
    if (magnitude < 10)
        *out++ = '0';
    return std::to_chars(out, out + 4, magnitude).ptr;
}

} // namespace gpucompare::JsonNumber
