// The import readers on small fixtures written for each quirk, the malformed-input kinds, and
// (when ../shared/fixtures/catalogs is present) the real catalogs.

#include "CatalogImport.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "ImportReport.h"
#include "OwnCsv.h"
#include "PriceBookJson.h"
#include "TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/");
const QString kRealCatalogs = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/../shared/fixtures/catalogs/");

/// The bundled price book's providers and GPU models (with their aliases), as an import sees them.
/// The bundled book's names, aliases and shapes, without the T4G: the fixtures' "T4g" is the
/// unknown name these tests map.
ImportOptions bundledOptions()
{
    static const PriceBookData bundled = [] {
        QFile file(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/resources/dataset/pricebook.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return *PriceBookJson::read(file, u"pricebook.json"_s).data;
    }();
    ImportOptions options;
    options.gpuModels = bundled.gpuModels;
    options.gpuModels.removeIf([](const GpuModel &g) { return g.name == u"T4G 16GB"; });
    options.instanceShapes = bundled.instanceShapes;
    for (const Provider &p : bundled.providers)
        options.providerNames << p.name;
    options.observedOn = QDate(2026, 11, 28);
    return options;
}

ImportPlan readFixture(const QString &name, ImportOptions options = bundledOptions())
{
    return CatalogImport::readFile(kFixtures + name, options);
}

QList<QStringList> readCsv(const QByteArray &bytes, ReadError *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"test.csv"_s);
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields))
        records << fields;
    if (error)
        *error = reader.error();
    return records;
}

const Offer *findOffer(const ImportPlan &plan, const QString &instance, PricingModel pricing,
                       const QString &region = {})
{
    for (const Offer &o : plan.data.offers) {
        if (o.instanceType == instance && o.pricing == pricing &&
            (region.isEmpty() || o.region == region))
            return &o;
    }
    return nullptr;
}

bool anyReason(const QList<RejectedRow> &rows, const QString &text)
{
    return std::any_of(rows.cbegin(), rows.cend(),
                       [&](const RejectedRow &r) { return r.reason.contains(text); });
}

} // namespace

TEST(CsvReader, ReadsRfc4180WithBomCrlfAndQuotedLineBreaks)
{
    const auto records =
        readCsv("\xEF\xBB\xBF"
                "a,b,c\r\n1,\"two, with comma\",\"three\r\nlines \"\"quoted\"\"\"\r\n,,\n4,5,6");
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records.at(0), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    EXPECT_EQ(records.at(1).at(1), u"two, with comma"_s);
    EXPECT_EQ(records.at(1).at(2), u"three\r\nlines \"quoted\""_s);
    EXPECT_EQ(records.at(2), (QStringList{QString(), QString(), QString()}));
    EXPECT_EQ(records.at(3), (QStringList{u"4"_s, u"5"_s, u"6"_s})); // no final line break
}

TEST(CsvReader, NamesTheLineAndColumnOfWhatIsWrong)
{
    ReadError error;
    readCsv("a,b\n1,\"open\n2,3\n", &error);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 3);
    EXPECT_TRUE(error.message.contains(u"unbalanced quote"_s)) << error.toString().toStdString();

    readCsv("a,b\n1,x\"y\n", &error);
    EXPECT_EQ(error.line, 2);
    EXPECT_TRUE(error.message.contains(u"quote inside an unquoted field"_s));

    readCsv("a,b\n1,caf\xe9\n", &error);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 3);
    EXPECT_TRUE(error.message.contains(u"UTF-8"_s));

    readCsv(QByteArray("a,b\n1,\0", 7), &error);
    EXPECT_TRUE(error.message.contains(u"binary"_s));
}

