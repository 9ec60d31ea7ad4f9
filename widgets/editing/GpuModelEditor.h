#pragma once

#include "PriceBookEdits.h"
#include "RecordEditor.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace gpucompare {

/// Data › GPU Models: the figures the cost model reads (memory, dense peaks, bandwidth), their
/// source, and the aliases catalogs use for the model.
class GpuModelEditor final : public RecordEditor
{
    Q_OBJECT

public:
    explicit GpuModelEditor(PriceBookEditor *editor, QWidget *parent = nullptr);

    /// The aliases as typed: comma-separated, trimmed, empty ones dropped.
    static QStringList splitAliases(const QString &text);

protected:
    Outcome<RecordList> readRecords() const override;
    Status loadRecord(std::optional<qint64> id) override;
    Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const override;
    Outcome<PriceBookEdit> deleteEdit(qint64 id) const override;
    Outcome<QString> deleteQuestion(qint64 id) const override;

private:
    /// The other model a name or alias would mean once spelling is ignored; empty if none.
    QString ownerOf(const QString &label) const;
    QString checkAliases(const QString &text) const;

    mutable QList<GpuModelRecord> m_models;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_vendor = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_bf16 = nullptr;
    QLineEdit *m_fp8 = nullptr;
    QLineEdit *m_bandwidth = nullptr;
    QLineEdit *m_fp32 = nullptr;
    QLineEdit *m_tf32 = nullptr;
    QLineEdit *m_fp16 = nullptr;
    QLineEdit *m_int8 = nullptr;
    QLineEdit *m_formFactor = nullptr;
    QLineEdit *m_memoryType = nullptr;
    QLineEdit *m_tdp = nullptr;
    QLineEdit *m_launchYear = nullptr;
    QLineEdit *m_typicalMfu = nullptr;
    QLineEdit *m_mfuBasis = nullptr;
    QCheckBox *m_hasBf16 = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_aliases = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace gpucompare
