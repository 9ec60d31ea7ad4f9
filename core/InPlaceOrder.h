#pragma once

#include <QList>
#include <utility>
#include <vector>

namespace gpucompare {

/// Puts `items` in the order `order` gives (position i takes the item now at order[i]) by
/// swaps along the permutation's cycles. Both estimates sort positions, not their large
/// items, then place each item once: building a second list of 100,000 estimates cost more
/// in fresh memory (page faults) than the pricing itself. `order` is used up.
template <typename T> void applyOrderInPlace(QList<T> &items, std::vector<qsizetype> &order)
{
    auto begin = items.begin(); // detaches once
    for (qsizetype start = 0; start < qsizetype(order.size()); ++start) {
        if (order[size_t(start)] < 0 || order[size_t(start)] == start)
            continue;
        // The item first at `start` travels along the cycle until its own place.
        qsizetype position = start;
        while (order[size_t(position)] != start) {
            const qsizetype from = order[size_t(position)];
            std::swap(begin[position], begin[from]);
            order[size_t(position)] = -1; // placed
            position = from;
        }
        order[size_t(position)] = -1;
    }
}

} // namespace gpucompare
