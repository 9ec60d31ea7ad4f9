#pragma once

#include "ServingModel.h"

#include <QList>
#include <QString>

namespace gpucompare {

/// A published model whose shape fills the serving form: parameters, and the layers, KV heads
/// and head dimension the KV cache needs. Only published figures; each names where it is from.
struct ServePreset
{
    QString name;
    QString source;             ///< where the figures come from, shown as the preset's tooltip
    double parameters = 0;      ///< per token (a mixture of experts: the active ones)
    double totalParameters = 0; ///< held in memory; 0 when the same as `parameters`
    int layers = 0;
    int kvHeads = 0;
    int headDim = 0;
    int maxContext = 0; ///< the longest context the model was released for

    /// Applies the shape to `spec`, keeping precision, batch, GPUs and traffic; a context
    /// longer than the model's is cut to it.
    void applyTo(ServeSpec &spec) const;
};

/// Llama 2 7B/13B/70B, Llama 3.1 8B/70B/405B, Mixtral 8x7B.
const QList<ServePreset> &servePresets();

} // namespace gpucompare
