#include "BundledResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initGpucompareData()
{
    Q_INIT_RESOURCE(gpucompare_data);
}

namespace gpucompare::resources {

void ensureLoaded()
{
    static const bool loaded = (initGpucompareData(), true);
    Q_UNUSED(loaded);
}

} // namespace gpucompare::resources
