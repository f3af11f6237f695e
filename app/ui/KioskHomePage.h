#pragma once

#include "services/KioskService.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace careledger::ui {

class GrantTableModel;
class MessageLabel;
class PinKeypad;
class PrescriptionTableModel;
class ServiceRunner;

// What a signed-in patient sees at the kiosk: their prescriptions (with a preview to save
// as PDF or print), a plain weekly summary of their vital signs, who may see their record
// (grant and revoke) and their PIN. clear() leaves nothing of the patient in any widget.
class KioskHomePage : public QWidget {
    Q_OBJECT
public:
    enum Section { PrescriptionsSection, VitalsSection, AccessSection, PinSection };

    KioskHomePage(ServiceRunner &runner, services::Clock clock, QWidget *parent = nullptr);

    // Shows the patient's screens and loads their prescriptions.
    void open(const services::PatientSession &session);
    // Drops everything about the patient: models reset, fields cleared, preview dropped.
    void clear();
    bool isBusy() const { return m_busy > 0; }
    const std::optional<services::PatientSession> &session() const { return m_session; }

    void showSection(Section section);
    Section currentSection() const;
    PrescriptionTableModel *currentModel() const { return m_currentModel; }
    PrescriptionTableModel *pastModel() const { return m_pastModel; }
    QTableView *currentView() const { return m_currentView; }
    QTableView *pastView() const { return m_pastView; }
    QStandardItemModel *vitalsModel() const { return m_vitalsModel; }
    GrantTableModel *grantModel() const { return m_grantModel; }
    QTableView *grantView() const { return m_grantView; }
    QLabel *previewLabel() const { return m_preview; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *signOutButton() const { return m_signOut; }
    const std::optional<services::PrescriptionDocument> &document() const { return m_document; }
    QString prescriptionMessage() const;
    QString pinMessage() const;

    // Where "Save as PDF" writes: a folder set by the workstation's settings, else the first
    // removable drive found. Empty: saving is not possible now.
    void setSaveDirectory(const QString &dir) { m_saveDirectory = dir; }
    QString saveDirectory() const;

public Q_SLOTS:
    void selectPrescription(const QByteArray &recordId);
    void savePdf();
    void print();
    void loadVitals();
    void loadAccess();
    void changePin(const QString &current, const QString &next, const QString &repeat);

Q_SIGNALS:
    void signOutRequested();
    // The service ended the patient session (a wrong current PIN locked the record).
    void sessionEnded(const QString &message);
    void prescriptionsLoaded();
    void documentLoaded();
    void vitalsLoaded();
    void accessLoaded();
    void pdfSaved(const QString &path);
    void pinChanged();

private:
    QWidget *makeHeader();
    QWidget *makePrescriptionsSection();
    QWidget *makeVitalsSection();
    QWidget *makeAccessSection();
    QWidget *makePinSection();
    QAbstractButton *makeNavButton(const QString &text, const QString &name, Section section);
    void loadPrescriptions();
    void onPrescriptionSelected(QTableView *view, PrescriptionTableModel *model);
    void showGrantForm(bool toClinic);
    void submitGrant();
    void showRevokeForm();
    void submitRevoke();
    void setBusy(bool busy);

    ServiceRunner &m_runner;
    services::Clock m_clock;
    std::optional<services::PatientSession> m_session;
    std::optional<services::PrescriptionDocument> m_document;
    QString m_saveDirectory;
    int m_busy = 0;
    bool m_pinBusy = false;    // a PIN change is on its way
    bool m_accessBusy = false; // a grant or revocation is on its way
    quint64 m_generation = 0; // bumped by clear(): answers for an earlier patient are dropped
    bool m_vitalsLoaded = false;
    bool m_accessLoaded = false;

    QLabel *m_greeting = nullptr;
    QLabel *m_recordNumber = nullptr;
    QPushButton *m_signOut = nullptr;
    QButtonGroup *m_nav = nullptr;
    QStackedWidget *m_sections = nullptr;

    PrescriptionTableModel *m_currentModel = nullptr;
    PrescriptionTableModel *m_pastModel = nullptr;
    QTableView *m_currentView = nullptr;
    QTableView *m_pastView = nullptr;
    QLabel *m_noPrescriptions = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_previewHint = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    MessageLabel *m_prescriptionMessage = nullptr;

    QStandardItemModel *m_vitalsModel = nullptr;
    QTableView *m_vitalsView = nullptr;
    QLabel *m_vitalsNote = nullptr;
    MessageLabel *m_vitalsMessage = nullptr;

    GrantTableModel *m_grantModel = nullptr;
    QTableView *m_grantView = nullptr;
    QStandardItemModel *m_emergencyModel = nullptr;
    QTableView *m_emergencyView = nullptr;
    QStackedWidget *m_accessStack = nullptr;
    MessageLabel *m_accessMessage = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QLabel *m_grantFormTitle = nullptr;
    QComboBox *m_grantee = nullptr;
    QComboBox *m_grantLength = nullptr;
    bool m_grantToClinic = false;
    QLabel *m_revokeFormTitle = nullptr;
    QComboBox *m_revokeReason = nullptr;
    qint64 m_revokeGrantId = 0;

    QLineEdit *m_currentPin = nullptr;
    QLineEdit *m_newPin = nullptr;
    QLineEdit *m_repeatPin = nullptr;
    PinKeypad *m_pinKeypad = nullptr;
    MessageLabel *m_pinMessage = nullptr;
    QPushButton *m_savePin = nullptr;
};

} // namespace careledger::ui
