#include "ui/KioskHomePage.h"

#include "services/VitalsService.h"
#include "ui/GrantTableModel.h"
#include "ui/KioskStyle.h"
#include "ui/MessageLabel.h"
#include "ui/PinKeypad.h"
#include "ui/PrescriptionPdf.h"
#include "ui/PrescriptionTableModel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStorageInfo>
#include <QTableView>
#include <QVBoxLayout>

#ifdef CARELEDGER_HAVE_PRINTSUPPORT
#include <QPrinter>
#include <QPrinterInfo>
#endif

#include <algorithm>
#include <limits>

namespace careledger::ui {

namespace {

constexpr int kPreviewWidth = 380;
constexpr int kPreviewRenderWidth = 1000; // drawn larger, shown scaled down: sharp on any screen

// The page preview: the whole sheet scaled to fit the space, never cropped.
class PagePreview : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const QPixmap page = pixmap();
        if (page.isNull()) {
            QLabel::paintEvent(event);
            return;
        }
        QPainter painter(this);
        const QSize size = page.size().scaled(contentsRect().size(), Qt::KeepAspectRatio);
        const QRect target(QPoint(contentsRect().left() + (contentsRect().width() - size.width()) / 2,
                                  contentsRect().top()),
                           size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(target, page);
        painter.setPen(QColor(0xc9, 0xd3, 0xd9));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
    }
};
constexpr int kRowHeight = 56;

QTableView *kioskTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    QTableView *view = makeRecordTable(parent, name, accessibleName);
    view->verticalHeader()->setDefaultSectionSize(kRowHeight);
    view->verticalHeader()->setMinimumSectionSize(kRowHeight);
    view->setWordWrap(true);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    // Read, not rearranged: no sorting, every column as wide as its header and contents.
    view->setSortingEnabled(false);
    view->horizontalHeader()->setSortIndicatorShown(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return view;
}

services::PrescriptionItem asItem(const services::KioskPrescription &p)
{
    services::PrescriptionItem item;
    item.recordId = p.recordId;
    item.prescription = p.prescription;
    item.current.version = p.version;
    item.firstWrittenAt = p.firstWrittenAt;
    item.prescriberName = p.prescriberName;
    return item;
}

// The signs a patient can read something from; device channels and staff-entered
// observations (oxygen, consciousness) mean little as weekly averages.
constexpr core::VitalSign kPatientSigns[] = {
    core::VitalSign::HeartRate, core::VitalSign::SpO2,     core::VitalSign::Temperature,
    core::VitalSign::RespirationRate, core::VitalSign::Systolic, core::VitalSign::Diastolic,
    core::VitalSign::Glucose,
};

QString withUnit(double value, core::VitalSign sign)
{
    const QString unit = core::vitalSignUnitSymbol(sign);
    const QString number = QLocale().toString(value, 'f', sign == core::VitalSign::Temperature ? 1 : 0);
    return unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
}

struct AccessData {
    services::ServiceResult<QList<services::AccessGrant>> grants = QList<services::AccessGrant>{};
    services::ServiceResult<QList<services::BreakGlassAccess>> emergencies = QList<services::BreakGlassAccess>{};
};

struct GranteeChoices {
    services::ServiceResult<QList<services::KioskService::Grantee>> staff =
        QList<services::KioskService::Grantee>{};
    services::ServiceResult<QList<services::ClinicInfo>> clinics = QList<services::ClinicInfo>{};
};

} // namespace

