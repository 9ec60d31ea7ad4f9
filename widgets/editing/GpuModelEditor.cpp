#include "GpuModelEditor.h"

#include "EditorChecks.h"
#include "FormFields.h"
#include "GpuNameMatcher.h"
#include "UserNumber.h"
#include "Validation.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QString formatOptional(const std::optional<double> &value)
{
    return value ? formatUserNumber(*value) : QString();
}
} // namespace

GpuModelEditor::GpuModelEditor(PriceBookEditor *editor, QWidget *parent)
    : RecordEditor(editor, tr("GPU Models"), parent)
{
    m_name = fields()->addLine(tr("&Name:"), u"name"_s, [this](const QString &text) {
        QString reason = validation::checkName(tr("Name"), text);
        if (!reason.isEmpty())
            return reason;
        if (const QString owner = ownerOf(text); !owner.isEmpty())
            return tr("\"%1\" already names %2 (case, spaces, hyphens and underscores aside).")
                .arg(validation::normalizedName(text), owner);
        return QString();
    });
    m_vendor = fields()->addLine(
        tr("&Vendor:"), u"vendor"_s,
        [this](const QString &text) {
            return validation::checkText(tr("Vendor"), text, validation::kMaxNameLength);
        },
        u"NVIDIA"_s);
    m_memory = fields()->addLine(tr("&Memory (GB):"), u"memory"_s, [this](const QString &text) {
        return editorchecks::checkNumber(tr("Memory"), text, false, 0, 100'000, true);
    });
    m_bf16 = fields()->addLine(
        tr("Dense &BF16/FP16 (TFLOP/s):"), u"bf16"_s, [this](const QString &text) {
            return editorchecks::checkNumber(tr("BF16/FP16 peak"), text, false, 0, 1'000'000, true);
        });
    m_bf16->setToolTip(tr("Dense peak per GPU, without 2:4 sparsity; the calculator's basis."));
    m_fp8 = fields()->addLine(
        tr("Dense &FP8 (TFLOP/s):"), u"fp8"_s,
        [this](const QString &text) {
            return editorchecks::checkNumber(tr("FP8 peak"), text, false, 0, 1'000'000, true);
        },
        tr("empty when unsupported"));
    m_bandwidth = fields()->addLine(
        tr("Memory b&andwidth (GB/s):"), u"bandwidth"_s, [this](const QString &text) {
            return editorchecks::checkNumber(tr("Bandwidth"), text, false, 0, 1'000'000, true);
        });
    // The rest of the datasheet (the GPU catalog): shown and kept, not used by the calculators.
    auto peak = [this](const QString &label, const QString &objectName, const QString &field) {
        return fields()->addLine(
            label, objectName,
            [field](const QString &text) {
                return editorchecks::checkNumber(field, text, false, 0, 1'000'000, true);
            },
            tr("dense; empty when unknown"));
    };
    m_fp32 = peak(tr("FP32 (TFLOP/s):"), u"fp32"_s, tr("FP32 peak"));
    m_tf32 = peak(tr("Dense TF32 (TFLOP/s):"), u"tf32"_s, tr("TF32 peak"));
    m_fp16 = peak(tr("Dense FP16 (TFLOP/s):"), u"fp16"_s, tr("FP16 peak"));
    m_int8 = peak(tr("Dense INT8 (TOPS):"), u"int8"_s, tr("INT8 peak"));
    m_formFactor = fields()->addLine(
        tr("Form factor:"), u"formFactor"_s,
        [this](const QString &text) {
            return validation::checkText(tr("Form factor"), text, validation::kMaxNameLength);
        },
        tr("e.g. SXM5, PCIe (dual-slot), OAM"));
    m_memoryType = fields()->addLine(
        tr("Memory type:"), u"memoryType"_s,
        [this](const QString &text) {
            return validation::checkText(tr("Memory type"), text, validation::kMaxNameLength);
        },
        tr("e.g. HBM3, GDDR6"));
    m_tdp = fields()->addLine(tr("TDP (W):"), u"tdp"_s, [this](const QString &text) {
        return editorchecks::checkNumber(tr("TDP"), text, false, 0, 100'000, true);
    });
    m_launchYear =
        fields()->addLine(tr("Launch year:"), u"launchYear"_s, [this](const QString &text) {
            return editorchecks::checkNumber(tr("Launch year"), text, false, 1990, 2100, true);
        });
    m_typicalMfu = fields()->addLine(
        tr("T&ypical MFU:"), u"typicalMfu"_s,
        [this](const QString &text) {
            return editorchecks::checkNumber(tr("Typical MFU"), text, false, 0, 1, true);
        },
        tr("0-1, from published runs; empty when none"));
    m_typicalMfu->setToolTip(tr("The calculator assumes this MFU for the GPU when the job gives "
                                "none."));
    m_mfuBasis = fields()->addLine(
        tr("MFU &basis:"), u"mfuBasis"_s,
        [this](const QString &text) { return validation::checkText(tr("MFU basis"), text); },
        tr("the runs behind the figure"));
    m_hasBf16 = fields()->addCheckBox(tr("&Computes BF16 (clear for FP16-only GPUs such as V100)"),
                                      u"hasBf16"_s);
    m_source = fields()->addLine(
        tr("&Source URL:"), u"sourceUrl"_s,
        [this](const QString &text) {
            return validation::checkUrl(tr("Source URL"), text.trimmed());
        },
        u"https://"_s);
    m_aliases = fields()->addLine(
        tr("A&liases:"), u"aliases"_s, [this](const QString &text) { return checkAliases(text); },
        tr("names catalogs use, comma-separated (H100, H100-80GB)"));
    m_notes = fields()->addText(tr("N&otes:"), u"notes"_s, [this](const QString &text) {
        return validation::checkText(tr("Notes"), text);
    });
    finishSetUp();
}

QStringList GpuModelEditor::splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(u',')) {
        const QString alias = validation::normalizedName(part);
        if (!alias.isEmpty())
            aliases.append(alias);
    }
    return aliases;
}

