// libFuzzer target: any bytes through the CSV reader. It must end with records or an error
// that names a line, never crash, hang or grow without bound.

#include "CsvReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    gpucompare::CsvReader reader(buffer, QStringLiteral("fuzz.csv"));
    QStringList fields;
    while (reader.next(fields)) {
    }
    if (reader.hasError() && reader.error().line < 0)
        __builtin_trap();
    return 0;
}
