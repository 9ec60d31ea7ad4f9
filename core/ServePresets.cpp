#include "ServePresets.h"

#include "Translated.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::ServePresets", text);
}

ServePreset preset(QString name, QString source, double parameters, int layers, int kvHeads,
                   int headDim, int maxContext, double totalParameters = 0)
{
    return {std::move(name), std::move(source), parameters, totalParameters,
            layers,          kvHeads,           headDim,    maxContext};
}

} // namespace

void ServePreset::applyTo(ServeSpec &spec) const
{
    spec.parameters = parameters;
    spec.totalParameters.reset();
    if (totalParameters > parameters)
        spec.totalParameters = totalParameters;
    spec.layers = layers;
    spec.kvHeads = kvHeads;
    spec.headDim = headDim;
    if (maxContext > 0 && spec.contextTokens > maxContext)
        spec.contextTokens = maxContext;
}

const QList<ServePreset> &servePresets()
{
    // Shapes from each model's config.json on Hugging Face (num_hidden_layers,
    // num_key_value_heads, hidden_size / num_attention_heads = head dimension,
    // max_position_embeddings); sizes as the papers and model cards name them.
    static const QList<ServePreset> presets = {
        preset(tr("Llama 2 7B"),
               tr("Touvron et al. 2023 (Llama 2), Table 1: 7B, 4k context. "
                  "meta-llama/Llama-2-7b-hf config.json: 32 layers, 32 KV heads "
                  "(no grouped-query attention), hidden size 4,096 over 32 heads."),
               7e9, 32, 32, 128, 4096),
        preset(tr("Llama 2 13B"),
               tr("Touvron et al. 2023 (Llama 2), Table 1: 13B, 4k context. "
                  "meta-llama/Llama-2-13b-hf config.json: 40 layers, 40 KV heads, hidden size "
                  "5,120 over 40 heads."),
               13e9, 40, 40, 128, 4096),
        preset(tr("Llama 2 70B"),
               tr("Touvron et al. 2023 (Llama 2), Table 1: 70B with grouped-query attention, 4k "
                  "context. meta-llama/Llama-2-70b-hf config.json: 80 layers, 8 KV heads, "
                  "hidden size 8,192 over 64 heads."),
               70e9, 80, 8, 128, 4096),
        preset(tr("Llama 3.1 8B"),
               tr("Llama Team 2024 (The Llama 3 Herd of Models), Table 3: 8B, 32 layers, 8 KV "
                  "heads, model dimension 4,096 over 32 heads, 128k context "
                  "(meta-llama/Llama-3.1-8B config.json: max_position_embeddings 131,072)."),
               8e9, 32, 8, 128, 131072),
        preset(tr("Llama 3.1 70B"),
               tr("Llama Team 2024 (The Llama 3 Herd of Models), Table 3: 70B, 80 layers, 8 KV "
                  "heads, model dimension 8,192 over 64 heads, 128k context."),
               70e9, 80, 8, 128, 131072),
        preset(tr("Llama 3.1 405B"),
               tr("Llama Team 2024 (The Llama 3 Herd of Models), Table 3: 405B, 126 layers, 8 "
                  "KV heads, model dimension 16,384 over 128 heads, 128k context."),
               405e9, 126, 8, 128, 131072),
        preset(tr("Mixtral 8x7B"),
               tr("Jiang et al. 2024 (Mixtral of Experts) and Mistral AI's announcement: 46.7B "
                  "parameters in memory, 12.9B active per token (two of eight experts); "
                  "32 layers, 8 KV heads, dimension 4,096 over 32 heads, 32k context "
                  "(mistralai/Mixtral-8x7B-v0.1 config.json)."),
               12.9e9, 32, 8, 128, 32768, 46.7e9),
    };
    return presets;
}

} // namespace gpucompare
