#include "FsdlCatalog.h"

#include "CatalogBuilder.h"
#include "CsvTable.h"
#include "DataQuality.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare::FsdlCatalog {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::FsdlCatalog", text);
}

} // namespace

bool matchesHeader(const QStringList &header)
{
    return CsvTable::hasColumns(header, {u"Cloud"_s, u"GPU Type"_s, u"GPUs"_s, u"On-demand"_s});
}

void read(CsvReader &csv, const QStringList &header, const QString &fileName,
          const ImportOptions &options, ImportPlan &plan)
{
    const int cloudCol = CsvTable::column(header, u"Cloud"_s);
    const int typeCol = CsvTable::column(header, u"GPU Type"_s);
    const int countCol = CsvTable::column(header, u"GPUs"_s);
    const int vcpuCol = CsvTable::column(header, u"vCPUs"_s);
    const int ramCol = CsvTable::column(header, u"RAM"_s);
    const int priceCol = CsvTable::column(header, u"On-demand"_s);
    const int spotCol = CsvTable::column(header, u"Spot"_s);
    const int nameCol = CsvTable::column(header, u"Name"_s);

    CatalogBuilder builder(plan, options);
    const QString observedOn = options.observedOn.toString(Qt::ISODate);
    const QString note =
        tr("From the Full Stack Deep Learning table %1.").arg(QFileInfo(fileName).fileName());
    CsvTable::forEachRecord(csv, header, plan, [&](int line, const QStringList &cells) {
        auto cell = [&](int index) {
            return index >= 0 ? cells.at(index).trimmed() : QString();
        };
        if (cell(cloudCol).isEmpty()) {
            builder.reject(line, tr("Cloud is empty"));
            return;
        }
        bool ok = false;
        const double count = cell(countCol).toDouble(&ok);
        if (!ok || count < 1 || count != std::floor(count) || count > 1024) {
            builder.reject(line,
                           tr("GPUs \"%1\" is not a whole number of GPUs").arg(cell(countCol)));
            return;
        }
        const QString gpuModel = builder.gpuFor(cell(typeCol), {}, line);
        if (gpuModel.isEmpty())
            return;
        QString why;
        const auto onDemand = CatalogBuilder::price(cell(priceCol), u"On-demand"_s,
                                                    CatalogBuilder::Need::Required, &why);
        QString spotWhy;
        const auto spot = CatalogBuilder::price(cell(spotCol), u"Spot"_s,
                                                CatalogBuilder::Need::Optional, &spotWhy);
        Offer offer;
        offer.provider = builder.providerFor(cell(cloudCol));
        offer.gpuModel = gpuModel;
        offer.instanceType = cell(nameCol).isEmpty()
                                 ? tr("%1× %2 (unnamed)").arg(int(count)).arg(cell(typeCol))
                                 : cell(nameCol);
        offer.gpusPerInstance = int(count);
        if (const double v = cell(vcpuCol).toDouble(&ok); ok && v > 0)
            offer.vcpus = int(v);
        if (const double v = cell(ramCol).toDouble(&ok); ok && v > 0)
            offer.ramGb = v;
        builder.checkGpuCount(line, offer);
        builder.addOnDemandAndSpot(
            line, offer, onDemand, spot, why,
            PriceObservation{Money(), observedOn, options.sourceUrl, note, QString()});
        if (!spot && !spotWhy.isEmpty()) {
            builder.flag(line,
                         tr("%1: %2; the spot price is left out").arg(offer.instanceType, spotWhy));
        }
    });
    builder.finish();
}

} // namespace gpucompare::FsdlCatalog
