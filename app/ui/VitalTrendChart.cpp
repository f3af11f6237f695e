#include "ui/VitalTrendChart.h"

#include "ui/AlertLimitsDialog.h"
#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace careledger::ui {

namespace {

const QColor kLineColours[] = {QColor(0x1f, 0x5f, 0x8b), QColor(0x6a, 0x4c, 0x93)};
const QColor kAbnormal(0xc6, 0x28, 0x28);
const QColor kBand(0x2e, 0x7d, 0x32, 40);
const QColor kBandEdge(0x2e, 0x7d, 0x32, 90);

constexpr int kChartHeight = 230;

QString signCaption(core::VitalSign sign)
{
    const QString unit = core::vitalSignUnitSymbol(sign);
    return unit.isEmpty() ? core::vitalSignDisplayName(sign)
                          : VitalTrendPanel::tr("%1 (%2)", "vital sign name, unit").arg(core::vitalSignDisplayName(sign), unit);
}

} // namespace

struct VitalTrendChart::SignSeries {
    core::VitalSign sign;
    QLineSeries *line = nullptr;
    QScatterSeries *abnormal = nullptr;
    QLineSeries *bandUpper = nullptr;
    QLineSeries *bandLower = nullptr;
    QAreaSeries *band = nullptr;
    NormalBand normal;
};

VitalTrendChart::VitalTrendChart(QList<core::VitalSign> signs, const QString &title, QWidget *parent)
    : QWidget(parent), m_signs(std::move(signs))
{
    setObjectName(QStringLiteral("vitalTrendChart-") + core::vitalSignId(m_signs.value(0)));
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_chart = new QChart;
    m_chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(4, 2, 4, 2));
    m_chart->setBackgroundRoundness(3);
    m_chart->legend()->setVisible(m_signs.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // Animations would redraw 2,000 points per frame for nothing a clinician needs.
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setTickCount(8);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTickCount(5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    // Bands first, so the lines and dots are drawn over them.
    for (const core::VitalSign sign : std::as_const(m_signs)) {
        auto s = std::make_unique<SignSeries>();
        s->sign = sign;
        s->bandUpper = new QLineSeries(m_chart);
        s->bandLower = new QLineSeries(m_chart);
        s->band = new QAreaSeries(s->bandUpper, s->bandLower);
        //: Legend and accessible name of the shaded normal range of a vital sign ("Heart rate: normal range")
        s->band->setName(tr("%1: normal range").arg(core::vitalSignDisplayName(sign)));
        s->band->setBrush(kBand);
        s->band->setPen(QPen(kBandEdge, 1, Qt::DashLine));
        s->band->setVisible(false);
        m_chart->addSeries(s->band);
        s->band->attachAxis(m_timeAxis);
        s->band->attachAxis(m_valueAxis);
        m_series.push_back(std::move(s));
    }
    for (qsizetype i = 0; i < m_signs.size(); ++i) {
        SignSeries &s = *m_series[std::size_t(i)];
        s.line = new QLineSeries(m_chart);
        s.line->setName(core::vitalSignDisplayName(s.sign));
        s.line->setPen(QPen(kLineColours[std::min<qsizetype>(i, 1)], 1.4));
        m_chart->addSeries(s.line);
        s.line->attachAxis(m_timeAxis);
        s.line->attachAxis(m_valueAxis);
        connect(s.line, &QXYSeries::hovered, this,
                [this, sign = s.sign](const QPointF &point, bool state) { showTip(sign, point, state); });
    }
    for (const auto &s : m_series) {
        s->abnormal = new QScatterSeries(m_chart);
        //: Legend of the red dots on a trend chart ("Heart rate: abnormal")
        s->abnormal->setName(tr("%1: abnormal").arg(core::vitalSignDisplayName(s->sign)));
        s->abnormal->setColor(kAbnormal);
        s->abnormal->setBorderColor(kAbnormal);
        s->abnormal->setMarkerSize(6);
        s->abnormal->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        m_chart->addSeries(s->abnormal);
        s->abnormal->attachAxis(m_timeAxis);
        s->abnormal->attachAxis(m_valueAxis);
        connect(s->abnormal, &QXYSeries::hovered, this,
                [this, sign = s->sign](const QPointF &point, bool state) { showTip(sign, point, state); });
    }
    hideSecondaryMarkers();

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("vitalChartView"));
    m_view->setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(kChartHeight);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_view);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("secondaryText"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
}

