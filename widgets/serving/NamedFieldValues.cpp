#include "NamedFieldValues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

namespace gpucompare {

QVariantMap NamedFieldValues::save(const QWidget &form, const QString &prefix,
                                   const QComboBox *skip)
{
    QVariantMap state;
    const auto named = [&prefix](const QObject *o) {
        return o->objectName().startsWith(prefix);
    };
    for (const QLineEdit *edit : form.findChildren<QLineEdit *>()) {
        if (named(edit))
            state.insert(edit->objectName(), edit->text());
    }
    for (const QSpinBox *spin : form.findChildren<QSpinBox *>()) {
        if (named(spin))
            state.insert(spin->objectName(), spin->value());
    }
    for (const QDoubleSpinBox *spin : form.findChildren<QDoubleSpinBox *>()) {
        if (named(spin))
            state.insert(spin->objectName(), spin->value());
    }
    for (const QComboBox *combo : form.findChildren<QComboBox *>()) {
        if (named(combo) && combo != skip)
            state.insert(combo->objectName(), combo->currentIndex());
    }
    for (const QCheckBox *box : form.findChildren<QCheckBox *>()) {
        if (named(box))
            state.insert(box->objectName(), box->isChecked());
    }
    for (const QGroupBox *group : form.findChildren<QGroupBox *>()) {
        if (named(group))
            state.insert(group->objectName(), group->isChecked());
    }
    return state;
}

void NamedFieldValues::restore(QWidget &form, const QVariantMap &values, const QComboBox *skip)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto *edit = form.findChild<QLineEdit *>(it.key()))
            edit->setText(it.value().toString());
        else if (auto *spin = form.findChild<QSpinBox *>(it.key()))
            spin->setValue(it.value().toInt());
        else if (auto *doubleSpin = form.findChild<QDoubleSpinBox *>(it.key()))
            doubleSpin->setValue(it.value().toDouble());
        else if (auto *box = form.findChild<QCheckBox *>(it.key()))
            box->setChecked(it.value().toBool());
        else if (auto *group = form.findChild<QGroupBox *>(it.key()))
            group->setChecked(it.value().toBool());
        else if (auto *combo = form.findChild<QComboBox *>(it.key()); combo && combo != skip)
            combo->setCurrentIndex(std::clamp(it.value().toInt(), 0, combo->count() - 1));
    }
}

} // namespace gpucompare
