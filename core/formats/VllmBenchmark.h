#pragma once

#include "ReadError.h"

#include <QDateTime>
#include <QString>
#include <optional>

class QIODevice;

namespace gpucompare {

/// A result file of vLLM's serving benchmark (`benchmark_serving.py --save-result`, now
/// `vllm bench serve --save-result`): one JSON object whose `output_throughput` is the output
/// tokens per second the server sustained. The serving estimate uses it as a measurement.
struct VllmBenchmark
{
    double outputTokensPerSecond = 0;
    QString modelId;   ///< "model_id", may be empty
    QString date;      ///< "date" as vLLM writes it ("20250101-120000"), may be empty
    int completed = 0; ///< requests completed
    double durationSeconds = 0;
    std::optional<int> maxConcurrency; ///< null in the file when unlimited

    /// "1,234 tokens/s, meta-llama/Llama-2-70b-hf, 1,000 requests over 812 s (vLLM,
    /// 20250101-120000)"
    QString description() const;
};

namespace VllmBenchmarkReader {

struct Result
{
    std::optional<VllmBenchmark> benchmark;
    ReadError error;
};

/// Reads one result file; a file that is not JSON, not an object, or has no positive
/// `output_throughput` gets an error naming the file and what is wrong.
Result read(QIODevice &device, const QString &fileName);
Result read(const QByteArray &bytes, const QString &fileName);

} // namespace VllmBenchmarkReader

} // namespace gpucompare
