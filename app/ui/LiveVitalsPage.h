#pragma once

#include "services/VitalsService.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QGridLayout;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;
class VitalTileWidget;
class WardTableModel;

// The Live vitals section: every monitored patient the reader may see, most urgent first,
// and the live tiles of the one selected. Refreshed from VitalsService::ward() at most once
// a second while shown, when readings or alerts change (and every few seconds regardless,
// so a device that falls silent is seen to).
class LiveVitalsPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 1000;
    static constexpr int kIdleRefreshMs = 5000;

    LiveVitalsPage(ServiceRunner &runner, services::Clock clock, QWidget *parent = nullptr);

    WardTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isBusy() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QString messageText() const;

    QString mrnOf(const services::PatientId &patient) const; // of a monitored patient; empty if unknown
    std::optional<services::PatientId> selectedPatient() const;
    void selectPatient(const services::PatientId &id);
    VitalTileWidget *tile(core::VitalSign sign) const; // blood pressure: Systolic
    QLabel *news2Label() const { return m_news2; }
    QLabel *deviceLabel() const { return m_device; }
    QLabel *panelTitle() const { return m_panelTitle; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makePanel();
    void changed();
    void tick();
    void showSelected();
    void layoutTiles(const services::MonitoredPatient *patient);

    ServiceRunner &m_runner;
    services::Clock m_clock;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    WardTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_panelStack = nullptr;
    QLabel *m_panelTitle = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_news2 = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QList<VitalTileWidget *> m_tiles;
    QTimer *m_ticker = nullptr;   // ages, and the idle refresh, while shown
    QTimer *m_coalesce = nullptr; // signals within a second are one refresh
    QElapsedTimer m_sinceFetch;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace careledger::ui
