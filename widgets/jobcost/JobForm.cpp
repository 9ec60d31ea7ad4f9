#include "JobForm.h"

#include "CalculatorRows.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

using calculator::newDoubleSpin;
using calculator::newSpin;

JobForm::JobForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_work = new QComboBox(this);
    m_work->setObjectName(u"workMode"_s);
    m_work->addItem(tr("Parameters × tokens"), int(JobSpec::Work::Tokens));
    m_work->addItem(tr("Measured GPU-hours"), int(JobSpec::Work::GpuHours));
    addRow(m_form, tr("&Start from:"), m_work, u"work"_s,
           tr("Compute the work from model size and data (C = 6·N·D), or start from GPU-hours "
              "a run reported."));

    m_params = calculator::newQuantityEdit(this, u"params"_s, tr("e.g. 7B or 7e9"));
    addRow(m_form, tr("&Parameters:"), m_params, u"params"_s,
           tr("N, the parameters trained per token; for a mixture of experts "
              "the activated ones. Suffixes: k, M, B, T."));
    m_tokens = calculator::newQuantityEdit(this, u"tokens"_s, tr("e.g. 1T or 1.4e12"));
    m_tokenRows << addRow(m_form, tr("T&raining tokens:"), m_tokens, u"tokens"_s,
                          tr("D, the tokens seen per epoch. Compute-optimal is about 20 tokens "
                             "per parameter (Chinchilla)."));
    m_epochs = newDoubleSpin(this, u"epochs"_s, 0.01, jobbounds::kMaxEpochs, 2, 1);
    m_epochs->setValue(1);
    m_tokenRows << addRow(m_form, tr("&Epochs:"), m_epochs, u"epochs"_s,
                          tr("Passes over the tokens; fine-tuning often runs 2-5."));

    m_gpuHours = calculator::newQuantityEdit(this, u"gpu-hours"_s, tr("e.g. 184320"));
    m_hourRows << addRow(m_form, tr("GPU-&hours:"), m_gpuHours, u"gpu-hours"_s,
                         tr("GPU-hours a run reported. Reported figures usually include restarts "
                            "already, so leave the overhead at 1."));
    m_measuredOn = new QComboBox(this);
    m_measuredOn->setObjectName(u"measuredOn"_s);
    m_hourRows << addRow(m_form, tr("&Measured on:"), m_measuredOn, u"measured-on"_s,
                         tr("The GPU the hours were measured on. Other GPUs are scaled by their "
                            "dense peak at equal MFU."));

    m_gpu = new QComboBox(this);
    m_gpu->setObjectName(u"jobGpu"_s);
    addRow(m_form, tr("&GPU:"), m_gpu, u"gpu"_s,
           tr("Price the job on this GPU model's offers, or on every GPU model."));
    m_gpus = newSpin(this, u"gpus"_s, 1, jobbounds::kMaxGpus);
    m_gpus->setValue(8);
    addRow(m_form, tr("&Number of GPUs:"), m_gpus, u"gpus"_s,
           tr("GPUs the job runs on; each offer rents whole instances, so 100 GPUs on 8-GPU "
              "instances rents 104."));
    m_precision = new QComboBox(this);
    m_precision->setObjectName(u"precision"_s);
    for (const QString &token : precisionTokens()) {
        m_precision->addItem(precisionDisplayName(*precisionFromToken(token)), token);
    }
    addRow(m_form, tr("Pre&cision:"), m_precision, u"precision"_s,
           tr("Picks each GPU's dense peak: V100 has no BF16 (its FP16 peak is used); GPUs "
              "without FP8 fall back to their 16-bit peak."));

    auto *mfuRow = new QWidget(this);
    m_mfuDefault = new QCheckBox(tr("Per GPU &family"), mfuRow);
    m_mfuDefault->setObjectName(u"mfuDefault"_s);
    m_mfuDefault->setChecked(true);
    m_mfu = newDoubleSpin(mfuRow, u"mfu"_s, 0.01, 1.0, 3, 0.01);
    m_mfu->setValue(0.4);
    m_mfu->setEnabled(false);
    auto *mfuLayout = new QHBoxLayout(mfuRow);
    mfuLayout->setContentsMargins(0, 0, 0, 0);
    mfuLayout->addWidget(m_mfu, 1);
    mfuLayout->addWidget(m_mfuDefault);
    addRow(m_form, tr("M&FU:"), mfuRow, u"mfu"_s,
           tr("Model FLOPs utilisation: the share of the GPU's dense peak the training really "
              "uses; published runs reach 0.20-0.60."));
    m_mfu->setAccessibleName(tr("MFU"));

    m_overhead = newDoubleSpin(this, u"overhead"_s, 1.0, jobbounds::kMaxOverhead, 2, 0.05, u" ×"_s);
    m_overhead->setValue(1.0);
    addRow(m_form, tr("&Overhead:"), m_overhead, u"overhead"_s,
           tr("Multiplies the GPU-hours for restarts, downtime and evaluation: published runs "
              "come out 1.1-1.5× above the ideal."));
    m_spotOverhead =
        newSpin(this, u"spotOverhead"_s, 0, int(jobbounds::kMaxSpotOverhead * 100), u" %"_s);
    m_spotOverhead->setValue(10);
    addRow(m_form, tr("Sp&ot interruptions:"), m_spotOverhead, u"spot-overhead"_s,
           tr("Extra work on spot offers, lost after preemptions and restarts."));

    // Optional parts: each group's check box says whether it counts.
    m_attention = new QGroupBox(tr("&Attention term (PaLM)"), this);
    m_attention->setObjectName(u"attentionGroup"_s);
    m_attention->setCheckable(true);
    m_attention->setChecked(false);
    m_attention->setToolTip(tr("Adds 12 · layers · heads · head size · sequence length FLOPs per "
                               "token, which matters for long sequences."));
    auto *attentionForm = new QFormLayout(m_attention);
    m_layers = newSpin(m_attention, u"layers"_s, 1, 10'000);
    m_layers->setValue(32);
    m_heads = newSpin(m_attention, u"heads"_s, 1, 10'000);
    m_heads->setValue(32);
    m_headDim = newSpin(m_attention, u"headDim"_s, 1, 100'000);
    m_headDim->setValue(128);
    m_seqLen = newSpin(m_attention, u"seqLen"_s, 1, 100'000'000, tr(" tokens"));
    m_seqLen->setValue(4096);
    addRow(attentionForm, tr("Layers:"), m_layers, u"layers"_s, {});
    addRow(attentionForm, tr("Heads:"), m_heads, u"heads"_s, {});
    addRow(attentionForm, tr("Head size:"), m_headDim, u"head-dim"_s, {});
    addRow(attentionForm, tr("Sequence length:"), m_seqLen, u"seq-len"_s, {});

    m_costs = new QGroupBox(tr("Storage and &egress"), this);
    m_costs->setObjectName(u"costsGroup"_s);
    m_costs->setCheckable(true);
    m_costs->setChecked(false);
    auto *costsForm = new QFormLayout(m_costs);
    m_storageTb =
        newDoubleSpin(m_costs, u"storageTb"_s, 0, jobbounds::kMaxStorageTb, 1, 1, tr(" TB"));
    m_storageMonths =
        newDoubleSpin(m_costs, u"storageMonths"_s, 0, jobbounds::kMaxMonths, 1, 1, tr(" months"));
    m_storageMonths->setValue(1);
    m_storagePrice = newDoubleSpin(m_costs, u"storagePrice"_s, 0, jobbounds::kMaxUsdPerTb, 2, 5,
                                   tr(" /TB-month"), u"$"_s);
    m_egressTb =
        newDoubleSpin(m_costs, u"egressTb"_s, 0, jobbounds::kMaxStorageTb, 1, 1, tr(" TB"));
    m_egressPrice = newDoubleSpin(m_costs, u"egressPrice"_s, 0, jobbounds::kMaxUsdPerTb, 2, 10,
                                  tr(" /TB"), u"$"_s);
    addRow(costsForm, tr("Storage:"), m_storageTb, u"storage-tb"_s,
           tr("Dataset and checkpoints kept during the job."));
    addRow(costsForm, tr("For:"), m_storageMonths, u"storage-months"_s, {});
    addRow(costsForm, tr("At:"), m_storagePrice, u"storage-price"_s, {});
    addRow(costsForm, tr("Egress:"), m_egressTb, u"egress-tb"_s,
           tr("Data transferred out, such as final checkpoints."));
    addRow(costsForm, tr("At:"), m_egressPrice, u"egress-price"_s, {});

    m_budget = new QGroupBox(tr("&Budget mode"), this);
    m_budget->setObjectName(u"budgetGroup"_s);
    m_budget->setCheckable(true);
    m_budget->setChecked(false);
    m_budget->setToolTip(tr("Shows what a budget buys on each offer: GPU-hours, and tokens for "
                            "the model size above."));
    auto *budgetForm = new QFormLayout(m_budget);
    m_budgetUsd =
        newDoubleSpin(m_budget, u"budget"_s, 1, jobbounds::kMaxBudgetUsd, 0, 1000, {}, u"$"_s);
    m_budgetUsd->setValue(100'000);
    addRow(budgetForm, tr("Budget:"), m_budgetUsd, u"budget"_s, {});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_attention);
    layout->addWidget(m_costs);
    layout->addWidget(m_budget);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_params, m_tokens, m_gpuHours})
        connect(edit, &QLineEdit::textChanged, this, &JobForm::onEdited);
    for (QComboBox *combo : {m_work, m_measuredOn, m_gpu, m_precision})
        connect(combo, &QComboBox::currentIndexChanged, this, &JobForm::onEdited);
    for (QDoubleSpinBox *spin : {m_epochs, m_mfu, m_overhead, m_storageTb, m_storageMonths,
                                 m_storagePrice, m_egressTb, m_egressPrice, m_budgetUsd})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &JobForm::onEdited);
    for (QSpinBox *spin : {m_gpus, m_spotOverhead, m_layers, m_heads, m_headDim, m_seqLen})
        connect(spin, &QSpinBox::valueChanged, this, &JobForm::onEdited);
    for (QGroupBox *group : {m_attention, m_costs, m_budget})
        connect(group, &QGroupBox::toggled, this, &JobForm::onEdited);
    connect(m_mfuDefault, &QCheckBox::toggled, this, [this](bool perFamily) {
        m_mfu->setEnabled(!perFamily);
        if (!perFamily && m_mfu->value() == m_mfu->minimum()) {
            const QSignalBlocker blocker(m_mfu);
            m_mfu->setSpecialValueText(QString());
            m_mfu->setValue(0.4); // a starting point to type over, not 0.01
        }
        onEdited();
    });

    m_params->setText(formatQuantity(7e9, locale()));
    m_tokens->setText(formatQuantity(1e12, locale()));
    m_gpuHours->setText(formatQuantity(10'000, locale()));
    updateModeVisibility();
    showMessages();
}

QWidget *JobForm::addRow(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &key, const QString &toolTip)
{
    const calculator::Row row = calculator::addRow(form, label, field, key, toolTip);
    m_messages.insert(key, row.message);
    return row.row;
}

void JobForm::setGpuModels(const QList<GpuModel> &gpus, const QSet<QString> &offered)
{
    const QSignalBlocker blockGpu(m_gpu);
    const QSignalBlocker blockMeasured(m_measuredOn);
    const QString gpu = m_gpu->currentData().toString();
    const QString measured = m_measuredOn->currentData().toString();
    m_gpu->clear();
    m_measuredOn->clear();
    m_gpu->addItem(tr("All GPU models"), QString());
    m_measuredOn->addItem(tr("Any GPU (hours used as they are)"), QString());
    for (const GpuModel &g : gpus) {
        if (offered.isEmpty() || offered.contains(g.name) || g.name == gpu)
            m_gpu->addItem(g.name, g.name);
        m_measuredOn->addItem(g.name, g.name);
    }
    m_gpu->setCurrentIndex(std::max(0, m_gpu->findData(gpu)));
    m_measuredOn->setCurrentIndex(std::max(0, m_measuredOn->findData(measured)));
    m_gpuModels = gpus;
    m_offered = offered;
    showUsedMfu();
}

JobSpec JobForm::job() const
{
    JobSpec job;
    job.work = JobSpec::Work(m_work->currentData().toInt());
    const QLocale l = locale();
    job.parameters = parseQuantity(m_params->text(), l).value_or(0);
    job.tokens = parseQuantity(m_tokens->text(), l).value_or(0);
    job.epochs = m_epochs->value();
    job.gpuHours = parseQuantity(m_gpuHours->text(), l).value_or(0);
    job.gpuHoursMeasuredOn = m_measuredOn->currentData().toString();
    if (m_attention->isChecked()) {
        job.attention = AttentionShape{m_layers->value(), m_heads->value(), m_headDim->value(),
                                       m_seqLen->value()};
    }
    job.precision =
        precisionFromToken(m_precision->currentData().toString()).value_or(Precision::Bf16);
    if (!m_mfuDefault->isChecked())
        job.mfu = m_mfu->value();
    job.overhead = m_overhead->value();
    job.spotInterruptionOverhead = m_spotOverhead->value() / 100.0;
    job.gpus = m_gpus->value();
    if (m_costs->isChecked()) {
        job.storageTb = m_storageTb->value();
        job.storageMonths = m_storageMonths->value();
        job.usdPerTbMonth = m_storagePrice->value();
        job.egressTb = m_egressTb->value();
        job.usdPerTbEgress = m_egressPrice->value();
    }
    if (m_budget->isChecked())
        job.budgetUsd = m_budgetUsd->value();
    return job;
}

JobCheck JobForm::check() const
{
    JobCheck unreadable;
    const QLocale l = locale();
    auto requireNumber = [&](QLineEdit *edit, const QString &key, const QString &name) {
        if (!parseQuantity(edit->text(), l)) {
            unreadable.errors.append(
                {key, edit->text().trimmed().isEmpty()
                          ? tr("%1 is needed.").arg(name)
                          : tr("\"%1\" is not a number; write it like %2, %3 or %4.")
                                .arg(edit->text().trimmed(), formatQuantity(7e9, l),
                                     formatQuantity(1.4e12, l), formatQuantity(65.2e9, l))});
        }
    };
    const bool byTokens = m_work->currentData().toInt() == int(JobSpec::Work::Tokens);
    if (byTokens) {
        requireNumber(m_params, u"params"_s, tr("The number of parameters"));
        requireNumber(m_tokens, u"tokens"_s, tr("The number of training tokens"));
    } else {
        requireNumber(m_gpuHours, u"gpu-hours"_s, tr("The GPU-hours"));
        // Parameters are optional here: they only feed the memory check and budget tokens.
        if (!m_params->text().trimmed().isEmpty())
            requireNumber(m_params, u"params"_s, tr("The number of parameters"));
    }
    JobCheck check = checkJob(job());
    // An unreadable field's own message comes first; checkJob()'s range message for the same
    // field (it saw 0) would only confuse.
    for (const FieldIssue &issue : std::as_const(unreadable.errors)) {
        check.errors.erase(
            std::remove_if(check.errors.begin(), check.errors.end(),
                           [&](const FieldIssue &i) { return i.field == issue.field; }),
            check.errors.end());
    }
    check.errors = unreadable.errors + check.errors;
    return check;
}

QString JobForm::gpuModel() const
{
    return m_gpu->currentData().toString();
}

void JobForm::setGpuModel(const QString &gpuModel)
{
    const int index = m_gpu->findData(gpuModel);
    if (index >= 0)
        m_gpu->setCurrentIndex(index);
}

void JobForm::setJob(const JobSpec &job, const QString &gpuModel)
{
    m_filling = true;
    const QLocale l = locale();
    m_work->setCurrentIndex(m_work->findData(int(job.work)));
    m_params->setText(job.parameters > 0 ? formatQuantity(job.parameters, l) : QString());
    m_tokens->setText(formatQuantity(job.tokens, l));
    m_epochs->setValue(job.epochs);
    m_gpuHours->setText(formatQuantity(job.gpuHours, l));
    m_measuredOn->setCurrentIndex(std::max(0, m_measuredOn->findData(job.gpuHoursMeasuredOn)));
    m_attention->setChecked(job.attention.has_value());
    if (job.attention) {
        m_layers->setValue(job.attention->layers);
        m_heads->setValue(job.attention->heads);
        m_headDim->setValue(job.attention->headDim);
        m_seqLen->setValue(job.attention->sequenceLength);
    }
    m_precision->setCurrentIndex(m_precision->findData(precisionToken(job.precision)));
    m_mfuDefault->setChecked(!job.mfu);
    if (job.mfu)
        m_mfu->setValue(*job.mfu);
    m_overhead->setValue(job.overhead);
    m_spotOverhead->setValue(int(std::lround(job.spotInterruptionOverhead * 100)));
    m_gpus->setValue(job.gpus);
    const bool costs = job.storageTb > 0 || job.egressTb > 0;
    m_costs->setChecked(costs);
    if (costs) {
        m_storageTb->setValue(job.storageTb);
        m_storageMonths->setValue(job.storageMonths);
        m_storagePrice->setValue(job.usdPerTbMonth);
        m_egressTb->setValue(job.egressTb);
        m_egressPrice->setValue(job.usdPerTbEgress);
    }
    m_budget->setChecked(job.budgetUsd.has_value());
    if (job.budgetUsd)
        m_budgetUsd->setValue(*job.budgetUsd);
    m_gpu->setCurrentIndex(std::max(0, m_gpu->findData(gpuModel)));
    m_filling = false;
    onEdited();
}

void JobForm::applyPreset(const JobPreset &preset)
{
    JobSpec spec = job();
    preset.applyTo(spec);
    // Sized so the job fits: on the preset's GPU when the picker lists it, else (every GPU
    // model) on the offered GPU with the most memory, as serving's "fewest that fit" does.
    const bool listed = m_gpu->findData(preset.gpuModel) >= 0;
    const auto named = std::find_if(m_gpuModels.cbegin(), m_gpuModels.cend(),
                                    [&](const GpuModel &g) { return g.name == preset.gpuModel; });
    const GpuModel *sizedOn =
        listed && named != m_gpuModels.cend() ? &*named : largestMemoryGpu(m_gpuModels, m_offered);
    spec.gpus = preset.gpusOn(sizedOn);
    setJob(spec, preset.gpuModel);
}

void JobForm::showUsedMfu()
{
    if (!m_mfuDefault->isChecked())
        return;
    // The greyed field shows the MFU the estimate uses, not a stale 0.4: the chosen GPU's
    // family default for this many GPUs, or "per GPU" when every GPU model is priced.
    const QSignalBlocker blocker(m_mfu);
    const QString gpu = m_gpu->currentData().toString();
    const auto model = std::find_if(m_gpuModels.cbegin(), m_gpuModels.cend(),
                                    [&](const GpuModel &g) { return g.name == gpu; });
    if (gpu.isEmpty() || model == m_gpuModels.cend()) {
        m_mfu->setSpecialValueText(tr("per GPU"));
        m_mfu->setValue(m_mfu->minimum());
        m_mfu->setToolTip(tr("Each GPU model's typical MFU from the price book (the calculator's "
                             "notes say which)."));
        return;
    }
    const MfuDefault used = defaultMfu(&*model, m_gpus->value());
    m_mfu->setSpecialValueText(QString());
    m_mfu->setValue(used.mfu);
    m_mfu->setToolTip(used.basis);
}

void JobForm::onEdited()
{
    showUsedMfu();
    if (m_filling)
        return;
    updateModeVisibility();
    showMessages();
    Q_EMIT changed();
}

void JobForm::updateModeVisibility()
{
    const bool byTokens = m_work->currentData().toInt() == int(JobSpec::Work::Tokens);
    for (QWidget *row : std::as_const(m_tokenRows))
        m_form->setRowVisible(row, byTokens);
    for (QWidget *row : std::as_const(m_hourRows))
        m_form->setRowVisible(row, !byTokens);
    // In GPU-hours mode the parameter count is optional (memory check, budget tokens).
    m_params->setPlaceholderText(byTokens ? tr("e.g. 7B or 7e9")
                                          : tr("optional: for the memory check"));
    m_attention->setVisible(byTokens);
}

void JobForm::showMessages()
{
    const JobCheck current = check();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        calculator::showMessage(it.value(), current.firstErrorFor(it.key()),
                                current.firstWarningFor(it.key()));
}

} // namespace gpucompare
