#pragma once

#include "PriceBookData.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace gpucompare {

/// The one way from a GPU name as a catalog, a file, a form or the command line spells it
/// ("RTX6000-Ada", "A100_80G_PCIE", "H100 (80 GB)") to a model of the price book. Case,
/// spaces, hyphens and underscores do not matter; "S", "SUPER", "Ti", "Ada" and "NVL" stay
/// distinct; a stated memory size tells A100 40 GB from 80 GB and a stated or implied form
/// factor (PCIe, SXM, NVL) tells H100 PCIe from SXM. A name it cannot place is never guessed.
class GpuNameMatcher final
{
public:
    explicit GpuNameMatcher(const QList<GpuModel> &models);

    enum class Outcome
    {
        Matched,
        Unknown,           ///< no model has that name or alias, in any spelling
        FormFactorUnknown, ///< the family is known, but not in the form factor asked for
        Ambiguous,         ///< several models fit equally well
    };
    struct Match
    {
        Outcome outcome = Outcome::Unknown;
        QString model;                ///< the model's name when matched
        bool memoryDisagrees = false; ///< matched by name, but the stated memory fits no model
        QString formFactor;           ///< the form factor that was asked for ("PCIe"), if any
    };

    /// The model `name` means. `memoryGb` are the per-GPU memory sizes the source states, most
    /// likely first (a catalog's figure may be per GPU or per machine); `formFactorHint` is what
    /// the machine's name says ("gpu_1x_h100_pcie") when the GPU name does not.
    Match match(const QString &name, const QList<double> &memoryGb = {},
                const QString &formFactorHint = {}) const;
    /// The model's name, or empty.
    QString resolve(const QString &name) const { return match(name).model; }
    /// The model itself, or null.
    const GpuModel *model(const QString &name) const;

    /// "RTX_6000-Ada" -> "rtx6000ada": lower case without spaces, hyphens, underscores or
    /// brackets, and without words that never tell parts apart ("NVIDIA", "GeForce", "HBM3").
    static QString key(const QString &name);
    /// "pcie", "sxm", "nvl", "oam" or empty, from a name's word or a form factor's description.
    static QString formFactorToken(const QString &text);
    /// Sentences naming labels (names or aliases) that mean two models once spelling is
    /// ignored; empty for a consistent set.
    static QStringList collisions(const QList<GpuModel> &models);

private:
    struct Parsed
    {
        QString base;       ///< the key without memory and form factor ("a100")
        QString formFactor; ///< "pcie", "sxm", "nvl" or empty
        std::optional<double> memoryGb;
    };
    static Parsed parse(const QString &name);
    QString modelFormFactor(const GpuModel &model) const;
    bool memoryFits(const GpuModel &model, double memoryGb) const;

    QList<GpuModel> m_models;
    QHash<QString, qsizetype> m_byName;        ///< exact name -> index
    QHash<QString, qsizetype> m_byKey;         ///< key of a name or alias -> index
    QHash<QString, QList<qsizetype>> m_family; ///< base key -> indices
    QHash<qsizetype, bool> m_hasPlainLabel;    ///< has a label that names no form factor
    QHash<qsizetype, QString> m_formFactor;    ///< index -> form factor token
};

} // namespace gpucompare