KioskHomePage::KioskHomePage(ServiceRunner &runner, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("kioskHomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(makeHeader());

    auto *body = new QHBoxLayout;
    body->setContentsMargins(28, 24, 28, 24);
    body->setSpacing(28);
    auto *nav = new QVBoxLayout;
    nav->setSpacing(kiosk::kGap);
    m_nav = new QButtonGroup(this);
    m_nav->setExclusive(true);
    nav->addWidget(makeNavButton(tr("My prescriptions"), QStringLiteral("navPrescriptions"), PrescriptionsSection));
    nav->addWidget(makeNavButton(tr("My vital signs"), QStringLiteral("navVitals"), VitalsSection));
    nav->addWidget(makeNavButton(tr("Who can see my record"), QStringLiteral("navAccess"), AccessSection));
    nav->addWidget(makeNavButton(tr("Change my PIN"), QStringLiteral("navPin"), PinSection));
    nav->addStretch(1);
    body->addLayout(nav);

    m_sections = new QStackedWidget(this);
    m_sections->addWidget(makePrescriptionsSection());
    m_sections->addWidget(makeVitalsSection());
    m_sections->addWidget(makeAccessSection());
    m_sections->addWidget(makePinSection());
    body->addWidget(m_sections, 1);
    outer->addLayout(body, 1);
    m_nav->button(PrescriptionsSection)->setChecked(true);
}

QWidget *KioskHomePage::makeHeader()
{
    auto *band = new QWidget(this);
    band->setObjectName(QStringLiteral("headerBand"));
    band->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(band);
    layout->setContentsMargins(28, 16, 28, 16);
    layout->setSpacing(18);
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    m_greeting = new QLabel(band);
    m_greeting->setObjectName(QStringLiteral("kioskGreeting"));
    m_greeting->setTextFormat(Qt::PlainText);
    kiosk::setFontScale(m_greeting, 1.5, true);
    m_recordNumber = new QLabel(band);
    m_recordNumber->setObjectName(QStringLiteral("kioskRecordNumber"));
    m_recordNumber->setTextFormat(Qt::PlainText);
    kiosk::setFontScale(m_recordNumber, 1.0);
    who->addWidget(m_greeting);
    who->addWidget(m_recordNumber);
    layout->addLayout(who, 1);
    m_signOut = kiosk::bigButton(tr("Sign out"), QStringLiteral("kioskSignOutButton"), band);
    kiosk::setFontScale(m_signOut, 1.1, true);
    m_signOut->setMinimumWidth(180);
    connect(m_signOut, &QPushButton::clicked, this, &KioskHomePage::signOutRequested);
    layout->addWidget(m_signOut);
    return band;
}

QAbstractButton *KioskHomePage::makeNavButton(const QString &text, const QString &name, Section section)
{
    QPushButton *button = kiosk::bigButton(text, name, this);
    button->setCheckable(true);
    button->setProperty("nav", true);
    button->setMinimumHeight(72);
    button->setMinimumWidth(300);
    kiosk::setFontScale(button, 1.05, true);
    m_nav->addButton(button, section);
    connect(button, &QPushButton::clicked, this, [this, section] { showSection(section); });
    return button;
}

QWidget *KioskHomePage::makePrescriptionsSection()
{
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("kioskPrescriptionsSection"));
    auto *layout = new QHBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);

    auto *lists = new QVBoxLayout;
    lists->setSpacing(10);
    lists->addWidget(kiosk::heading(tr("Current prescriptions"), section, 1.2));
    m_currentModel = new PrescriptionTableModel(this);
    m_currentView = kioskTable(section, QStringLiteral("kioskCurrentPrescriptions"), tr("Current prescriptions"));
    m_currentView->setModel(m_currentModel);
    lists->addWidget(m_currentView, 3);
    lists->addWidget(kiosk::heading(tr("Past prescriptions"), section, 1.2));
    m_pastModel = new PrescriptionTableModel(this);
    m_pastView = kioskTable(section, QStringLiteral("kioskPastPrescriptions"), tr("Past prescriptions"));
    m_pastView->setModel(m_pastModel);
    lists->addWidget(m_pastView, 2);
    for (QTableView *view : {m_currentView, m_pastView}) {
        kiosk::setFontScale(view, 0.85);
        // What a patient looks for; route, prescriber and the rest are on the page beside.
        for (const int hidden : {PrescriptionTableModel::Duration, PrescriptionTableModel::Version,
                                 PrescriptionTableModel::Route, PrescriptionTableModel::Prescriber}) {
            view->setColumnHidden(hidden, true);
        }
    }
    m_noPrescriptions = new QLabel(tr("You have no prescriptions at this clinic."), section);
    m_noPrescriptions->setObjectName(QStringLiteral("secondaryText"));
    m_noPrescriptions->hide();
    lists->addWidget(m_noPrescriptions);
    layout->addLayout(lists, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(kiosk::kGap);
    m_previewHint = new QLabel(tr("Touch a prescription to see the page you can save or print."), section);
    m_previewHint->setWordWrap(true);
    m_previewHint->setObjectName(QStringLiteral("secondaryText"));
    side->addWidget(m_previewHint);
    m_preview = new PagePreview(section);
    m_preview->setObjectName(QStringLiteral("kioskPrescriptionPreview"));
    m_preview->setAccessibleName(tr("Prescription page preview"));
    m_preview->setFixedWidth(kPreviewWidth);
    m_preview->setMinimumHeight(200);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    side->addWidget(m_preview, 1);
    m_savePdf = kiosk::bigButton(tr("Save as PDF"), QStringLiteral("kioskSavePdfButton"), section, true);
    m_print = kiosk::bigButton(tr("Print"), QStringLiteral("kioskPrintButton"), section);
    side->addWidget(m_savePdf);
    side->addWidget(m_print);
    m_prescriptionMessage = new MessageLabel(section);
    m_prescriptionMessage->setObjectName(QStringLiteral("kioskPrescriptionMessage"));
    m_prescriptionMessage->setMaximumWidth(kPreviewWidth);
    side->addWidget(m_prescriptionMessage);
    layout->addLayout(side);
#ifndef CARELEDGER_HAVE_PRINTSUPPORT
    m_print->hide();
#endif
    m_savePdf->setEnabled(false);
    m_print->setEnabled(false);

    connect(m_savePdf, &QPushButton::clicked, this, &KioskHomePage::savePdf);
    connect(m_print, &QPushButton::clicked, this, &KioskHomePage::print);
    connect(m_currentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { onPrescriptionSelected(m_currentView, m_currentModel); });
    connect(m_pastView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { onPrescriptionSelected(m_pastView, m_pastModel); });
    return section;
}

