#pragma once

#include <QIcon>

namespace gpucompare {

/// The arrow beside a group of rows (the regions of one offer): down when the group is open,
/// right when it is one row. The style's icon, made once per style: the style reads its PNGs
/// again on every call, and a table asks for the icon of every row it measures or paints
/// (start-up measured the price table's columns three times, a fifth of it in PNG decoding).
QIcon groupArrowIcon(bool open);

} // namespace gpucompare
