#include "common/policy.h"

#include "common/operator.h"

#include <QCoreApplication>

namespace {
const char kNeedsManager[]
    = QT_TRANSLATE_NOOP("Policy", "Requires Global Administrator or Billing Administrator");
const char kNeedsGlobal[] = QT_TRANSLATE_NOOP("Policy", "Requires Global Administrator");
} // namespace

QString Decision::reason() const
{
    return m_reason ? QCoreApplication::translate("Policy", m_reason) : QString();
}

Decision Policy::check(const Operator &actor, PolicyAction action)
{
    const bool global = actor.holds(AdminRole::globalAdministrator());
    const bool billing = actor.holds(AdminRole::billingAdministrator());
    switch (action) {
    case PolicyAction::View:
        return Decision::allow();
    case PolicyAction::ManageRelationships:
        return (global || billing) ? Decision::allow() : Decision::deny(kNeedsManager);
    case PolicyAction::GrantAdminRoles:
    case PolicyAction::ManageOperators:
        return global ? Decision::allow() : Decision::deny(kNeedsGlobal);
    }
    return Decision::deny(kNeedsGlobal);
}
