#include "GpuCatalog.h"

#include "BundledResources.h"
#include "GpuModelRepository.h"
#include "GpuNameMatcher.h"
#include "PriceBookJson.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace gpucompare {

const QList<GpuModel> &bundledGpuCatalog()
{
    static const QList<GpuModel> catalog = [] {
        resources::ensureLoaded();
        QFile file(resources::bundledDatasetPath());
        if (!file.open(QIODevice::ReadOnly))
            return QList<GpuModel>();
        const auto bundled = PriceBookJson::read(file, u"bundled dataset"_s);
        return bundled.data ? bundled.data->gpuModels : QList<GpuModel>();
    }();
    return catalog;
}

namespace {

template <typename T> bool take(std::optional<T> &mine, const std::optional<T> &theirs)
{
    if (mine || !theirs)
        return false;
    mine = theirs;
    return true;
}

bool take(QString &mine, const QString &theirs)
{
    if (!mine.isEmpty() || theirs.isEmpty())
        return false;
    mine = theirs;
    return true;
}

} // namespace

bool completeFrom(GpuModel &model, const GpuModel &part)
{
    const bool gainsPeak = !model.bf16Tflops && part.bf16Tflops;
    if (gainsPeak) {
        model.hasBf16 = part.hasBf16;
        // The figures and their source go together; a note that said the peak was missing
        // is no longer true.
        model.sourceUrl = part.sourceUrl;
        if (model.notes.contains(u"peak", Qt::CaseInsensitive) || model.notes.isEmpty())
            model.notes = part.notes;
    }
    bool changed = gainsPeak;
    changed |= take(model.bf16Tflops, part.bf16Tflops);
    changed |= take(model.memoryGb, part.memoryGb);
    changed |= take(model.fp8Tflops, part.fp8Tflops);
    changed |= take(model.bandwidthGbps, part.bandwidthGbps);
    changed |= take(model.fp32Tflops, part.fp32Tflops);
    changed |= take(model.tf32Tflops, part.tf32Tflops);
    changed |= take(model.fp16Tflops, part.fp16Tflops);
    changed |= take(model.int8Tops, part.int8Tops);
    changed |= take(model.tdpWatts, part.tdpWatts);
    changed |= take(model.launchYear, part.launchYear);
    changed |= take(model.vendor, part.vendor);
    changed |= take(model.formFactor, part.formFactor);
    changed |= take(model.memoryType, part.memoryType);
    changed |= take(model.sourceUrl, part.sourceUrl);
    changed |= take(model.notes, part.notes);
    if (!model.typicalMfu && part.typicalMfu) {
        model.typicalMfu = part.typicalMfu;
        model.typicalMfuBasis = part.typicalMfuBasis;
        changed = true;
    }
    return changed;
}

int completeFromGpuCatalog(const QSqlDatabase &db, const QList<GpuModel> &catalog)
{
    GpuModelRepository repository(db);
    const QList<GpuModel> book = repository.all();
    if (book.isEmpty())
        return 0; // a new book: its contents (the bundled book's, or a file's) come next
    const GpuNameMatcher matcher(book);
    int changed = 0;
    for (const GpuModel &part : catalog) {
        const QList<double> memory =
            part.memoryGb ? QList<double>{*part.memoryGb} : QList<double>();
        QString inBook;
        for (const QString &label : QStringList{part.name} + part.aliases) {
            const GpuNameMatcher::Match m = matcher.match(label, memory);
            if (m.outcome == GpuNameMatcher::Outcome::Matched && !m.memoryDisagrees) {
                inBook = m.model;
                break;
            }
        }
        // Only the spellings no model of the book answers to yet: an alias never moves.
        QStringList newAliases;
        for (const QString &alias : part.aliases) {
            if (matcher.match(alias).outcome == GpuNameMatcher::Outcome::Unknown)
                newAliases << alias;
        }
        if (inBook.isEmpty()) {
            GpuModel added = part;
            added.aliases = newAliases;
            repository.insert(added);
            ++changed;
            continue;
        }
        GpuModel model = *matcher.model(inBook);
        const qint64 id = repository.idByName(inBook).value_or(0);
        bool updated = completeFrom(model, part) && repository.update(id, model);
        for (const QString &alias : std::as_const(newAliases))
            updated |= repository.addAlias(id, alias);
        changed += updated ? 1 : 0;
    }
    return changed;
}

} // namespace gpucompare