QWidget *KioskHomePage::makeVitalsSection()
{
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("kioskVitalsSection"));
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kiosk::kGap);
    layout->addWidget(kiosk::heading(tr("My vital signs: the last 7 days"), section, 1.2));
    m_vitalsNote = new QLabel(tr("Measured by the bedside devices while you were in our care. "
                                 "Ask your doctor or nurse what they mean for you."),
                              section);
    m_vitalsNote->setObjectName(QStringLiteral("secondaryText"));
    m_vitalsNote->setWordWrap(true);
    layout->addWidget(m_vitalsNote);
    m_vitalsMessage = new MessageLabel(section);
    m_vitalsMessage->setObjectName(QStringLiteral("kioskVitalsMessage"));
    layout->addWidget(m_vitalsMessage);
    m_vitalsModel = new QStandardItemModel(0, 6, this);
    m_vitalsModel->setHorizontalHeaderLabels(
        {tr("Sign"), tr("Latest"), tr("Lowest"), tr("Highest"), tr("Average"), tr("Readings")});
    m_vitalsView = kioskTable(section, QStringLiteral("kioskVitalsTable"), tr("Vital signs of the last 7 days"));
    m_vitalsView->setModel(m_vitalsModel);
    m_vitalsView->setSortingEnabled(false);
    kiosk::setFontScale(m_vitalsView, 0.9);
    layout->addWidget(m_vitalsView, 1);
    return section;
}

