#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

namespace gpucompare {

/// Our own CSV formats (C locale, UTF-8, documented in README.md):
/// - offers: one row per price observation, so an export imports back losslessly;
/// - market share: one row per entry of a snapshot.
namespace OwnCsv {

QStringList offersHeader();
QStringList marketShareHeader();

bool matchesOffersHeader(const QStringList &header);
bool matchesMarketShareHeader(const QStringList &header);

void readOffers(CsvReader &csv, const QStringList &header, const ImportOptions &options,
                ImportPlan &plan);
void readMarketShare(CsvReader &csv, const QStringList &header, ImportPlan &plan);

/// Every observation of every offer (history included), in the order given.
QByteArray writeOffers(const QList<Offer> &offers, bool byteOrderMark = false);
QByteArray writeMarketShare(const QList<MarketShareSnapshot> &snapshots,
                            bool byteOrderMark = false);

} // namespace OwnCsv

} // namespace gpucompare
