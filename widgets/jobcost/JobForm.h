#pragma once

#include "CostModel.h"
#include "JobPresets.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gpucompare {

/// The calculator's inputs: a form with units, tooltips that explain MFU and overhead, and the
/// reason for each invalid or unusual value shown under its field as the user types.
class JobForm final : public QWidget
{
    Q_OBJECT

public:
    explicit JobForm(QWidget *parent = nullptr);

    /// The GPU models the GPU pickers offer; keeps the current choice where it still exists.
    /// The GPU picker lists the models some offer rents (`offered`; every model when empty) and
    /// keeps the user's choice; GPU-hours can be measured on any model of the book.
    void setGpuModels(const QList<GpuModel> &gpus, const QSet<QString> &offered = {});

    /// The job as entered. Only meaningful when check().ok().
    JobSpec job() const;
    /// Every problem: unreadable numbers first, then checkJob()'s.
    JobCheck check() const;
    /// The GPU model the results are for; empty for every GPU model.
    QString gpuModel() const;

    void setJob(const JobSpec &job, const QString &gpuModel);
    void applyPreset(const JobPreset &preset);
    void setGpuModel(const QString &gpuModel);

Q_SIGNALS:
    /// Any input changed (after the form has shown its messages).
    void changed();

private:
    /// With "Per GPU family" on, the greyed MFU field shows the value the estimate uses.
    void showUsedMfu();
    /// Adds "label: field" with a message line under the field; returns the row's widget.
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key,
                    const QString &toolTip);
    void updateModeVisibility();
    void showMessages();
    void onEdited();

    QComboBox *m_work = nullptr;
    QLineEdit *m_params = nullptr;
    QLineEdit *m_tokens = nullptr;
    QDoubleSpinBox *m_epochs = nullptr;
    QLineEdit *m_gpuHours = nullptr;
    QComboBox *m_measuredOn = nullptr;
    QComboBox *m_gpu = nullptr;
    QSpinBox *m_gpus = nullptr;
    QList<GpuModel> m_gpuModels; ///< for the MFU the estimate assumes (showUsedMfu)
    QSet<QString> m_offered;     ///< the models some offer rents (empty: all)
    QComboBox *m_precision = nullptr;
    QCheckBox *m_mfuDefault = nullptr;
    QDoubleSpinBox *m_mfu = nullptr;
    QDoubleSpinBox *m_overhead = nullptr;
    QSpinBox *m_spotOverhead = nullptr;
    QGroupBox *m_attention = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_heads = nullptr;
    QSpinBox *m_headDim = nullptr;
    QSpinBox *m_seqLen = nullptr;
    QGroupBox *m_costs = nullptr;
    QDoubleSpinBox *m_storageTb = nullptr;
    QDoubleSpinBox *m_storageMonths = nullptr;
    QDoubleSpinBox *m_storagePrice = nullptr;
    QDoubleSpinBox *m_egressTb = nullptr;
    QDoubleSpinBox *m_egressPrice = nullptr;
    QGroupBox *m_budget = nullptr;
    QDoubleSpinBox *m_budgetUsd = nullptr;

    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_messages; ///< field key -> the line under its field
    QList<QWidget *> m_tokenRows;        ///< shown when computing from parameters and tokens
    QList<QWidget *> m_hourRows;         ///< shown when starting from measured GPU-hours
    bool m_filling = false;              ///< setJob() in progress: one changed() at the end
};

} // namespace gpucompare
