#pragma once

#include <QString>

namespace gpucompare {

/// Text in the user's language, for the file-local tr() helpers of code without a QObject.
///
/// lupdate files a tr() call by where it stands: inside a member function under the class
/// ("gpucompare::CatalogBuilder"), inside a free function under the namespace ("gpucompare").
/// The helpers name their file's context, so the lookup tries that and then the namespace's.
QString translated(const char *context, const char *text);

} // namespace gpucompare
