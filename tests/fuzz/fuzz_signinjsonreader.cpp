// libFuzzer target for the JSON sign-in and audit log reader (RapidJSON's streaming parser under
// PartnerDesk's record walker): the first byte picks sign-ins or audit records.

#include "activityfilefuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    checkActivityRead(
        data + 1, size - 1, (data[0] & 1) ? ActivityFile::Kind::AuditJson : ActivityFile::Kind::SignInsJson);
    return 0;
}
