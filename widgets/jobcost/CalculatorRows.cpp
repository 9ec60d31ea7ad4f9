#include "CalculatorRows.h"

#include "Theme.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare::calculator {

Row addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key,
           const QString &toolTip)
{
    auto *row = new QWidget(field->parentWidget());
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(1);
    field->setParent(row);
    rowLayout->addWidget(field);
    auto *message = new QLabel(row);
    message->setObjectName(key + u"Message"_s);
    message->setWordWrap(true);
    message->hide();
    rowLayout->addWidget(message);

    auto *labelWidget = new QLabel(label, row->parentWidget());
    labelWidget->setBuddy(field);
    // Screen readers look for a buddy label among the field's siblings only; this one sits a
    // level up, beside the row that also holds the message, so the name is given outright.
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    if (!toolTip.isEmpty()) {
        field->setToolTip(toolTip);
        labelWidget->setToolTip(toolTip);
        field->setAccessibleDescription(toolTip);
    }
    form->addRow(labelWidget, row);
    return {row, message};
}

void showMessage(QLabel *label, const QString &error, const QString &warning)
{
    if (!error.isEmpty()) {
        label->setText(error);
        label->setStyleSheet(u"color: %1;"_s.arg(errorTextColor(QApplication::palette())));
    } else if (!warning.isEmpty()) {
        label->setText(warning);
        label->setStyleSheet(u"color: %1;"_s.arg(warningTextColor(QApplication::palette())));
    }
    label->setVisible(!error.isEmpty() || !warning.isEmpty());
}

QDoubleSpinBox *newDoubleSpin(QWidget *parent, const QString &name, double min, double max,
                              int decimals, double step, const QString &suffix,
                              const QString &prefix)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setPrefix(prefix);
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(true);
    return spin;
}

QSpinBox *newSpin(QWidget *parent, const QString &name, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QLineEdit *newQuantityEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace gpucompare::calculator
