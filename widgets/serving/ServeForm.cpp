#include "ServeForm.h"

#include "CalculatorRows.h"
#include "NamedFieldValues.h"
#include "ServePresets.h"
#include "VllmBenchmark.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace gpucompare {

using calculator::newDoubleSpin;
using calculator::newQuantityEdit;
using calculator::newSpin;

namespace {

enum class Traffic
{
    TokensPerMonth,
    RequestsPerSecond
};

} // namespace

ServeForm::ServeForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_model = new QComboBox(this);
    m_model->setObjectName(u"serveModel"_s);
    m_model->addItem(tr("Custom"));
    for (const ServePreset &preset : servePresets()) {
        m_model->addItem(preset.name);
        m_model->setItemData(m_model->count() - 1, preset.source, Qt::ToolTipRole);
    }
    addRow(form, tr("&Model:"), m_model, u"model"_s,
           tr("Fills in a published model's size and shape (hover over a model for its "
              "source), or Custom for your own."));

    m_params = newQuantityEdit(this, u"serveParams"_s, tr("e.g. 70B or 7e9"));
    addRow(form, tr("&Parameters:"), m_params, u"params"_s,
           tr("Parameters computed per token; for a mixture of experts the active ones. "
              "Suffixes: k, M, B, T."));
    m_totalParams =
        newQuantityEdit(this, u"serveTotalParams"_s, tr("optional: a mixture of experts"));
    addRow(form, tr("&In memory:"), m_totalParams, u"total-params"_s,
           tr("Parameters held in GPU memory when more than those computed per token: every "
              "expert of a mixture (Mixtral 8x7B: 46.7B of which 12.9B are active)."));

    m_precision = new QComboBox(this);
    m_precision->setObjectName(u"servePrecision"_s);
    const QStringList precisionNames = {tr("BF16, 2 bytes per weight"),
                                        tr("FP16, 2 bytes per weight"),
                                        tr("FP8, 1 byte per weight"), tr("INT8, 1 byte per weight"),
                                        tr("INT4, half a byte per weight")};
    for (int i = 0; i < precisionNames.size(); ++i)
        m_precision->addItem(precisionNames.at(i), weightPrecisionTokens().at(i));
    addRow(form, tr("&Weights:"), m_precision, u"precision"_s,
           tr("How the weights are stored. 8-bit weights compute at the GPU's FP8 peak where it "
              "has one; 4-bit weights are widened to 16 bits before the multiply."));
    m_kvPrecision = new QComboBox(this);
    m_kvPrecision->setObjectName(u"serveKvPrecision"_s);
    m_kvPrecision->addItem(tr("16-bit, 2 bytes"), 2.0);
    m_kvPrecision->addItem(tr("8-bit, 1 byte"), 1.0);
    m_kvPrecision->addItem(tr("4-bit, half a byte"), 0.5);
    addRow(form, tr("&KV cache:"), m_kvPrecision, u"kv-precision"_s,
           tr("Bytes per element of the attention keys and values each sequence keeps."));

    m_context = newSpin(this, u"serveContext"_s, 1, 100'000'000, tr(" tokens"));
    m_context->setValue(4096);
    addRow(form, tr("Con&text:"), m_context, u"context"_s,
           tr("Prompt and output per sequence. The KV cache is sized for the full context: an "
              "upper bound on memory and on the bytes a step reads."));
    m_batch = newSpin(this, u"serveBatch"_s, 1, 100'000, tr(" sequences"));
    m_batch->setValue(16);
    addRow(form, tr("&Batch:"), m_batch, u"batch"_s,
           tr("Sequences decoded together. Larger batches share each read of the weights, so "
              "tokens per second grow until the step becomes compute-bound or memory runs out."));

    m_gpu = new QComboBox(this);
    m_gpu->setObjectName(u"serveGpu"_s);
    addRow(form, tr("&GPU:"), m_gpu, u"gpu"_s,
           tr("Price serving on this GPU model's offers, or on every GPU model with a memory "
              "size and bandwidth in the price book."));
    auto *gpusRow = new QWidget(this);
    m_gpus = newSpin(gpusRow, u"serveGpus"_s, 1, 100'000);
    m_gpus->setValue(8);
    m_gpus->setEnabled(false);
    m_gpusAuto = new QCheckBox(tr("&Fewest that fit"), gpusRow);
    m_gpusAuto->setObjectName(u"serveGpusAuto"_s);
    m_gpusAuto->setChecked(true);
    auto *gpusLayout = new QHBoxLayout(gpusRow);
    gpusLayout->setContentsMargins(0, 0, 0, 0);
    gpusLayout->addWidget(m_gpus, 1);
    gpusLayout->addWidget(m_gpusAuto);
    m_gpus->setAccessibleName(tr("GPUs per replica"));
    addRow(form, tr("GPUs per re&plica:"), gpusRow, u"gpus"_s,
           tr("GPUs one copy of the model runs on with tensor parallelism. \"Fewest that fit\" "
              "tries 1, 2, 4, … up to 64 on each GPU model."));
    m_multiNode = new QCheckBox(tr("Let a replica &span several machines"), this);
    m_multiNode->setObjectName(u"serveMultiNode"_s);
    addRow(form, tr("Machines:"), m_multiNode, u"multi-node"_s,
           tr("Off: a replica runs inside one machine, and offers whose machine has fewer GPUs "
              "than a replica needs (a per-GPU rate counts as machines of 8) are left out. On: "
              "tensor parallelism across the network between machines, which real serving "
              "rarely does."));

    m_bandwidth = newDoubleSpin(this, u"serveBandwidth"_s, 0.01, 1.0, 2, 0.05);
    m_bandwidth->setValue(0.8);
    addRow(form, tr("Ban&dwidth efficiency:"), m_bandwidth, u"bandwidth-efficiency"_s,
           tr("The share of the GPU's memory bandwidth a decode step reaches. 0.8 is this "
              "calculator's assumption for tuned serving kernels; import a measurement to "
              "replace the estimate."));
    m_mfu = newDoubleSpin(this, u"serveMfu"_s, 0.01, 1.0, 2, 0.05);
    m_mfu->setValue(0.5);
    addRow(form, tr("M&FU:"), m_mfu, u"mfu"_s,
           tr("The share of the dense peak a decode step computes at; it only decides the "
              "step when the batch is large enough to be compute-bound. 0.5 is an assumption."));

    m_traffic = new QGroupBox(tr("T&raffic"), this);
    m_traffic->setObjectName(u"serveTraffic"_s);
    m_traffic->setCheckable(true);
    m_traffic->setChecked(false);
    m_traffic->setToolTip(tr("Sizes the deployment: replicas on whole instances and the cost "
                             "per month."));
    m_trafficForm = new QFormLayout(m_traffic);
    m_trafficMode = new QComboBox(m_traffic);
    m_trafficMode->setObjectName(u"serveTrafficMode"_s);
    m_trafficMode->addItem(tr("Tokens per month"), int(Traffic::TokensPerMonth));
    m_trafficMode->addItem(tr("Requests per second"), int(Traffic::RequestsPerSecond));
    addRow(m_trafficForm, tr("Given as:"), m_trafficMode, u"traffic-mode"_s, {});
    m_tokensPerMonth = newQuantityEdit(m_traffic, u"serveTokensPerMonth"_s, tr("e.g. 10B"));
    m_tokensPerMonth->setText(formatQuantity(10e9, locale()));
    addRow(m_trafficForm, tr("Output tokens:"), m_tokensPerMonth, u"tokens-per-month"_s,
           tr("Output tokens generated a month, all replicas together."));
    m_tokenRows << m_rows.value(u"tokens-per-month"_s);
    m_requestsPerSecond =
        newDoubleSpin(m_traffic, u"serveRequestsPerSecond"_s, 0.001, 1e6, 3, 1, tr(" per s"));
    m_requestsPerSecond->setValue(5);
    addRow(m_trafficForm, tr("Requests:"), m_requestsPerSecond, u"requests"_s,
           tr("Requests a second, on average over the month."));
    m_tokensPerRequest =
        newSpin(m_traffic, u"serveTokensPerRequest"_s, 1, 10'000'000, tr(" output tokens"));
    m_tokensPerRequest->setValue(500);
    addRow(m_trafficForm, tr("Each:"), m_tokensPerRequest, u"tokens-per-request"_s,
           tr("Output tokens generated per request."));
    m_requestRows << m_rows.value(u"requests"_s) << m_rows.value(u"tokens-per-request"_s);
    m_trafficTotal = new QLabel(m_traffic);
    m_trafficTotal->setObjectName(u"serveTrafficTotal"_s);
    m_trafficTotal->setForegroundRole(QPalette::PlaceholderText);
    m_trafficTotal->setWordWrap(true);
    m_trafficForm->addRow(m_trafficTotal);

    m_measured = new QGroupBox(tr("Measured &throughput"), this);
    m_measured->setObjectName(u"serveMeasured"_s);
    m_measured->setCheckable(true);
    m_measured->setChecked(false);
    m_measured->setToolTip(tr("Your own measurement replaces the estimate on every offer and "
                              "is labelled measured: use it for the GPU it was measured on."));
    auto *measuredForm = new QFormLayout(m_measured);
    m_measuredTps =
        newDoubleSpin(m_measured, u"serveMeasuredTps"_s, 0.01, 1e9, 1, 10, tr(" tokens/s"));
    m_measuredTps->setValue(1000);
    addRow(measuredForm, tr("Per replica:"), m_measuredTps, u"measured-tps"_s,
           tr("Output tokens per second one replica sustained."));
    m_importVllm = new QPushButton(tr("Import &vLLM Result…"), m_measured);
    m_importVllm->setObjectName(u"importVllm"_s);
    m_importVllm->setToolTip(tr("A result file of vLLM's serving benchmark "
                                "(benchmark_serving.py or \"vllm bench serve\" with "
                                "--save-result): its output throughput becomes the measurement."));
    m_measuredSource = new QLabel(m_measured);
    m_measuredSource->setObjectName(u"serveMeasuredSource"_s);
    m_measuredSource->setWordWrap(true);
    m_measuredSource->setForegroundRole(QPalette::PlaceholderText);
    m_measuredSource->setText(tr("Typed in."));
    measuredForm->addRow(m_importVllm);
    measuredForm->addRow(m_measuredSource);

    m_shape = new QGroupBox(tr("Model s&hape, for the KV cache"), this);
    m_shape->setObjectName(u"serveShape"_s);
    m_shape->setCheckable(true);
    m_shape->setChecked(true);
    m_shape->setToolTip(tr("From the model's config.json: num_hidden_layers, "
                           "num_key_value_heads, and hidden_size ÷ num_attention_heads. "
                           "Without it the KV cache is left out."));
    auto *shapeForm = new QFormLayout(m_shape);
    m_layers = newSpin(m_shape, u"serveLayers"_s, 1, 10'000);
    m_kvHeads = newSpin(m_shape, u"serveKvHeads"_s, 1, 10'000);
    m_headDim = newSpin(m_shape, u"serveHeadDim"_s, 1, 100'000);
    addRow(shapeForm, tr("Layers:"), m_layers, u"layers"_s, {});
    addRow(shapeForm, tr("KV heads:"), m_kvHeads, u"kv-heads"_s,
           tr("Fewer than the attention heads with grouped-query attention (Llama 2 70B: 8)."));
    addRow(shapeForm, tr("Head dimension:"), m_headDim, u"head-dim"_s, {});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_shape);
    layout->addWidget(m_traffic);
    layout->addWidget(m_measured);
    layout->addStretch(1);

    connect(m_model, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(index - 1);
    });
    for (QLineEdit *edit : {m_params, m_totalParams, m_tokensPerMonth})
        connect(edit, &QLineEdit::textChanged, this, &ServeForm::onEdited);
    for (QComboBox *combo : {m_precision, m_kvPrecision, m_gpu, m_trafficMode})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServeForm::onEdited);
    for (QSpinBox *spin :
         {m_context, m_batch, m_gpus, m_layers, m_kvHeads, m_headDim, m_tokensPerRequest})
        connect(spin, &QSpinBox::valueChanged, this, &ServeForm::onEdited);
    for (QDoubleSpinBox *spin : {m_bandwidth, m_mfu, m_requestsPerSecond, m_measuredTps})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ServeForm::onEdited);
    for (QGroupBox *group : {m_shape, m_traffic, m_measured})
        connect(group, &QGroupBox::toggled, this, &ServeForm::onEdited);
    connect(m_multiNode, &QCheckBox::toggled, this, &ServeForm::onEdited);
    connect(m_gpusAuto, &QCheckBox::toggled, this, [this](bool fewest) {
        m_gpus->setEnabled(!fewest);
        if (!fewest)
            m_gpus->setSpecialValueText(QString()); // a count of one's own, never "per GPU"
        onEdited();
    });
    // A typed size or shape is no longer the preset's.
    for (QLineEdit *edit : {m_params, m_totalParams})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_model->setCurrentIndex(0); });
    for (QSpinBox *spin : {m_layers, m_kvHeads, m_headDim}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                m_model->setCurrentIndex(0);
        });
    }
    connect(m_measuredTps, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_measuredSource->setText(tr("Typed in."));
    });

    applyPreset(2); // Llama 2 70B, the README's worked example
    updateTrafficVisibility();
    showMessages();
}

