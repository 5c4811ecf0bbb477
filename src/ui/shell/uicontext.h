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
};
