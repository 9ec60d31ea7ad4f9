#include "FormFields.h"

#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

FormFields::FormFields(QFormLayout *layout, QObject *parent)
    : QObject(parent)
    , m_layout(layout)
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QLabel *FormFields::addRow(const QString &label, QWidget *editor, const Check &check)
{
    // The reason sits under its field, hidden while there is none, so a valid form has no gaps.
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    // Top-aligned: when a reason under a field above changes the rows' heights, the field
    // stays next to its label instead of sliding to the middle of a taller cell.
    column->addWidget(editor, 0, Qt::AlignTop);
    auto *reason = new QLabel(cell);
    reason->setObjectName(editor->objectName() + u"Reason"_s);
    reason->setWordWrap(true);
    reason->setVisible(false);
    reason->setTextFormat(Qt::PlainText);
    column->addWidget(reason);

    auto *caption = new QLabel(label);
    caption->setBuddy(editor);
    m_layout->addRow(caption, cell);
    if (!label.isEmpty())
        editor->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_fields.append({editor, reason, check});
    return reason;
}

QLineEdit *FormFields::addLine(const QString &label, const QString &objectName, const Check &check,
                               const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    addRow(label, edit, check);
    connect(edit, &QLineEdit::textChanged, this, &FormFields::onEdited);
    return edit;
}

QPlainTextEdit *FormFields::addText(const QString &label, const QString &objectName,
                                    const Check &check)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    // Four lines, fixed: an expanding text box would take the form's spare height and push the
    // rows apart.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    addRow(label, edit, check);
    connect(edit, &QPlainTextEdit::textChanged, this, &FormFields::onEdited);
    return edit;
}

QComboBox *FormFields::addCombo(const QString &label, const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    addRow(label, combo, {});
    connect(combo, &QComboBox::currentIndexChanged, this, &FormFields::onEdited);
    return combo;
}

QCheckBox *FormFields::addCheckBox(const QString &text, const QString &objectName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    addRow(QString(), box, {});
    connect(box, &QCheckBox::toggled, this, &FormFields::onEdited);
    return box;
}

void FormFields::addCustom(const QString &label, QWidget *widget, const Check &check)
{
    addRow(label, widget, check);
}

QString FormFields::textOf(const QWidget *editor) const
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        const QVariant data = combo->currentData();
        return data.isValid() ? data.toString() : combo->currentText();
    }
    if (const auto *box = qobject_cast<const QCheckBox *>(editor))
        return box->isChecked() ? u"1"_s : u"0"_s;
    return {};
}

bool FormFields::validate()
{
    m_acceptable = true;
    const QString color = errorTextColor(QApplication::palette());
    for (const Field &field : std::as_const(m_fields)) {
        const QString reason = field.check ? field.check(textOf(field.editor)) : QString();
        field.reason->setText(reason);
        field.reason->setStyleSheet(u"color: %1;"_s.arg(color));
        field.reason->setVisible(!reason.isEmpty());
        field.editor->setAccessibleDescription(reason);
        field.editor->setToolTip(reason);
        if (!reason.isEmpty())
            m_acceptable = false;
    }
    return m_acceptable;
}

QString FormFields::reason(const QWidget *editor) const
{
    for (const Field &field : m_fields) {
        if (field.editor == editor)
            return field.reason->text();
    }
    return {};
}

QStringList FormFields::values() const
{
    QStringList values;
    for (const Field &field : m_fields)
        values.append(textOf(field.editor));
    return values;
}

void FormFields::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        return;
    // A loaded value shows from its start (setText leaves the cursor at the end, and a long
    // URL then shows only its tail).
    for (const Field &field : std::as_const(m_fields)) {
        if (auto *line = qobject_cast<QLineEdit *>(field.editor))
            line->setCursorPosition(0);
    }
}

void FormFields::onEdited()
{
    if (m_loading)
        return;
    validate();
    Q_EMIT edited();
}

} // namespace gpucompare
