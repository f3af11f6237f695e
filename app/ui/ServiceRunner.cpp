#include "ui/ServiceRunner.h"

namespace careledger::ui {

ServiceRunner::ServiceRunner(services::Workstation &workstation, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_dataDir(workstation.dataDir())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

ServiceRunner::~ServiceRunner()
{
    waitForIdle();
    m_pool.waitForDone();
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