VitalTrendChart::~VitalTrendChart() = default;

void VitalTrendChart::hideSecondaryMarkers()
{
    // Only the lines in the legend: bands and red dots explain themselves. A series shown
    // again gets its marker back, so this runs after every change of visibility.
    for (const auto &s : m_series) {
        for (QLegendMarker *marker : m_chart->legend()->markers(s->band)) {
            marker->setVisible(false);
        }
        for (QLegendMarker *marker : m_chart->legend()->markers(s->abnormal)) {
            marker->setVisible(false);
        }
    }
}

VitalTrendChart::SignSeries *VitalTrendChart::seriesOf(core::VitalSign sign) const
{
    for (const auto &s : m_series) {
        if (s->sign == sign) {
            return s.get();
        }
    }
    return nullptr;
}

QLineSeries *VitalTrendChart::lineSeries(core::VitalSign sign) const
{
    const SignSeries *s = seriesOf(sign);
    return s ? s->line : nullptr;
}

QScatterSeries *VitalTrendChart::abnormalSeries(core::VitalSign sign) const
{
    const SignSeries *s = seriesOf(sign);
    return s ? s->abnormal : nullptr;
}

QAreaSeries *VitalTrendChart::bandSeries(core::VitalSign sign) const
{
    const SignSeries *s = seriesOf(sign);
    return s && s->band->isVisible() ? s->band : nullptr;
}

int VitalTrendChart::plotWidth() const
{
    const int plot = int(m_chart->plotArea().width());
    if (plot > 50) {
        return plot;
    }
    // Before the first layout: the view less the value axis and margins.
    return std::max(200, (m_view->width() > 100 ? m_view->width() : 1000) - 80);
}

void VitalTrendChart::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    const qint64 days = from.daysTo(to);
    // Hours over a day, weekdays over a week, dates over a month.
    m_timeAxis->setFormat(days <= 1 ? QStringLiteral("HH:mm")
                                    : (days <= 8 ? QStringLiteral("ddd HH:mm") : QStringLiteral("d MMM")));
    m_timeAxis->setTickCount(days <= 1 ? 9 : (days <= 8 ? 8 : 7));
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
}

void VitalTrendChart::setPoints(const QList<ChartPoints> &points)
{
    std::optional<double> lo;
    std::optional<double> hi;
    const auto widen = [&](std::optional<double> value) {
        if (value) {
            lo = lo ? std::min(*lo, *value) : *value;
            hi = hi ? std::max(*hi, *value) : *value;
        }
    };
    const auto pointsOf = [&points](core::VitalSign sign) -> const ChartPoints * {
        const auto found = std::find_if(points.cbegin(), points.cend(),
                                        [sign](const ChartPoints &p) { return p.sign == sign; });
        return found == points.cend() ? nullptr : &*found;
    };
    qsizetype thinned = 0;
    bool any = false;
    for (const auto &s : m_series) {
        const ChartPoints *p = pointsOf(s->sign);
        s->normal = p ? p->band : NormalBand{};
        if (!p) {
            continue;
        }
        widen(p->minValue);
        widen(p->maxValue);
        widen(p->band.low);
        widen(p->band.high);
        any = any || p->readings > 0;
        if (p->abnormalThinned) {
            thinned += p->abnormalTotal;
        }
    }
    if (!lo) {
        lo = 0;
        hi = 100;
    }
    // Old points out, then the axis, then the new points: each range change re-maps every
    // point of every series (and re-strokes each line's hover shape), so doing it on empty
    // series leaves one pass over the new points instead of three.
    for (const auto &s : m_series) {
        s->line->clear();
        s->abnormal->clear();
    }
    const double pad = std::max((*hi - *lo) * 0.08, 1.0);
    m_valueAxis->setRange(std::floor(*lo - pad), std::ceil(*hi + pad));
    m_valueAxis->applyNiceNumbers(); // ticks on round values: 40, 60, 80, not 45, 67, 89
    const double yMin = m_valueAxis->min();
    const double yMax = m_valueAxis->max();
    const bool decimals = std::any_of(m_signs.cbegin(), m_signs.cend(),
                                      [](core::VitalSign s) { return core::vitalSignDecimals(s) > 0; });
    m_valueAxis->setLabelFormat(decimals && yMax - yMin < 20 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    for (const auto &s : m_series) {
        const ChartPoints *p = pointsOf(s->sign);
        // replace() hands the whole list over in one go: one repaint, no per-point signals.
        s->line->replace(p ? p->line : QList<QPointF>());
        s->abnormal->replace(p ? p->abnormal : QList<QPointF>());
    }

    const double x0 = double(m_from.toMSecsSinceEpoch());
    const double x1 = double(m_to.toMSecsSinceEpoch());
    for (const auto &s : m_series) {
        if (s->normal.isEmpty() || !m_from.isValid()) {
            s->band->setVisible(false);
            continue;
        }
        const double low = s->normal.low.value_or(yMin);
        const double high = s->normal.high.value_or(yMax);
        s->bandUpper->replace(QList<QPointF>{{x0, high}, {x1, high}});
        s->bandLower->replace(QList<QPointF>{{x0, low}, {x1, low}});
        s->band->setVisible(true);
    }
    hideSecondaryMarkers();
    if (!any) {
        m_note->setText(tr("No readings in this period."));
        m_note->show();
    } else if (thinned > 0) {
        m_note->setText(tr("%1 abnormal readings: the lowest and highest of each pixel column are marked.")
                            .arg(QLocale().toString(qint64(thinned))));
        m_note->show();
    } else {
        m_note->hide();
    }
}

void VitalTrendChart::showTip(core::VitalSign sign, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(point.x())), Qt::UTC);
    //: Trend chart tooltip: time, then sign name and value with unit
    QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3")
                                           .arg(formatDateTimeWithSeconds(at), core::vitalSignDisplayName(sign),
                                                core::formatVitalValue(sign, point.y())),
                       m_view);
}

