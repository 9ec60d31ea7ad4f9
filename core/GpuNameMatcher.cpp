#include "GpuNameMatcher.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// Words that never tell two parts apart: the vendor's brand, and the way a marketplace sells
/// the machine ("_BAREMETAL", "_SECURE", "_HIGH_PERF").
bool isNoiseWord(const QString &word)
{
    static const QSet<QString> noise = {
        u"nvidia"_s, u"geforce"_s,   u"tesla"_s,    u"nvlink"_s, u"baremetal"_s,
        u"secure"_s, u"community"_s, u"highperf"_s, u"lowram"_s, u"high"_s,
        u"perf"_s,   u"low"_s,       u"ram"_s,      u"gpu"_s,
    };
    return noise.contains(word);
}

/// The memory technology: part of a name ("GH200 HBM3e" is the 144 GB one), but a catalog's
/// "H100-80GB-HBM3" is the H100 all the same.
bool isMemoryTechnology(const QString &word)
{
    return word.startsWith(u"hbm"_s) || word.startsWith(u"gddr"_s);
}

QStringList wordsOf(const QString &name)
{
    static const QRegularExpression separators(u"[\\s_\\-()\\[\\],/]+"_s);
    QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    words.removeIf(isNoiseWord);
    return words;
}

/// "80g", "80gb", "141GiB": a memory size in a name.
std::optional<double> memoryWord(const QString &word)
{
    static const QRegularExpression memory(u"^([0-9]+(?:\\.[0-9]+)?)(?:g|gb|gib)$"_s);
    const auto m = memory.match(word);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

QString formFactorWord(const QString &word)
{
    if (word == u"pcie")
        return u"pcie"_s;
    if (word == u"nvl")
        return u"nvl"_s;
    if (word == u"oam")
        return u"oam"_s;
    static const QRegularExpression sxm(u"^sxm[0-9]?$"_s);
    if (sxm.match(word).hasMatch())
        return u"sxm"_s;
    return {};
}

} // namespace

QString GpuNameMatcher::key(const QString &name)
{
    return wordsOf(name).join(QString());
}

QString GpuNameMatcher::formFactorToken(const QString &text)
{
    QString found;
    for (const QString &word : wordsOf(text)) {
        const QString token = formFactorWord(word);
        // NVL names the part (H100 NVL), where "PCIe" in its description names the slot.
        if (token == u"nvl")
            return token;
        if (found.isEmpty())
            found = token;
    }
    return found;
}

GpuNameMatcher::Parsed GpuNameMatcher::parse(const QString &name)
{
    Parsed parsed;
    QStringList base;
    for (const QString &word : wordsOf(name)) {
        if (const auto gb = memoryWord(word); gb && !base.isEmpty()) {
            parsed.memoryGb = gb;
            continue;
        }
        if (isMemoryTechnology(word) && !base.isEmpty())
            continue;
        if (const QString ff = formFactorWord(word); !ff.isEmpty() && !base.isEmpty()) {
            if (parsed.formFactor != u"nvl")
                parsed.formFactor = ff;
            continue;
        }
        base << word;
    }
    parsed.base = base.join(QString());
    return parsed;
}

GpuNameMatcher::GpuNameMatcher(const QList<GpuModel> &models)
    : m_models(models)
{
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_byName.insert(m_models.at(i).name, i);
    // Names first, so that a model's own name is never taken by another's alias.
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        const QString k = key(m_models.at(i).name);
        if (!k.isEmpty() && !m_byKey.contains(k))
            m_byKey.insert(k, i);
    }
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        const GpuModel &g = m_models.at(i);
        m_formFactor.insert(i, modelFormFactor(g));
        QSet<QString> bases;
        for (const QString &label : QStringList{g.name} + g.aliases) {
            const QString k = key(label);
            if (!k.isEmpty() && !m_byKey.contains(k))
                m_byKey.insert(k, i);
            const Parsed p = parse(label);
            if (p.base.isEmpty())
                continue;
            if (!bases.contains(p.base)) {
                bases.insert(p.base);
                m_family[p.base].append(i);
            }
            if (p.formFactor.isEmpty())
                m_hasPlainLabel.insert(i, true);
        }
    }
}

QString GpuNameMatcher::modelFormFactor(const GpuModel &model) const
{
    const Parsed fromName = parse(model.name);
    if (!fromName.formFactor.isEmpty())
        return fromName.formFactor;
    return formFactorToken(model.formFactor);
}