QWidget *KioskHomePage::makeAccessSection()
{
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("kioskAccessSection"));
    auto *outer = new QVBoxLayout(section);
    outer->setContentsMargins(0, 0, 0, 0);
    m_accessStack = new QStackedWidget(section);
    outer->addWidget(m_accessStack);

    // The list.
    auto *list = new QWidget(section);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kiosk::kGap);
    layout->addWidget(kiosk::heading(tr("Who can see my record"), list, 1.2));
    auto *intro = new QLabel(tr("Doctors and nurses you or the clinic gave access to can read your record. "
                                "You can give access to someone else, or take it away."),
                             list);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("secondaryText"));
    layout->addWidget(intro);
    m_accessMessage = new MessageLabel(list);
    m_accessMessage->setObjectName(QStringLiteral("kioskAccessMessage"));
    layout->addWidget(m_accessMessage);
    m_grantModel = new GrantTableModel(this);
    m_grantView = kioskTable(list, QStringLiteral("kioskGrantTable"), tr("Who can see my record"));
    m_grantView->setModel(m_grantModel);
    m_grantView->setSortingEnabled(false);
    m_grantView->setColumnHidden(GrantTableModel::GrantedBy, true);
    m_grantView->setColumnHidden(GrantTableModel::Revocation, true);
    kiosk::setFontScale(m_grantView, 0.85);
    layout->addWidget(m_grantView, 3);
    auto *emergencyHeading = new QLabel(tr("Emergency access to your record"), list);
    kiosk::setFontScale(emergencyHeading, 1.0, true);
    layout->addWidget(emergencyHeading);
    m_emergencyModel = new QStandardItemModel(0, 3, this);
    m_emergencyModel->setHorizontalHeaderLabels({tr("Doctor"), tr("When"), tr("Reason")});
    m_emergencyView = kioskTable(list, QStringLiteral("kioskEmergencyTable"), tr("Emergency access to your record"));
    m_emergencyView->setModel(m_emergencyModel);
    m_emergencyView->setSortingEnabled(false);
    kiosk::setFontScale(m_emergencyView, 0.85);
    layout->addWidget(m_emergencyView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(kiosk::kGap);
    QPushButton *toStaff = kiosk::bigButton(tr("Give a doctor or nurse access"), QStringLiteral("kioskGrantStaffButton"), list);
    QPushButton *toClinic = kiosk::bigButton(tr("Give a clinic access"), QStringLiteral("kioskGrantClinicButton"), list);
    m_revokeButton = kiosk::bigButton(tr("Take access away"), QStringLiteral("kioskRevokeButton"), list);
    m_revokeButton->setEnabled(false);
    buttons->addWidget(toStaff);
    buttons->addWidget(toClinic);
    buttons->addStretch(1);
    buttons->addWidget(m_revokeButton);
    layout->addLayout(buttons);
    connect(toStaff, &QPushButton::clicked, this, [this] { showGrantForm(false); });
    connect(toClinic, &QPushButton::clicked, this, [this] { showGrantForm(true); });
    connect(m_revokeButton, &QPushButton::clicked, this, &KioskHomePage::showRevokeForm);
    connect(m_grantView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const auto grant = m_grantModel->grantAt(m_grantView->currentIndex().row());
        m_revokeButton->setEnabled(grant && grant->active);
    });
    m_accessStack->addWidget(list);

    // Giving access.
    auto *grantForm = new QWidget(section);
    auto *grantLayout = new QVBoxLayout(grantForm);
    grantLayout->setContentsMargins(0, 0, 0, 0);
    grantLayout->setSpacing(kiosk::kGap);
    m_grantFormTitle = kiosk::heading(QString(), grantForm, 1.2);
    grantLayout->addWidget(m_grantFormTitle);
    m_grantee = new QComboBox(grantForm);
    m_grantee->setObjectName(QStringLiteral("kioskGranteeCombo"));
    m_grantee->setAccessibleName(tr("Who"));
    m_grantee->setContextMenuPolicy(Qt::NoContextMenu);
    m_grantLength = new QComboBox(grantForm);
    m_grantLength->setObjectName(QStringLiteral("kioskGrantLengthCombo"));
    m_grantLength->setAccessibleName(tr("For how long"));
    m_grantLength->addItem(tr("Until I take it away"), 0);
    m_grantLength->addItem(tr("One week"), 7);
    m_grantLength->addItem(tr("One month"), 30);
    m_grantLength->addItem(tr("Three months"), 91);
    m_grantLength->addItem(tr("One year"), 365);
    auto *whoLabel = new QLabel(tr("Who"), grantForm);
    kiosk::setFontScale(whoLabel, 1.0, true);
    auto *lengthLabel = new QLabel(tr("For how long"), grantForm);
    kiosk::setFontScale(lengthLabel, 1.0, true);
    grantLayout->addWidget(whoLabel);
    grantLayout->addWidget(m_grantee);
    grantLayout->addWidget(lengthLabel);
    grantLayout->addWidget(m_grantLength);
    auto *grantButtons = new QHBoxLayout;
    QPushButton *grantCancel = kiosk::bigButton(tr("Back"), QStringLiteral("kioskGrantCancelButton"), grantForm);
    QPushButton *grantConfirm = kiosk::bigButton(tr("Give access"), QStringLiteral("kioskGrantConfirmButton"), grantForm, true);
    grantButtons->addWidget(grantCancel);
    grantButtons->addStretch(1);
    grantButtons->addWidget(grantConfirm);
    grantLayout->addLayout(grantButtons);
    grantLayout->addStretch(1);
    connect(grantCancel, &QPushButton::clicked, this, [this] { m_accessStack->setCurrentIndex(0); });
    connect(grantConfirm, &QPushButton::clicked, this, &KioskHomePage::submitGrant);
    m_accessStack->addWidget(grantForm);

    // Taking access away.
    auto *revokeForm = new QWidget(section);
    auto *revokeLayout = new QVBoxLayout(revokeForm);
    revokeLayout->setContentsMargins(0, 0, 0, 0);
    revokeLayout->setSpacing(kiosk::kGap);
    m_revokeFormTitle = kiosk::heading(QString(), revokeForm, 1.2);
    m_revokeFormTitle->setTextFormat(Qt::PlainText);
    revokeLayout->addWidget(m_revokeFormTitle);
    auto *reasonLabel = new QLabel(tr("Why? (kept with your record)"), revokeForm);
    kiosk::setFontScale(reasonLabel, 1.0, true);
    revokeLayout->addWidget(reasonLabel);
    m_revokeReason = new QComboBox(revokeForm);
    m_revokeReason->setObjectName(QStringLiteral("kioskRevokeReasonCombo"));
    m_revokeReason->setAccessibleName(tr("Why"));
    m_revokeReason->addItems({tr("I no longer see this doctor or nurse"), tr("I changed clinics"),
                              tr("I want to keep my record private"), tr("Another reason")});
    revokeLayout->addWidget(m_revokeReason);
    auto *revokeNote = new QLabel(tr("They keep what they have already read; nothing written from now on."), revokeForm);
    revokeNote->setWordWrap(true);
    revokeNote->setObjectName(QStringLiteral("secondaryText"));
    revokeLayout->addWidget(revokeNote);
    auto *revokeButtons = new QHBoxLayout;
    QPushButton *revokeCancel = kiosk::bigButton(tr("Back"), QStringLiteral("kioskRevokeCancelButton"), revokeForm);
    QPushButton *revokeConfirm = kiosk::bigButton(tr("Take access away"), QStringLiteral("kioskRevokeConfirmButton"), revokeForm, true);
    revokeButtons->addWidget(revokeCancel);
    revokeButtons->addStretch(1);
    revokeButtons->addWidget(revokeConfirm);
    revokeLayout->addLayout(revokeButtons);
    revokeLayout->addStretch(1);
    connect(revokeCancel, &QPushButton::clicked, this, [this] { m_accessStack->setCurrentIndex(0); });
    connect(revokeConfirm, &QPushButton::clicked, this, &KioskHomePage::submitRevoke);
    m_accessStack->addWidget(revokeForm);
    return section;
}