// ---- panel ------------------------------------------------------------------------------

namespace {

struct TrendLoad {
    services::ServiceResult<QList<services::VitalSeries>> series;
    services::ServiceResult<core::PatientAlertSettings> settings;
};

struct ChartJob {
    QList<core::VitalSign> signs;
    int width = 1000;
};

qint64 rangeDays(TrendRange range)
{
    switch (range) {
    case TrendRange::Day: return 1;
    case TrendRange::Week: return 7;
    case TrendRange::Month: return 30;
    }
    return 7;
}

} // namespace

VitalTrendPanel::VitalTrendPanel(ServiceRunner *runner, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("vitalTrendPanel"));
    setAccessibleName(tr("Vital sign trends"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    auto *caption = new QLabel(tr("Show the last:"), this);
    top->addWidget(caption);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    const std::pair<TrendRange, QString> ranges[] = {
        {TrendRange::Day, tr("&Day")}, {TrendRange::Week, tr("&Week")}, {TrendRange::Month, tr("&Month")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setAccessibleName(withoutMnemonic(text));
        button->setObjectName(QStringLiteral("trendRange%1").arg(int(range)));
        m_rangeGroup->addButton(button, int(range));
        top->addWidget(button);
    }
    m_rangeGroup->button(int(m_range))->setChecked(true);
    top->addStretch(1);
    m_limitsButton = new QPushButton(tr("Alert &limits…"), this);
    m_limitsButton->setObjectName(QStringLiteral("alertLimitsButton"));
    m_limitsButton->setAccessibleName(tr("Alert limits…"));
    m_limitsButton->setAutoDefault(false);
    m_limitsButton->setEnabled(false);
    m_limitsButton->hide();
    top->addWidget(m_limitsButton);
    auto *reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setObjectName(QStringLiteral("trendReloadButton"));
    reloadButton->setAutoDefault(false);
    top->addWidget(reloadButton);
    layout->addLayout(top);

    m_settings = new QLabel(this);
    m_settings->setObjectName(QStringLiteral("alertSettingsLabel"));
    m_settings->setTextFormat(Qt::PlainText);
    m_settings->setWordWrap(true);
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settings->setAccessibleName(tr("Alert settings"));
    m_settings->hide();
    layout->addWidget(m_settings);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("trendMessage"));
    layout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("trendScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *column = new QWidget(scroll);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(6);
    using V = core::VitalSign;
    const QList<QList<V>> groups{{V::HeartRate}, {V::SpO2}, {V::RespirationRate}, {V::Temperature},
                                 {V::Systolic, V::Diastolic}, {V::Glucose}};
    for (const QList<V> &signs : groups) {
        const QString title = signs.size() == 1
            ? signCaption(signs.first())
            //: Chart title for systolic and diastolic pressure together
            : tr("Blood pressure (%1)").arg(core::vitalSignUnitSymbol(V::Systolic));
        auto *chart = new VitalTrendChart(signs, title, column);
        m_charts << chart;
        columnLayout->addWidget(chart);
    }
    columnLayout->addStretch(1);
    scroll->setWidget(column);
    layout->addWidget(scroll, 1);

    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(TrendRange(id)); });
    connect(reloadButton, &QPushButton::clicked, this, &VitalTrendPanel::reload);
    connect(m_limitsButton, &QPushButton::clicked, this, &VitalTrendPanel::editLimits);
}

