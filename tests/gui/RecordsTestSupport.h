#pragma once

// Shared by the clinical-records widget tests: a throw-away clinic with staff whose
// passwords are already their own, patients registered through the services, and the steps
// a person takes in the GUI to reach a patient's chart.

#include "GuiTestSupport.h"

#include "services/ConsentService.h"
#include "services/PatientService.h"
#include "ui/MainWindow.h"
#include "ui/PatientChartPage.h"
#include "ui/PatientTableModel.h"
#include "ui/PatientsPage.h"
#include "ui/RecordFormDialog.h"

#include <QAbstractItemView>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

namespace careledger::gui_testing {

inline const QString kDoctorPassword = QStringLiteral("claire's own phrase");
inline const QString kNursePassword = QStringLiteral("piotr's own phrase");

inline core::Demographics person(const QString &given, const QString &family, QDate birth,
                                 core::Sex sex = core::Sex::Unknown)
{
    core::Demographics d;
    d.givenName = given;
    d.familyName = family;
    d.birthDate = birth;
    d.sex = sex;
    return d;
}

class RecordsClinic {
public:
    // Creates the clinic with an administrator, a doctor (cmartin) and a nurse (pkowalski).
    bool create()
    {
        if (!m_dir.isValid()) {
            return false;
        }
        m_dataDir = m_dir.filePath(QStringLiteral("clinic"));
        services::WorkstationOptions o = options(m_clock);
        o.sealInterval = std::chrono::milliseconds(0);
        if (!services::Workstation::initialize(m_dataDir, QStringLiteral("admin"), QStringLiteral("Amira Haddad"),
                                               kAdminPassword, o)
                 .ok()) {
            return false;
        }
        m_workstation = std::make_unique<services::Workstation>(m_dataDir, o);
        if (!m_workstation->login(QStringLiteral("admin"), kAdminPassword).ok()) {
            return false;
        }
        const auto doctor = m_workstation->staff().create(QStringLiteral("cmartin"), QStringLiteral("Dr. Claire Martin"),
                                                          services::Role::Doctor, kTemporaryPassword);
        const auto nurse = m_workstation->staff().create(QStringLiteral("pkowalski"), QStringLiteral("Piotr Kowalski"),
                                                         services::Role::Nurse, kTemporaryPassword);
        m_workstation->logout();
        if (!doctor.ok() || !nurse.ok()) {
            return false;
        }
        return ownPassword(QStringLiteral("cmartin"), kDoctorPassword) && ownPassword(QStringLiteral("pkowalski"), kNursePassword);
    }

    // Registers patients through the services as the administrator (before the GUI starts).
    std::optional<services::PatientSummary> registerPatient(const core::Demographics &d, bool visibleToClinic = true)
    {
        runnerIdle();
        const bool wasLoggedIn = m_workstation->isLoggedIn();
        if (!wasLoggedIn && !m_workstation->login(QStringLiteral("admin"), kAdminPassword).ok()) {
            return std::nullopt;
        }
        std::optional<services::PatientSummary> out;
        if (m_workstation->consent().setRegisteringClinicDefault(visibleToClinic).ok()) {
            if (auto registered = m_workstation->patients().registerPatient(d, true); registered.ok()) {
                out = registered.value();
            }
            (void)m_workstation->consent().setRegisteringClinicDefault(true);
        }
        if (!wasLoggedIn) {
            m_workstation->logout();
        }
        return out;
    }

    void startGui()
    {
        m_session = std::make_unique<ui::SessionController>(*m_workstation, m_clock.clock());
        m_session->start();
    }

    void stopGui() { m_session.reset(); }

    ui::MainWindow *signIn(const QString &username, const QString &password)
    {
        if (m_session->mainWindow()) {
            m_session->signOut();
        }
        typeLogin(m_session->loginWindow(), username, password);
        (void)QTest::qWaitFor([this] { return m_session->mainWindow() != nullptr; }, 15000);
        return m_session->mainWindow();
    }

    // The Patients section of the signed-in user, after its first search has come back.
    ui::PatientsPage *patientsPage()
    {
        ui::MainWindow *main = m_session->mainWindow();
        if (!main) {
            return nullptr;
        }
        main->showSection(ui::Section::Patients);
        ui::PatientsPage *page = main->patientsPage();
        if (page && page->isShowingChart()) {
            page->backToList();
        }
        (void)QTest::qWaitFor([page] { return page && !page->isBusy() && page->hasSearched(); }, 15000);
        return page;
    }

    // Types `query` into the search field and waits for the debounced search to come back.
    static bool searchFor(ui::PatientsPage *page, const QString &query)
    {
        bool done = false;
        const auto connection = QObject::connect(page, &ui::PatientsPage::searched, page, [&] { done = true; });
        typeInto(page->searchEdit(), query);
        const bool ok = QTest::qWaitFor([&] { return done && !page->isBusy() && page->lastQuery() == query; }, 15000);
        QObject::disconnect(connection);
        return ok;
    }

    static int proxyRowOfMrn(ui::PatientsPage *page, const QString &mrn)
    {
        const QAbstractItemModel *model = page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::PatientTableModel::Mrn).data().toString() == mrn) {
                return row;
            }
        }
        return -1;
    }

    // Finds the patient by `query`, selects its row and opens the chart with Enter.
    static ui::PatientChartPage *openChart(ui::PatientsPage *page, const QString &query, const QString &mrn)
    {
        if (!searchFor(page, query)) {
            return nullptr;
        }
        const int row = proxyRowOfMrn(page, mrn);
        if (row < 0) {
            return nullptr;
        }
        page->view()->setFocus();
        page->view()->selectRow(row);
        QTest::keyClick(page->view(), Qt::Key_Return);
        ui::PatientChartPage *chart = nullptr;
        (void)QTest::qWaitFor([&] {
            chart = page->chartPage();
            return chart && page->isShowingChart() && chart->isLoaded() && !chart->isBusy();
        }, 15000);
        return chart;
    }

    template <typename Dialog>
    static Dialog *waitForDialog(QWidget *parent)
    {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            const auto all = parent->findChildren<Dialog *>();
            for (Dialog *d : all) {
                if (d->isVisible()) {
                    dialog = d;
                }
            }
            return dialog != nullptr;
        }, 5000);
        return dialog;
    }

    void runnerIdle()
    {
        if (m_session) {
            m_session->runner().waitForIdle();
        }
    }

    services::Workstation &workstation() { return *m_workstation; }
    ui::SessionController &session() { return *m_session; }
    ManualClock &clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }

private:
    bool ownPassword(const QString &username, const QString &password)
    {
        if (!m_workstation->login(username, kTemporaryPassword).ok()) {
            return false;
        }
        const bool changed = m_workstation->changeOwnPassword(kTemporaryPassword, password).ok();
        m_workstation->logout();
        return changed;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    ManualClock m_clock;
    std::unique_ptr<services::Workstation> m_workstation;
    std::unique_ptr<ui::SessionController> m_session;
};

// What a screen reader announces for each control a keyboard user can reach with Tab.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && (w->focusPolicy() & Qt::TabFocus) && w->accessibleName().isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
    }
    return unnamed;
}

} // namespace careledger::gui_testing
