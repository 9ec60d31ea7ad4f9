#include "ChangesCommand.h"

#include "CliOutput.h"
#include "PriceBook.h"
#include "UpdateChangeRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QJsonValue priceValue(const std::optional<Money> &price)
{
    return price ? QJsonValue(price->toDollars()) : QJsonValue();
}

QString priceText(const std::optional<Money> &price)
{
    return price ? price->toString() : u"-"_s;
}

QByteArray changesJson(const QList<UpdateChange> &changes)
{
    QJsonArray list;
    for (const UpdateChange &c : changes) {
        list.append(QJsonObject{
            {u"updated_on"_s, c.updatedOn.toString(Qt::ISODate)},
            {u"source"_s, c.source},
            {u"change"_s, updateChangeKindToken(c.kind)},
            {u"provider"_s, c.provider},
            {u"gpu"_s, c.gpuModel},
            {u"instance"_s, c.instanceType},
            {u"pricing"_s, pricingModelToken(c.pricing)},
            {u"region"_s, c.region},
            {u"gpus_per_instance"_s, c.gpusPerInstance},
            {u"old_usd_per_instance_hour"_s, priceValue(c.oldPrice)},
            {u"new_usd_per_instance_hour"_s, priceValue(c.newPrice)},
            {u"old_usd_per_gpu_hour"_s, priceValue(c.oldPerGpuHour())},
            {u"new_usd_per_gpu_hour"_s, priceValue(c.newPerGpuHour())},
        });
    }
    return QJsonDocument(QJsonObject{{u"changes"_s, list}}).toJson(QJsonDocument::Indented);
}

/// One block per GPU, its changes in reading order; English and C-locale like every output.
QString changesText(const QList<UpdateChange> &changes)
{
    if (changes.isEmpty())
        return u"No update has changed anything in this period.\n"_s;
    QString text;
    QString gpu;
    for (const UpdateChange &c : changes) {
        if (c.gpuModel != gpu) {
            gpu = c.gpuModel;
            text += (text.isEmpty() ? u""_s : u"\n"_s) + gpu + u'\n';
        }
        QString move = u"%1 -> %2 USD/h, %3 -> %4 USD/GPU-h"_s.arg(
            priceText(c.oldPrice), priceText(c.newPrice), priceText(c.oldPerGpuHour()),
            priceText(c.newPerGpuHour()));
        if (c.kind == UpdateChange::Kind::Drop || c.kind == UpdateChange::Kind::Rise)
            move += u" (%1%)"_s.arg(QString::number(c.relativeChange() * 100, 'f', 1));
        text += u"  %1  %2 %3 %4 %5: %6 (%7, %8)\n"_s.arg(
            updateChangeKindToken(c.kind).leftJustified(4), c.provider, c.instanceType,
            c.region.isEmpty() ? u"-"_s : c.region, pricingModelToken(c.pricing), move, c.source,
            c.updatedOn.toString(Qt::ISODate));
    }
    return text;
}

} // namespace

int ChangesCommand::run()
{
    if (!m_call.arguments.isEmpty())
        return usageError(tr("changes takes no FILE"));
    QDate since;
    if (m_parser.isSet(u"since"_s)) {
        since = QDate::fromString(m_parser.value(u"since"_s), Qt::ISODate);
        if (!since.isValid())
            return usageError(tr("--since \"%1\" is not a date such as 2026-12-01")
                                  .arg(m_parser.value(u"since"_s)));
    }
    const QString format = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usageError(tr("--format \"%1\" is not one of text, json").arg(format));
    const auto book = openPriceBook(IfMissing::Refuse);
    if (!book)
        return 1;
    const auto changes = readUpdateChanges(book->database(), since);
    if (!changes) {
        printError(changes.error());
        return 1;
    }
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(format == u"json" ? changesJson(changes.value())
                                    : changesText(changes.value()).toUtf8());
    return 0;
}

} // namespace gpucompare
