#pragma once

#include "CostModel.h"
#include "PriceDisplay.h"

#include <QByteArray>
#include <QStringList>
#include <functional>

class QIODevice;
class QJsonArray;
class QJsonObject;

namespace gpucompare::EstimateReport {

/// `{"job": {... , "flops": C}, "estimates": [...], "left_out": [...], "notes": [...]}`,
/// estimates cheapest first.
QByteArray json(const JobSpec &job, const OfferSelection &selection, const EstimateRun &run);
/// The same, streamed to `device` estimate by estimate (JsonStreamWriter); false when a write
/// failed.
/// With `shown` in another currency than US dollars (--currency), a top-level "currency"
/// object says at which rate, and each estimate adds its `cost` and `per_gpu_hour` in it,
/// rounded once; every US-dollar field stays as it is.
bool writeJson(QIODevice *device, const JobSpec &job, const OfferSelection &selection,
               const EstimateRun &run, const PriceDisplay *shown = nullptr);
/// `{"code", "rate", "rate_date", "source"}`: the conversion both estimates' JSON names.
QJsonObject currencyJson(const PriceDisplay &shown);

/// RFC 4180 CSV with the JSON field names as header; text cells that a spreadsheet would run
/// as a formula (= + - @) are prefixed with an apostrophe.
/// With `shown`: three last columns, currency, cost and per_gpu_hour in that currency.
QByteArray csv(const EstimateRun &run, const PriceDisplay *shown = nullptr);

/// The provenance columns both estimates' CSV ends with, and their cells for one price:
/// observed_on (empty when undated), age_days (empty when undated), standing, first_hand,
/// source_url, flags (tokens separated by spaces).
QStringList provenanceCsvHeader();
QStringList provenanceCsvCells(const PriceProvenance &price);
/// The Age and Flags cells of a terminal table: "12 d" or "undated", and the flag tokens.
QStringList provenanceTableCells(const PriceProvenance &price);

/// `[{"gpu": …, "offers": N, "reason": …}]`: what a run left out (both estimates' JSON).
QJsonArray leftOutJson(const QList<LeftOut> &leftOut);

/// `lines` (a header, then rows) as columns for a terminal: cells cut at 28 characters, two
/// spaces apart, right-aligned where `rightAligned(column)` says. Shared by both estimates.
QString alignedColumns(QList<QStringList> lines,
                       const std::function<bool(qsizetype)> &rightAligned);

/// Aligned columns for a terminal, a summary line and the notes.
QString table(const JobSpec &job, const EstimateRun &run);

} // namespace gpucompare::EstimateReport
