#pragma once

#include "services/Workstation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <condition_variable>
#include <mutex>
#include <type_traits>
#include <utility>

namespace careledger::ui {

// Runs service calls off the GUI thread. One worker thread, kept alive, so the Workstation
// (and the store connection inside it) is only ever used by one thread at a time and the
// GUI thread never waits on scrypt or the store.
class ServiceRunner : public QObject {
    Q_OBJECT
public:
    explicit ServiceRunner(services::Workstation &workstation, QObject *parent = nullptr);
    ~ServiceRunner() override;
    Q_DISABLE_COPY_MOVE(ServiceRunner)

    // Only for calls made while the runner is idle (see waitForIdle).
    services::Workstation &workstation() { return m_workstation; }
    QString dataDir() const { return m_dataDir; }

    // work(Workstation &) runs on the worker thread; done(result) runs on the GUI thread,
    // and only while `context` is alive.
    template <typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &, services::Workstation &>;
        auto *watcher = new QFutureWatcher<R>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             done(watcher->result());
                         });
        beginJob();
        watcher->setFuture(QtConcurrent::run(&m_pool, [this, work = std::move(work)]() mutable {
            const JobGuard guard(*this);
            return work(m_workstation);
        }));
    }

    // Blocks until every submitted job has run: used before logout, so that no job touches
    // a session that is being closed.
    void waitForIdle();
    bool isIdle() const;

private:
    struct JobGuard {
        explicit JobGuard(ServiceRunner &runner) : m_runner(runner) {}
        ~JobGuard() { m_runner.endJob(); }
        Q_DISABLE_COPY_MOVE(JobGuard)
        ServiceRunner &m_runner;
    };
    void beginJob();
    void endJob();

    services::Workstation &m_workstation;
    QString m_dataDir;
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_jobs = 0;
};

} // namespace careledger::ui