TEST(CsvWriter, GuardsFormulasAndOurReaderUndoesIt)
{
    EXPECT_EQ(CsvWriter::textCell(u"=SUM(A1:A9)"_s), u"'=SUM(A1:A9)"_s);
    EXPECT_EQ(CsvWriter::textCell(u"@cmd"_s), u"'@cmd"_s);
    EXPECT_EQ(CsvWriter::textCell(u"+1"_s), u"'+1"_s);
    EXPECT_EQ(CsvWriter::textCell(u"-x"_s), u"'-x"_s);
    EXPECT_EQ(CsvWriter::textCell(u"a, \"b\""_s), u"\"a, \"\"b\"\"\""_s);
    EXPECT_EQ(CsvWriter::unguard(u"'=SUM(A1:A9)"_s), u"=SUM(A1:A9)"_s);
    EXPECT_EQ(CsvWriter::unguard(u"'quoted'"_s), u"'quoted'"_s);
    CsvWriter withBom(true);
    withBom.addRow({u"x"_s});
    EXPECT_TRUE(withBom.bytes().startsWith("\xEF\xBB\xBFx\r\n"));
}

TEST(ImportFormats, OurOffersCsvKeepsHistoryQuotesAndGuardedText)
{
    const ImportPlan plan = readFixture(u"offers-own.csv"_s);
    ASSERT_TRUE(plan.ok()) << plan.error.toString().toStdString();
    EXPECT_EQ(plan.format, ImportFormat::OffersCsv);
    EXPECT_TRUE(plan.rejected.isEmpty()) << plan.rejected.first().reason.toStdString();
    ASSERT_EQ(plan.data.offers.size(), 2);
    const Offer &lambda = plan.data.offers.at(0);
    EXPECT_EQ(lambda.gpuModel, u"H100 SXM 80GB"_s); // through the alias "H100"
    EXPECT_EQ(lambda.interconnect, u"NVLink, InfiniBand"_s);
    EXPECT_EQ(lambda.notes, u"Quoted note\r\nthat spans two lines"_s);
    ASSERT_EQ(lambda.prices.size(), 2);
    EXPECT_EQ(lambda.prices.at(1).usdPerInstanceHour.micros(), 24'000'000);
    EXPECT_EQ(lambda.prices.at(1).note, u"He said \"cheap\""_s);
    const Offer &mine = plan.data.offers.at(1);
    EXPECT_EQ(mine.notes, u"=HYPERLINK(\"http://x\")"_s);
    EXPECT_EQ(mine.pricing, PricingModel::Spot);
    EXPECT_EQ(mine.prices.first().observedOn, u"2026-10"_s);
    // A provider the book does not have is added with the import.
    ASSERT_EQ(plan.data.providers.size(), 1);
    EXPECT_EQ(plan.data.providers.first().name, u"My Cloud"_s);
}

TEST(ImportFormats, OurMarketShareCsvRefusesASnapshotAboveAHundredPercent)
{
    const ImportPlan plan = readFixture(u"market-share-own.csv"_s);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan.data.marketShare.size(), 1);
    const MarketShareSnapshot &s = plan.data.marketShare.first();
    EXPECT_EQ(s.entries.size(), 2);
    EXPECT_EQ(*s.entries.first().lowPercent, 29);
    EXPECT_EQ(plan.rejected.size(), 2);
    EXPECT_TRUE(plan.rejected.first().reason.contains(u"110"_s));
    EXPECT_EQ(plan.rejected.first().line, 4);
}

