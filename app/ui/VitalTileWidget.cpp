#include "ui/VitalTileWidget.h"

#include "ui/VitalsUi.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

VitalTileWidget::VitalTileWidget(core::VitalSign sign, QWidget *parent) : QFrame(parent), m_sign(sign)
{
    setObjectName(QStringLiteral("vitalTile-%1").arg(core::vitalSignId(sign)));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);

    auto *top = new QHBoxLayout;
    m_name = new QLabel(signName(), this);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_trend = new QLabel(this);
    m_trend->setObjectName(QStringLiteral("tileTrend"));
    QFont arrow = m_trend->font();
    arrow.setPointSizeF(arrow.pointSizeF() * 1.4);
    arrow.setBold(true);
    m_trend->setFont(arrow);
    top->addWidget(m_name, 1);
    top->addWidget(m_trend);
    layout->addLayout(top);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(6);
    m_value = new QLabel(QStringLiteral("—"), this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_value->setFont(big);
    m_unit = new QLabel(core::vitalSignUnitSymbol(sign), this);
    m_unit->setObjectName(QStringLiteral("tileUnit"));
    middle->addWidget(m_value);
    middle->addWidget(m_unit, 0, Qt::AlignBottom);
    middle->addStretch(1);
    layout->addLayout(middle);

    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("tileAge"));
    layout->addWidget(m_age);

    for (QLabel *label : {m_name, m_trend, m_value, m_unit, m_age}) {
        label->setTextFormat(Qt::PlainText);
        label->setAutoFillBackground(false);
    }

    m_flash = new QTimer(this);
    m_flash->setInterval(kFlashIntervalMs);
    connect(m_flash, &QTimer::timeout, this, [this] {
        m_flashDark = !m_flashDark;
        update();
    });
    applyLook();
}

QString VitalTileWidget::signName() const
{
    if (m_sign == core::VitalSign::Systolic || m_sign == core::VitalSign::Diastolic) {
        return tr("Blood pressure");
    }
    return core::vitalSignDisplayName(m_sign);
}

QSize VitalTileWidget::sizeHint() const
{
    const QSize hint = QFrame::sizeHint();
    return {qMax(hint.width(), 190), hint.height()};
}

bool VitalTileWidget::isFlashing() const
{
    return m_flash->isActive();
}

QString VitalTileWidget::valueText() const
{
    return m_value->text();
}

QString VitalTileWidget::ageText() const
{
    return m_age->text();
}

void VitalTileWidget::setTiles(const QList<services::VitalTile> &tiles, bool silent, const QDateTime &nowUtc)
{
    const bool pressure = m_sign == core::VitalSign::Systolic;
    const services::VitalTile *tile = findTile(tiles, m_sign);
    const services::VitalTile *second = pressure ? findTile(tiles, core::VitalSign::Diastolic) : nullptr;
    if (!tile && second) {
        tile = second;
        second = nullptr;
    }
    m_value->setText(tileNumber(tiles, m_sign));
    if (!tile) {
        m_look = Look::NoReading;
        m_takenAt = {};
        m_trend->clear();
        m_trend->setAccessibleName(QString());
        m_stateText = tr("No reading");
    } else {
        const std::optional<core::AlarmPriority> flag = worse(tile->flag, second ? second->flag : std::nullopt);
        const bool sensorOff = tile->sensorOff || (second && second->sensorOff);
        m_takenAt = second && second->takenAt > tile->takenAt ? second->takenAt : tile->takenAt;
        m_trend->setText(trendArrow(tile->trend));
        m_trend->setToolTip(trendText(tile->trend));
        // A flag stays in colour on a silent device: the alarm is still what it was, and a
        // grey tile must not look like a reassuring one.
        if (flag) {
            m_look = *flag == core::AlarmPriority::High ? Look::High
                : *flag == core::AlarmPriority::Medium  ? Look::Medium
                                                        : Look::Low;
            m_stateText = tr("%1 priority").arg(priorityText(*flag));
        } else if (sensorOff || silent) {
            m_look = Look::Silent;
        } else {
            m_look = Look::Normal;
        }
        if (sensorOff) {
            m_stateText = m_stateText.isEmpty() ? tr("Sensor off") : tr("%1, sensor off").arg(m_stateText);
        } else if (silent) {
            m_stateText = m_stateText.isEmpty() ? tr("Device silent") : tr("%1, device silent").arg(m_stateText);
        }
        if (!flag && !sensorOff && !silent) {
            m_stateText.clear();
        }
    }
    updateAge(nowUtc);
    applyLook();
}

void VitalTileWidget::updateAge(const QDateTime &nowUtc)
{
    QString text = m_takenAt.isValid() ? formatAge(m_takenAt, nowUtc) : QString();
    if (!m_stateText.isEmpty()) {
        text = text.isEmpty() ? m_stateText : tr("%1 · %2").arg(text, m_stateText);
    }
    m_age->setText(text);
    const QString unit = core::vitalSignUnitSymbol(m_sign == core::VitalSign::Diastolic ? core::VitalSign::Systolic : m_sign);
    setAccessibleName(tr("%1: %2 %3").arg(signName(), m_value->text(), unit).trimmed());
    setAccessibleDescription(QStringList{m_trend->toolTip(), text}.join(QStringLiteral(", ")));
}

void VitalTileWidget::applyLook()
{
    // IEC 60601-1-8: high flashes fast, medium slowly, low stays steady.
    if (m_look == Look::High || m_look == Look::Medium) {
        const int interval = m_look == Look::High ? kFlashIntervalMs : kMediumFlashIntervalMs;
        if (!m_flash->isActive() || m_flash->interval() != interval) {
            m_flashDark = false;
            m_flash->start(interval);
        }
    } else {
        m_flash->stop();
        m_flashDark = false;
    }
    QColor text;
    switch (m_look) {
    case Look::High: text = alarmText(core::AlarmPriority::High); break;
    case Look::Medium: text = alarmText(core::AlarmPriority::Medium); break;
    case Look::Low: text = alarmText(core::AlarmPriority::Low); break;
    case Look::Silent:
    case Look::NoReading: text = silentText(); break;
    case Look::Normal: text = palette().color(QPalette::Text); break;
    }
    for (QLabel *label : {m_name, m_trend, m_value, m_unit, m_age}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, text);
        label->setPalette(p);
    }
    update();
}

void VitalTileWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_name->setText(signName());
    }
}

void VitalTileWidget::paintEvent(QPaintEvent *)
{
    QColor fill;
    QColor border(0xc9, 0xd3, 0xd9);
    switch (m_look) {
    case Look::High: fill = m_flashDark ? alarmFlashFill() : alarmFill(core::AlarmPriority::High); border = fill; break;
    case Look::Medium:
        fill = m_flashDark ? alarmFill(core::AlarmPriority::Medium).lighter(125) : alarmFill(core::AlarmPriority::Medium);
        border = alarmFill(core::AlarmPriority::Medium);
        break;
    case Look::Low: fill = alarmFill(core::AlarmPriority::Low); border = fill; break;
    case Look::Silent: fill = silentFill(); break;
    case Look::NoReading: fill = QColor(0xee, 0xf1, 0xf3); break;
    case Look::Normal: fill = palette().color(QPalette::Base); break;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace careledger::ui