bool GpuNameMatcher::memoryFits(const GpuModel &model, double memoryGb) const
{
    if (!model.memoryGb)
        return true; // nothing to disagree with
    // Catalogs give GiB, MiB or marketing GB: 141 GB is 144,384 MiB, 180 GB is 183,296, and
    // the B300's 288 GB is listed as 268,800 MiB. Variants differ far more (40/80, 16/32, 80/94).
    const double tolerance = std::max(3.0, 0.1 * *model.memoryGb);
    return std::abs(*model.memoryGb - memoryGb) <= tolerance;
}

const GpuModel *GpuNameMatcher::model(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_models.at(*it);
}

GpuNameMatcher::Match GpuNameMatcher::match(const QString &name, const QList<double> &memoryGb,
                                            const QString &formFactorHint) const
{
    Match result;
    if (formFactorHint.isEmpty() && memoryGb.isEmpty()) {
        // A model's own name: the common case of our own files and forms.
        if (const auto it = m_byName.constFind(name.trimmed()); it != m_byName.cend()) {
            result.outcome = Outcome::Matched;
            result.model = m_models.at(*it).name;
            return result;
        }
    }
    const QString k = key(name);
    if (k.isEmpty())
        return result;
    const Parsed parsed = parse(name);
    const QString formFactor =
        parsed.formFactor.isEmpty() ? formFactorToken(formFactorHint) : parsed.formFactor;
    const QList<double> memory = parsed.memoryGb ? QList<double>{*parsed.memoryGb} : memoryGb;
    result.formFactor = formFactor == u"pcie" ? u"PCIe"_s : formFactor.toUpper();

    auto formFactorFits = [&](qsizetype i) {
        const QString own = m_formFactor.value(i);
        return formFactor.isEmpty() || own.isEmpty() || own == formFactor;
    };
    auto memoryFitsAny = [&](qsizetype i) {
        return memory.isEmpty() || std::any_of(memory.cbegin(), memory.cend(), [&](double gb) {
                   return memoryFits(m_models.at(i), gb);
               });
    };
    auto matched = [&](qsizetype i, bool memoryDisagrees) {
        result.outcome = Outcome::Matched;
        result.model = m_models.at(i).name;
        result.memoryDisagrees = memoryDisagrees;
        return result;
    };

    const auto exactIt = m_byKey.constFind(k);
    const qsizetype exact = exactIt == m_byKey.cend() ? -1 : *exactIt;
    if (exact >= 0 && formFactorFits(exact) && memoryFitsAny(exact))
        return matched(exact, false);

    QList<qsizetype> candidates = m_family.value(parsed.base);
    if (candidates.isEmpty()) {
        if (exact >= 0 && formFactorFits(exact))
            return matched(exact, true);
        result.outcome = exact >= 0 ? Outcome::FormFactorUnknown : Outcome::Unknown;
        return result;
    }
    candidates.removeIf([&](qsizetype i) { return !formFactorFits(i); });
    if (candidates.isEmpty()) {
        result.outcome = Outcome::FormFactorUnknown;
        return result;
    }
    bool memoryDisagrees = !memory.isEmpty();
    for (double gb : memory) {
        QList<qsizetype> near = candidates;
        near.removeIf([&](qsizetype i) { return !memoryFits(m_models.at(i), gb); });
        if (!near.isEmpty()) {
            candidates = near;
            memoryDisagrees = false;
            break;
        }
    }
    if (candidates.size() == 1)
        return matched(candidates.first(), memoryDisagrees);
    if (candidates.contains(exact))
        return matched(exact, memoryDisagrees);
    QList<qsizetype> plain = candidates;
    plain.removeIf([&](qsizetype i) { return !m_hasPlainLabel.value(i); });
    if (plain.size() == 1)
        return matched(plain.first(), memoryDisagrees);
    result.outcome = Outcome::Ambiguous;
    return result;
}

QStringList GpuNameMatcher::collisions(const QList<GpuModel> &models)
{
    QMap<QString, QStringList> owners; // key -> models whose name or alias has it
    for (const GpuModel &g : models) {
        QSet<QString> keys;
        for (const QString &label : QStringList{g.name} + g.aliases)
            keys.insert(key(label));
        for (const QString &k : std::as_const(keys))
            owners[k].append(g.name);
    }
    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            found << u"\"%1\" names %2"_s.arg(it.key(), it->join(u", "_s));
    }
    return found;
}

} // namespace gpucompare