TEST(ImportFormats, SkyPilotFoldsZonesAndFlagsAndRejectsWithReasons)
{
    ImportOptions options = bundledOptions();
    options.provider = u"aws"_s; // mapped to the book's "AWS"
    const ImportPlan plan = readFixture(u"skypilot-aws-small.csv"_s, options);
    ASSERT_TRUE(plan.ok()) << plan.error.toString().toStdString();
    EXPECT_EQ(plan.format, ImportFormat::SkyPilot);
    EXPECT_TRUE(plan.data.providers.isEmpty()) << "AWS is already in the book";
    EXPECT_EQ(plan.rowsWithoutGpu, 1);

    const Offer *onDemand = findOffer(plan, u"p5.48xlarge"_s, PricingModel::OnDemand);
    ASSERT_NE(onDemand, nullptr);
    EXPECT_EQ(onDemand->provider, u"AWS"_s);
    EXPECT_EQ(onDemand->gpuModel, u"H100 SXM 80GB"_s);
    EXPECT_EQ(onDemand->gpusPerInstance, 8);
    EXPECT_EQ(onDemand->prices.first().usdPerInstanceHour.micros(), 55'040'000);
    EXPECT_EQ(onDemand->prices.first().observedOn, u"2026-11-28"_s);
    EXPECT_TRUE(onDemand->prices.first().note.contains(u"Lowest of 3"_s));
    const Offer *spot = findOffer(plan, u"p5.48xlarge"_s, PricingModel::Spot);
    ASSERT_NE(spot, nullptr);
    EXPECT_EQ(spot->prices.first().usdPerInstanceHour.micros(), 18'100'000); // the lowest zone
    EXPECT_TRUE(spot->prices.first().note.startsWith(u"Zone use1-az4."_s))
        << spot->prices.first().note.toStdString();
    // use1-az1 lists its spot price as the on-demand price: no spot capacity, not a spot offer.
    EXPECT_EQ(plan.spotPlaceholders, 1);
    EXPECT_FALSE(anyReason(plan.flagged, u"not below on-demand"_s));

    // A100-80GB through its alias and the GpuInfo memory; no spot column value, no spot offer.
    const Offer *a100 = findOffer(plan, u"p4de.24xlarge"_s, PricingModel::OnDemand);
    ASSERT_NE(a100, nullptr);
    EXPECT_EQ(a100->gpuModel, u"A100 SXM 80GB"_s);
    EXPECT_EQ(findOffer(plan, u"p4de.24xlarge"_s, PricingModel::Spot), nullptr);

    EXPECT_TRUE(anyReason(plan.rejected, u"p5e.48xlarge, on-demand: Price is empty"_s));
    EXPECT_EQ(plan.unmappedGpus.value(u"T4g"_s), 1);

    // The user's mapping takes the unknown name in.
    options.gpuMappings.insert(u"T4g"_s, u"T4 16GB"_s);
    const ImportPlan mapped = readFixture(u"skypilot-aws-small.csv"_s, options);
    EXPECT_TRUE(mapped.unmappedGpus.isEmpty());
    EXPECT_NE(findOffer(mapped, u"g5g.2xlarge"_s, PricingModel::OnDemand), nullptr);
}

