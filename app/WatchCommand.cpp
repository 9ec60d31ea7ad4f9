#include "WatchCommand.h"

#include "BookService.h"
#include "CliOutput.h"
#include "Currency.h"
#include "PriceBook.h"
#include "WatchJson.h"
#include "WatchRepository.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// "  cheapest now: AWS p5.48xlarge us-east-1 on-demand at 2.1 USD/GPU-h (below)".
QString cheapestText(const WatchStanding &s)
{
    if (!s.cheapest)
        return u"no offer counts yet"_s;
    const OfferRow &o = *s.cheapest;
    return u"cheapest now: %1 %2 %3 %4 at %5 USD/GPU-h%6"_s.arg(
        o.provider, o.instanceType, o.region.isEmpty() ? u"-"_s : o.region,
        pricingModelToken(o.pricing), perGpuHour(o).toString(),
        s.isBelow() ? u" (below the threshold)"_s : QString());
}

const WatchStanding *standingOf(const QList<WatchStanding> &standings, qint64 id)
{
    for (const WatchStanding &s : standings) {
        if (s.watch.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace

void WatchCommand::addOptionsTo(QCommandLineParser &parser)
{
    parser.addOption({u"below"_s,
                      tr("watch add: the price per GPU-hour the cheapest offer must fall below "
                         "(in --currency)."),
                      u"PRICE"_s});
    parser.addOption({u"region"_s, tr("watch add: only offers in this region."), u"R"_s});
    parser.addOption(
        {u"currency"_s,
         tr("%1: estimate, serve-estimate and export-chart also give their figures in it, at the "
            "book's latest ECB rate; watch add reads --below in it (default USD).")
             .arg(displayCurrencyCodes()),
         u"CODE"_s});
}

int WatchCommand::run()
{
    const QString verb = m_call.arguments.value(0);
    if (verb == u"add")
        return add();
    if (verb == u"list")
        return list();
    if (verb == u"remove")
        return remove();
    return usageError(verb.isEmpty()
                          ? tr("watch needs add, list or remove")
                          : tr("watch \"%1\" is not one of add, list, remove").arg(verb));
}

int WatchCommand::add()
{
    if (m_call.arguments.size() > 1)
        return usageError(tr("watch add takes no further arguments; use --gpu and --below"));
    if (!m_parser.isSet(u"gpu"_s) || m_parser.value(u"gpu"_s).trimmed().isEmpty())
        return usageError(tr("watch add needs --gpu NAME"));
    if (!m_parser.isSet(u"below"_s))
        return usageError(tr("watch add needs --below PRICE"));
    Watch watch;
    const QString below = m_parser.value(u"below"_s).trimmed();
    const std::optional<Money> threshold = Money::parse(below);
    if (!threshold || threshold->micros() <= 0) {
        return usageError(
            tr("--below \"%1\" is not a positive price per GPU-hour such as 2.50").arg(below));
    }
    watch.below = *threshold;
    if (m_parser.isSet(u"pricing"_s)) {
        const QString token = m_parser.value(u"pricing"_s).trimmed();
        const std::optional<PricingModel> pricing = pricingModelFromToken(token);
        if (!pricing)
            return usageError(
                tr("--pricing \"%1\" is not one of on-demand, spot, reserved").arg(token));
        watch.pricing = pricing;
    }
    watch.provider = m_parser.value(u"provider"_s).trimmed();
    watch.region = m_parser.value(u"region"_s).trimmed();
    if (m_parser.isSet(u"currency"_s)) {
        const QString code = m_parser.value(u"currency"_s).trimmed();
        const std::optional<DisplayCurrency> currency = displayCurrency(code);
        if (!currency) {
            return usageError(
                tr("--currency \"%1\" is not one of %2").arg(code, displayCurrencyCodes()));
        }
        watch.currency = currency->code;
    }

    const auto priceBook = openBookToWrite(false);
    if (!priceBook)
        return 1;
    const QSqlDatabase db = priceBook->database();
    const QString gpuName = m_parser.value(u"gpu"_s).trimmed();
    const Outcome<book::GpuLookup> gpu = book::lookUpGpu(db, gpuName);
    if (!gpu)
        return bookError(gpu.error());
    if (!gpu.value().name)
        return usageError(
            tr("--gpu \"%1\" is not a GPU model or alias of the price book").arg(gpuName));
    watch.gpuModel = *gpu.value().name;
    const Outcome<std::optional<qint64>> added = addWatch(db, watch);
    if (!added)
        return bookError(added.error());
    if (!added.value())
        return usageError(
            tr("--gpu \"%1\" is not a GPU model or alias of the price book").arg(gpuName));
    watch.id = *added.value();
    QString text = u"Watch %1: %2\n"_s.arg(watch.id).arg(watchText(watch));
    if (const auto standings = watchStandings(db, QDate::currentDate())) {
        if (const WatchStanding *s = standingOf(standings.value(), watch.id))
            text += u"  "_s + cheapestText(*s) + u'\n';
    }
    return writeStandardOutput([&](QIODevice *out) { return out->write(text.toUtf8()) >= 0; });
}

int WatchCommand::list()
{
    if (m_call.arguments.size() > 1)
        return usageError(tr("watch list takes no further arguments"));
    const QString format = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usageError(tr("--format \"%1\" is not one of text, json").arg(format));
    const auto reader = openPriceBook(IfMissing::Refuse);
    if (!reader)
        return 1;
    const Outcome<QList<WatchStanding>> standings =
        watchStandings(reader->database(), QDate::currentDate());
    if (!standings)
        return bookError(standings.error());
    QByteArray bytes;
    if (format == u"json") {
        QJsonArray list;
        for (const WatchStanding &s : standings.value()) {
            QJsonObject o = watchJson(s.watch);
            o.insert(u"cheapest"_s,
                     s.cheapest ? QJsonValue(watchedOfferJson(*s.cheapest)) : QJsonValue());
            o.insert(u"below_now"_s, s.isBelow());
            list.append(o);
        }
        bytes = QJsonDocument(QJsonObject{{u"watches"_s, list}}).toJson(QJsonDocument::Indented);
    } else {
        QString text;
        if (standings.value().isEmpty())
            text = u"No watches. Add one with: gpucompare watch add --gpu NAME --below PRICE\n"_s;
        for (const WatchStanding &s : standings.value()) {
            text += u"%1  %2\n    %3\n"_s.arg(QString::number(s.watch.id), watchText(s.watch),
                                              cheapestText(s));
        }
        bytes = text.toUtf8();
    }
    return writeStandardOutput([&](QIODevice *out) { return out->write(bytes) >= 0; });
}

int WatchCommand::remove()
{
    if (m_call.arguments.size() != 2)
        return usageError(tr("watch remove needs one ID (gpucompare watch list shows them)"));
    bool number = false;
    const qint64 id = m_call.arguments.at(1).toLongLong(&number);
    if (!number || id <= 0)
        return usageError(tr("watch remove: \"%1\" is not a watch ID (a whole number)")
                              .arg(m_call.arguments.at(1)));
    const auto book = openBookToWrite(false);
    if (!book)
        return 1;
    const Outcome<bool> removed = removeWatch(book->database(), id);
    if (!removed)
        return bookError(removed.error());
    if (!removed.value()) {
        printError(tr("there is no watch %1 (gpucompare watch list shows them)").arg(id));
        return 1;
    }
    return writeStandardOutput(
        [&](QIODevice *out) { return out->write(u"Removed watch %1\n"_s.arg(id).toUtf8()) >= 0; });
}

} // namespace gpucompare
