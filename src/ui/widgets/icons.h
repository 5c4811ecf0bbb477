#pragma once

#include <QIcon>

// The icons of the window: from the desktop's icon theme where it has a fitting one, otherwise the
// ones bundled in the resources (so they show on a bare system and offscreen too).
namespace Icons {

enum class Icon {
    Application,
    Overview,
    Partners,
    Review,
    Todo,
    Invitations,
    Find,
    History,
    Settings,
    Export,
    Import,
    RemoveRoles,
    Verify,
    PasteLink,
    OpenEmail,
    AddPartner,
    Help,
};

QIcon icon(Icon which);

// The bundled picture alone, whatever the theme has (for tests and the About box).
QIcon bundled(Icon which);

} // namespace Icons
