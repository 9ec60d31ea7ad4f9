#include "ShortNames.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString shortProviderName(const QString &provider)
{
    QString name = provider;
    // A former or parent name in parentheses: "Verda (DataCrunch)".
    static const QRegularExpression note(uR"(\s*\([^)]*\)\s*$)"_s);
    name.remove(note);
    if (name.startsWith(u"Microsoft "_s))
        name = name.mid(10);
    // "Oracle Cloud", "Google Cloud": the company says which cloud.
    if (name.endsWith(u" Cloud"_s) && name.count(u' ') == 1)
        name.chop(6);
    return name.isEmpty() ? provider : name;
}

namespace {

/// "80GB" → "80G", the memory as a short token; empty when the word is not a memory size.
QString memoryToken(const QString &word)
{
    static const QRegularExpression memory(uR"(^(\d+(?:\.\d+)?)\s*GB$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = memory.match(word);
    return m.hasMatch() ? m.captured(1) + u'G' : QString();
}

/// The candidate short forms of one name, shortest first.
QStringList candidates(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {name};
    // The family is the model number: "RTX" or "Tesla" alone says nothing, "RTX 6000" does.
    qsizetype start = 1;
    QString family = words.first();
    const auto hasDigit = [](const QString &w) {
        return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
    };
    while (!hasDigit(family) && start < words.size() && memoryToken(words.at(start)).isEmpty())
        family += u' ' + words.at(start++);
    // Form factors may go when the rest is unique; "Ti" or "SUPER" name another GPU and stay.
    static const QSet<QString> formFactors = {
        u"sxm"_s, u"sxm4"_s,        u"sxm5"_s,      u"pcie"_s, u"nvl"_s,   u"hgx"_s,
        u"oam"_s, u"workstation"_s, u"blackwell"_s, u"ada"_s,  u"server"_s};
    QString memory;
    QStringList middle; // form factors between the family and the memory
    for (qsizetype i = start; i < words.size(); ++i) {
        const QString token = memoryToken(words.at(i));
        if (!token.isEmpty() && memory.isEmpty())
            memory = token;
        else if (formFactors.contains(words.at(i).toLower()))
            middle << words.at(i);
        else if (middle.isEmpty() && memory.isEmpty())
            family += u' ' + words.at(i);
        else
            middle << words.at(i);
    }
    QStringList list = {family};
    if (!memory.isEmpty())
        list << family + u' ' + memory;
    if (!middle.isEmpty())
        list << family + u' ' + middle.join(u' ');
    if (!middle.isEmpty() && !memory.isEmpty())
        list << family + u' ' + middle.join(u' ') + u' ' + memory;
    list << name;
    return list;
}

} // namespace

ShortGpuNames::ShortGpuNames(const QStringList &names)
{
    QSet<QString> distinct(names.cbegin(), names.cend());
    distinct.remove(QString());
    QHash<QString, QStringList> options;
    QHash<QString, int> users; // candidate -> how many names could take it
    for (const QString &name : std::as_const(distinct)) {
        QStringList list = candidates(name);
        list.removeDuplicates();
        for (const QString &c : std::as_const(list))
            ++users[c.toLower()];
        options.insert(name, list);
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QString chosen = it.key();
        for (const QString &c : it.value()) {
            // Unique, and not another name's full name ("H100" beside a GPU named "H100").
            if (users.value(c.toLower()) == 1 && (c == it.key() || !distinct.contains(c))) {
                chosen = c;
                break;
            }
        }
        // A short form no shorter than the name gains nothing.
        m_short.insert(it.key(), chosen.size() < it.key().size() ? chosen : it.key());
    }
}

} // namespace gpucompare
