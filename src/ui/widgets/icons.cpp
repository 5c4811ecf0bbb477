#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace Icons {

namespace {

struct Source {
    QString theme;   // freedesktop icon name, empty where no standard name fits
    QString bundled; // in :/icons
};

Source source(Icon which)
{
    switch (which) {
    case Icon::Application:
        return {QStringLiteral(PARTNERDESK_APP_ID), u"application.svg"_s};
    case Icon::Overview:
        return {u"go-home"_s, u"overview.svg"_s};
    case Icon::Partners:
        return {u"system-users"_s, u"partners.svg"_s};
    case Icon::Review:
        return {{}, u"review.svg"_s};
    case Icon::Todo:
        return {{}, u"todo.svg"_s};
    case Icon::Invitations:
        return {u"mail-message-new"_s, u"invitations.svg"_s};
    case Icon::Find:
        return {u"edit-find"_s, u"find.svg"_s};
    case Icon::History:
        return {u"document-open-recent"_s, u"history.svg"_s};
    case Icon::Settings:
        return {u"preferences-system"_s, u"settings.svg"_s};
    case Icon::Export:
        return {u"document-save-as"_s, u"export.svg"_s};
    case Icon::Import:
        return {u"document-open"_s, u"import.svg"_s};
    case Icon::RemoveRoles:
        return {u"list-remove"_s, u"remove-roles.svg"_s};
    case Icon::Verify:
        return {u"security-high"_s, u"verify.svg"_s};
    case Icon::PasteLink:
        return {u"edit-paste"_s, u"link.svg"_s};
    case Icon::OpenEmail:
        return {{}, u"email.svg"_s};
    case Icon::AddPartner:
        return {u"contact-new"_s, u"add-partner.svg"_s};
    case Icon::Help:
        return {u"help-contents"_s, u"help.svg"_s};
    }
    return {};
}

} // namespace

QIcon bundled(Icon which)
{
    return QIcon(u":/icons/"_s + source(which).bundled);
}

QIcon icon(Icon which)
{
    const Source s = source(which);
    const QIcon fallback = bundled(which);
    return s.theme.isEmpty() ? fallback : QIcon::fromTheme(s.theme, fallback);
}

} // namespace Icons
