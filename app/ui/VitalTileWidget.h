#pragma once

#include "services/VitalsService.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace careledger::ui {

// One sign of one patient at a glance: name, big value, unit, trend arrow and age, on the
// IEC 60601-1-8 colour of its flag (high red and flashing, medium yellow, low cyan), grey
// when nothing is being measured (sensor off, device silent).
class VitalTileWidget : public QFrame {
    Q_OBJECT
public:
    enum class Look { Normal, Low, Medium, High, Silent, NoReading };
    static constexpr int kFlashIntervalMs = 250; // 2 Hz, inside IEC 60601-1-8's 1.4-2.8 Hz for high
    static constexpr int kMediumFlashIntervalMs = 800; // 0.625 Hz, inside its 0.4-0.8 Hz for medium

    explicit VitalTileWidget(core::VitalSign sign, QWidget *parent = nullptr);

    // `tiles` of one patient (blood pressure reads both systolic and diastolic); `silent`
    // when the device has stopped sending.
    void setTiles(const QList<services::VitalTile> &tiles, bool silent, const QDateTime &nowUtc);
    void updateAge(const QDateTime &nowUtc);

    core::VitalSign sign() const { return m_sign; }
    Look look() const { return m_look; }
    bool isFlashing() const;
    QString valueText() const;
    QString ageText() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyLook();
    QString signName() const;

    core::VitalSign m_sign;
    Look m_look = Look::NoReading;
    bool m_flashDark = false;
    QDateTime m_takenAt;
    QString m_stateText;
    QLabel *m_name = nullptr;
    QLabel *m_trend = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_age = nullptr;
    QTimer *m_flash = nullptr;
};

} // namespace careledger::ui
