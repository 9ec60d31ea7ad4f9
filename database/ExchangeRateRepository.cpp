#include "ExchangeRateRepository.h"

#include "BundledResources.h"
#include "SqlStatements.h"

#include <QFile>
#include <map>

using namespace Qt::StringLiterals;

namespace gpucompare {

ExchangeRateRepository::Saved ExchangeRateRepository::save(const QList<EuroRateDay> &days,
                                                           const QString &sourceUrl)
{
    Saved saved;
    for (const EuroRateDay &day : days) {
        const QString date = day.day.toString(Qt::ISODate);
        for (auto rate = day.perEuroMillionths.cbegin(); rate != day.perEuroMillionths.cend();
             ++rate) {
            QSqlQuery held = execPrepared(m_db,
                                          u"SELECT per_euro_millionths FROM exchange_rates "
                                          "WHERE rate_date = ? AND currency = ?"_s,
                                          {date, rate.key()});
            if (!held.next()) {
                execPrepared(m_db,
                             u"INSERT INTO exchange_rates (rate_date, currency, "
                             "per_euro_millionths, source_url) VALUES (?, ?, ?, ?)"_s,
                             {date, rate.key(), rate.value(), sourceUrl});
                ++saved.added;
            } else if (held.value(0).toLongLong() != rate.value()) {
                execPrepared(m_db,
                             u"UPDATE exchange_rates SET per_euro_millionths = ?, source_url = ? "
                             "WHERE rate_date = ? AND currency = ?"_s,
                             {rate.value(), sourceUrl, date, rate.key()});
                ++saved.changed;
            } else {
                ++saved.unchanged;
            }
        }
    }
    return saved;
}

QList<EuroRateDay> ExchangeRateRepository::all() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT rate_date, currency, per_euro_millionths "
                                     "FROM exchange_rates ORDER BY rate_date, currency"_s);
    std::map<QDate, QMap<QString, qint64>> days;
    while (q.next()) {
        days[QDate::fromString(q.value(0).toString(), Qt::ISODate)].insert(q.value(1).toString(),
                                                                           q.value(2).toLongLong());
    }
    QList<EuroRateDay> list;
    for (const auto &[day, rates] : days)
        list.append(EuroRateDay{day, rates});
    return list;
}

QList<StoredExchangeRate> ExchangeRateRepository::rows() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT rate_date, currency, per_euro_millionths, source_url "
                                     "FROM exchange_rates ORDER BY rate_date, currency"_s);
    QList<StoredExchangeRate> rows;
    while (q.next()) {
        rows.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                     q.value(2).toLongLong(), q.value(3).toString()});
    }
    return rows;
}

void ExchangeRateRepository::insertRows(const QList<StoredExchangeRate> &rows)
{
    for (const StoredExchangeRate &r : rows) {
        execPrepared(m_db,
                     u"INSERT INTO exchange_rates (rate_date, currency, per_euro_millionths, "
                     "source_url) VALUES (?, ?, ?, ?)"_s,
                     {r.day.toString(Qt::ISODate), r.currency, r.perEuroMillionths, r.sourceUrl});
    }
}

const EuroRateDay &bundledEuroRates()
{
    static const EuroRateDay bundled = [] {
        resources::ensureLoaded();
        QFile file(resources::bundledEuroRatesPath());
        const auto days = file.open(QIODevice::ReadOnly)
                              ? readEcbReferenceRates(file.readAll(), file.fileName())
                              : Outcome<QList<EuroRateDay>>::failure(file.errorString());
        // Compiled in and read by a test: a failure here is a broken build, not bad input.
        Q_ASSERT_X(days.ok() && days.value().size() == 1, "bundledEuroRates",
                   qPrintable(days.error()));
        return days.ok() && !days.value().isEmpty() ? days.value().first() : EuroRateDay{};
    }();
    return bundled;
}

Outcome<ExchangeRates> readExchangeRates(const QSqlDatabase &db)
{
    return attempt([&db] {
        ExchangeRates rates;
        rates.add(bundledEuroRates());
        // A fetched day replaces the bundled one if it is the same day: the book's is newer.
        for (const EuroRateDay &day : ExchangeRateRepository(db).all())
            rates.add(day);
        return rates;
    });
}

} // namespace gpucompare
