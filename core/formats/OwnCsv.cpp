#include "OwnCsv.h"

#include "CatalogBuilder.h"
#include "CsvTable.h"
#include "CsvWriter.h"
#include "PublishedPrice.h"
#include "Translated.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare::OwnCsv {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::OwnCsv", text);
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// Reads cells by column name; collects the first problem of a row with its column.
class RowReader
{
public:
    /// The context lupdate files this class's tr() calls under.
    static QString tr(const char *text)
    {
        return translated("gpucompare::OwnCsv::RowReader", text);
    }

    RowReader(const QStringList &header, const QStringList &cells)
        : m_header(header)
        , m_cells(cells)
    {}

    QString text(const QString &column) const
    {
        const int i = CsvTable::column(m_header, column);
        return i >= 0 ? CsvWriter::unguard(m_cells.at(i)) : QString();
    }
    QString name(const QString &column, bool required = true)
    {
        const QString value = validation::normalizedName(text(column));
        if (value.isEmpty() && !required)
            return value;
        check(validation::checkName(column, value));
        return value;
    }
    QString longText(const QString &column)
    {
        const QString value = text(column);
        check(validation::checkText(column, value));
        return value;
    }
    std::optional<double> optionalNumber(const QString &column)
    {
        const QString t = text(column).trimmed();
        if (t.isEmpty())
            return std::nullopt;
        const auto v = parseNumber(t);
        if (!v)
            fail(tr("%1: \"%2\" is not a number").arg(column, t));
        return v;
    }
    void check(const QString &problem)
    {
        if (!problem.isEmpty())
            fail(problem);
    }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    const QString &problem() const { return m_problem; }

private:
    const QStringList &m_header;
    const QStringList &m_cells;
    QString m_problem;
};

} // namespace

QStringList offersHeader()
{
    return {u"provider"_s,
            u"gpu_model"_s,
            u"instance_type"_s,
            u"gpus_per_instance"_s,
            u"vcpus"_s,
            u"ram_gb"_s,
            u"region"_s,
            u"pricing"_s,
            u"pricing_term"_s,
            u"interconnect"_s,
            u"offer_notes"_s,
            u"usd_per_instance_hour"_s,
            u"observed_on"_s,
            u"source_url"_s,
            u"price_notes"_s,
            u"published_amount"_s,
            u"published_currency"_s};
}

QStringList marketShareHeader()
{
    return {u"period"_s,          u"scope"_s,         u"source_name"_s,    u"source_url"_s,
            u"published_on"_s,    u"estimate"_s,      u"snapshot_notes"_s, u"label"_s,
            u"provider"_s,        u"share_percent"_s, u"low_percent"_s,    u"high_percent"_s,
            u"entry_source_url"_s};
}

bool matchesOffersHeader(const QStringList &header)
{
    return CsvTable::hasColumns(
        header, {u"provider"_s, u"gpu_model"_s, u"instance_type"_s, u"usd_per_instance_hour"_s});
}

bool matchesMarketShareHeader(const QStringList &header)
{
    return CsvTable::hasColumns(header, {u"period"_s, u"scope"_s, u"label"_s, u"share_percent"_s});
}

