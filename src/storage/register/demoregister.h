#pragma once
// DemoRegister: fills a new register with a fictional school and its partners, covering every partner
// type, a delegated administrator, a GDAP relationship close to its end, a missing agreement and three
// operators with different roles, so every rule of the app can be seen.

#include "common/result.h"

class Clock;
class Database;

namespace DemoRegister {
inline constexpr int kDemoDirectoryEntries = 3000; // fictional partners in the directory catalogue
Status create(Database &database, const Clock &clock);
} // namespace DemoRegister
