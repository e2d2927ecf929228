#pragma once
// One libFuzzer target per parser of input from outside the program (issue 13): the
// calculators' JSON, the fraction CSV, the statistician's allocation list, key files, requests
// to the central site and pages pulled from it. Each target defines LLVMFuzzerTestOneInput
// (and, where it needs a site or a store, LLVMFuzzerInitialize). Built with clang's
// -fsanitize=fuzzer by the `fuzz` preset, and everywhere else with ReplayMain.cpp, which runs
// the corpus kept in fuzz/corpus/<target>/ as a regression test.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace muco::fuzz {
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
} // namespace muco::fuzz
