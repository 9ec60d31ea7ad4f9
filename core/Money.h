#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace gpucompare {

/// An exact amount of US dollars, held as whole micro-dollars (1e-6 USD).
///
/// Prices go through here so that a price read from a file, stored in SQLite and written back
/// out is the same decimal string: no floating-point drift. Six decimals covers every catalog
/// we know (SkyPilot's longest is 21.957642).
class Money final
{
public:
    /// Largest amount we accept: a million dollars per instance-hour is far beyond any real offer,
    /// and the bound keeps micro-dollars well inside the 2^53 range that doubles hold exactly.
    static constexpr qint64 kMaxMicros = qint64(1'000'000) * 1'000'000;

    constexpr Money() = default;
    static constexpr Money fromMicros(qint64 micros) { return Money(micros); }

    /// Parses a plain decimal in the C locale ("55.04", "0.5", "12"). At most six decimals;
    /// no sign, exponent or thousands separators. Returns nullopt and sets *error otherwise.
    static std::optional<Money> parse(QStringView text, QString *error = nullptr);

    /// Rounds a double to the nearest micro-dollar; nullopt for NaN, infinities, negatives and
    /// amounts above kMaxMicros.
    static std::optional<Money> fromDollars(double dollars);

    constexpr qint64 micros() const { return m_micros; }
    double toDollars() const { return double(m_micros) / 1e6; }

    /// Shortest exact decimal in the C locale: 55040000 micros -> "55.04", 2000000 -> "2".
    QString toString() const;

    /// This amount divided by a whole count, rounded half away from zero to a micro-dollar.
    Money dividedBy(int count) const;

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 micros)
        : m_micros(micros)
    {}

    qint64 m_micros = 0;
};

} // namespace gpucompare
