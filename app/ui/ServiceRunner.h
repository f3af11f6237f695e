#pragma once

#include "services/Workstation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <climits>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>
#include <vector>

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

    using ProgressFn = std::function<void(quint64 done, quint64 total)>;
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    // A long job (ledger verification) on a second worker thread of its own, so that the
    // ordinary service calls above are not stuck behind it for its whole duration. Only for
    // service calls documented as safe beside the others (they open their own connection).
    // work(Workstation &, const ProgressFn &, const std::atomic<bool> *cancel) runs on that
    // thread; progress(done, total) and done(result) run on the GUI thread, through queued
    // signals, and only while `context` is alive. Setting the returned flag asks the job to
    // stop; cancelLongJobs() sets the flag of every long job still running.
    template <typename Work, typename Progress, typename Done>
    CancelFlag runLong(QObject *context, Work work, Progress progress, Done done)
    {
        using R = std::invoke_result_t<Work &, services::Workstation &, const ProgressFn &, const std::atomic<bool> *>;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        auto *watcher = new QFutureWatcher<R>(context);
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context,
                         [watcher, progress = std::move(progress)](int value) mutable {
                             progress(quint64(qMax(0, value)), quint64(qMax(0, watcher->progressMaximum())));
                         });
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             done(watcher->result());
                         });
        beginJob();
        registerLongJob(cancel);
        watcher->setFuture(QtConcurrent::run(&m_longPool, [this, cancel, work = std::move(work)](QPromise<R> &promise) mutable {
            const JobGuard guard(*this);
            // QFutureInterface throttles progress signals to a few dozen a second and always
            // delivers the last one, so a fast job cannot flood the GUI thread.
            const ProgressFn report = [&promise](quint64 reached, quint64 total) {
                const int maximum = int(qMin<quint64>(total, INT_MAX));
                if (promise.future().progressMaximum() != maximum) {
                    promise.setProgressRange(0, maximum);
                }
                promise.setProgressValue(int(qMin<quint64>(reached, quint64(maximum))));
            };
            promise.addResult(work(m_workstation, report, cancel.get()));
        }));
        return cancel;
    }

    // Asks every running long job to stop (sign-out); waitForIdle() then waits for them.
    void cancelLongJobs();

    // Blocks until every submitted job has run, long jobs included: used before logout, so
    // that no job touches a session that is being closed.
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
    void registerLongJob(const CancelFlag &cancel);

    services::Workstation &m_workstation;
    QString m_dataDir;
    QThreadPool m_pool;
    QThreadPool m_longPool;
    mutable std::mutex m_mutex;
    std::vector<std::weak_ptr<std::atomic<bool>>> m_longJobs;
    std::condition_variable m_idle;
    int m_jobs = 0;
};

} // namespace careledger::ui
