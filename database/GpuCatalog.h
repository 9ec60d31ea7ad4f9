#pragma once

#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>

namespace gpucompare {

/// The GPU catalog bundled with the application: every accelerator the public catalogs list,
/// with its datasheet figures and sources (the bundled price book's GPU models, built from
/// the sourced reference by tools/make_dataset.py). Read once per process; empty if the
/// bundled book cannot be read, which a test of every build rules out.
const QList<GpuModel> &bundledGpuCatalog();

/// `model` with every figure it lacks taken from `part`: never overwrites a value it has. A
/// model that gains its peak this way also takes the part's source and notes, whose figures
/// they are. Returns whether anything was taken.
bool completeFrom(GpuModel &model, const GpuModel &part);

/// Brings a price book's GPU models up to the catalog: fills what each model lacks from its
/// part and adds the parts the book does not have, with the aliases no model of the book
/// already answers to. Returns the number of models changed or added. Throws DatabaseError;
/// the caller owns the transaction (the schema migration to version 6 runs it).
int completeFromGpuCatalog(const QSqlDatabase &db, const QList<GpuModel> &catalog);

} // namespace gpucompare
