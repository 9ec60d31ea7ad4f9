#include "AzureRetailPrices.h"

#include "Translated.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::AzureRetailPrices", text);
}

/// "1 Year", "3 Years" -> 1, 3; 0 when the term is not in years.
int reservationYears(const QString &term)
{
    const QStringList words = term.simplified().split(u' ');
    if (words.size() != 2 || !words.at(1).startsWith(u"Year"_s, Qt::CaseInsensitive))
        return 0;
    bool ok = false;
    const int years = words.at(0).toInt(&ok);
    return ok && years > 0 && years <= 10 ? years : 0;
}

} // namespace

QString AzureRetailPricesReader::providerName()
{
    return u"Microsoft Azure"_s;
}

AzureRetailPricesReader::AzureRetailPricesReader(ImportPlan &plan, const ImportOptions &options)
    : m_plan(plan)
    , m_options(options)
    , m_builder(plan, options)
{
    m_plan.format = ImportFormat::Auto;
    m_provider = m_builder.providerFor(providerName());
}

QString AzureRetailPricesReader::nextPageLink(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.object().value(u"NextPageLink"_s).toString();
}

QString AzureRetailPricesReader::readPage(const QByteArray &json, const QString &pageName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const bool looksLikeHtml = json.trimmed().startsWith('<');
        m_plan.error.file = pageName;
        m_plan.error.message =
            looksLikeHtml
                ? tr("is an HTML page, not the Azure Retail Prices JSON (a captive portal "
                     "or a proxy may have answered)")
                : tr("is not the Azure Retail Prices JSON (%1)")
                      .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                        : tr("not an object"));
        return {};
    }
    const QJsonObject root = document.object();
    const QJsonValue items = root.value(u"Items"_s);
    if (!items.isArray()) {
        m_plan.error.file = pageName;
        m_plan.error.message = tr("is JSON but not an Azure Retail Prices page (it has no Items "
                                  "list)");
        return {};
    }
    const QString currency = root.value(u"BillingCurrency"_s).toString(u"USD"_s);
    if (currency != u"USD") {
        m_plan.error.file = pageName;
        m_plan.error.message =
            tr("prices are in %1; the price book keeps USD (ask for currencyCode 'USD')")
                .arg(currency);
        return {};
    }
    for (const QJsonValue &item : items.toArray()) {
        ++m_plan.rowsRead;
        readItem(item.toObject(), ++m_items);
    }
    return root.value(u"NextPageLink"_s).toString();
}

void AzureRetailPricesReader::readItem(const QJsonObject &item, int number)
{
    const QString sku = item.value(u"armSkuName"_s).toString().trimmed();
    const QString skuName = item.value(u"skuName"_s).toString();
    const QString product = item.value(u"productName"_s).toString();
    const QString type = item.value(u"type"_s).toString();
    const QString service = item.value(u"serviceName"_s).toString(u"Virtual Machines"_s);
    if (service != u"Virtual Machines" || !sku.startsWith(u"Standard_N"_s, Qt::CaseInsensitive)) {
        ++m_plan.rowsWithoutGpu; // not a GPU virtual machine
        return;
    }
    // Left out by design: Windows licences, Low Priority (retired) and Dev/Test prices.
    if (product.contains(u"Windows"_s) || skuName.contains(u"Low Priority"_s) ||
        (type != u"Consumption" && type != u"Reservation")) {
        ++m_plan.rowsLeftOut;
        return;
    }
    if (item.value(u"currencyCode"_s).toString(u"USD"_s) != u"USD") {
        m_builder.reject(number, tr("%1: the price is not in USD").arg(sku));
        return;
    }
    const InstanceShape *shape = m_builder.shapeOf(m_provider, sku);
    if (!shape || shape->gpuModel.isEmpty()) {
        ++m_plan.unmappedGpus[sku];
        m_plan.reject({number,
                       tr("no instance shape says which GPUs %1 has; add one (Data › Instance "
                          "Shapes) and update again")
                           .arg(sku),
                       true});
        return;
    }

    const QJsonValue retail = item.value(u"retailPrice"_s);
    if (!retail.isDouble()) {
        m_builder.reject(number, tr("%1: retailPrice is not a number").arg(sku));
        return;
    }
    double usdPerHour = retail.toDouble();
    Offer offer;
    offer.provider = m_provider;
    offer.gpuModel = shape->gpuModel;
    offer.instanceType = sku;
    offer.gpusPerInstance = shape->gpuCount;
    offer.region = item.value(u"armRegionName"_s).toString();
    QString note = tr("Azure Retail Prices, meter \"%1\" (%2), effective %3.")
                       .arg(item.value(u"meterName"_s).toString(), product,
                            item.value(u"effectiveStartDate"_s).toString().left(10));
    if (type == u"Reservation") {
        const QString term = item.value(u"reservationTerm"_s).toString();
        const int years = reservationYears(term);
        if (years == 0) {
            m_builder.reject(number,
                             tr("%1: reservation term \"%2\" is not in years").arg(sku, term));
            return;
        }
        offer.pricing = PricingModel::Reserved;
        offer.pricingTerm =
            years == 1 ? tr("1-year reservation") : tr("%1-year reservation").arg(years);
        const double total = usdPerHour;
        usdPerHour = total / (years * kHoursPerYear);
        note += u' ' + tr("The reservation costs %1 USD for %2; per hour = that ÷ %3 hours "
                          "(365 days × 24 per year).")
                           .arg(QLocale::c().toString(total, 'f', 2), term,
                                QLocale::c().toString(years * kHoursPerYear));
    } else {
        offer.pricing = skuName.contains(u"Spot"_s) ? PricingModel::Spot : PricingModel::OnDemand;
    }
    QString why;
    const auto price = CatalogBuilder::price(QString::number(usdPerHour, 'g', 15), u"retailPrice"_s,
                                             CatalogBuilder::Need::Required, &why);
    if (!price) {
        m_builder.reject(number, tr("%1: %2").arg(sku, why));
        return;
    }
    if (!m_options.sourceNote.isEmpty())
        note += u' ' + m_options.sourceNote;
    offer.prices = {PriceObservation{*price, m_options.observedOn.toString(Qt::ISODate),
                                     m_options.sourceUrl, note, QString()}};
    m_builder.checkGpuCount(number, offer);
    m_builder.addOffer(std::move(offer));
}

void AzureRetailPricesReader::finish()
{
    m_builder.finish();
}

} // namespace gpucompare
