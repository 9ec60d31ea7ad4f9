#pragma once

#include "CostModel.h"
#include "JsonStreamWriter.h"

#include <QJsonObject>

namespace gpucompare {

/// A job and the offers it is priced on, as JSON: the `job` object of `gpucompare estimate
/// --format json`, and what a saved job stores. Keys are snake_case and never translated.
/// A number as files write it: rounded to `decimals` places, so 1,023,395.27 GPU-hours stay
/// readable while cents survive in costs.
double rounded(double value, int decimals);

QJsonObject jobToJson(const JobSpec &job, const OfferSelection &selection);

/// Reads what jobToJson wrote. Missing keys keep their defaults, so a saved job from an older
/// version still opens; a key of the wrong type is an error naming the key.
struct JobFromJson
{
    JobSpec job;
    OfferSelection selection;
    QString error; ///< empty on success
};
JobFromJson jobFromJson(const QJsonObject &object);

/// One estimate as JSON: the fields ARCHITECTURE.md lists, plus the breakdown.
QJsonObject estimateToJson(const JobEstimate &estimate);
/// The same members, to stream without building a QJsonObject (JsonStreamWriter).
JsonMembers estimateMembers(const JobEstimate &estimate);
/// The offer an estimate, training or serving, is priced on: `provider`, `offer` (the instance
/// type), `gpu`, `pricing`, `region` and `usd_per_gpu_hour` (after the provider's discount).
void addOfferMembers(JsonMembers &members, const EstimatedOffer &offer);
/// An estimate's price provenance: `observed_on` (or `"undated": true`), `age_days` (null when
/// undated), `standing`, `first_hand`, `source_url` and `flags` (flagTokens()).
void addProvenance(JsonMembers &members, const PriceProvenance &price);

} // namespace gpucompare
