#include "ui/ServiceRunner.h"

namespace careledger::ui {

ServiceRunner::ServiceRunner(services::Workstation &workstation, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_dataDir(workstation.dataDir())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_longPool.setMaxThreadCount(1);
}

ServiceRunner::~ServiceRunner()
{
    cancelLongJobs();
    waitForIdle();
    m_pool.waitForDone();
    m_longPool.waitForDone();
}

void ServiceRunner::registerLongJob(const CancelFlag &cancel)
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_longJobs, [](const std::weak_ptr<std::atomic<bool>> &job) { return job.expired(); });
    m_longJobs.push_back(cancel);
}

void ServiceRunner::cancelLongJobs()
{
    const std::lock_guard lock(m_mutex);
    for (const auto &job : m_longJobs) {
        if (const CancelFlag flag = job.lock()) {
            flag->store(true);
        }
    }
}

void ServiceRunner::beginJob()
{
    const std::lock_guard lock(m_mutex);
    ++m_jobs;
}

void ServiceRunner::endJob()
{
    {
        const std::lock_guard lock(m_mutex);
        --m_jobs;
    }
    m_idle.notify_all();
}

void ServiceRunner::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs == 0; });
}

bool ServiceRunner::isIdle() const
{
    const std::lock_guard lock(m_mutex);
    return m_jobs == 0;
}

} // namespace careledger::ui
