#pragma once

#include <QString>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

/// The rows both calculators (training and serving) are built of: a field with its label, its
/// explanation as tooltip and accessible description, and a line under it for the reason a
/// value is refused or unusual.
namespace gpucompare::calculator {

struct Row
{
    QWidget *row = nullptr;    ///< the field and its message, for QFormLayout::setRowVisible
    QLabel *message = nullptr; ///< object name key + "Message", hidden until it has a reason
};

Row addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key,
           const QString &toolTip);

/// Shows an error (in the error colour), else a warning, else hides the line.
void showMessage(QLabel *message, const QString &error, const QString &warning);

QDoubleSpinBox *newDoubleSpin(QWidget *parent, const QString &name, double min, double max,
                              int decimals, double step, const QString &suffix = {},
                              const QString &prefix = {});
QSpinBox *newSpin(QWidget *parent, const QString &name, int min, int max,
                  const QString &suffix = {});
/// A line for a quantity such as "70B" or "1.4e12", with a clear button.
QLineEdit *newQuantityEdit(QWidget *parent, const QString &name, const QString &placeholder);

} // namespace gpucompare::calculator
