#pragma once
// DirectoryEndpoint: the directory service's base URL, a register setting. Only https, except plain
// http to this machine itself (a local test or relay service); never a default on the internet.

#include "common/result.h"

#include <QUrl>

namespace DirectoryEndpoint {
Result<QUrl> validate(const QString &text); // translated reason when refused
QUrl partnersUrl(const QUrl &base); // GET: the catalogue, in pages
QUrl contactRequestsUrl(const QUrl &base); // POST: one contact request
} // namespace DirectoryEndpoint