TEST(ImportFormats, ALocalZoneIsARegionOfItsOwnAndPlaceholderSpotPricesAreNoOffers)
{
    // The bug: p5.48xlarge spot "in us-east-1" was $10.24, the Atlanta Local Zone's price,
    // while the region's own zones list $17.63 and up; and spot prices equal to the on-demand
    // price (the catalog's placeholder) were spot offers at no discount.
    const QByteArray gpuInfo = "\"{'Gpus': [{'Name': 'H100', 'Manufacturer': 'NVIDIA', 'Count': "
                               "8, 'MemoryInfo': {'SizeInMiB': 81920}}]}\"";
    const QByteArray head = "p5.48xlarge,H100,8.0,192.0,2048.0," + gpuInfo + ",";
    QByteArray csv = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,"
                     "SpotPrice,Region,AvailabilityZone,Arch\n";
    csv += head + "55.04,10.2397,us-east-1,use1-atl2-az1,x86_64\n";
    csv += head + "55.04,55.04,us-east-1,use1-az1,x86_64\n";
    csv += head + "55.04,17.6321,us-east-1,use1-az6,x86_64\n";
    csv += head + "55.04,19.2531,us-east-1,use1-az2,x86_64\n";
    csv += head + "55.04,0,us-east-1,use1-az3,x86_64\n";
    csv += head + "71.552,71.552,eu-west-2,euw2-az1,x86_64\n";
    csv += head + "60.1,22.5,us-east-1,use1-wl1-bos-wlz1,x86_64\n";
    QBuffer file(&csv);
    file.open(QIODevice::ReadOnly);
    ImportOptions options = bundledOptions();
    options.provider = u"AWS"_s;
    const ImportPlan plan = CatalogImport::read(file, u"vms.csv"_s, options);
    ASSERT_TRUE(plan.ok()) << plan.error.toString().toStdString();
    const auto find = [&](const QString &region, PricingModel pricing) -> const Offer * {
        for (const Offer &o : plan.data.offers) {
            if (o.region == region && o.pricing == pricing)
                return &o;
        }
        return nullptr;
    };
    const Offer *spot = find(u"us-east-1"_s, PricingModel::Spot);
    ASSERT_NE(spot, nullptr);
    EXPECT_EQ(spot->prices.first().usdPerInstanceHour.micros(), 17'632'100)
        << "the lowest of the region's standard zones";
    EXPECT_TRUE(spot->prices.first().note.contains(u"use1-az6"_s));
    const Offer *atlanta = find(u"us-east-1-atl-2"_s, PricingModel::Spot);
    ASSERT_NE(atlanta, nullptr) << "the Local Zone is a region of its own";
    EXPECT_EQ(atlanta->prices.first().usdPerInstanceHour.micros(), 10'239'700);
    EXPECT_TRUE(atlanta->notes.contains(u"Local Zone use1-atl2-az1"_s));
    ASSERT_NE(find(u"us-east-1-atl-2"_s, PricingModel::OnDemand), nullptr);
    ASSERT_NE(find(u"us-east-1-wl1-bos"_s, PricingModel::Spot), nullptr) << "a Wavelength Zone";
    EXPECT_EQ(find(u"eu-west-2"_s, PricingModel::Spot), nullptr) << "only a placeholder there";
    EXPECT_NE(find(u"eu-west-2"_s, PricingModel::OnDemand), nullptr);
    EXPECT_EQ(plan.spotPlaceholders, 3) << "equal to on-demand twice, zero once";
    EXPECT_TRUE(
        importReportText(u"vms.csv"_s, plan, {}, false).contains(u"placeholder spot prices"_s));
}

TEST(ImportFormats, SkyPilotGcpAddsTheGpusToTheirHostVm)
{
    ImportOptions options = bundledOptions();
    options.provider = u"GCP"_s;
    const ImportPlan plan = readFixture(u"skypilot-gcp-small.csv"_s, options);
    ASSERT_TRUE(plan.ok()) << plan.error.toString().toStdString();
    const Offer *h100 = findOffer(plan, u"a3-highgpu-8g"_s, PricingModel::OnDemand);
    ASSERT_NE(h100, nullptr);
    EXPECT_EQ(h100->provider, u"Google Cloud"_s);
    EXPECT_EQ(h100->prices.first().usdPerInstanceHour.micros(), 90'000'000); // 80 + 10
    EXPECT_EQ(*h100->vcpus, 208);
    const Offer *h100Spot = findOffer(plan, u"a3-highgpu-8g"_s, PricingModel::Spot);
    ASSERT_NE(h100Spot, nullptr);
    EXPECT_EQ(h100Spot->prices.first().usdPerInstanceHour.micros(), 25'000'000); // 20 + 5
    // No a3-ultragpu-8g host in the file: the GPUs alone, said so.
    const Offer *h200 = findOffer(plan, u"8× H200 (GPUs only)"_s, PricingModel::OnDemand);
    ASSERT_NE(h200, nullptr);
    EXPECT_TRUE(h200->notes.contains(u"GPUs alone"_s));
}

