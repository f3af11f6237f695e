#pragma once

// What the live-vitals and alert screens share: the IEC 60601-1-8 alarm colours, how a
// priority, a device link, a trend and the age of a reading read, and the one-line text of
// a sign's value (blood pressure as systolic/diastolic).

#include "services/VitalsService.h"

#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

#include <optional>

namespace careledger::ui {

// Background and text colours of a flagged value, by priority (IEC 60601-1-8: high red,
// medium yellow, low cyan). The text colours keep at least 4.5:1 contrast on their fill.
QColor alarmFill(core::AlarmPriority priority);
QColor alarmText(core::AlarmPriority priority);
// A paler tint of the fill for whole table rows, so selected and flagged rows stay readable.
QColor alarmRowTint(core::AlarmPriority priority);
// The darker half of a high-priority tile's flash.
QColor alarmFlashFill();
// A sign nobody is measuring right now (sensor off, device silent).
QColor silentFill();
QColor silentText();

QString priorityText(core::AlarmPriority priority);   // "High", "Medium", "Low" (translated)
QString linkText(services::DeviceLink link);          // "Receiving", "Silent", "No device"
QString trendArrow(services::Trend trend);            // ↑ ↓ →
QString trendText(services::Trend trend);             // "rising", for screen readers
// "12 s ago", "4 min ago", "3 h ago", "2 d ago"; "—" when `at` is invalid. `now` and `at` UTC.
QString formatAge(const QDateTime &at, const QDateTime &now);

// The tile of `sign` in `tiles`, if any.
const services::VitalTile *findTile(const QList<services::VitalTile> &tiles, core::VitalSign sign);
// The number as shown, without its unit ("88", "37.8", "Voice"); blood pressure as
// "120/80" from the systolic and diastolic tiles. "—" when the sign was never received.
QString tileNumber(const QList<services::VitalTile> &tiles, core::VitalSign sign);
// Raised-at and acknowledged-at times: the time to the second when it is today (local), the
// date and time otherwise.
QString formatAlertTime(const QDateTime &utc);

// Keeps an alarm-coloured cell in its colour when its row is selected (the selection shows
// as a band above and below instead), so selecting a patient never hides a red value.
class AlarmCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The more urgent of two optional flags.
std::optional<core::AlarmPriority> worse(std::optional<core::AlarmPriority> a, std::optional<core::AlarmPriority> b);

} // namespace careledger::ui
