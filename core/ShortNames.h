#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace gpucompare {

/// Short forms of provider and GPU names for table cells (issue 30): a narrow column shows
/// "Verda" or "H100 SXM" whole instead of "Verda …" or "H100 …", and the full name is in the
/// tooltip, the copy and the sort.

/// "Verda (DataCrunch)" → "Verda", "Microsoft Azure" → "Azure", "Oracle Cloud" → "Oracle";
/// other names as they are.
QString shortProviderName(const QString &provider);

/// The shortest form of each GPU name that no other name in the same set shares: the family
/// ("L4"), then the family and memory ("A10G 24G"), the family and form factor ("H100 SXM"),
/// all three ("A100 SXM 80G"), else the name itself. Built once per set of names.
class ShortGpuNames
{
public:
    ShortGpuNames() = default;
    explicit ShortGpuNames(const QStringList &names);

    /// The short form of `name`; the name itself when it was not in the set.
    QString shortName(const QString &name) const { return m_short.value(name, name); }
    bool contains(const QString &name) const { return m_short.contains(name); }
    bool operator==(const ShortGpuNames &other) const { return m_short == other.m_short; }

private:
    QHash<QString, QString> m_short;
};

} // namespace gpucompare
