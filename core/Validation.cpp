#include "Validation.h"

#include "Translated.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare::validation {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::validation", text);
}

bool isBidiControl(char32_t c)
{
    // LRE..RLO embeddings and overrides, LRI..PDI isolates, and the implicit marks.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

} // namespace

bool hasForbiddenCharacters(const QString &text, bool allowLineBreaks)
{
    for (const char32_t c : text.toUcs4()) {
        if (allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c))
            return true;
    }
    return false;
}

QString normalizedName(const QString &value)
{
    return value.trimmed();
}

QString checkName(const QString &field, const QString &value, int maxLength)
{
    const QString name = normalizedName(value);
    if (name.isEmpty())
        return tr("%1 is required").arg(field);
    if (name.size() > maxLength)
        return tr("%1 is longer than %2 characters").arg(field).arg(maxLength);
    if (hasForbiddenCharacters(name))
        return tr("%1 contains a control or text-direction character").arg(field);
    return {};
}

QString checkText(const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return tr("%1 is longer than %2 characters").arg(field).arg(maxLength);
    if (hasForbiddenCharacters(value, true))
        return tr("%1 contains a control or text-direction character").arg(field);
    return {};
}

QString checkPrice(const QString &field, double usd)
{
    if (!std::isfinite(usd))
        return tr("%1 must be a number").arg(field);
    if (usd < 0)
        return tr("%1 cannot be negative").arg(field);
    if (usd >= kMaxUsdPerHour)
        return tr("%1 must be below %2 USD per hour").arg(field, u"1,000,000"_s);
    return {};
}

QString checkGpuCount(const QString &field, double count)
{
    if (!std::isfinite(count) || count != std::floor(count))
        return tr("%1 must be a whole number of GPUs").arg(field);
    if (count < 1 || count > kMaxGpusPerInstance)
        return tr("%1 must be between 1 and %2").arg(field).arg(kMaxGpusPerInstance);
    return {};
}

QString checkPercent(const QString &field, double percent)
{
    if (!std::isfinite(percent))
        return tr("%1 must be a number").arg(field);
    if (percent < 0 || percent > 100)
        return tr("%1 must be between 0 and 100 %").arg(field);
    return {};
}

QString checkDate(const QString &field, const QString &value, bool allowMonth)
{
    if (value.isEmpty())
        return {};
    static const QRegularExpression day(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
    if (const auto m = day.match(value); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return {};
        return tr("%1 \"%2\" is not a calendar date").arg(field, value);
    }
    if (allowMonth) {
        if (const auto m = month.match(value); m.hasMatch()) {
            const int monthNumber = m.captured(2).toInt();
            if (monthNumber >= 1 && monthNumber <= 12)
                return {};
            return tr("%1 \"%2\" has no month %3").arg(field, value).arg(monthNumber);
        }
        return tr("%1 \"%2\" is not a date such as 2025-06-30 or 2025-06").arg(field, value);
    }
    return tr("%1 \"%2\" is not a date such as 2025-06-30").arg(field, value);
}

QString checkUrl(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (hasForbiddenCharacters(value) || value.contains(u' '))
        return tr("%1 is not a web address (it contains spaces or control characters)").arg(field);
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return tr("%1 \"%2\" is not a web address starting with https://").arg(field, value);
    return {};
}

} // namespace gpucompare::validation
