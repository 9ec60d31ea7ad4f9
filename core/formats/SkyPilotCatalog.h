#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

namespace gpucompare {

/// SkyPilot's catalog `vms.csv` (schema v5-v8, any cloud): columns found by header name because
/// their order differs per cloud; prices per instance-hour, on-demand and spot; one row per zone
/// folded into one offer per region. GCP's accelerator rows (empty InstanceType) price the GPUs
/// alone and are added to their host VM's row of the same zone where the file has one.
namespace SkyPilotCatalog {

/// Whether a CSV header is SkyPilot's.
bool matchesHeader(const QStringList &header);

/// Reads the records after `header` from `csv` into `plan`.
void read(CsvReader &csv, const QStringList &header, const QString &fileName,
          const ImportOptions &options, ImportPlan &plan);

/// The cloud a SkyPilot file is for, from its name ("aws/vms.csv", "skypilot-v8-gcp-vms.csv")
/// or, failing that, its instance types; empty when neither tells.
QString guessProvider(const QString &fileName, const QStringList &instanceTypes);

} // namespace SkyPilotCatalog

} // namespace gpucompare