TEST(ImportFormats, SkyPilotAzureFlagsTheTwelveGpuH100)
{
    ImportOptions options = bundledOptions();
    const ImportPlan plan =
        CatalogImport::readFile(kFixtures + u"skypilot-azure-small.csv"_s, options);
    ASSERT_TRUE(plan.ok()) << plan.error.toString().toStdString();
    // The provider comes from the instance types when the file name does not say.
    ASSERT_FALSE(plan.data.offers.isEmpty());
    EXPECT_EQ(plan.data.offers.first().provider, u"Microsoft Azure"_s);
    EXPECT_TRUE(anyReason(plan.flagged, u"lists 12 GPUs; the instance has 8"_s));
    EXPECT_EQ(plan.rowsWithoutGpu, 1); // the row with an empty AcceleratorName
}

TEST(ImportFormats, FsdlMapsCloudAndGpuNamesAndFoldsDuplicates)
{
    const ImportPlan plan = readFixture(u"fsdl-small.csv"_s);
    ASSERT_TRUE(plan.ok()) << plan.error.toString().toStdString();
    EXPECT_EQ(plan.format, ImportFormat::Fsdl);
    const Offer *p4de = findOffer(plan, u"p4de.24xlarge"_s, PricingModel::OnDemand);
    ASSERT_NE(p4de, nullptr);
    EXPECT_EQ(p4de->gpuModel, u"A100 SXM 80GB"_s);
    const Offer *a2 = findOffer(plan, u"a2-highgpu-1g"_s, PricingModel::OnDemand);
    ASSERT_NE(a2, nullptr);
    EXPECT_EQ(a2->provider, u"Google Cloud"_s);
    EXPECT_EQ(a2->gpuModel, u"A100 SXM 40GB"_s);
    EXPECT_NE(findOffer(plan, u"a2-highgpu-1g"_s, PricingModel::Spot), nullptr);
    const Offer *lambda = findOffer(plan, u"1× H100 (80GB) (unnamed)"_s, PricingModel::OnDemand);
    ASSERT_NE(lambda, nullptr);
    EXPECT_EQ(lambda->provider, u"Lambda"_s);
    // "K80 (12 GB)": the GPU catalog's K80, by name and memory, where it used to be unmapped.
    const Offer *k80 = findOffer(plan, u"p2.xlarge"_s, PricingModel::OnDemand);
    ASSERT_NE(k80, nullptr);
    EXPECT_EQ(k80->gpuModel, u"K80 12GB"_s);
    EXPECT_TRUE(plan.unmappedGpus.isEmpty());
    EXPECT_EQ(plan.rowsMerged, 2); // the duplicate g4dn.4xlarge row, on-demand and spot
}

TEST(ImportFormats, EachMalformedInputGetsItsMessage)
{
    struct Case
    {
        QString file;
        QString says;
        int line;
    };
    const QList<Case> fatal = {
        {u"unbalanced-quote.csv"_s, u"unbalanced quote"_s, 2},
        {u"invalid-utf8.csv"_s, u"UTF-8"_s, 2},
        {u"empty.csv"_s, u"empty"_s, 0},
        {u"binary.csv"_s, u"binary"_s, 1},
        {u"unknown-header.csv"_s, u"matches no format"_s, 1},
    };
    for (const Case &c : fatal) {
        const ImportPlan plan = readFixture(u"malformed/"_s + c.file);
        EXPECT_FALSE(plan.ok()) << c.file.toStdString();
        EXPECT_TRUE(plan.error.message.contains(c.says))
            << c.file.toStdString() << ": " << plan.error.toString().toStdString();
        EXPECT_EQ(plan.error.line, c.line) << c.file.toStdString();
        EXPECT_TRUE(plan.error.toString().contains(c.file)) << "names the file";
        EXPECT_TRUE(plan.data.offers.isEmpty());
    }

    const ImportPlan columns = readFixture(u"malformed/wrong-column-count.csv"_s);
    ASSERT_TRUE(columns.ok());
    ASSERT_EQ(columns.rejected.size(), 1);
    EXPECT_EQ(columns.rejected.first().line, 2);
    EXPECT_TRUE(columns.rejected.first().reason.contains(u"5 fields where the header has 4"_s));

    const ImportPlan prices = readFixture(u"malformed/bad-prices.csv"_s);
    ASSERT_TRUE(prices.ok());
    EXPECT_TRUE(prices.data.offers.isEmpty());
    ASSERT_EQ(prices.rejected.size(), 4);
    for (const RejectedRow &r : prices.rejected)
        EXPECT_TRUE(r.reason.startsWith(u"usd_per_instance_hour"_s)) << r.reason.toStdString();
    EXPECT_EQ(prices.rejected.at(1).line, 3);

    ImportOptions aws = bundledOptions();
    aws.provider = u"AWS"_s;
    const ImportPlan sky = readFixture(u"malformed/skypilot-bad-rows.csv"_s, aws);
    ASSERT_TRUE(sky.ok());
    EXPECT_TRUE(anyReason(sky.rejected, u"not a whole number"_s));
    EXPECT_TRUE(anyReason(sky.rejected, u"\"abc\" is not a number"_s));
}

