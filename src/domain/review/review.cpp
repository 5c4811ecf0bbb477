#include "review/review.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

QString Review::progressText() const
{
    if (isSignedOff()) {
        return QCoreApplication::translate("Review", "Signed off on %1 by %2")
            .arg(QLocale().toString(signedOffUtc.toLocalTime(), QLocale::ShortFormat),
                signedOffByName.isEmpty() ? signedOffByUpn : signedOffByName);
    }
    return QCoreApplication::translate("Review", "%1 of %n partner(s) reviewed", nullptr, partners)
        .arg(decided);
}

QString reviewDecisionKey(ReviewItem::Decision decision)
{
    switch (decision) {
    case ReviewItem::Decision::None:
        return {};
    case ReviewItem::Decision::Keep:
        return u"keep"_s;
    case ReviewItem::Decision::RemoveRoles:
        return u"removeRoles"_s;
    case ReviewItem::Decision::RequestEnd:
        return u"requestEnd"_s;
    }
    return {};
}

ReviewItem::Decision reviewDecisionFromKey(const QString &key)
{
    for (auto d :
        {ReviewItem::Decision::Keep, ReviewItem::Decision::RemoveRoles, ReviewItem::Decision::RequestEnd}) {
        if (key == reviewDecisionKey(d))
            return d;
    }
    return ReviewItem::Decision::None;
}

QString reviewDecisionName(ReviewItem::Decision decision)
{
    switch (decision) {
    case ReviewItem::Decision::None:
        return QCoreApplication::translate("Review", "Not decided");
    case ReviewItem::Decision::Keep:
        return QCoreApplication::translate("Review", "Keep");
    case ReviewItem::Decision::RemoveRoles:
        return QCoreApplication::translate("Review", "Remove roles");
    case ReviewItem::Decision::RequestEnd:
        return QCoreApplication::translate("Review", "Ask the partner to end the relationship");
    }
    return {};
}
