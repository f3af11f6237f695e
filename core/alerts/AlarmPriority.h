#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace careledger::core {

// IEC 60601-1-8 priorities: high = red, immediate response; medium = yellow, prompt
// response; low = cyan, awareness. Ordered so that a larger value is more urgent.
enum class AlarmPriority : quint8 { Low = 1, Medium = 2, High = 3 };
QString alarmPriorityId(AlarmPriority priority); // "low", "medium", "high"
std::optional<AlarmPriority> alarmPriorityFromId(QStringView id);
QString alarmPriorityDisplayName(AlarmPriority priority); // translated ("Alerts")

} // namespace careledger::core
