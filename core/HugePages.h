#pragma once

#include <QList>
#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace gpucompare {

/// Asks Linux to back a large list's reserved storage with 2 MB pages where it can
/// (transparent huge pages, "madvise" mode on most distributions), before anything is
/// written to it. The 100,000 offers and estimates of `estimate` and `serve-estimate` are
/// tens of MB each, freshly allocated: a fault per 4 kB page of them was a fifth of the run.
/// Only whole 2 MB pages inside the storage are advised; elsewhere, or when the kernel says
/// no, nothing changes (the advice never changes contents or behaviour, only page size).
template <typename T> void adviseHugePages(QList<T> &list)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHugePage = 2u << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(list.data());
    const std::uintptr_t end = begin + std::uintptr_t(list.capacity()) * sizeof(T);
    const std::uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t last = end & ~(kHugePage - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(list);
#endif
}

} // namespace gpucompare
