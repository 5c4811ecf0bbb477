#pragma once
// Policy: who may do what ("Before you begin"). Services ask it before every change; screens ask it
// only to mirror the answer (a disabled action with the reason).

#include <QString>

struct Operator;

enum class PolicyAction {
    View, // look at the register, export, verify history
    ManageRelationships, // review, remove roles, accept the agreement, reseller invitations, settings
    GrantAdminRoles, // accept an invitation that grants admin roles (delegated admin)
    ManageOperators, // add or change who may act in the register
};

class Decision
{
public:
    static Decision allow() { return Decision(nullptr); }
    static Decision deny(const char *reasonSource) { return Decision(reasonSource); }

    bool allowed() const { return m_reason == nullptr; }
    explicit operator bool() const { return allowed(); }
    // Translated at the moment it is asked for, so a reason on screen follows a language switch.
    QString reason() const;

private:
    explicit Decision(const char *reason)
        : m_reason(reason)
    { }
    const char *m_reason;
};

namespace Policy {
Decision check(const Operator &actor, PolicyAction action);
}
