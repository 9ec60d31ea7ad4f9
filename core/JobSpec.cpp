#include "JobSpec.h"

#include "Translated.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::JobSpec", text);
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

/// Appends an error unless min <= value <= max (exclusive of min when minExclusive).
void checkRange(JobCheck &check, const QString &field, const QString &label, double value,
                double min, double max, bool minExclusive = false)
{
    const bool tooLow = minExclusive ? value <= min : value < min;
    if (!std::isfinite(value) || tooLow || value > max) {
        const QString range = minExclusive ? tr("above %1 and at most %2") : tr("from %1 to %2");
        check.errors.append(
            {field, tr("%1 must be %2 (got %3).")
                        .arg(label, range.arg(number(min), number(max)),
                             std::isfinite(value) ? number(value) : tr("not a number"))});
    }
}

} // namespace

QString precisionToken(Precision precision)
{
    switch (precision) {
    case Precision::Bf16:
        return u"bf16"_s;
    case Precision::Fp16:
        return u"fp16"_s;
    case Precision::Fp8:
        return u"fp8"_s;
    }
    return {};
}

std::optional<Precision> precisionFromToken(const QString &token)
{
    for (Precision p : {Precision::Bf16, Precision::Fp16, Precision::Fp8}) {
        if (token.compare(precisionToken(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QStringList precisionTokens()
{
    return {u"bf16"_s, u"fp16"_s, u"fp8"_s};
}

QString precisionDisplayName(Precision precision)
{
    switch (precision) {
    case Precision::Bf16:
        return tr("BF16");
    case Precision::Fp16:
        return tr("FP16");
    case Precision::Fp8:
        return tr("FP8");
    }
    return {};
}

QString JobCheck::firstErrorFor(const QString &field) const
{
    for (const FieldIssue &issue : errors) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

QString JobCheck::firstWarningFor(const QString &field) const
{
    for (const FieldIssue &issue : warnings) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

JobCheck checkJob(const JobSpec &job)
{
    using namespace jobbounds;
    JobCheck check;
    if (job.work == JobSpec::Work::Tokens) {
        checkRange(check, u"params"_s, tr("Parameters"), job.parameters, kMinParameters,
                   kMaxParameters);
        checkRange(check, u"tokens"_s, tr("Training tokens"), job.tokens, kMinTokens, kMaxTokens);
        checkRange(check, u"epochs"_s, tr("Epochs"), job.epochs, 0, kMaxEpochs, true);
        if (job.attention) {
            const AttentionShape &a = *job.attention;
            checkRange(check, u"layers"_s, tr("Layers"), a.layers, 1, 10'000);
            checkRange(check, u"heads"_s, tr("Attention heads"), a.heads, 1, 10'000);
            checkRange(check, u"head-dim"_s, tr("Head size"), a.headDim, 1, 100'000);
            checkRange(check, u"seq-len"_s, tr("Sequence length"), a.sequenceLength, 1,
                       100'000'000);
        }
        if (check.ok() && job.parameters > 0 && job.tokens * job.epochs < job.parameters) {
            check.warnings.append(
                {u"tokens"_s, tr("Fewer tokens than parameters: compute-optimal training uses "
                                 "about 20 tokens per parameter (Chinchilla).")});
        }
    } else {
        checkRange(check, u"gpu-hours"_s, tr("GPU-hours"), job.gpuHours, 0, kMaxGpuHours, true);
        if (job.parameters != 0) {
            checkRange(check, u"params"_s, tr("Parameters"), job.parameters, kMinParameters,
                       kMaxParameters);
        }
    }
    if (job.mfu) {
        const double mfu = *job.mfu;
        if (!std::isfinite(mfu) || mfu <= 0 || mfu > 1) {
            check.errors.append(
                {u"mfu"_s, tr("MFU must be above 0 and at most 1; 0.4 means 40 % of the GPU's "
                              "dense peak (got %1).")
                               .arg(std::isfinite(mfu) ? number(mfu) : tr("not a number"))});
        } else if (mfu < kMfuWarnLow || mfu > kMfuWarnHigh) {
            check.warnings.append(
                {u"mfu"_s, tr("MFU %1 is outside the 0.20-0.60 that published runs reach; "
                              "nothing public exceeds about 0.64.")
                               .arg(number(mfu))});
        }
    }
    checkRange(check, u"overhead"_s, tr("Overhead factor"), job.overhead, 1, kMaxOverhead);
    checkRange(check, u"spot-overhead"_s, tr("Spot interruption overhead"),
               job.spotInterruptionOverhead, 0, kMaxSpotOverhead);
    if (job.gpus < 1 || job.gpus > kMaxGpus) {
        check.errors.append({u"gpus"_s, tr("Number of GPUs must be a whole number from 1 to %1 "
                                           "(got %2).")
                                            .arg(kMaxGpus)
                                            .arg(job.gpus)});
    }
    checkRange(check, u"storage-tb"_s, tr("Storage"), job.storageTb, 0, kMaxStorageTb);
    checkRange(check, u"storage-months"_s, tr("Storage months"), job.storageMonths, 0, kMaxMonths);
    checkRange(check, u"storage-price"_s, tr("Storage price"), job.usdPerTbMonth, 0, kMaxUsdPerTb);
    checkRange(check, u"egress-tb"_s, tr("Egress"), job.egressTb, 0, kMaxStorageTb);
    checkRange(check, u"egress-price"_s, tr("Egress price"), job.usdPerTbEgress, 0, kMaxUsdPerTb);
    if (job.budgetUsd)
        checkRange(check, u"budget"_s, tr("Budget"), *job.budgetUsd, 0, kMaxBudgetUsd, true);
    return check;
}

double flopsPerToken(const JobSpec &job)
{
    double perToken = 6.0 * job.parameters;
    if (job.attention) {
        const AttentionShape &a = *job.attention;
        perToken += 12.0 * a.layers * a.heads * double(a.headDim) * a.sequenceLength;
    }
    return perToken;
}

double trainingFlops(const JobSpec &job)
{
    if (job.work != JobSpec::Work::Tokens)
        return 0;
    return flopsPerToken(job) * job.tokens * job.epochs;
}

namespace {

/// Splits "65.2B" into "65.2" and 1e9; scale 1 without a suffix.
std::pair<QString, double> splitSuffix(QString t)
{
    double scale = 1;
    if (!t.isEmpty()) {
        const QChar last = t.back().toUpper();
        if (last == u'K' || last == u'M' || last == u'B' || last == u'T') {
            scale = last == u'K' ? 1e3 : last == u'M' ? 1e6 : last == u'B' ? 1e9 : 1e12;
            t.chop(1);
        }
    }
    return {t.trimmed(), scale};
}

std::optional<double> finiteProduct(double value, double scale)
{
    const double scaled = value * scale;
    if (!std::isfinite(value) || !std::isfinite(scaled))
        return std::nullopt;
    return scaled;
}

} // namespace

std::optional<double> parseQuantity(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u',');
    t.remove(u'_');
    const auto [number, scale] = splitSuffix(t);
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(number, &ok);
    if (!ok)
        return std::nullopt;
    return finiteProduct(value, scale);
}

std::optional<double> parseQuantity(const QString &text, const QLocale &locale)
{
    const auto [number, scale] = splitSuffix(text.trimmed());
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = locale.toDouble(number, &ok);
    if (ok)
        return finiteProduct(value, scale);
    return parseQuantity(text);
}

QString formatQuantity(double value, const QLocale &locale)
{
    struct Suffix
    {
        double scale;
        char16_t letter;
    };
    static constexpr Suffix suffixes[] = {{1e12, u'T'}, {1e9, u'B'}, {1e6, u'M'}};
    for (const Suffix &s : suffixes) {
        if (std::abs(value) >= s.scale) {
            QString number = locale.toString(value / s.scale, 'g', 6);
            number.remove(locale.groupSeparator());
            return number + QChar(s.letter);
        }
    }
    QString number = locale.toString(value, 'g', 10);
    number.remove(locale.groupSeparator());
    return number;
}

QString formatQuantity(double value)
{
    return formatQuantity(value, QLocale::c());
}

} // namespace gpucompare