QWidget *KioskHomePage::makePinSection()
{
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("kioskPinSection"));
    auto *layout = new QHBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(36);
    auto *form = new QVBoxLayout;
    form->setSpacing(10);
    form->addWidget(kiosk::heading(tr("Change my PIN"), section, 1.2));
    auto *rule = new QLabel(tr("6 to 8 digits. Not all the same digit, and not a run such as 123456."), section);
    rule->setWordWrap(true);
    rule->setObjectName(QStringLiteral("secondaryText"));
    form->addWidget(rule);
    const auto pinEdit = [section](const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(section);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(8);
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData);
        kiosk::setFontScale(edit, 1.2);
        return edit;
    };
    m_currentPin = pinEdit(QStringLiteral("kioskCurrentPinEdit"), tr("Current PIN"));
    m_newPin = pinEdit(QStringLiteral("kioskNewPinEdit"), tr("New PIN"));
    m_repeatPin = pinEdit(QStringLiteral("kioskRepeatPinEdit"), tr("New PIN again"));
    for (const auto &[edit, text] : {std::pair{m_currentPin, tr("Current PIN")}, std::pair{m_newPin, tr("New PIN")},
                                     std::pair{m_repeatPin, tr("New PIN again")}}) {
        auto *label = new QLabel(text, section);
        kiosk::setFontScale(label, 1.0, true);
        label->setBuddy(edit);
        form->addWidget(label);
        form->addWidget(edit);
    }
    m_pinMessage = new MessageLabel(section);
    m_pinMessage->setObjectName(QStringLiteral("kioskPinMessage"));
    form->addWidget(m_pinMessage);
    m_savePin = kiosk::bigButton(tr("Save my new PIN"), QStringLiteral("kioskSavePinButton"), section, true);
    form->addWidget(m_savePin);
    form->addStretch(1);
    layout->addLayout(form, 3);
    m_pinKeypad = new PinKeypad(section);
    m_pinKeypad->setObjectName(QStringLiteral("kioskPinKeypad"));
    m_pinKeypad->setTargets({m_currentPin, m_newPin, m_repeatPin});
    auto *keys = new QVBoxLayout;
    keys->addWidget(m_pinKeypad, 3);
    keys->addStretch(1);
    layout->addLayout(keys, 2);
    connect(m_savePin, &QPushButton::clicked, this,
            [this] { changePin(m_currentPin->text(), m_newPin->text(), m_repeatPin->text()); });
    connect(m_repeatPin, &QLineEdit::returnPressed, m_savePin, &QPushButton::click);
    return section;
}

void KioskHomePage::open(const services::PatientSession &session)
{
    clear();
    m_session = session;
    m_greeting->setText(tr("Hello, %1").arg(isolated(QStringLiteral("%1 %2").arg(session.givenName, session.familyName))));
    m_recordNumber->setText(tr("Record number %1").arg(QChar(0x2066) + session.mrn + QChar(0x2069)));
    showSection(PrescriptionsSection);
    loadPrescriptions();
}

void KioskHomePage::clear()
{
    ++m_generation;
    m_session.reset();
    m_document.reset();
    m_vitalsLoaded = false;
    m_accessLoaded = false;
    m_greeting->clear();
    m_recordNumber->clear();
    m_currentModel->setItems({});
    m_pastModel->setItems({});
    m_noPrescriptions->hide();
    m_preview->clear();
    m_preview->setPixmap(QPixmap());
    m_previewHint->show();
    m_savePdf->setEnabled(false);
    m_print->setEnabled(false);
    m_prescriptionMessage->clearMessage();
    m_vitalsModel->removeRows(0, m_vitalsModel->rowCount());
    m_vitalsMessage->clearMessage();
    m_grantModel->setGrants({});
    m_emergencyModel->removeRows(0, m_emergencyModel->rowCount());
    m_accessMessage->clearMessage();
    m_accessStack->setCurrentIndex(0);
    m_grantee->clear();
    m_grantLength->setCurrentIndex(0);
    m_revokeReason->setCurrentIndex(0);
    m_revokeFormTitle->clear();
    m_revokeGrantId = 0;
    m_revokeButton->setEnabled(false);
    for (QLineEdit *edit : {m_currentPin, m_newPin, m_repeatPin}) {
        edit->clear();
    }
    m_pinMessage->clearMessage();
    m_savePin->setEnabled(true);
    m_busy = 0;
    m_pinBusy = false;
    m_accessBusy = false;
    setCursor(Qt::ArrowCursor);
    m_nav->button(PrescriptionsSection)->setChecked(true);
    m_sections->setCurrentIndex(PrescriptionsSection);
}

void KioskHomePage::setBusy(bool busy)
{
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    if (m_busy > 0) {
        setCursor(Qt::BusyCursor);
    } else {
        setCursor(Qt::ArrowCursor);
    }
}

void KioskHomePage::showSection(Section section)
{
    if (QAbstractButton *button = m_nav->button(section)) {
        button->setChecked(true);
    }
    m_sections->setCurrentIndex(section);
    if (section == VitalsSection && !m_vitalsLoaded && m_session) {
        loadVitals();
    } else if (section == AccessSection && !m_accessLoaded && m_session) {
        loadAccess();
    } else if (section == PinSection) {
        m_currentPin->setFocus();
    }
}

KioskHomePage::Section KioskHomePage::currentSection() const
{
    return Section(m_sections->currentIndex());
}

QString KioskHomePage::prescriptionMessage() const
{
    return m_prescriptionMessage->isVisible() ? m_prescriptionMessage->text() : QString();
}