VitalTrendPanel::~VitalTrendPanel() = default;

QString VitalTrendPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

VitalTrendChart *VitalTrendPanel::chartFor(core::VitalSign sign) const
{
    for (VitalTrendChart *chart : m_charts) {
        if (chart->signs().contains(sign)) {
            return chart;
        }
    }
    return nullptr;
}

QAbstractButton *VitalTrendPanel::rangeButton(TrendRange range) const
{
    return m_rangeGroup->button(int(range));
}

void VitalTrendPanel::setLimitsEditable(bool editable)
{
    m_limitsButton->setVisible(editable);
}

void VitalTrendPanel::editLimits()
{
    if (!m_runner || m_patient.isEmpty() || !m_current) {
        return;
    }
    auto *dialog = new AlertLimitsDialog(*m_current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const services::PatientId patient = m_patient;
    connect(dialog, &FormDialog::submitted, dialog, [this, dialog, patient] {
        dialog->setBusy(true, tr("Saving the alert limits…"));
        const core::PatientAlertSettings settings = dialog->settings();
        const QString reason = dialog->reason();
        m_runner->run(
            dialog,
            [patient, settings, reason](services::Workstation &ws) {
                return ws.vitals().setAlertSettings(patient, settings, reason);
            },
            [this, dialog](const services::ServiceStatus &status) {
                if (!status.ok()) {
                    // A refusal stays in the dialog with the service's words; nothing typed is lost.
                    dialog->showError(status.message());
                    dialog->revalidate();
                    return;
                }
                dialog->setBusy(false);
                dialog->accept();
                reload();
            });
    });
    dialog->open();
}

void VitalTrendPanel::setPatient(const services::PatientId &patient)
{
    m_patient = patient;
}

void VitalTrendPanel::setRange(TrendRange range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeGroup->button(int(range)); button && !button->isChecked()) {
        button->setChecked(true);
    }
    if (!m_patient.isEmpty()) {
        reload();
    }
}

void VitalTrendPanel::finishJob()
{
    m_pending = std::max(0, m_pending - 1);
    if (m_pending == 0) {
        unsetCursor();
    }
}

void VitalTrendPanel::reload()
{
    if (!m_runner || m_patient.isEmpty()) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_to = nowUtc(m_clock);
    m_from = m_to.addDays(-rangeDays(m_range));
    ++m_pending;
    setCursor(Qt::BusyCursor);
    m_message->showInfo(tr("Loading the readings…"));
    const services::PatientId patient = m_patient;
    const QDateTime from = m_from;
    const QDateTime to = m_to;
    m_runner->run(
        this,
        [patient, from, to](services::Workstation &ws) {
            return TrendLoad{ws.vitals().trend(patient, from, to), ws.vitals().alertSettings(patient)};
        },
        [this, generation](const TrendLoad &load) {
            finishJob();
            if (generation != m_generation) {
                return; // a newer range or patient was asked for meanwhile
            }
            applySettings(load.settings.ok() ? std::optional(load.settings.value()) : std::nullopt);
            if (!load.series.ok()) {
                m_message->showError(tr("The readings cannot be shown: %1").arg(load.series.message()));
                build({}, load.settings.ok() ? load.settings.value() : core::PatientAlertSettings{});
                return;
            }
            m_message->clearMessage();
            build(load.series.value(), load.settings.ok() ? load.settings.value() : core::PatientAlertSettings{});
        });
}

