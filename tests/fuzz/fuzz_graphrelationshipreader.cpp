// libFuzzer target for GraphRelationshipReader::read: any bytes give records the register could take or
// rejections with a reason, and never a crash.

#include "import/graphrelationshipreader.h"
#include "importreaderfuzz.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    [[maybe_unused]] const ImportContext context {QStringLiteral("9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"),
        QStringLiteral("f2a3b4c5-6666-4777-9888-9999aaaabbbb"), QStringLiteral("Woodgrove Security")};
    checkImportRead(GraphRelationshipReader::read(bytes, context));
    return 0;
}
