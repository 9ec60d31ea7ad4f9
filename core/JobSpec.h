#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// The arithmetic precision a job trains in; it picks which dense peak a GPU is measured by.
enum class Precision
{
    Bf16,
    Fp16,
    Fp8
};

/// "bf16", "fp16", "fp8": command line and file token, never translated.
QString precisionToken(Precision precision);
std::optional<Precision> precisionFromToken(const QString &token);
QStringList precisionTokens();
QString precisionDisplayName(Precision precision);

/// The PaLM attention term's inputs (appendix B): 12 · layers · heads · head size · sequence
/// length FLOPs per token on top of 6 · N.
struct AttentionShape
{
    int layers = 0;
    int heads = 0;
    int headDim = 0;
    int sequenceLength = 0;

    friend bool operator==(const AttentionShape &, const AttentionShape &) = default;
};

/// A training job as the calculator's form and `gpucompare estimate` describe it. Plain values:
/// checkJob() says whether they make sense, estimateJob() prices them.
struct JobSpec
{
    enum class Work
    {
        Tokens,  ///< compute from parameters and tokens: C = 6 · N · D (· epochs)
        GpuHours ///< GPU-hours measured on a run, optionally on a named GPU
    };

    Work work = Work::Tokens;
    double parameters = 0; ///< N; for a mixture of experts, the activated parameters
    double tokens = 0;     ///< D per epoch (pre-training: one epoch over the corpus)
    double epochs = 1;
    std::optional<AttentionShape> attention;

    double gpuHours = 0;
    QString gpuHoursMeasuredOn; ///< GPU model the hours were measured on; empty: any GPU

    Precision precision = Precision::Bf16;
    std::optional<double> mfu; ///< empty: the default for each GPU family (defaultMfu)
    double overhead = 1.0;     ///< restarts, downtime, evaluation; published runs show 1.1-1.5
    double spotInterruptionOverhead = 0.10; ///< extra work after preemptions, spot offers only
    int gpus = 8;                           ///< GPUs the job runs on, before rounding to instances

    double storageTb = 0;
    double storageMonths = 1;
    double usdPerTbMonth = 0;
    double egressTb = 0;
    double usdPerTbEgress = 0;

    std::optional<double> budgetUsd; ///< budget mode: what this buys on each offer

    friend bool operator==(const JobSpec &, const JobSpec &) = default;
};

/// One problem with one input. `field` is the command-line option name without dashes
/// ("mfu", "gpus"), which the form maps to its widget.
struct FieldIssue
{
    QString field;
    QString message;
};

struct JobCheck
{
    QList<FieldIssue> errors;   ///< the job cannot be estimated until these are fixed
    QList<FieldIssue> warnings; ///< it can, but a person should look again

    bool ok() const { return errors.isEmpty(); }
    QString firstErrorFor(const QString &field) const;
    QString firstWarningFor(const QString &field) const;
};

/// The accepted ranges, shared by the form's validators and the command line's messages.
namespace jobbounds {
constexpr double kMinParameters = 1e6;
constexpr double kMaxParameters = 1e14;
constexpr double kMinTokens = 1e6;
constexpr double kMaxTokens = 1e16;
constexpr double kMaxEpochs = 1000;
constexpr double kMaxGpuHours = 1e10;
constexpr int kMaxGpus = 1'000'000;
constexpr double kMfuWarnLow = 0.20;
constexpr double kMfuWarnHigh = 0.60;
constexpr double kMaxOverhead = 5;
constexpr double kMaxSpotOverhead = 2;
constexpr double kMaxStorageTb = 1e6;
constexpr double kMaxMonths = 120;
constexpr double kMaxUsdPerTb = 10'000;
constexpr double kMaxBudgetUsd = 1e12;
constexpr double kMaxUsdPerGpuHour = 1'000;
} // namespace jobbounds

/// Checks every input for being finite, in range and consistent, with messages a person can act
/// on ("MFU must be above 0 and at most 1; 0.4 means 40 % of the GPU's dense peak").
JobCheck checkJob(const JobSpec &job);

/// Training FLOPs: 6 · N · D · epochs, plus the attention term when a shape is given.
/// Zero in GPU-hours mode.
double trainingFlops(const JobSpec &job);
/// FLOPs per trained token: 6 · N (+ 12 · L · H · Q · T).
double flopsPerToken(const JobSpec &job);

/// Reads "65.2e9", "65.2B", "7B", "1.4T", "500M", "10k" or "1,000" (C locale).
/// nullopt for anything else, including NaN and infinities.
std::optional<double> parseQuantity(const QString &text);
/// The same in a person's locale first ("65,2B" in German), then in the C locale, so a value
/// pasted from a paper ("65.2B") reads everywhere.
std::optional<double> parseQuantity(const QString &text, const QLocale &locale);
/// formatQuantity in a locale, for the form.
QString formatQuantity(double value, const QLocale &locale);
/// The inverse for display: 65.2e9 -> "65.2B", 1.4e12 -> "1.4T", 440 -> "440".
QString formatQuantity(double value);

} // namespace gpucompare