void ServeForm::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key,
                       const QString &toolTip)
{
    const calculator::Row row = calculator::addRow(form, label, field, key, toolTip);
    m_messages.insert(key, row.message);
    m_rows.insert(key, row.row);
}

void ServeForm::setGpuModels(const QList<GpuModel> &gpus, const QSet<QString> &offered)
{
    const QSignalBlocker blocker(m_gpu);
    const QString current = m_gpu->currentData().toString();
    m_gpu->clear();
    m_gpu->addItem(tr("All GPU models"), QString());
    for (const GpuModel &g : gpus) {
        if (offered.isEmpty() || offered.contains(g.name) || g.name == current ||
            g.name == m_pendingGpu)
            m_gpu->addItem(g.name, g.name);
    }
    m_gpu->setCurrentIndex(std::max(0, m_gpu->findData(current)));
    if (!m_pendingGpu.isEmpty() && m_gpu->findData(m_pendingGpu) > 0)
        m_gpu->setCurrentIndex(m_gpu->findData(std::exchange(m_pendingGpu, QString())));
}

QString ServeForm::gpuModel() const
{
    return m_gpu->currentData().toString();
}

void ServeForm::showUsedGpus(std::optional<int> gpus)
{
    if (!m_gpusAuto->isChecked())
        return;
    const QSignalBlocker blocker(m_gpus);
    if (gpus) {
        m_gpus->setSpecialValueText(QString());
        m_gpus->setValue(*gpus);
    } else {
        m_gpus->setSpecialValueText(tr("per GPU"));
        m_gpus->setValue(m_gpus->minimum());
    }
}

