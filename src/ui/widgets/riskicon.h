#pragma once
// RiskIcon: the risk level as a picture beside its name, so it reads at a glance and survives a
// selected row (a coloured text turns white there): a red disc with "!" for high, an amber triangle
// for medium, a small grey dot for low, an empty space of the same size for none (so the names line
// up). Shape as well as colour, for people who do not tell red from amber.

#include "relationships/riskassessment.h"

#include <QIcon>

namespace RiskIcon {
QIcon icon(RiskAssessment::Level level); // transparent for Level::None
int size(); // the width the icon takes in a cell, padding included
} // namespace RiskIcon
