// The serving form's inputs as a map, kept across restarts and language switches (split from
// ServeForm.cpp to keep files small).

#include "ServeForm.h"
#include "ServePresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QVariantMap ServeForm::saveState() const
{
    // Every named field of this form ("serve…"); spin boxes' inner line edits have Qt's names.
    QVariantMap state;
    const auto named = [](const QObject *o) {
        return o->objectName().startsWith(u"serve"_s);
    };
    for (const QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (named(edit))
            state.insert(edit->objectName(), edit->text());
    }
    for (const QSpinBox *spin : findChildren<QSpinBox *>()) {
        if (named(spin))
            state.insert(spin->objectName(), spin->value());
    }
    for (const QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>()) {
        if (named(spin))
            state.insert(spin->objectName(), spin->value());
    }
    for (const QComboBox *combo : findChildren<QComboBox *>()) {
        // By index: the labels follow the language. The GPU by name: the book lists them.
        if (named(combo) && combo != m_gpu)
            state.insert(combo->objectName(), combo->currentIndex());
    }
    state.insert(m_gpu->objectName(), gpuModel());
    for (const QCheckBox *box : findChildren<QCheckBox *>()) {
        if (named(box))
            state.insert(box->objectName(), box->isChecked());
    }
    for (const QGroupBox *group : findChildren<QGroupBox *>()) {
        if (named(group))
            state.insert(group->objectName(), group->isChecked());
    }
    state.insert(u"serveMeasuredSourceText"_s, m_measuredSource->text());
    return state;
}

void ServeForm::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    m_filling = true;
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (auto *edit = findChild<QLineEdit *>(it.key()))
            edit->setText(it.value().toString());
        else if (auto *spin = findChild<QSpinBox *>(it.key()))
            spin->setValue(it.value().toInt());
        else if (auto *doubleSpin = findChild<QDoubleSpinBox *>(it.key()))
            doubleSpin->setValue(it.value().toDouble());
        else if (auto *box = findChild<QCheckBox *>(it.key()))
            box->setChecked(it.value().toBool());
        else if (auto *group = findChild<QGroupBox *>(it.key()))
            group->setChecked(it.value().toBool());
        else if (auto *combo = findChild<QComboBox *>(it.key()); combo && combo != m_gpu)
            combo->setCurrentIndex(std::clamp(it.value().toInt(), 0, combo->count() - 1));
    }
    const QString gpu = state.value(m_gpu->objectName()).toString();
    if (m_gpu->findData(gpu) >= 0)
        m_gpu->setCurrentIndex(m_gpu->findData(gpu));
    else
        m_pendingGpu = gpu;
    const int preset = m_model->currentIndex();
    if (preset > 0)
        m_model->setToolTip(servePresets().at(preset - 1).source);
    if (state.contains(u"serveMeasuredSourceText"_s))
        m_measuredSource->setText(state.value(u"serveMeasuredSourceText"_s).toString());
    m_gpus->setEnabled(!m_gpusAuto->isChecked());
    m_filling = false;
    onEdited();
}

} // namespace gpucompare
