// libFuzzer target: any bytes through format detection and every importer (our CSV and JSON,
// SkyPilot, FSDL), with the bundled GPU names, as a user's import would run.

#include "CatalogImport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace {

gpucompare::ImportOptions options()
{
    using namespace gpucompare;
    ImportOptions o;
    o.observedOn = QDate(2026, 11, 28);
    for (const char *name : {"H100 SXM 80GB", "A100 SXM 80GB", "A100 SXM 40GB", "T4 16GB"}) {
        GpuModel g;
        g.name = QString::fromLatin1(name);
        g.aliases = {g.name.section(u' ', 0, 0)};
        o.gpuModels.append(g);
    }
    o.providerNames = {QStringLiteral("AWS"), QStringLiteral("Lambda")};
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const gpucompare::ImportOptions fixed = options();
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    const gpucompare::ImportPlan plan =
        gpucompare::CatalogImport::read(buffer, QStringLiteral("fuzz.csv"), fixed);
    // Every offer that comes out is whole: a name, a GPU from the list, at least one price.
    for (const gpucompare::Offer &o : plan.data.offers) {
        if (o.provider.isEmpty() || o.gpuModel.isEmpty() || o.prices.isEmpty())
            __builtin_trap();
    }
    return 0;
}
