#pragma once

#include "PriceBookEdits.h"
#include "RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace gpucompare {

/// Data › Providers: name, kind, website, notes and the user's negotiated discount.
class ProviderEditor final : public RecordEditor
{
    Q_OBJECT

public:
    explicit ProviderEditor(PriceBookEditor *editor, QWidget *parent = nullptr);

protected:
    Outcome<RecordList> readRecords() const override;
    Status loadRecord(std::optional<qint64> id) override;
    Outcome<PriceBookEdit> saveEdit(std::optional<qint64> id) const override;
    Outcome<PriceBookEdit> deleteEdit(qint64 id) const override;
    Outcome<QString> deleteQuestion(qint64 id) const override;

private:
    Provider formProvider() const;

    mutable QList<ProviderRecord> m_providers;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_discount = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace gpucompare
