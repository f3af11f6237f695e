#pragma once

#include "services/ServiceTypes.h"
#include "services/VitalsService.h"
#include "ui/VitalChartData.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QAreaSeries;
class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QValueAxis;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;

// One chart of one or two vital signs over time (systolic and diastolic share one): the
// line, the normal band shaded, abnormal readings as red dots, a tooltip with time and value
// on hover. It draws points prepared by buildChartPoints; it never downsamples by itself.
class VitalTrendChart : public QWidget {
    Q_OBJECT
public:
    VitalTrendChart(QList<core::VitalSign> signs, const QString &title, QWidget *parent = nullptr);
    ~VitalTrendChart() override;

    const QList<core::VitalSign> &signs() const { return m_signs; }
    // Width in pixels the line should be downsampled for: the plot area, or an estimate
    // before the first layout.
    int plotWidth() const;
    void setRange(const QDateTime &from, const QDateTime &to);
    // One entry per sign of this chart (missing signs are drawn empty).
    void setPoints(const QList<ChartPoints> &points);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QLineSeries *lineSeries(core::VitalSign sign) const;
    QScatterSeries *abnormalSeries(core::VitalSign sign) const;
    QAreaSeries *bandSeries(core::VitalSign sign) const; // null while the sign has no band
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QLabel *noteLabel() const { return m_note; }

private:
    struct SignSeries;
    SignSeries *seriesOf(core::VitalSign sign) const;
    void hideSecondaryMarkers();
    void showTip(core::VitalSign sign, const QPointF &point, bool state);

    QList<core::VitalSign> m_signs;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLabel *m_note = nullptr;
    std::vector<std::unique_ptr<SignSeries>> m_series;
    QDateTime m_from;
    QDateTime m_to;
};

enum class TrendRange { Day, Week, Month };

// A patient's vital-sign trends: range buttons (day, week, month ending now), the alert
// settings in force, and a column of charts (heart rate, SpO2, respiration, temperature,
// blood pressure, glucose). Readings come from VitalsService::trend() on the service
// thread; downsampling runs on a pool thread; the charts are filled on the GUI thread.
class VitalTrendPanel : public QWidget {
    Q_OBJECT
public:
    VitalTrendPanel(ServiceRunner *runner, services::Clock clock, QWidget *parent = nullptr);
    ~VitalTrendPanel() override;

    void setPatient(const services::PatientId &patient);
    TrendRange range() const { return m_range; }
    void setRange(TrendRange range); // reloads when a patient is set
    bool isBusy() const { return m_pending > 0; }
    QString messageText() const;
    QLabel *settingsLabel() const { return m_settings; }
    const QList<VitalTrendChart *> &charts() const { return m_charts; }
    VitalTrendChart *chartFor(core::VitalSign sign) const;
    QAbstractButton *rangeButton(TrendRange range) const;
    // "Alert limits…": shown only to those who may change the patient's alert settings.
    void setLimitsEditable(bool editable);
    QPushButton *limitsButton() const { return m_limitsButton; }
    // The window the charts show now.
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }

    // Draws the given readings for [from, to) without the service: the benchmark, and
    // tests of the drawing. The rules are the NEWS2 profile's with `settings` applied.
    void showSeries(const QList<services::VitalSeries> &series, const QDateTime &from, const QDateTime &to,
                    const core::PatientAlertSettings &settings = {});

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void updated(); // the charts show the latest load

private:
    void applySettings(const std::optional<core::PatientAlertSettings> &settings);
    void build(const QList<services::VitalSeries> &series, const core::PatientAlertSettings &settings);
    void finishJob();
    void editLimits();

    ServiceRunner *m_runner = nullptr;
    services::Clock m_clock;
    services::PatientId m_patient;
    TrendRange m_range = TrendRange::Week;
    QDateTime m_from;
    QDateTime m_to;
    void fillCharts(const std::shared_ptr<const QList<QList<ChartPoints>>> &built, qsizetype index, quint64 generation);
    int m_pending = 0;
    quint64 m_generation = 0;
    QButtonGroup *m_rangeGroup = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_settings = nullptr;
    QPushButton *m_limitsButton = nullptr;
    std::optional<core::PatientAlertSettings> m_current; // as last loaded; the dialog starts from it
    QList<VitalTrendChart *> m_charts;
};

// "Heart rate: below 45 or above 120 /min (high)" lines and the SpO2 scale, for the
// Vitals tab. Translated ("VitalTrendPanel").
QString alertSettingsSummary(const core::PatientAlertSettings &settings);

} // namespace careledger::ui
