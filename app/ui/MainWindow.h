#pragma once

#include "services/ServiceTypes.h"
#include "ui/Sections.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace careledger::ui {

class ServiceRunner;
class LedgerPage;
class StaffAdminPage;

// The signed-in workstation: a navigation list with the sections of the user's role and
// one page per section. Destroyed on sign-out, so no view outlives its session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ServiceRunner &runner, services::StaffAccount user, QWidget *parent = nullptr);

    const services::StaffAccount &user() const { return m_user; }
    QString roleText() const;
    QList<Section> sections() const { return m_sections; }
    QStringList sectionTitles() const;
    void showSection(Section section);
    Section currentSection() const;
    StaffAdminPage *staffAdminPage() const { return m_staffPage; }
    LedgerPage *ledgerPage() const { return m_ledgerPage; }
    QListWidget *navigation() const { return m_navigation; }

public Q_SLOTS:
    void changePassword();

Q_SIGNALS:
    void signOutRequested();
    void quitRequested();

private:
    QWidget *makeHeader();
    void makeMenus();
    QWidget *makePage(Section section);

    ServiceRunner &m_runner;
    services::StaffAccount m_user;
    QList<Section> m_sections;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    StaffAdminPage *m_staffPage = nullptr;
    LedgerPage *m_ledgerPage = nullptr;
};

} // namespace careledger::ui
