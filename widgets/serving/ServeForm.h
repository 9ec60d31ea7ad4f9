#pragma once

#include "Outcome.h"
#include "ServingModel.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gpucompare {

struct ServePreset;

/// The serving calculator's inputs, with the training form's conventions: units in the fields,
/// the basis of every default in its tooltip, and the reason for an invalid value under its
/// field as the user types. Model presets fill in published shapes; a vLLM benchmark result
/// fills in a measured throughput.
class ServeForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ServeForm(QWidget *parent = nullptr);

    /// Lists the models some offer rents (`offered`; every model when empty), keeping the
    /// user's choice.
    void setGpuModels(const QList<GpuModel> &gpus, const QSet<QString> &offered = {});
    /// The spec as entered; meaningful when check() is empty.
    ServeSpec spec() const;
    /// Unreadable numbers first, then checkServe()'s, each with its field's key.
    QList<ServeField> check() const;
    /// The GPU model to price; empty for every GPU model.
    QString gpuModel() const;
    void setGpuModel(const QString &gpuModel);
    /// With "Fewest that fit" on, the greyed GPU count shows the one the results use, or "per
    /// GPU" when it differs between GPU models (issue 30: it said 8 while the results used 4).
    void showUsedGpus(std::optional<int> gpus);

    /// Index into servePresets().
    void applyPreset(int index);
    /// Reads a vLLM result file into the measured throughput; a failure gives the reason (file
    /// and what is wrong) when the file cannot be used, and the form then stays as it was.
    Status importVllmResult(const QString &path);

    /// Every input by field, to keep across restarts and language switches.
    QVariantMap saveState() const;
    /// Puts back what saveState() gave; a GPU not listed yet is chosen once setGpuModels()
    /// lists it. Unknown or missing entries keep their field as it is.
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    void changed();

private:
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key,
                const QString &toolTip);
    void onEdited();
    void showMessages();
    void updateTrafficVisibility();

    QComboBox *m_model = nullptr;
    QLineEdit *m_params = nullptr;
    QLineEdit *m_totalParams = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_kvPrecision = nullptr;
    QGroupBox *m_shape = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_kvHeads = nullptr;
    QSpinBox *m_headDim = nullptr;
    QSpinBox *m_context = nullptr;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_gpu = nullptr;
    QCheckBox *m_gpusAuto = nullptr;
    QCheckBox *m_multiNode = nullptr;
    QSpinBox *m_gpus = nullptr;
    QDoubleSpinBox *m_bandwidth = nullptr;
    QDoubleSpinBox *m_mfu = nullptr;
    QGroupBox *m_traffic = nullptr;
    QComboBox *m_trafficMode = nullptr;
    QLineEdit *m_tokensPerMonth = nullptr;
    QDoubleSpinBox *m_requestsPerSecond = nullptr;
    QSpinBox *m_tokensPerRequest = nullptr;
    QLabel *m_trafficTotal = nullptr;
    QFormLayout *m_trafficForm = nullptr;
    QList<QWidget *> m_tokenRows;
    QList<QWidget *> m_requestRows;
    QGroupBox *m_measured = nullptr;
    QDoubleSpinBox *m_measuredTps = nullptr;
    QPushButton *m_importVllm = nullptr;
    QLabel *m_measuredSource = nullptr;

    QHash<QString, QLabel *> m_messages;
    QHash<QString, QWidget *> m_rows;
    bool m_filling = false;
    QString m_pendingGpu; ///< restored before the GPU list was filled
};

} // namespace gpucompare