void ServeForm::setGpuModel(const QString &gpuModel)
{
    const int index = m_gpu->findData(gpuModel);
    if (index >= 0)
        m_gpu->setCurrentIndex(index);
}

ServeSpec ServeForm::spec() const
{
    ServeSpec s;
    const QLocale l = locale();
    s.parameters = parseQuantity(m_params->text(), l).value_or(0);
    if (!m_totalParams->text().trimmed().isEmpty())
        s.totalParameters = parseQuantity(m_totalParams->text(), l).value_or(0);
    s.precision = weightPrecisionFromToken(m_precision->currentData().toString())
                      .value_or(WeightPrecision::Bf16);
    s.kvBytes = m_kvPrecision->currentData().toDouble();
    if (m_shape->isChecked()) {
        s.layers = m_layers->value();
        s.kvHeads = m_kvHeads->value();
        s.headDim = m_headDim->value();
    }
    s.contextTokens = m_context->value();
    s.batch = m_batch->value();
    if (!m_gpusAuto->isChecked())
        s.gpus = m_gpus->value();
    s.multiNode = m_multiNode->isChecked();
    s.bandwidthEfficiency = m_bandwidth->value();
    s.mfu = m_mfu->value();
    if (m_traffic->isChecked()) {
        if (m_trafficMode->currentData().toInt() == int(Traffic::TokensPerMonth)) {
            s.tokensPerMonth = parseQuantity(m_tokensPerMonth->text(), l).value_or(0);
        } else {
            s.tokensPerMonth =
                tokensPerMonthAt(m_requestsPerSecond->value() * m_tokensPerRequest->value());
        }
    }
    if (m_measured->isChecked())
        s.measuredTokensPerSecond = m_measuredTps->value();
    return s;
}

