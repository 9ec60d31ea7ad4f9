#pragma once

#include <QString>
#include <QVariantMap>

class QComboBox;
class QWidget;

namespace gpucompare {

/// The values of a form's fields by object name, to keep across restarts and language
/// switches: line edits' texts, spin boxes' values, check boxes' and checkable group boxes'
/// states, and combo boxes' indexes (their labels follow the language).
class NamedFieldValues final
{
public:
    /// Every field of `form` whose object name starts with `prefix` (spin boxes' inner line
    /// edits have Qt's names), but `skip`: a combo box the caller keeps by its data.
    static QVariantMap save(const QWidget &form, const QString &prefix, const QComboBox *skip);
    /// Puts each value back into the field of `form` its key names, but `skip`; unknown keys
    /// are left alone, and a combo box's index is clamped to its items.
    static void restore(QWidget &form, const QVariantMap &values, const QComboBox *skip);
};

} // namespace gpucompare
