#pragma once

#include "PriceBookEdits.h"
#include "RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace gpucompare {

/// Data › Instance Shapes: what an instance type is made of (GPU model and count), as its
/// provider documents it. The price table checks catalog GPU counts against these, and price
/// updates map Azure SKUs, whose prices name no GPU, through them.
class InstanceShapeEditor final : public RecordEditor
{
    Q_OBJECT

public:
    explicit InstanceShapeEditor(PriceBookEditor *editor, QWidget *parent = nullptr);

protected:
    Outcome<RecordList> readRecords() const override;
    Status loadRecord(std::optional<qint64> id) override;
    Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const override;
    Outcome<PriceBookEdit> deleteEdit(qint64 id) const override;
    Outcome<QString> deleteQuestion(qint64 id) const override;

private:
    void fillChoices() const;

    mutable QList<InstanceShapeRecord> m_shapes;
    mutable QList<ProviderRecord> m_providers;
    mutable QList<GpuModelRecord> m_gpus;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_instanceType = nullptr;
    QComboBox *m_gpu = nullptr;
    QLineEdit *m_count = nullptr;
    QLineEdit *m_source = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace gpucompare
