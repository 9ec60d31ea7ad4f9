#include "InstanceShapeEditor.h"

#include "EditorChecks.h"
#include "FormFields.h"
#include "PriceBookEditor.h"
#include "Validation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace gpucompare {

InstanceShapeEditor::InstanceShapeEditor(PriceBookEditor *editor, QWidget *parent)
    : RecordEditor(editor, tr("Instance Shapes"), parent)
{
    m_provider = fields()->addCombo(tr("&Provider:"), u"provider"_s);
    m_instanceType = fields()->addLine(
        tr("&Instance type:"), u"instanceType"_s,
        [this](const QString &text) {
            QString reason = validation::checkName(tr("Instance type"), text);
            if (!reason.isEmpty())
                return reason;
            const QString type = validation::normalizedName(text);
            const qint64 provider = m_provider->currentData().toLongLong();
            for (const InstanceShapeRecord &r : std::as_const(m_shapes)) {
                if (r.id != currentId() && r.providerId == provider &&
                    r.shape.instanceType.compare(type, Qt::CaseInsensitive) == 0) {
                    return tr("%1 already has a shape for %2.")
                        .arg(m_provider->currentText(), r.shape.instanceType);
                }
            }
            return QString();
        },
        u"p5.48xlarge"_s);
    m_gpu = fields()->addCombo(tr("&GPU model:"), u"gpu"_s);
    m_gpu->setToolTip(tr("Without a GPU model the shape only checks GPU counts; with one, price "
                         "updates can map this instance type's prices to it."));
    m_count = fields()->addLine(tr("GPU &count:"), u"gpuCount"_s, [this](const QString &text) {
        return editorchecks::checkNumber(tr("GPU count"), text, true, 1,
                                         validation::kMaxGpusPerInstance);
    });
    m_source = fields()->addLine(
        tr("&Source URL:"), u"sourceUrl"_s,
        [this](const QString &text) {
            return validation::checkUrl(tr("Source URL"), text.trimmed());
        },
        u"https://"_s);
    m_notes = fields()->addText(tr("N&otes:"), u"notes"_s, [this](const QString &text) {
        return validation::checkText(tr("Notes"), text);
    });
    finishSetUp();
}

void InstanceShapeEditor::fillChoices() const
{
    const QSignalBlocker blockProvider(m_provider);
    const QSignalBlocker blockGpu(m_gpu);
    m_provider->clear();
    for (const ProviderRecord &r : std::as_const(m_providers))
        m_provider->addItem(r.provider.name, r.id);
    m_gpu->clear();
    m_gpu->addItem(tr("(count only)"), QVariant());
    for (const GpuModelRecord &r : std::as_const(m_gpus))
        m_gpu->addItem(r.model.name, r.id);
}

Outcome<RecordEditor::RecordList> InstanceShapeEditor::readRecords() const
{
    Outcome<QList<InstanceShapeRecord>> shapes = instanceShapeRecords(database());
    if (!shapes)
        return Outcome<RecordList>::failure(shapes.error());
    m_shapes = std::move(shapes).value();
    Outcome<QList<ProviderRecord>> providers = providerRecords(database());
    if (!providers)
        return Outcome<RecordList>::failure(providers.error());
    m_providers = std::move(providers).value();
    Outcome<QList<GpuModelRecord>> gpus = gpuModelRecords(database());
    if (!gpus)
        return Outcome<RecordList>::failure(gpus.error());
    m_gpus = std::move(gpus).value();
    fillChoices();
    RecordList records;
    for (const InstanceShapeRecord &r : std::as_const(m_shapes)) {
        records.append({r.id, tr("%1 · %2").arg(r.shape.provider, r.shape.instanceType)});
    }
    return records;
}

Status InstanceShapeEditor::loadRecord(std::optional<qint64> id)
{
    const InstanceShapeRecord *record = nullptr;
    for (const InstanceShapeRecord &r : std::as_const(m_shapes)) {
        if (id && r.id == *id)
            record = &r;
    }
    m_provider->setCurrentIndex(record ? m_provider->findData(record->providerId)
                                       : (m_provider->count() ? 0 : -1));
    m_instanceType->setText(record ? record->shape.instanceType : QString());
    m_gpu->setCurrentIndex(record && record->gpuModelId ? m_gpu->findData(*record->gpuModelId) : 0);
    m_count->setText(record ? QString::number(record->shape.gpuCount) : QString());
    m_source->setText(record ? record->shape.sourceUrl : QString());
    m_notes->setPlainText(record ? record->shape.notes : QString());
    return gpucompare::done(); // not QDialog::done()
}

Outcome<PriceBookEdit> InstanceShapeEditor::saveEdit(std::optional<qint64> id) const
{
    InstanceShape shape;
    shape.provider = m_provider->currentText();
    shape.instanceType = validation::normalizedName(m_instanceType->text());
    shape.gpuModel = m_gpu->currentIndex() > 0 ? m_gpu->currentText() : QString();
    shape.gpuCount = int(editorchecks::numberOf(m_count->text()).value_or(1));
    shape.sourceUrl = m_source->text().trimmed();
    shape.notes = m_notes->toPlainText();
    const QVariant gpu = m_gpu->currentData();
    return saveInstanceShape(database(), id, m_provider->currentData().toLongLong(),
                             gpu.isValid() ? std::optional<qint64>(gpu.toLongLong()) : std::nullopt,
                             shape);
}

Outcome<PriceBookEdit> InstanceShapeEditor::deleteEdit(qint64 id) const
{
    return deleteInstanceShape(database(), id);
}

Outcome<QString> InstanceShapeEditor::deleteQuestion(qint64) const
{
    return tr("Delete the shape of %1? Catalog rows of this instance type are then no longer "
              "checked against it, and Azure prices of it can no longer be mapped to a GPU.")
        .arg(m_instanceType->text());
}

} // namespace gpucompare
