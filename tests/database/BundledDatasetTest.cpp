#include "DataQuality.h"
#include "EmptyBook.h"
#include "GpuModelRepository.h"
#include "InstanceShapeRepository.h"
#include "MarketShareRepository.h"
#include "OfferFolding.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJson.h"
#include "PriceBookJsonWriter.h"
#include "PricingModel.h"
#include "ProviderRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class BundledDataset : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"bundled.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
};

} // namespace

TEST_F(BundledDataset, HoldsTheCountsTheIssueAsksFor)
{
    const QSqlDatabase db = m_book->database();
    EXPECT_GE(ProviderRepository(db).count(), 20);
    EXPECT_GE(OfferRepository(db).count(), 140);
    EXPECT_GE(MarketShareRepository(db).count(), 13);
    EXPECT_GE(GpuModelRepository(db).count(), 12);
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"ok"_s);
}

TEST_F(BundledDataset, EveryPublicCatalogCloudHasOffersAndEveryOfferItsGpuFigures)
{
    const QList<Offer> offers = OfferRepository(m_book->database()).all();
    EXPECT_GE(offers.size(), 1700);
    QMap<QString, int> offersOf;
    QMap<QString, int> soldVia;
    for (const Offer &o : offers) {
        ++offersOf[o.provider];
        if (!o.soldVia.isEmpty())
            ++soldVia[o.soldVia];
    }
    EXPECT_GE(offersOf.size(), 30);
    for (const QString &name :
         {u"AWS"_s, u"Microsoft Azure"_s, u"Google Cloud"_s, u"Lambda"_s, u"CoreWeave"_s,
          u"Voltage Park"_s, u"Seeweb"_s, u"Mithril"_s, u"Hyperbolic"_s, u"JarvisLabs"_s,
          u"Yotta"_s, u"Lium"_s, u"Daytona"_s, u"Scaleway"_s, u"Massed Compute"_s})
        EXPECT_GT(offersOf.value(name), 0) << name.toStdString();
    // The marketplaces name the seller: their machines are offers of the clouds that own them.
    EXPECT_GT(soldVia.value(u"Shadeform"_s), 50);
    EXPECT_GT(soldVia.value(u"Prime Intellect"_s), 50);
    EXPECT_GT(soldVia.value(u"Spheron"_s), 50);
    EXPECT_LT(offersOf.value(u"Shadeform"_s), 5);

    // The GPU catalog: every model an offer uses has a dense peak, memory and bandwidth.
    const QList<GpuModel> models = GpuModelRepository(m_book->database()).all();
    QHash<QString, const GpuModel *> byName;
    for (const GpuModel &g : models)
        byName.insert(g.name, &g);
    for (const Offer &o : offers) {
        const GpuModel *g = byName.value(o.gpuModel);
        ASSERT_NE(g, nullptr);
        EXPECT_TRUE(g->bf16Tflops && g->memoryGb && g->bandwidthGbps) << g->name.toStdString();
    }
    // The China-market parts the seed's readers rent, with their datasheets.
    for (const QString &part :
         {u"H20 96GB"_s, u"H800 SXM 80GB"_s, u"A800 40GB PCIe"_s, u"L20 48GB"_s}) {
        const GpuModel *g = byName.value(part);
        ASSERT_NE(g, nullptr) << part.toStdString();
        EXPECT_TRUE(g->bf16Tflops && g->memoryGb && !g->sourceUrl.isEmpty()) << part.toStdString();
    }
    EXPECT_GE(models.size(), 80);
    for (const GpuModel &g : models)
        EXPECT_TRUE(g.sourceUrl.startsWith(u"https://"_s)) << g.name.toStdString();
}

TEST_F(BundledDataset, HasEveryProviderTheSeedNames)
{
    ProviderRepository providers(m_book->database());
    for (const QString &name :
         {u"AWS"_s, u"Microsoft Azure"_s, u"Google Cloud"_s, u"Lambda"_s, u"CoreWeave"_s,
          u"Voltage Park"_s, u"RunPod"_s, u"Nebius"_s, u"Crusoe"_s, u"Oracle Cloud"_s}) {
        EXPECT_TRUE(providers.idByName(name)) << name.toStdString();
    }
}

