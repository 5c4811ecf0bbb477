#pragma once
// UiContext: what the screens need from the layers below, handed over by the app's wiring.

#include "result.h"

#include <functional>
#include <memory>

class Clock;
class RegisterRepository;

struct UiContext
{
    RegisterRepository &repository; // the GUI thread's connection
    // Opens another connection to the same register in the calling thread, for background loading.
    std::function<Result<std::unique_ptr<RegisterRepository>>()> openRepository;
    const Clock &clock;
};