void readOffers(CsvReader &csv, const QStringList &header, const ImportOptions &options,
                ImportPlan &plan)
{
    CatalogBuilder builder(plan, options);
    QHash<QString, qsizetype> index; // offer key -> position in plan.data.offers
    CsvTable::forEachRecord(csv, header, plan, [&](int line, const QStringList &cells) {
        RowReader row(header, cells);
        Offer o;
        o.provider = row.name(u"provider"_s);
        const QString gpuText = row.name(u"gpu_model"_s);
        o.instanceType = row.name(u"instance_type"_s);
        const QString countText = row.text(u"gpus_per_instance"_s).trimmed();
        const auto count = parseNumber(countText.isEmpty() ? u"1"_s : countText);
        if (!count)
            row.fail(tr("gpus_per_instance: \"%1\" is not a number").arg(countText));
        else
            row.check(validation::checkGpuCount(u"gpus_per_instance"_s, *count));
        if (const auto v = row.optionalNumber(u"vcpus"_s)) {
            if (*v < 0 || *v != std::floor(*v) || *v > 100'000)
                row.fail(tr("vcpus: must be a whole number"));
            o.vcpus = int(*v);
        }
        if (const auto v = row.optionalNumber(u"ram_gb"_s)) {
            if (*v < 0 || *v > 1e7)
                row.fail(tr("ram_gb: must be between 0 and 10,000,000"));
            o.ramGb = *v;
        }
        o.region = row.name(u"region"_s, false);
        const QString pricingText = row.text(u"pricing"_s).trimmed();
        const auto pricing =
            pricingModelFromToken(pricingText.isEmpty() ? u"on-demand"_s : pricingText);
        if (!pricing) {
            row.fail(tr("pricing: \"%1\" is not one of %2")
                         .arg(pricingText, pricingModelTokens().join(u", ")));
        }
        o.pricing = pricing.value_or(PricingModel::OnDemand);
        o.pricingTerm = row.name(u"pricing_term"_s, false);
        o.interconnect = row.name(u"interconnect"_s, false);
        o.notes = row.longText(u"offer_notes"_s);
        // Our CSV has no column for the kind: a per-GPU rate is written under its fixed
        // instance type with one GPU, and read back as what it is.
        o.perGpuRate = o.instanceType == perGpuRateInstance() && count && *count == 1;

        PriceObservation p;
        QString moneyError;
        // A price published in another currency keeps its amount and code; with no dollar
        // figure beside it, it gets one at the ECB rate of its day (PublishedPrice.h).
        p.publishedCurrency = row.text(u"published_currency"_s).trimmed();
        const QString publishedText = row.text(u"published_amount"_s).trimmed();
        if (!p.publishedCurrency.isEmpty()) {
            row.check(checkPublishedCurrency(u"published_currency"_s, p.publishedCurrency));
            const auto published = Money::parse(publishedText, &moneyError);
            if (!published)
                row.fail(tr("published_amount: %1").arg(moneyError));
            p.publishedAmount = published.value_or(Money());
        } else if (!publishedText.isEmpty()) {
            row.fail(tr("published_amount: give its published_currency"));
        }
        const QString priceText = row.text(u"usd_per_instance_hour"_s);
        const bool toConvert = priceText.trimmed().isEmpty() && !p.publishedCurrency.isEmpty();
        const auto money =
            toConvert ? std::optional<Money>(Money()) : Money::parse(priceText, &moneyError);
        if (!money)
            row.fail(tr("usd_per_instance_hour: %1").arg(moneyError));
        else
            row.check(validation::checkPrice(u"usd_per_instance_hour"_s, money->toDollars()));
        p.usdPerInstanceHour = money.value_or(Money());
        p.observedOn = row.text(u"observed_on"_s).trimmed();
        row.check(validation::checkDate(u"observed_on"_s, p.observedOn));
        p.sourceUrl = row.text(u"source_url"_s).trimmed();
        row.check(validation::checkUrl(u"source_url"_s, p.sourceUrl));
        p.note = row.longText(u"price_notes"_s);
        if (toConvert && row.problem().isEmpty())
            row.check(fillUsdFromPublished(p, options.exchangeRates));

        if (!row.problem().isEmpty()) {
            builder.reject(line, row.problem());
            return;
        }
        o.gpuModel = builder.gpuFor(gpuText, {}, line);
        if (o.gpuModel.isEmpty())
            return;
        o.gpusPerInstance = int(*count);
        // Our own file names providers exactly: no cloud-name mapping, just "add if new".
        bool known = false;
        for (const QString &name : options.providerNames)
            known = known || name == o.provider;
        for (const Provider &added : std::as_const(plan.data.providers))
            known = known || added.name == o.provider;
        if (!known) {
            Provider provider;
            provider.name = o.provider;
            provider.kind = u"other"_s;
            plan.data.providers.append(provider);
        }
        const QString key =
            QStringList{
                o.provider,   o.gpuModel, o.instanceType, o.region, pricingModelToken(o.pricing),
                o.pricingTerm}
                .join(u'\x1f');
        if (const auto it = index.constFind(key); it != index.cend()) {
            plan.data.offers[*it].prices.append(p);
            return;
        }
        o.prices = {p};
        index.insert(key, plan.data.offers.size());
        plan.data.offers.append(std::move(o));
    });
}

void readMarketShare(CsvReader &csv, const QStringList &header, ImportPlan &plan)
{
    QHash<QString, qsizetype> index;
    QHash<QString, QList<int>> linesOf;
    CsvTable::forEachRecord(csv, header, plan, [&](int line, const QStringList &cells) {
        RowReader row(header, cells);
        MarketShareSnapshot s;
        s.period = row.name(u"period"_s);
        s.scope = row.name(u"scope"_s);
        s.sourceName = row.name(u"source_name"_s);
        s.sourceUrl = row.text(u"source_url"_s).trimmed();
        row.check(validation::checkUrl(u"source_url"_s, s.sourceUrl));
        s.publishedOn = row.text(u"published_on"_s).trimmed();
        row.check(validation::checkDate(u"published_on"_s, s.publishedOn));
        const QString estimate = row.text(u"estimate"_s).trimmed().toLower();
        if (!estimate.isEmpty() && estimate != u"true" && estimate != u"false")
            row.fail(tr("estimate: \"%1\" is not true or false").arg(estimate));
        s.estimate = estimate == u"true";
        s.notes = row.longText(u"snapshot_notes"_s);
        MarketShareEntry e;
        e.label = row.name(u"label"_s);
        e.provider = row.name(u"provider"_s, false);
        const auto share = row.optionalNumber(u"share_percent"_s);
        if (!share)
            row.fail(tr("share_percent is empty"));
        else
            row.check(validation::checkPercent(u"share_percent"_s, *share));
        e.sharePercent = share.value_or(0);
        e.lowPercent = row.optionalNumber(u"low_percent"_s);
        e.highPercent = row.optionalNumber(u"high_percent"_s);
        if (e.lowPercent)
            row.check(validation::checkPercent(u"low_percent"_s, *e.lowPercent));
        if (e.highPercent)
            row.check(validation::checkPercent(u"high_percent"_s, *e.highPercent));
        if (e.lowPercent && e.highPercent && *e.lowPercent > *e.highPercent)
            row.fail(tr("low_percent is above high_percent"));
        e.sourceUrl = row.text(u"entry_source_url"_s).trimmed();
        row.check(validation::checkUrl(u"entry_source_url"_s, e.sourceUrl));
        if (!row.problem().isEmpty()) {
            plan.reject({line, row.problem()});
            return;
        }
        const QString key = QStringList{s.period, s.scope, s.sourceName}.join(u'\x1f');
        linesOf[key].append(line);
        if (const auto it = index.constFind(key); it != index.cend()) {
            plan.data.marketShare[*it].entries.append(e);
            return;
        }
        s.entries = {e};
        index.insert(key, plan.data.marketShare.size());
        plan.data.marketShare.append(std::move(s));
    });
    // A snapshot whose shares add up to more than 100 % cannot be right: refuse all its rows.
    for (qsizetype i = plan.data.marketShare.size() - 1; i >= 0; --i) {
        const MarketShareSnapshot &s = plan.data.marketShare.at(i);
        double total = 0;
        for (const MarketShareEntry &e : s.entries)
            total += e.sharePercent;
        if (total > 100.0001) {
            const QString key = QStringList{s.period, s.scope, s.sourceName}.join(u'\x1f');
            for (int line : linesOf.value(key)) {
                plan.reject({line, tr("the shares of %1 (%2) add up to %3 %, more than 100 %")
                                       .arg(s.period, s.sourceName, number(total))});
            }
            plan.data.marketShare.removeAt(i);
        }
    }
}

QByteArray writeOffers(const QList<Offer> &offers, bool byteOrderMark)
{
    CsvWriter writer(byteOrderMark);
    writer.addRow(offersHeader());
    const QList<int> numeric = {3, 4, 5, 11, 15};
    for (const Offer &o : offers) {
        for (const PriceObservation &p : o.prices) {
            const bool published = !p.publishedCurrency.isEmpty();
            writer.addRow(
                {o.provider, o.gpuModel, o.instanceType, QString::number(o.gpusPerInstance),
                 o.vcpus ? QString::number(*o.vcpus) : QString(),
                 o.ramGb ? number(*o.ramGb) : QString(), o.region, pricingModelToken(o.pricing),
                 o.pricingTerm, o.interconnect, o.notes, p.usdPerInstanceHour.toString(),
                 p.observedOn, p.sourceUrl, p.note,
                 published ? p.publishedAmount.toString() : QString(), p.publishedCurrency},
                numeric);
        }
    }
    return writer.bytes();
}

QByteArray writeMarketShare(const QList<MarketShareSnapshot> &snapshots, bool byteOrderMark)
{
    CsvWriter writer(byteOrderMark);
    writer.addRow(marketShareHeader());
    const QList<int> numeric = {9, 10, 11};
    for (const MarketShareSnapshot &s : snapshots) {
        for (const MarketShareEntry &e : s.entries) {
            writer.addRow({s.period, s.scope, s.sourceName, s.sourceUrl, s.publishedOn,
                           s.estimate ? u"true"_s : u"false"_s, s.notes, e.label, e.provider,
                           number(e.sharePercent), e.lowPercent ? number(*e.lowPercent) : QString(),
                           e.highPercent ? number(*e.highPercent) : QString(), e.sourceUrl},
                          numeric);
        }
    }
    return writer.bytes();
}

} // namespace gpucompare::OwnCsv