QList<ServeField> ServeForm::check() const
{
    QList<ServeField> unreadable;
    const QLocale l = locale();
    const auto requireNumber = [&](QLineEdit *edit, const QString &key, const QString &name) {
        if (parseQuantity(edit->text(), l))
            return;
        unreadable.append({key, edit->text().trimmed().isEmpty()
                                    ? tr("%1 is needed.").arg(name)
                                    : tr("\"%1\" is not a number; write it like %2 or %3.")
                                          .arg(edit->text().trimmed(), formatQuantity(70e9, l),
                                               formatQuantity(1.4e12, l))});
    };
    requireNumber(m_params, u"params"_s, tr("The number of parameters"));
    if (!m_totalParams->text().trimmed().isEmpty())
        requireNumber(m_totalParams, u"total-params"_s, tr("The parameters in memory"));
    if (m_traffic->isChecked() &&
        m_trafficMode->currentData().toInt() == int(Traffic::TokensPerMonth))
        requireNumber(m_tokensPerMonth, u"tokens-per-month"_s, tr("The tokens per month"));
    QList<ServeField> errors = checkServe(spec());
    // An unreadable field's own message only: checkServe() saw a 0 there.
    errors.removeIf([&](const ServeField &e) {
        return std::any_of(unreadable.cbegin(), unreadable.cend(),
                           [&](const ServeField &u) { return u.field == e.field; });
    });
    return unreadable + errors;
}

