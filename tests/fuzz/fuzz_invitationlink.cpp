// libFuzzer target for InvitationLink::parse: any bytes must parse to either a refusal with a reason
// or a link on Microsoft's own host over https, and never crash.

#include "invitations/invitationlink.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const InvitationLink link = InvitationLink::parse(text);
    if (link.isValid()) {
        const QString host = link.url().host();
        if (link.url().scheme() != QLatin1StringView("https")
            || (host != QLatin1StringView("admin.microsoft.com")
                && host != QLatin1StringView("businessstore.microsoft.com"))
            || !link.url().userInfo().isEmpty())
            std::abort();
    } else if (link.refusalReason().isEmpty()) {
        std::abort();
    }
    return 0;
}
