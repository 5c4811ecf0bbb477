// libFuzzer target for the Entra CSV sign-in and audit log reader: the first byte picks which.

#include "activityfilefuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    checkActivityRead(
        data + 1, size - 1, (data[0] & 1) ? ActivityFile::Kind::AuditCsv : ActivityFile::Kind::SignInsCsv);
    return 0;
}
