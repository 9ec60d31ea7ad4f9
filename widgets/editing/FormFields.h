#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace gpucompare {

/// The rows of an editing form: a label with a mnemonic and buddy (so screen readers name the
/// field), the editor, and under it the reason the value is refused, updated as the user types.
///
/// Every check runs again on every change, so a check may read other fields (low above high,
/// a duplicate name) and its message moves with the data.
class FormFields final : public QObject
{
    Q_OBJECT

public:
    /// Returns an empty string when the text is acceptable, else one sentence naming the field.
    using Check = std::function<QString(const QString &text)>;

    explicit FormFields(QFormLayout *layout, QObject *parent = nullptr);

    QLineEdit *addLine(const QString &label, const QString &objectName, const Check &check = {},
                       const QString &placeholder = {});
    QPlainTextEdit *addText(const QString &label, const QString &objectName,
                            const Check &check = {});
    QComboBox *addCombo(const QString &label, const QString &objectName);
    QCheckBox *addCheckBox(const QString &text, const QString &objectName);
    /// A row that is checked like a field but edited by its own widget (a table): check gets an
    /// empty string and reads the widget itself.
    void addCustom(const QString &label, QWidget *widget, const Check &check);

    /// Runs every check and shows the reasons; returns whether all pass.
    bool validate();
    bool isAcceptable() const { return m_acceptable; }
    /// The reason shown under a field, empty when it passes.
    QString reason(const QWidget *editor) const;
    /// Every value as text, to compare with the values as loaded (unsaved changes).
    QStringList values() const;
    /// The first field, for the focus of a new record.
    QWidget *firstEditor() const { return m_fields.isEmpty() ? nullptr : m_fields.first().editor; }
    /// Signals of the fields are held while a record is loaded into them.
    void setLoading(bool loading);

Q_SIGNALS:
    /// A field changed and the checks ran again.
    void edited();

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *reason = nullptr;
        Check check;
    };
    QLabel *addRow(const QString &label, QWidget *editor, const Check &check);
    QString textOf(const QWidget *editor) const;
    void onEdited();

    QFormLayout *m_layout;
    QList<Field> m_fields;
    bool m_acceptable = true;
    bool m_loading = false;
};

} // namespace gpucompare
