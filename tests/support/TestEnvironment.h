#pragma once

namespace gpucompare::test {

/// Called first by every test program's main: settings, caches and data go to Qt's test
/// locations (~/.qttest/...), so a test that fails half-way can never leave the developer's
/// theme, language or recent files changed.
void isolateFromUserSettings();

/// Called once the application's names are set: every test program (and so every test case,
/// which CTest runs as a program of its own) starts from empty settings, whatever an earlier
/// one saved in the test location.
void startWithEmptySettings();

} // namespace gpucompare::test