QString GpuModelEditor::checkAliases(const QString &text) const
{
    for (const QString &alias : splitAliases(text)) {
        QString reason = validation::checkName(tr("Alias \"%1\"").arg(alias), alias);
        if (!reason.isEmpty())
            return reason;
        if (const QString owner = ownerOf(alias); !owner.isEmpty()) {
            return tr("The alias \"%1\" already names %2 (case, spaces, hyphens and underscores "
                      "aside); a name means one model.")
                .arg(alias, owner);
        }
    }
    return {};
}

QString GpuModelEditor::ownerOf(const QString &label) const
{
    // The matcher's key: what import, update and the calculators would take the name for.
    const QString key = GpuNameMatcher::key(label);
    for (const GpuModelRecord &r : std::as_const(m_models)) {
        if (r.id == currentId())
            continue;
        if (GpuNameMatcher::key(r.model.name) == key)
            return r.model.name;
        for (const QString &alias : r.model.aliases) {
            if (GpuNameMatcher::key(alias) == key)
                return r.model.name;
        }
    }
    return {};
}

Outcome<RecordEditor::RecordList> GpuModelEditor::readRecords() const
{
    Outcome<QList<GpuModelRecord>> models = gpuModelRecords(database());
    if (!models)
        return Outcome<RecordList>::failure(models.error());
    m_models = std::move(models).value();
    RecordList records;
    for (const GpuModelRecord &r : std::as_const(m_models))
        records.append({r.id, r.model.name});
    return records;
}

Status GpuModelEditor::loadRecord(std::optional<qint64> id)
{
    GpuModel m;
    for (const GpuModelRecord &r : std::as_const(m_models)) {
        if (id && r.id == *id)
            m = r.model;
    }
    m_name->setText(m.name);
    m_vendor->setText(m.vendor);
    m_memory->setText(formatOptional(m.memoryGb));
    m_bf16->setText(formatOptional(m.bf16Tflops));
    m_fp8->setText(formatOptional(m.fp8Tflops));
    m_bandwidth->setText(formatOptional(m.bandwidthGbps));
    m_fp32->setText(formatOptional(m.fp32Tflops));
    m_tf32->setText(formatOptional(m.tf32Tflops));
    m_fp16->setText(formatOptional(m.fp16Tflops));
    m_int8->setText(formatOptional(m.int8Tops));
    m_formFactor->setText(m.formFactor);
    m_memoryType->setText(m.memoryType);
    m_tdp->setText(formatOptional(m.tdpWatts));
    m_launchYear->setText(m.launchYear ? QString::number(*m.launchYear) : QString());
    m_typicalMfu->setText(formatOptional(m.typicalMfu));
    m_mfuBasis->setText(m.typicalMfuBasis);
    m_hasBf16->setChecked(m.hasBf16);
    m_source->setText(m.sourceUrl);
    m_aliases->setText(m.aliases.join(u", "_s));
    m_notes->setPlainText(m.notes);
    return gpucompare::done(); // not QDialog::done()
}

Outcome<PriceBookEdit> GpuModelEditor::saveEdit(std::optional<qint64> id) const
{
    GpuModel m;
    m.name = validation::normalizedName(m_name->text());
    m.vendor = m_vendor->text().trimmed();
    m.memoryGb = editorchecks::numberOf(m_memory->text());
    m.bf16Tflops = editorchecks::numberOf(m_bf16->text());
    m.fp8Tflops = editorchecks::numberOf(m_fp8->text());
    m.bandwidthGbps = editorchecks::numberOf(m_bandwidth->text());
    m.fp32Tflops = editorchecks::numberOf(m_fp32->text());
    m.tf32Tflops = editorchecks::numberOf(m_tf32->text());
    m.fp16Tflops = editorchecks::numberOf(m_fp16->text());
    m.int8Tops = editorchecks::numberOf(m_int8->text());
    m.formFactor = m_formFactor->text().trimmed();
    m.memoryType = m_memoryType->text().trimmed();
    m.tdpWatts = editorchecks::numberOf(m_tdp->text());
    if (const auto year = editorchecks::numberOf(m_launchYear->text()))
        m.launchYear = int(*year);
    m.typicalMfu = editorchecks::numberOf(m_typicalMfu->text());
    m.typicalMfuBasis = m_mfuBasis->text().trimmed();
    m.hasBf16 = m_hasBf16->isChecked();
    m.sourceUrl = m_source->text().trimmed();
    m.notes = m_notes->toPlainText();
    m.aliases = splitAliases(m_aliases->text());
    return saveGpuModel(database(), id, m);
}

Outcome<PriceBookEdit> GpuModelEditor::deleteEdit(qint64 id) const
{
    return deleteGpuModel(database(), id);
}

Outcome<QString> GpuModelEditor::deleteQuestion(qint64 id) const
{
    const Outcome<References> read = gpuModelReferences(database(), id);
    if (!read)
        return Outcome<QString>::failure(read.error());
    const References &refs = read.value();
    const QString name = m_name->text();
    if (refs.offers == 0)
        return tr("Delete the GPU model \"%1\" and its aliases?").arg(name);
    return tr("Delete the GPU model \"%1\"?\n\nIts offers (%2) and their prices (%3) are deleted "
              "with it. Edit › Undo brings all of it back.")
        .arg(name)
        .arg(refs.offers)
        .arg(refs.prices);
}

} // namespace gpucompare