TEST_F(BundledDataset, EveryPriceCarriesASourceAndADateOrSaysWhyNot)
{
    const auto offers = OfferRepository(m_book->database()).all();
    int prices = 0;
    for (const Offer &offer : offers) {
        ASSERT_FALSE(offer.prices.isEmpty());
        for (const PriceObservation &price : offer.prices) {
            ++prices;
            EXPECT_TRUE(price.sourceUrl.startsWith(u"https://"_s))
                << offer.instanceType.toStdString();
            if (price.observedOn.isEmpty()) {
                EXPECT_TRUE(price.note.contains(u"ndated"_s)) << offer.instanceType.toStdString();
            }
        }
    }
    // Every row of reference-prices.csv (148, corrected: section 4a) and the catalogs' prices.
    EXPECT_GT(prices, 148);
}

// Issue 17's "done when": the bundled book as the catalogs and the corrected reference give it.
TEST_F(BundledDataset, OneOfferPerThingSoldWithRealMachinesAndStatedGaps)
{
    const QSqlDatabase db = m_book->database();
    const QList<Offer> offers = OfferRepository(db).all();
    QHash<QString, const GpuModel *> gpus;
    const QList<GpuModel> models = GpuModelRepository(db).all();
    for (const GpuModel &g : models)
        gpus.insert(g.name, &g);

    QSet<QString> seen;
    QStringList merged; // offers with more than one dated price: the generator's merges
    QHash<QString, QSet<QString>> gpusOf;
    int rates = 0;
    int catalogMachines = 0;
    for (const Offer &o : offers) {
        const std::string name = QString(o.provider + u' ' + o.instanceType).toStdString();
        EXPECT_FALSE(o.instanceType.startsWith(u'(')) << name << ": a description, not a machine";
        if (o.perGpuRate) {
            ++rates;
            EXPECT_EQ(o.gpusPerInstance, 1) << name;
            EXPECT_EQ(o.instanceType, perGpuRateInstance()) << name;
        }
        const QString unit = o.perGpuRate ? u"per-GPU rate"_s
                                          : u"%1 x%2"_s.arg(o.instanceType).arg(o.gpusPerInstance);
        const QString key =
            QStringList{o.provider,    o.gpuModel, unit, pricingModelToken(o.pricing),
                        o.pricingTerm, o.region}
                .join(u'|');
        EXPECT_FALSE(seen.contains(key)) << "two offers of one thing: " << key.toStdString();
        seen.insert(key);
        gpusOf[o.provider].insert(o.gpuModel.section(u' ', 0, 0));

        int dated = 0;
        for (const PriceObservation &p : o.prices) {
            EXPECT_TRUE(p.sourceUrl.startsWith(u"https://"_s)) << name;
            if (p.observedOn.isEmpty()) {
                EXPECT_TRUE(p.note.contains(u"ndated"_s)) << name << ": neither dated nor undated";
            } else {
                ++dated;
            }
        }
        if (dated > 1)
            merged << u"%1 %2 %3 %4"_s.arg(o.provider, o.gpuModel, unit,
                                           pricingModelToken(o.pricing));
        if (!o.listedBy.isEmpty()) {
            ++catalogMachines;
            EXPECT_TRUE(!o.region.isEmpty() || o.notes.contains(u"states no region"_s))
                << name << ": a catalog offer without its region, and no word of it";
            EXPECT_TRUE(o.vcpus && o.ramGb) << name << ": a catalog machine without vCPUs or RAM";
            // Its price is the catalog's, credited to the file at its commit, unless a dated
            // source had the same price before (then the catalog only confirms it).
            EXPECT_TRUE(dated > 0 ||
                        std::any_of(o.prices.cbegin(), o.prices.cend(),
                                    [](const PriceObservation &p) {
                                        return p.sourceUrl.contains(u"skypilot-catalog/blob/"_s);
                                    }))
                << name << ": credited to the catalog file at its commit";
        }
        const GpuModel *gpu = gpus.value(o.gpuModel);
        ASSERT_NE(gpu, nullptr) << name;
        if (!gpu->bf16Tflops) {
            EXPECT_TRUE(gpu->notes.contains(u"No dense peak"_s) || gpu->notes.contains(u"not"_s))
                << gpu->name.toStdString() << ": no peak and no reason";
        }
    }
    // reference-data.md section 4a, item 5: old and new prices of one thing are its history.
    // And a pricing page's label is the catalog's machine: Lambda's "1x H100 PCIe" and the
    // catalog's gpu_1x_h100_pcie are one offer in each region, the page's price its history.
    for (const QString &history : {u"AWS A100 SXM 40GB p4d.24xlarge x8 on-demand"_s,
                                   u"Nebius H100 SXM 80GB per-GPU rate on-demand"_s,
                                   u"RunPod H100 SXM 80GB Secure Cloud x1 on-demand"_s,
                                   u"Voltage Park H100 SXM 80GB per-GPU rate on-demand"_s,
                                   u"Lambda H100 PCIe 80GB gpu_1x_h100_pcie x1 on-demand"_s})
        EXPECT_TRUE(merged.contains(history)) << history.toStdString();
    EXPECT_GE(rates, 30) << "the reference's per-GPU prices are rates, not machines";

    // No machine twice: a hand-entered offer never names a machine a catalog lists for the same
    // provider, GPU, count, pricing and region (the bundled build folds them, as updates do).
    QSet<QString> listed;
    const auto soldKey = [](const Offer &o, const QString &region) {
        return QStringList{o.provider,
                           o.gpuModel,
                           QString::number(o.gpusPerInstance),
                           pricingModelToken(o.pricing),
                           o.pricingTerm,
                           machineNameKey(o.instanceType),
                           region.toLower()}
            .join(u'|');
    };
    for (const Offer &o : offers) {
        if (!o.listedBy.isEmpty())
            listed.insert(soldKey(o, o.region));
    }
    for (const Offer &o : offers) {
        if (o.listedBy.isEmpty() && !o.perGpuRate && !o.region.isEmpty()) {
            EXPECT_FALSE(listed.contains(soldKey(o, regionWithoutZone(o.region))))
                << "hand-entered twin of a catalog listing: "
                << QString(o.provider + u' ' + o.instanceType + u' ' + o.region).toStdString();
        }
    }
    EXPECT_GE(catalogMachines, 1000) << "the catalog snapshots are in";

    // The seed's providers with the GPUs they rent, where any source has a price.
    for (const QString &provider :
         {u"AWS"_s, u"Microsoft Azure"_s, u"Google Cloud"_s, u"Lambda"_s, u"CoreWeave"_s}) {
        EXPECT_TRUE(gpusOf.value(provider).contains(u"H100"_s)) << provider.toStdString();
        EXPECT_TRUE(gpusOf.value(provider).contains(u"A100"_s)) << provider.toStdString();
    }
    EXPECT_TRUE(gpusOf.value(u"Voltage Park"_s).contains(u"H100"_s));

    const GpuModel *t4 = gpus.value(u"T4 16GB"_s);
    ASSERT_NE(t4, nullptr);
    EXPECT_FALSE(t4->hasBf16) << "Turing has no BF16";
    for (const QString &name : {u"H100 NVL 94GB"_s, u"GH200 96GB"_s, u"GB200 NVL72"_s}) {
        ASSERT_NE(gpus.value(name), nullptr) << name.toStdString();
        EXPECT_TRUE(gpus.value(name)->bf16Tflops) << name.toStdString() << " has a dense peak";
    }
}