QString KioskHomePage::pinMessage() const
{
    return m_pinMessage->isVisible() ? m_pinMessage->text() : QString();
}

void KioskHomePage::loadPrescriptions()
{
    setBusy(true);
    const quint64 generation = m_generation;
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.kiosk().prescriptions(); },
        [this, generation](const services::ServiceResult<QList<services::KioskPrescription>> &result) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            if (!result.ok()) {
                m_prescriptionMessage->showError(result.message());
                return;
            }
            QList<services::PrescriptionItem> current;
            QList<services::PrescriptionItem> past;
            for (const services::KioskPrescription &p : result.value()) {
                (p.active ? current : past) << asItem(p);
            }
            m_currentModel->setItems(current);
            m_pastModel->setItems(past);
            fitColumns(m_currentView);
            fitColumns(m_pastView);
            m_noPrescriptions->setVisible(current.isEmpty() && past.isEmpty());
            Q_EMIT prescriptionsLoaded();
        });
}

void KioskHomePage::onPrescriptionSelected(QTableView *view, PrescriptionTableModel *model)
{
    const auto item = model->itemAt(view->currentIndex().row());
    if (!item) {
        return;
    }
    // One selection across both lists.
    QTableView *other = view == m_currentView ? m_pastView : m_currentView;
    const QSignalBlocker block(other->selectionModel());
    other->selectionModel()->clear();
    other->viewport()->update();
    selectPrescription(item->recordId);
}

void KioskHomePage::selectPrescription(const QByteArray &recordId)
{
    m_document.reset();
    m_preview->setPixmap(QPixmap());
    m_savePdf->setEnabled(false);
    m_print->setEnabled(false);
    m_prescriptionMessage->showInfo(tr("Preparing the page…"));
    setBusy(true);
    const quint64 generation = m_generation;
    m_runner.run(
        this, [recordId](services::Workstation &ws) { return ws.kiosk().prescriptionDocument(recordId); },
        [this, generation](const services::ServiceResult<services::PrescriptionDocument> &result) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            if (!result.ok()) {
                m_prescriptionMessage->showError(result.message());
                return;
            }
            m_document = result.value();
            m_preview->setPixmap(QPixmap::fromImage(PrescriptionPdf::preview(*m_document, kPreviewRenderWidth)));
            m_previewHint->hide();
            m_savePdf->setEnabled(true);
            m_prescriptionMessage->clearMessage();
#ifdef CARELEDGER_HAVE_PRINTSUPPORT
            const bool printer = !QPrinterInfo::defaultPrinter().isNull();
            m_print->setEnabled(printer);
            if (!printer) {
                m_prescriptionMessage->showMessage(MessageLabel::Kind::Info,
                                                   tr("No printer is set up at this kiosk: save the page as a PDF "
                                                      "on a USB stick instead."));
            }
#else
            m_prescriptionMessage->showMessage(MessageLabel::Kind::Info,
                                               tr("This kiosk cannot print: save the page as a PDF on a USB stick "
                                                  "instead."));
#endif
            Q_EMIT documentLoaded();
        });
}

QString KioskHomePage::saveDirectory() const
{
    if (!m_saveDirectory.isEmpty()) {
        return m_saveDirectory;
    }
    // A removable drive the patient brought: the kiosk's own disk is shared by everyone who
    // uses it after them.
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (volume.isValid() && volume.isReady() && !volume.isReadOnly()
            && (root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/")))) {
            return root;
        }
    }
    return {};
}

void KioskHomePage::savePdf()
{
    if (!m_document) {
        return;
    }
    const QString dir = saveDirectory();
    if (dir.isEmpty()) {
        m_prescriptionMessage->showError(tr("Insert a USB stick, then touch “Save as PDF” again."));
        return;
    }
    QString path = QDir(dir).filePath(PrescriptionPdf::suggestedFileName(*m_document));
    for (int n = 2; QFileInfo::exists(path) && n < 100; ++n) {
        path = QDir(dir).filePath(PrescriptionPdf::suggestedFileName(*m_document).replace(
            QStringLiteral(".pdf"), QStringLiteral("-%1.pdf").arg(n)));
    }
    const QString problem = PrescriptionPdf::writePdf(path, *m_document);
    if (!problem.isEmpty()) {
        m_prescriptionMessage->showError(problem);
        return;
    }
    m_prescriptionMessage->showMessage(MessageLabel::Kind::Success,
                                       tr("Saved as %1. Take your USB stick with you when you leave.")
                                           .arg(QChar(0x2066) + QFileInfo(path).fileName() + QChar(0x2069)));
    Q_EMIT pdfSaved(path);
}

void KioskHomePage::print()
{
#ifdef CARELEDGER_HAVE_PRINTSUPPORT
    if (!m_document) {
        return;
    }
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        m_prescriptionMessage->showError(tr("No printer is set up at this kiosk."));
        return;
    }
    // The default printer, no dialog: a print dialog offers "print to file", a way into the
    // kiosk's disk.
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(tr("Prescription"));
    const QString problem = PrescriptionPdf::render(printer, *m_document);
    if (!problem.isEmpty()) {
        m_prescriptionMessage->showError(problem);
        return;
    }
    m_prescriptionMessage->showMessage(MessageLabel::Kind::Success, tr("Sent to the printer %1.").arg(info.printerName()));