void ServeForm::applyPreset(int index)
{
    const QList<ServePreset> &presets = servePresets();
    if (index < 0 || index >= presets.size())
        return;
    ServeSpec s = spec();
    presets.at(index).applyTo(s);
    m_filling = true;
    const QLocale l = locale();
    m_params->setText(formatQuantity(s.parameters, l));
    m_totalParams->setText(s.totalParameters ? formatQuantity(*s.totalParameters, l) : QString());
    m_shape->setChecked(true);
    m_layers->setValue(s.layers);
    m_kvHeads->setValue(s.kvHeads);
    m_headDim->setValue(s.headDim);
    m_context->setValue(s.contextTokens);
    m_model->setCurrentIndex(index + 1);
    m_model->setToolTip(presets.at(index).source);
    m_filling = false;
    onEdited();
}

Status ServeForm::importVllmResult(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1 cannot be opened: %2").arg(path, file.errorString()));
    const VllmBenchmarkReader::Result read = VllmBenchmarkReader::read(file, name);
    if (!read.benchmark)
        return Status::failure(read.error.toString());
    m_filling = true;
    m_measured->setChecked(true);
    m_measuredTps->setValue(read.benchmark->outputTokensPerSecond);
    m_measuredSource->setText(tr("From %1: %2").arg(name, read.benchmark->description()));
    m_measuredSource->setToolTip(path);
    m_filling = false;
    onEdited();
    return done();
}

QVariantMap ServeForm::saveState() const
{
    // Every named field of this form ("serve…"); the GPU by name: the book lists them.
    QVariantMap state = NamedFieldValues::save(*this, u"serve"_s, m_gpu);
    state.insert(m_gpu->objectName(), gpuModel());
    state.insert(u"serveMeasuredSourceText"_s, m_measuredSource->text());
    return state;
}

void ServeForm::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    m_filling = true;
    NamedFieldValues::restore(*this, state, m_gpu);
    const QString gpu = state.value(m_gpu->objectName()).toString();
    if (m_gpu->findData(gpu) >= 0)
        m_gpu->setCurrentIndex(m_gpu->findData(gpu));
    else
        m_pendingGpu = gpu;
    const int preset = m_model->currentIndex();
    if (preset > 0)
        m_model->setToolTip(servePresets().at(preset - 1).source);
    if (state.contains(u"serveMeasuredSourceText"_s))
        m_measuredSource->setText(state.value(u"serveMeasuredSourceText"_s).toString());
    m_gpus->setEnabled(!m_gpusAuto->isChecked());
    m_filling = false;
    onEdited();
}

void ServeForm::onEdited()
{
    if (m_filling)
        return;
    updateTrafficVisibility();
    showMessages();
    Q_EMIT changed();
}

void ServeForm::updateTrafficVisibility()
{
    const bool byTokens = m_trafficMode->currentData().toInt() == int(Traffic::TokensPerMonth);
    for (QWidget *row : std::as_const(m_tokenRows))
        m_trafficForm->setRowVisible(row, byTokens);
    for (QWidget *row : std::as_const(m_requestRows))
        m_trafficForm->setRowVisible(row, !byTokens);
    const ServeSpec s = spec();
    if (s.tokensPerMonth && *s.tokensPerMonth > 0) {
        m_trafficTotal->setText(
            tr("%1 output tokens a month, %2 tokens/s on average.")
                .arg(formatQuantity(*s.tokensPerMonth, locale()),
                     locale().toString(averageTokensPerSecond(*s.tokensPerMonth), 'f', 0)));
    } else {
        m_trafficTotal->clear();
    }
}

void ServeForm::showMessages()
{
    const QList<ServeField> errors = check();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QString error;
        for (const ServeField &e : errors) {
            if (e.field == it.key()) {
                error = e.message;
                break;
            }
        }
        calculator::showMessage(it.value(), error, QString());
    }
}

} // namespace gpucompare
