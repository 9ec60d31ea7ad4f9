#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

namespace gpucompare {

/// The Full Stack Deep Learning cloud-GPU table (`cloud-gpus.csv`): Cloud, GPU Type, GPUs,
/// On-demand, Per-GPU, Spot, Name; GPU types such as "A100 (80 GB)"; instance names may be
/// empty; no regions or dates.
namespace FsdlCatalog {

bool matchesHeader(const QStringList &header);
void read(CsvReader &csv, const QStringList &header, const QString &fileName,
          const ImportOptions &options, ImportPlan &plan);

} // namespace FsdlCatalog

} // namespace gpucompare
