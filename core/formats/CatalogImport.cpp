#include "CatalogImport.h"

#include "CsvReader.h"
#include "FsdlCatalog.h"
#include "OwnCsv.h"
#include "PriceBookJson.h"
#include "SkyPilotCatalog.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cctype>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::CatalogImport", text);
}

/// The first non-blank byte after an optional BOM: '{' means JSON.
char firstSignificant(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && std::isspace(uchar(head.at(i))))
        ++i;
    return i < head.size() ? head.at(i) : '\0';
}

} // namespace

QString importFormatToken(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return u"auto"_s;
    case ImportFormat::OffersCsv:
        return u"csv"_s;
    case ImportFormat::MarketShareCsv:
        return u"market-share-csv"_s;
    case ImportFormat::Json:
        return u"json"_s;
    case ImportFormat::SkyPilot:
        return u"skypilot"_s;
    case ImportFormat::Fsdl:
        return u"fsdl"_s;
    }
    return {};
}

std::optional<ImportFormat> importFormatFromToken(const QString &token)
{
    for (ImportFormat f :
         {ImportFormat::Auto, ImportFormat::OffersCsv, ImportFormat::MarketShareCsv,
          ImportFormat::Json, ImportFormat::SkyPilot, ImportFormat::Fsdl}) {
        if (importFormatToken(f) == token)
            return f;
    }
    return std::nullopt;
}

QStringList importFormatTokens()
{
    return {u"auto"_s, u"csv"_s, u"market-share-csv"_s, u"json"_s, u"skypilot"_s, u"fsdl"_s};
}

QString importFormatDisplayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return tr("Recognise from the content");
    case ImportFormat::OffersCsv:
        return tr("GPU Cloud Compare offers CSV");
    case ImportFormat::MarketShareCsv:
        return tr("GPU Cloud Compare market-share CSV");
    case ImportFormat::Json:
        return tr("GPU Cloud Compare price book JSON");
    case ImportFormat::SkyPilot:
        return tr("SkyPilot catalog (vms.csv)");
    case ImportFormat::Fsdl:
        return tr("Full Stack Deep Learning cloud GPUs CSV");
    }
    return {};
}

namespace CatalogImport {

ImportPlan read(QIODevice &device, const QString &fileName, const ImportOptions &options)
{
    ImportPlan plan;
    plan.error.file = fileName;
    auto fail = [&](int line, const QString &message) {
        plan.error.line = line;
        plan.error.message = message;
        return plan;
    };
    if (device.size() > kMaxFileBytes) {
        return fail(0, tr("the file is %1 MB; files above %2 MB are not price catalogs")
                           .arg(device.size() / (1024 * 1024))
                           .arg(kMaxFileBytes / (1024 * 1024)));
    }
    const QByteArray head = device.peek(4096);
    if (head.trimmed().isEmpty() || head == "\xEF\xBB\xBF")
        return fail(0, tr("the file is empty"));
    if (head.contains('\0'))
        return fail(1, tr("the file is binary (it holds NUL bytes), not CSV or JSON"));

    ImportFormat format = options.format;
    if (format == ImportFormat::Json ||
        (format == ImportFormat::Auto && firstSignificant(head) == '{')) {
        PriceBookJson::ReadResult json =
            PriceBookJson::read(device, fileName, &options.exchangeRates);
        plan.format = ImportFormat::Json;
        if (!json.data) {
            plan.error = json.error;
            return plan;
        }
        plan.data = std::move(*json.data);
        plan.rowsRead = int(plan.data.offers.size() + plan.data.marketShare.size());
        return plan;
    }

    CsvReader csv(device, fileName);
    QStringList header;
    if (!csv.next(header)) {
        if (csv.hasError()) {
            plan.error = csv.error();
            return plan;
        }
        return fail(0, tr("the file is empty"));
    }
    for (QString &h : header)
        h = h.trimmed();
    if (format == ImportFormat::Auto) {
        if (OwnCsv::matchesOffersHeader(header))
            format = ImportFormat::OffersCsv;
        else if (OwnCsv::matchesMarketShareHeader(header))
            format = ImportFormat::MarketShareCsv;
        else if (SkyPilotCatalog::matchesHeader(header))
            format = ImportFormat::SkyPilot;
        else if (FsdlCatalog::matchesHeader(header))
            format = ImportFormat::Fsdl;
        else {
            return fail(1, tr("the header matches no format this program reads (our offers or "
                              "market-share CSV, a SkyPilot catalog, the FSDL table, our JSON); "
                              "it starts: %1")
                               .arg(header.mid(0, 6).join(u", ")));
        }
    } else {
        const bool matches =
            (format == ImportFormat::OffersCsv && OwnCsv::matchesOffersHeader(header)) ||
            (format == ImportFormat::MarketShareCsv && OwnCsv::matchesMarketShareHeader(header)) ||
            (format == ImportFormat::SkyPilot && SkyPilotCatalog::matchesHeader(header)) ||
            (format == ImportFormat::Fsdl && FsdlCatalog::matchesHeader(header));
        if (!matches) {
            return fail(1, tr("the header is not that of a %1; it starts: %2")
                               .arg(importFormatDisplayName(format), header.mid(0, 6).join(u", ")));
        }
    }
    plan.format = format;
    switch (format) {
    case ImportFormat::OffersCsv:
        OwnCsv::readOffers(csv, header, options, plan);
        break;
    case ImportFormat::MarketShareCsv:
        OwnCsv::readMarketShare(csv, header, plan);
        break;
    case ImportFormat::SkyPilot:
        SkyPilotCatalog::read(csv, header, fileName, options, plan);
        break;
    case ImportFormat::Fsdl:
        FsdlCatalog::read(csv, header, fileName, options, plan);
        break;
    case ImportFormat::Auto:
    case ImportFormat::Json:
        break;
    }
    if (!plan.error.isEmpty() && plan.error.file.isEmpty())
        plan.error.file = fileName;
    return plan;
}

ImportPlan readFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.error.file = path;
        plan.error.message = tr("cannot open the file: %1").arg(file.errorString());
        return plan;
    }
    if (QFileInfo(path).isDir()) {
        ImportPlan plan;
        plan.error.file = path;
        plan.error.message = tr("this is a folder, not a file");
        return plan;
    }
    return read(file, QFileInfo(path).fileName(), options);
}

} // namespace CatalogImport

} // namespace gpucompare