TEST(ImportFormats, AFormatThatDoesNotMatchTheHeaderIsRefused)
{
    ImportOptions options = bundledOptions();
    options.format = ImportFormat::Fsdl;
    const ImportPlan plan = readFixture(u"skypilot-aws-small.csv"_s, options);
    EXPECT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error.message.contains(u"Full Stack Deep Learning"_s));
}

TEST(ImportFormats, OffersCsvWrittenAndReadBackIsTheSame)
{
    const ImportPlan first = readFixture(u"offers-own.csv"_s);
    const QByteArray written = OwnCsv::writeOffers(first.data.offers);
    QBuffer buffer;
    buffer.setData(written);
    buffer.open(QIODevice::ReadOnly);
    const ImportPlan again = CatalogImport::read(buffer, u"again.csv"_s, bundledOptions());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.data.offers, first.data.offers);
    EXPECT_EQ(OwnCsv::writeOffers(again.data.offers), written);
    // The formula-looking note is guarded in the file.
    EXPECT_TRUE(written.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
}

TEST(RealCatalogs, EveryFixtureImportsWithTheExpectedCounts)
{
    if (!QDir(kRealCatalogs).exists())
        GTEST_SKIP() << "../shared/fixtures/catalogs is not here";
    struct Expect
    {
        QString file;
        int rowsRead;
        QString provider;
        QString instance;
        QString gpu;
        qint64 micros; ///< on-demand price of `instance` in its first region
    };
    const QList<Expect> expectations = {
        {u"skypilot-v8-lambda-vms.csv"_s, 408, u"Lambda"_s, u"gpu_8x_h100_sxm5"_s,
         u"H100 SXM 80GB"_s, 0},
        {u"skypilot-v8-aws-vms-excerpt.csv"_s, 493, u"AWS"_s, u"p5.48xlarge"_s, u"H100 SXM 80GB"_s,
         0},
        {u"skypilot-v8-gcp-vms-excerpt.csv"_s, 634, u"Google Cloud"_s, u"a3-highgpu-8g"_s,
         u"H100 SXM 80GB"_s, 0},
        {u"skypilot-azure-vms-excerpt.csv"_s, 97, u"Microsoft Azure"_s,
         u"Standard_ND96isr_H100_v5"_s, u"H100 SXM 80GB"_s, 0},
        {u"fsdl-cloud-gpus.csv"_s, 203, u"AWS"_s, u"p4d.24xlarge"_s, u"A100 SXM 40GB"_s,
         32'770'000},
    };
    for (const Expect &e : expectations) {
        const ImportPlan plan = CatalogImport::readFile(kRealCatalogs + e.file, bundledOptions());
        ASSERT_TRUE(plan.ok()) << e.file.toStdString() << ": "
                               << plan.error.toString().toStdString();
        EXPECT_EQ(plan.rowsRead, e.rowsRead) << e.file.toStdString();
        const Offer *offer = findOffer(plan, e.instance, PricingModel::OnDemand);
        ASSERT_NE(offer, nullptr) << e.file.toStdString();
        EXPECT_EQ(offer->provider, e.provider) << e.file.toStdString();
        EXPECT_EQ(offer->gpuModel, e.gpu) << e.file.toStdString();
        if (e.micros) {
            EXPECT_EQ(offer->prices.first().usdPerInstanceHour.micros(), e.micros);
        }
        // Every row is accounted for: taken, folded, skipped or rejected with a reason.
        EXPECT_GT(plan.data.offers.size(), 0);
        for (const RejectedRow &r : plan.rejected) {
            EXPECT_GT(r.line, 1) << e.file.toStdString();
            EXPECT_FALSE(r.reason.isEmpty());
        }
    }

    const ImportPlan aws = CatalogImport::readFile(
        kRealCatalogs + u"skypilot-v8-aws-vms-excerpt.csv"_s, bundledOptions());
    const Offer *p5 = findOffer(aws, u"p5.48xlarge"_s, PricingModel::OnDemand, u"us-east-1"_s);
    ASSERT_NE(p5, nullptr);
    EXPECT_EQ(p5->prices.first().usdPerInstanceHour.micros(), 55'040'000);
    EXPECT_TRUE(anyReason(aws.rejected, u"p5e.48xlarge, on-demand: Price is empty"_s));
    EXPECT_TRUE(aws.unmappedGpus.contains(u"T4g"_s));

    const ImportPlan azure = CatalogImport::readFile(
        kRealCatalogs + u"skypilot-azure-vms-excerpt.csv"_s, bundledOptions());
    EXPECT_TRUE(anyReason(azure.flagged, u"Standard_ND96isr_H100_v5 lists 12 GPUs"_s));
    // The documented shapes correct the catalog: 8 GPUs, and the NC H100 v5 is an H100 NVL,
    // which the catalog calls "H100".
    const Offer *nd = findOffer(azure, u"Standard_ND96isr_H100_v5"_s, PricingModel::OnDemand);
    ASSERT_NE(nd, nullptr);
    EXPECT_EQ(nd->gpusPerInstance, 8);
    const Offer *nc = findOffer(azure, u"Standard_NC40ads_H100_v5"_s, PricingModel::OnDemand);
    ASSERT_NE(nc, nullptr);
    EXPECT_EQ(nc->gpuModel, u"H100 NVL 94GB"_s);

    const ImportPlan gcp = CatalogImport::readFile(
        kRealCatalogs + u"skypilot-v8-gcp-vms-excerpt.csv"_s, bundledOptions());
    const Offer *a2 = findOffer(gcp, u"a2-highgpu-1g"_s, PricingModel::OnDemand, u"us-central1"_s);
    ASSERT_NE(a2, nullptr);
    // The host VM plus one A100, as Google's page lists a2-highgpu-1g (the bundled 3.6734).
    EXPECT_NEAR(a2->prices.first().usdPerInstanceHour.toDollars(), 3.6734, 0.001);

    const ImportPlan specs =
        CatalogImport::readFile(kRealCatalogs + u"fsdl-gpus.csv"_s, bundledOptions());
    EXPECT_FALSE(specs.ok()) << "a GPU spec table is not a price catalog";
}

TEST(FuzzRegressions, EveryKeptInputIsReadWithoutACrashAndAnyErrorHasAMessage)
{
    // Inputs a fuzz target once tripped on (scripts/fuzz.sh), replayed through the CSV reader
    // and through format detection with every importer.
    const QDir dir(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fuzz/regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        CsvReader reader(file, name);
        QStringList fields;
        int records = 0;
        while (reader.next(fields) && records < 1'000'000)
            ++records;
        if (reader.hasError()) {
            EXPECT_FALSE(reader.error().message.isEmpty());
        }
        const ImportPlan plan = CatalogImport::readFile(dir.filePath(name), bundledOptions());
        for (const Offer &o : plan.data.offers) {
            EXPECT_FALSE(o.provider.isEmpty());
            EXPECT_FALSE(o.prices.isEmpty());
        }
    }
}
