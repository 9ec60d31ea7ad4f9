#pragma once

namespace gpucompare::test {

/// Called first by every test program's main: settings, caches and data go to Qt's test
/// locations (~/.qttest/...), so a test that fails half-way can never leave the developer's
/// theme, language or recent files changed.
void isolateFromUserSettings();

} // namespace gpucompare::test