#endif
}

void KioskHomePage::loadVitals()
{
    if (!m_session) {
        return;
    }
    m_vitalsLoaded = true;
    setBusy(true);
    const quint64 generation = m_generation;
    const services::PatientId patient = m_session->patient;
    const QDateTime to = nowUtc(m_clock);
    const QDateTime from = to.addDays(-7);
    m_runner.run(
        this, [patient, from, to](services::Workstation &ws) { return ws.vitals().trend(patient, from, to); },
        [this, generation](const services::ServiceResult<QList<services::VitalSeries>> &result) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            m_vitalsModel->removeRows(0, m_vitalsModel->rowCount());
            if (!result.ok()) {
                m_vitalsMessage->showError(result.message());
                return;
            }
            m_vitalsMessage->clearMessage();
            for (const core::VitalSign sign : kPatientSigns) {
                QList<QStandardItem *> row;
                row << new QStandardItem(core::vitalSignDisplayName(sign));
                const services::VitalSeries *series = nullptr;
                for (const services::VitalSeries &s : result.value()) {
                    if (s.sign == sign && !s.values.isEmpty()) {
                        series = &s;
                    }
                }
                if (!series) {
                    row << new QStandardItem(tr("No readings"));
                    for (int column = 2; column < 6; ++column) {
                        row << new QStandardItem(QStringLiteral("—"));
                    }
                } else {
                    double low = std::numeric_limits<double>::max();
                    double high = std::numeric_limits<double>::lowest();
                    double sum = 0;
                    for (const double v : series->values) {
                        low = std::min(low, v);
                        high = std::max(high, v);
                        sum += v;
                    }
                    const QDateTime latestAt = QDateTime::fromMSecsSinceEpoch(series->timesMs.constLast(), Qt::UTC);
                    row << new QStandardItem(tr("%1 (%2)").arg(withUnit(series->values.constLast(), sign),
                                                               formatDateTime(latestAt)));
                    row << new QStandardItem(withUnit(low, sign));
                    row << new QStandardItem(withUnit(high, sign));
                    row << new QStandardItem(withUnit(sum / double(series->values.size()), sign));
                    row << new QStandardItem(QLocale().toString(series->values.size()));
                }
                for (QStandardItem *item : row) {
                    item->setEditable(false);
                }
                m_vitalsModel->appendRow(row);
            }
            fitColumns(m_vitalsView);
            Q_EMIT vitalsLoaded();
        });
}

void KioskHomePage::loadAccess()
{
    if (!m_session) {
        return;
    }
    m_accessLoaded = true;
    setBusy(true);
    const quint64 generation = m_generation;
    m_runner.run(
        this,
        [](services::Workstation &ws) {
            AccessData access;
            access.grants = ws.kiosk().accessList();
            if (access.grants.ok()) {
                access.emergencies = ws.kiosk().emergencyAccesses();
            }
            return access;
        },
        [this, generation](const AccessData &access) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            if (!access.grants.ok()) {
                m_accessMessage->showError(access.grants.message());
                return;
            }
            m_grantModel->setGrants(access.grants.value());
            fitColumns(m_grantView);
            m_revokeButton->setEnabled(false);
            m_emergencyModel->removeRows(0, m_emergencyModel->rowCount());
            if (access.emergencies.ok()) {
                for (const services::BreakGlassAccess &emergency : access.emergencies.value()) {
                    QList<QStandardItem *> row{new QStandardItem(isolated(emergency.doctorName)),
                                               new QStandardItem(formatDateTime(emergency.startedAt)),
                                               new QStandardItem(isolated(emergency.reason))};
                    for (QStandardItem *item : row) {
                        item->setEditable(false);
                    }
                    m_emergencyModel->appendRow(row);
                }
                fitColumns(m_emergencyView);
            }
            Q_EMIT accessLoaded();
        });
}

void KioskHomePage::showGrantForm(bool toClinic)
{
    m_grantToClinic = toClinic;
    m_grantFormTitle->setText(toClinic ? tr("Give a clinic access to my record")
                                       : tr("Give a doctor or nurse access to my record"));
    m_grantee->clear();
    m_grantLength->setCurrentIndex(0);
    m_accessMessage->clearMessage();
    m_accessStack->setCurrentIndex(1);
    setBusy(true);
    const quint64 generation = m_generation;
    m_runner.run(
        this,
        [toClinic](services::Workstation &ws) {
            GranteeChoices choices;
            if (toClinic) {
                choices.clinics = ws.kiosk().clinics();
            } else {
                choices.staff = ws.kiosk().grantees();
            }
            return choices;
        },
        [this, generation](const GranteeChoices &choices) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            if (!choices.staff.ok() || !choices.clinics.ok()) {
                m_accessStack->setCurrentIndex(0);
                m_accessMessage->showError(!choices.staff.ok() ? choices.staff.message() : choices.clinics.message());
                return;
            }
            for (const auto &g : choices.staff.value()) {
                m_grantee->addItem(QStringLiteral("%1 — %2").arg(isolated(g.displayName), services::roleDisplayName(g.role)),
                                   g.username);
            }
            for (const services::ClinicInfo &c : choices.clinics.value()) {
                m_grantee->addItem(c.thisClinic ? tr("%1 (this clinic)").arg(isolated(c.name)) : isolated(c.name),
                                   c.clinicId);
            }
        });
}

