// The statistician's allocation list (`mucotrack-central randomization import FILE.csv`).
#include "FuzzTarget.h"
#include "clinical/AllocationSequence.h"

using namespace muco;

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)AllocationSequence::parseCsv(fuzz::bytes(data, size));
    (void)AllocationSequence::parseBlocks(QString::fromUtf8(fuzz::bytes(data, size)));
    return 0;
}
