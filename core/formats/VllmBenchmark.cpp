#include "VllmBenchmark.h"

#include "Translated.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::VllmBenchmark", text);
}

/// A result file holds every request's texts and timings; a few hundred MB is far more than
/// any benchmark writes, and reading more would only stall the window.
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

} // namespace

QString VllmBenchmark::description() const
{
    const QLocale locale;
    QString text = tr("%1 tokens/s").arg(locale.toString(outputTokensPerSecond, 'f', 0));
    if (!modelId.isEmpty())
        text += u", "_s + modelId;
    if (completed > 0 && durationSeconds > 0) {
        text += u", "_s +
                tr("%1 requests over %2 s")
                    .arg(locale.toString(completed), locale.toString(durationSeconds, 'f', 0));
    }
    if (maxConcurrency)
        text += u", "_s + tr("at most %1 at once").arg(locale.toString(*maxConcurrency));
    text += date.isEmpty() ? tr(" (vLLM)") : tr(" (vLLM, %1)").arg(date);
    return text;
}

VllmBenchmarkReader::Result VllmBenchmarkReader::read(QIODevice &device, const QString &fileName)
{
    if (device.size() > kMaxFileBytes) {
        return {std::nullopt, ReadError{fileName,
                                        0,
                                        0,
                                        {},
                                        tr("is larger than %1 MB; a benchmark result is smaller")
                                            .arg(kMaxFileBytes / (1024 * 1024))}};
    }
    return read(device.readAll(), fileName);
}

VllmBenchmarkReader::Result VllmBenchmarkReader::read(const QByteArray &bytes,
                                                      const QString &fileName)
{
    Result result;
    const QJsonDocument document = parseJsonFile(bytes, fileName, &result.error);
    if (!result.error.isEmpty())
        return result;
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.contains(u"output_throughput"_s)) {
        result.error = {fileName,
                        0,
                        0,
                        {},
                        tr("is not a vLLM serving benchmark result: it has no "
                           "\"output_throughput\" (save one with --save-result)")};
        return result;
    }
    const QJsonValue throughput = root.value(u"output_throughput"_s);
    if (!throughput.isDouble() || !std::isfinite(throughput.toDouble()) ||
        throughput.toDouble() <= 0 || throughput.toDouble() > 1e9) {
        result.error = {fileName, 0, 0, u"output_throughput"_s,
                        tr("must be a number of tokens per second above 0 and at most "
                           "1,000,000,000")};
        return result;
    }
    VllmBenchmark b;
    b.outputTokensPerSecond = throughput.toDouble();
    b.modelId = root.value(u"model_id"_s).toString();
    b.date = root.value(u"date"_s).toString();
    const double completed = root.value(u"completed"_s).toDouble();
    if (completed > 0 && completed < 2e9)
        b.completed = int(completed);
    const double duration = root.value(u"duration"_s).toDouble();
    if (std::isfinite(duration) && duration > 0)
        b.durationSeconds = duration;
    const QJsonValue concurrency = root.value(u"max_concurrency"_s);
    if (concurrency.isDouble() && concurrency.toDouble() >= 1 && concurrency.toDouble() < 2e9)
        b.maxConcurrency = int(concurrency.toDouble());
    result.benchmark = b;
    return result;
}

} // namespace gpucompare