void VitalTrendPanel::showSeries(const QList<services::VitalSeries> &series, const QDateTime &from,
                                 const QDateTime &to, const core::PatientAlertSettings &settings)
{
    ++m_generation;
    m_from = from;
    m_to = to;
    m_message->clearMessage();
    applySettings(settings);
    build(series, settings);
}

void VitalTrendPanel::applySettings(const std::optional<core::PatientAlertSettings> &settings)
{
    m_current = settings;
    m_limitsButton->setEnabled(settings.has_value());
    if (!settings) {
        m_settings->hide();
        return;
    }
    m_settings->setText(alertSettingsSummary(*settings));
    m_settings->show();
}

void VitalTrendPanel::build(const QList<services::VitalSeries> &series, const core::PatientAlertSettings &settings)
{
    const quint64 generation = m_generation;
    QList<ChartJob> jobs;
    for (VitalTrendChart *chart : std::as_const(m_charts)) {
        chart->setRange(m_from, m_to);
        jobs << ChartJob{chart->signs(), chart->plotWidth()};
    }
    const QList<core::ThresholdRule> rules = core::effectiveRules(core::RuleSet::news2(), settings);
    ++m_pending;
    setCursor(Qt::BusyCursor);
    using Built = QList<QList<ChartPoints>>;
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finishJob();
        if (generation != m_generation) {
            return;
        }
        fillCharts(std::make_shared<const Built>(watcher->result()), 0, generation);
    });
    // The series' vectors are implicitly shared: handing them to the pool thread copies no
    // readings.
    watcher->setFuture(QtConcurrent::run([series, rules, jobs] {
        Built built;
        for (const ChartJob &job : jobs) {
            QList<ChartPoints> points;
            for (const core::VitalSign sign : job.signs) {
                for (const services::VitalSeries &s : series) {
                    if (s.sign == sign) {
                        points << buildChartPoints(sign, s.timesMs, s.values, rules, job.width);
                    }
                }
            }
            built << points;
        }
        return built;
    }));
}

// One chart per event-loop turn: a week's fill costs Qt Charts tens of milliseconds a chart,
// and the window stays responsive between them.
void VitalTrendPanel::fillCharts(const std::shared_ptr<const QList<QList<ChartPoints>>> &built, qsizetype index,
                                 quint64 generation)
{
    if (generation != m_generation) {
        return;
    }
    if (index >= built->size() || index >= m_charts.size()) {
        Q_EMIT updated();
        return;
    }
    m_charts.at(index)->setPoints(built->at(index));
    QTimer::singleShot(0, this, [this, built, index, generation] { fillCharts(built, index + 1, generation); });
}

QString alertSettingsSummary(const core::PatientAlertSettings &settings)
{
    QStringList lines;
    lines << VitalTrendPanel::tr("Alert rules: %1, SpO2 scale %2.")
                 .arg(core::ruleProfileDisplayName(core::RuleProfile::News2))
                 .arg(int(settings.spo2Scale));
    for (const core::LimitOverride &limit : settings.limits) {
        const QString name = core::vitalSignDisplayName(limit.sign);
        const QString priority = core::alarmPriorityDisplayName(limit.priority);
        if (limit.low && limit.high) {
            //: Per-patient limit: sign, low limit, high limit, priority ("Heart rate: below 45 /min or above 120 /min (High)")
            lines << VitalTrendPanel::tr("%1: below %2 or above %3 (%4)")
                         .arg(name, core::formatVitalValue(limit.sign, *limit.low),
                              core::formatVitalValue(limit.sign, *limit.high), priority);
        } else if (limit.low) {
            lines << VitalTrendPanel::tr("%1: below %2 (%3)")
                         .arg(name, core::formatVitalValue(limit.sign, *limit.low), priority);
        } else if (limit.high) {
            lines << VitalTrendPanel::tr("%1: above %2 (%3)")
                         .arg(name, core::formatVitalValue(limit.sign, *limit.high), priority);
        }
    }
    if (settings.limits.isEmpty()) {
        lines << VitalTrendPanel::tr("No per-patient limits: the profile's limits apply to every sign.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace careledger::ui