void KioskHomePage::submitGrant()
{
    if (m_grantee->currentIndex() < 0 || m_accessBusy) {
        return;
    }
    const QVariant grantee = m_grantee->currentData();
    const QString granteeName = m_grantee->currentText();
    const int days = m_grantLength->currentData().toInt();
    const QDateTime expiresAt = days > 0 ? nowUtc(m_clock).addDays(days) : QDateTime();
    const bool toClinic = m_grantToClinic;
    setBusy(true);
    m_accessBusy = true;
    const quint64 generation = m_generation;
    m_runner.run(
        this,
        [=](services::Workstation &ws) {
            return toClinic ? ws.kiosk().grantToClinic(grantee.toByteArray(), expiresAt)
                            : ws.kiosk().grantToStaff(grantee.toString(), expiresAt);
        },
        [this, generation, granteeName](const services::ServiceResult<qint64> &result) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            m_accessBusy = false;
            m_accessStack->setCurrentIndex(0);
            if (!result.ok()) {
                m_accessMessage->showError(result.message());
                return;
            }
            loadAccess();
            m_accessMessage->showMessage(MessageLabel::Kind::Success, tr("%1 can now see your record.").arg(granteeName));
        });
}

void KioskHomePage::showRevokeForm()
{
    const auto grant = m_grantModel->grantAt(m_grantView->currentIndex().row());
    if (!grant || !grant->active) {
        return;
    }
    m_revokeGrantId = grant->id;
    m_revokeFormTitle->setText(tr("Take access away from %1?").arg(isolated(grant->granteeName)));
    m_revokeReason->setCurrentIndex(0);
    m_accessMessage->clearMessage();
    m_accessStack->setCurrentIndex(2);
}

void KioskHomePage::submitRevoke()
{
    if (m_revokeGrantId == 0 || m_accessBusy) {
        return;
    }
    const qint64 grantId = m_revokeGrantId;
    const QString reason = m_revokeReason->currentText();
    setBusy(true);
    m_accessBusy = true;
    const quint64 generation = m_generation;
    m_runner.run(
        this, [grantId, reason](services::Workstation &ws) { return ws.kiosk().revoke(grantId, reason); },
        [this, generation](const services::ServiceStatus &status) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            m_accessBusy = false;
            m_accessStack->setCurrentIndex(0);
            m_revokeGrantId = 0;
            if (!status.ok()) {
                m_accessMessage->showError(status.message());
                return;
            }
            loadAccess();
            m_accessMessage->showMessage(MessageLabel::Kind::Success, tr("Access was taken away."));
        });
}

void KioskHomePage::changePin(const QString &current, const QString &next, const QString &repeat)
{
    if (m_pinBusy) {
        return; // its own call only: a list still loading elsewhere does not swallow the touch
    }
    if (current.isEmpty()) {
        m_pinMessage->showError(tr("Enter your current PIN."));
        m_currentPin->setFocus();
        return;
    }
    if (const auto problem = services::KioskService::pinProblem(next)) {
        m_pinMessage->showError(*problem);
        m_newPin->setFocus();
        return;
    }
    if (next != repeat) {
        m_pinMessage->showError(tr("The two new PINs are not the same."));
        m_repeatPin->clear();
        m_repeatPin->setFocus();
        return;
    }
    setBusy(true);
    m_pinBusy = true;
    m_savePin->setEnabled(false);
    m_pinMessage->showInfo(tr("Saving…"));
    const quint64 generation = m_generation;
    m_runner.run(
        this,
        [current, next](services::Workstation &ws) {
            const services::ServiceStatus status = ws.kiosk().changeOwnPin(current, next);
            return std::pair{status, ws.kiosk().currentPatient().has_value()};
        },
        [this, generation](const std::pair<services::ServiceStatus, bool> &outcome) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            m_pinBusy = false;
            m_savePin->setEnabled(true);
            for (QLineEdit *edit : {m_currentPin, m_newPin, m_repeatPin}) {
                edit->clear();
            }
            const services::ServiceStatus &status = outcome.first;
            if (!outcome.second) {
                Q_EMIT sessionEnded(status.ok() ? QString() : status.message());
                return;
            }
            if (!status.ok()) {
                m_pinMessage->showError(status.code() == services::ServiceError::WrongCredentials
                                            ? tr("Your current PIN is not right.")
                                            : status.message());
                m_currentPin->setFocus();
                return;
            }
            m_pinMessage->showMessage(MessageLabel::Kind::Success, tr("Your new PIN is saved. Use it next time."));
            Q_EMIT pinChanged();
        });
}

} // namespace careledger::ui
