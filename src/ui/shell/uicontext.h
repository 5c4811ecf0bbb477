#pragma once
// UiContext: what the screens need from the layers below, handed over by the app's wiring.

#include "common/result.h"

#include <QStringList>

#include <functional>
#include <memory>

class ActivityRepository;
class Clock;
struct ActivityConnection;
class DirectoryRefresher;
class DirectoryRepository;
class OutboxSender;
class RegisterRepository;
class ReviewRepository;

struct UiContext
{
    RegisterRepository &repository; // the GUI thread's connection
    // Opens another connection to the same register in the calling thread, for background loading.
    std::function<Result<std::unique_ptr<RegisterRepository>>()> openRepository;
    const Clock &clock;
    // The partner directory and its network clients; without them Find a partner says it is unavailable.
    DirectoryRepository *directory = nullptr;
    DirectoryRefresher *refresher = nullptr;
    OutboxSender *sender = nullptr;
    // Where audit receipts of this register are kept, asked at each Verify history (Settings may have
    // changed them); unset: none.
    std::function<QStringList()> receiptFolders = {};
    // The evidence of partner activity (imported sign-in logs) on the GUI thread's connection, and a
    // way to open another connection for reading a log in the background; unset: no evidence shown.
    ActivityRepository *activity = nullptr;
    std::function<Result<ActivityConnection>()> openActivity = {};
    // Access reviews on the GUI thread's connection; unset: the Review page says it is unavailable.
    ReviewRepository *reviews = nullptr;
    // The register's file, named in a report's verification commands.
    QString registerPath = {};
    // Runs work with the texts and dates of another language (a report in Dutch from an English
    // window), then puts the window's language back; unset: work runs in the window's language.
    std::function<void(const QString &language, const std::function<void()> &work)> inLanguage = {};
};