TEST_F(BundledDataset, InstanceShapesAndTypicalMfuAreDataWithTheirSources)
{
    const QSqlDatabase db = m_book->database();
    const QList<InstanceShape> shapes = InstanceShapeRepository(db).all();
    ASSERT_GE(shapes.size(), 40);
    for (const InstanceShape &shape : shapes) {
        EXPECT_TRUE(shape.sourceUrl.startsWith(u"https://"_s)) << shape.instanceType.toStdString();
        EXPECT_FALSE(shape.gpuModel.isEmpty()) << shape.instanceType.toStdString();
    }
    const auto p5 = std::find_if(shapes.begin(), shapes.end(), [](const InstanceShape &s) {
        return s.instanceType == u"p5.48xlarge";
    });
    ASSERT_NE(p5, shapes.end());
    EXPECT_EQ(p5->provider, u"AWS"_s);
    EXPECT_EQ(p5->gpuModel, u"H100 SXM 80GB"_s);
    EXPECT_EQ(p5->gpuCount, 8);

    // The price table's rows carry the shape's count, so a wrong count is flagged from data.
    const QList<OfferRow> rows = OfferRepository(db).currentRows();
    const auto row = std::find_if(rows.begin(), rows.end(), [](const OfferRow &r) {
        return r.instanceType == u"p5.48xlarge";
    });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ(row->shapeGpuCount, 8);

    for (const GpuModel &g : GpuModelRepository(db).all()) {
        if (g.name.startsWith(u"A100"_s) || g.name.startsWith(u"H100"_s) ||
            g.name.startsWith(u"V100"_s)) {
            EXPECT_TRUE(g.typicalMfu) << g.name.toStdString();
            EXPECT_FALSE(g.typicalMfuBasis.isEmpty()) << g.name.toStdString();
        } else if (g.name.startsWith(u"MI300X"_s)) {
            EXPECT_FALSE(g.typicalMfu) << "no published run: no figure";
        }
    }
}

