#include "ui/VitalsUi.h"

#include "ui/RecordsUi.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace careledger::ui {

QColor alarmFill(core::AlarmPriority priority)
{
    switch (priority) {
    case core::AlarmPriority::High: return QColor(0xc6, 0x28, 0x28);
    case core::AlarmPriority::Medium: return QColor(0xf4, 0xb4, 0x00);
    case core::AlarmPriority::Low: return QColor(0x4d, 0xd0, 0xe1);
    }
    return {};
}

QColor alarmText(core::AlarmPriority priority)
{
    return priority == core::AlarmPriority::High ? QColor(Qt::white) : QColor(0x1c, 0x2a, 0x33);
}

QColor alarmRowTint(core::AlarmPriority priority)
{
    switch (priority) {
    case core::AlarmPriority::High: return QColor(0xfb, 0xdf, 0xdc);
    case core::AlarmPriority::Medium: return QColor(0xfd, 0xf1, 0xcc);
    case core::AlarmPriority::Low: return QColor(0xdf, 0xf5, 0xf8);
    }
    return {};
}

QColor alarmFlashFill()
{
    return QColor(0x7f, 0x12, 0x12);
}

QColor silentFill()
{
    return QColor(0xd5, 0xdb, 0xdf);
}

QColor silentText()
{
    return QColor(0x4a, 0x57, 0x60);
}

QString priorityText(core::AlarmPriority priority)
{
    switch (priority) {
    case core::AlarmPriority::High: return QCoreApplication::translate("VitalsUi", "High");
    case core::AlarmPriority::Medium: return QCoreApplication::translate("VitalsUi", "Medium");
    case core::AlarmPriority::Low: return QCoreApplication::translate("VitalsUi", "Low");
    }
    return {};
}

QString linkText(services::DeviceLink link)
{
    switch (link) {
    case services::DeviceLink::Receiving: return QCoreApplication::translate("VitalsUi", "Receiving");
    case services::DeviceLink::Silent: return QCoreApplication::translate("VitalsUi", "Silent");
    case services::DeviceLink::NoDevice: return QCoreApplication::translate("VitalsUi", "No device");
    }
    return {};
}

QString trendArrow(services::Trend trend)
{
    switch (trend) {
    case services::Trend::Rising: return QStringLiteral("↑");
    case services::Trend::Falling: return QStringLiteral("↓");
    case services::Trend::Steady: return QStringLiteral("→");
    }
    return {};
}

QString trendText(services::Trend trend)
{
    switch (trend) {
    case services::Trend::Rising: return QCoreApplication::translate("VitalsUi", "rising");
    case services::Trend::Falling: return QCoreApplication::translate("VitalsUi", "falling");
    case services::Trend::Steady: return QCoreApplication::translate("VitalsUi", "steady");
    }
    return {};
}

QString formatAge(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid() || !now.isValid()) {
        return QStringLiteral("—");
    }
    // A reading stamped slightly ahead of this workstation's clock is "now", not negative.
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    const QLocale locale;
    if (seconds < 60) {
        return QCoreApplication::translate("VitalsUi", "%1 s ago").arg(locale.toString(seconds));
    }
    if (seconds < 3600) {
        return QCoreApplication::translate("VitalsUi", "%1 min ago").arg(locale.toString(seconds / 60));
    }
    if (seconds < 48 * 3600) {
        return QCoreApplication::translate("VitalsUi", "%1 h ago").arg(locale.toString(seconds / 3600));
    }
    return QCoreApplication::translate("VitalsUi", "%1 d ago").arg(locale.toString(seconds / 86400));
}

const services::VitalTile *findTile(const QList<services::VitalTile> &tiles, core::VitalSign sign)
{
    for (const services::VitalTile &tile : tiles) {
        if (tile.sign == sign) {
            return &tile;
        }
    }
    return nullptr;
}

namespace {

QString number(const services::VitalTile &tile)
{
    const core::VitalSign sign = tile.sign;
    const double value = tile.value;
    if (!tile.takenAt.isValid()) {
        return QStringLiteral("—"); // a sensor reported off before it ever measured
    }
    if (sign == core::VitalSign::Consciousness || sign == core::VitalSign::OnOxygen) {
        return core::formatVitalValue(sign, value); // a word, not a number
    }
    return QLocale().toString(value, 'f', core::vitalSignDecimals(sign));
}

} // namespace

QString tileNumber(const QList<services::VitalTile> &tiles, core::VitalSign sign)
{
    if (sign == core::VitalSign::Systolic || sign == core::VitalSign::Diastolic) {
        const services::VitalTile *systolic = findTile(tiles, core::VitalSign::Systolic);
        const services::VitalTile *diastolic = findTile(tiles, core::VitalSign::Diastolic);
        if (!systolic && !diastolic) {
            return QStringLiteral("—");
        }
        return QStringLiteral("%1/%2").arg(systolic ? number(*systolic) : QStringLiteral("—"),
                                           diastolic ? number(*diastolic) : QStringLiteral("—"));
    }
    const services::VitalTile *tile = findTile(tiles, sign);
    return tile ? number(*tile) : QStringLiteral("—");
}

QString formatAlertTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return QStringLiteral("—");
    }
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate()) {
        return QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
    }
    return formatDateTime(utc);
}

void AlarmCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant background = index.data(Qt::BackgroundRole);
    if (!(option.state & QStyle::State_Selected) || !background.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem plain(option);
    plain.state &= ~QStyle::State_Selected;
    QStyledItemDelegate::paint(painter, plain, index);
    painter->save();
    const QColor band = option.palette.color(QPalette::Active, QPalette::Highlight);
    const QRect r = option.rect;
    painter->fillRect(QRect(r.left(), r.top(), r.width(), 3), band);
    painter->fillRect(QRect(r.left(), r.bottom() - 2, r.width(), 3), band);
    painter->restore();
}

std::optional<core::AlarmPriority> worse(std::optional<core::AlarmPriority> a, std::optional<core::AlarmPriority> b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return *a >= *b ? a : b;
}

} // namespace careledger::ui
