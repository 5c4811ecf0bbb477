#pragma once
// DirectoryGenerator: fictional partner directory entries for the demo register and the benches.
// Deterministic: the same count and seed give the same catalogue.

#include "directory/directory.h"

namespace DirectoryGenerator {
QList<DirectoryEntry> generate(int count, quint32 seed = 2026);
// A few hand-written entries the demo and the tests refer to by name and tenant ID.
QList<DirectoryEntry> namedEntries();
} // namespace DirectoryGenerator