TEST_F(BundledDataset, KnownPricesAreExact)
{
    const auto offers = OfferRepository(m_book->database()).all();
    const auto p5 = std::find_if(offers.begin(), offers.end(), [](const Offer &o) {
        return o.instanceType == u"p5.48xlarge" && o.region == u"us-east-1" &&
               o.pricing == PricingModel::OnDemand;
    });
    ASSERT_NE(p5, offers.end());
    EXPECT_EQ(p5->gpusPerInstance, 8);
    EXPECT_EQ(p5->prices.last().usdPerInstanceHour.toString(), u"55.04"_s);
    EXPECT_EQ(p5->prices.last().observedOn, u"2026-11-09"_s);
}

TEST_F(BundledDataset, MarketShareCoversEveryQuarterAndNeverExceedsAHundredPercent)
{
    const auto snapshots = MarketShareRepository(m_book->database()).all();
    QSet<QString> synergyPeriods;
    bool canalys = false;
    bool seed = false;
    for (const MarketShareSnapshot &s : snapshots) {
        double total = 0;
        for (const MarketShareEntry &e : s.entries)
            total += e.sharePercent;
        EXPECT_LE(total, 100.0) << s.period.toStdString();
        EXPECT_FALSE(s.sourceUrl.isEmpty());
        if (s.sourceName == u"Synergy Research Group")
            synergyPeriods.insert(s.period);
        canalys |= s.sourceName.startsWith(u"Canalys"_s);
        if (s.estimate) {
            seed = true;
            EXPECT_TRUE(s.notes.contains(u"4.96"_s)); // the seed's market-size figure is kept
        }
    }
    for (int year = 2023; year <= 2025; ++year) {
        for (int quarter = 1; quarter <= 4; ++quarter)
            EXPECT_TRUE(synergyPeriods.contains(u"%1-Q%2"_s.arg(year).arg(quarter)));
    }
    EXPECT_TRUE(canalys);
    EXPECT_TRUE(seed);
}

TEST_F(BundledDataset, GpuModelsCarryDensePeaks)
{
    const auto models = GpuModelRepository(m_book->database()).all();
    const auto h100 = std::find_if(models.begin(), models.end(),
                                   [](const GpuModel &g) { return g.name == u"H100 SXM 80GB"; });
    ASSERT_NE(h100, models.end());
    EXPECT_NEAR(*h100->bf16Tflops, 989.4, 0.01); // dense, not the 1,979 sparse headline
    EXPECT_NEAR(*h100->fp8Tflops, 1978.9, 0.01);
    EXPECT_TRUE(h100->aliases.contains(u"H100"_s));
    const auto v100 = std::find_if(models.begin(), models.end(),
                                   [](const GpuModel &g) { return g.name == u"V100 16GB"; });
    ASSERT_NE(v100, models.end());
    EXPECT_FALSE(v100->hasBf16);
}

TEST_F(BundledDataset, ExportImportIntoAnEmptyBookAndExportAgainIsLossless)
{
    const QByteArray first = PriceBookJsonWriter::write(readPriceBook(m_book->database()));

    // An empty price book: schema only, no bundled data.
    auto emptyBook = test::openEmptyBook(m_dir.filePath(u"empty.sqlite"_s));
    ASSERT_TRUE(emptyBook);
    EXPECT_EQ(OfferRepository(emptyBook->database()).count(), 0);

    const auto parsed = PriceBookJson::read(first, u"export.json"_s);
    ASSERT_TRUE(parsed.data) << parsed.error.toString().toStdString();
    const ImportSummary summary = PriceBookImporter(emptyBook->database()).importData(*parsed.data);
    ASSERT_TRUE(summary.error.isEmpty()) << summary.error.toStdString();

    const QByteArray second = PriceBookJsonWriter::write(readPriceBook(emptyBook->database()));
    EXPECT_EQ(second, first);
}
