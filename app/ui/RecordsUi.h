#pragma once

// Small pieces every clinical-records screen shares: who may do what (core::decideAccess,
// so the buttons shown match what the services allow), how dates, names and audit actions
// read, and the common table and button set-up.

#include "clinical/AccessPolicy.h"
#include "clinical/ClinicalRecords.h"
#include "services/PatientService.h"
#include "services/ServiceTypes.h"

#include <QDate>
#include <QString>

class QAction;
class QDateEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace careledger::ui {

core::AccessRole accessRole(services::Role role);
// Whether the UI offers the action; the services decide again on every call.
bool mayDo(services::Role role, core::PatientAction action, core::ConsentBasis basis);

// The workstation's clock (tests move it by hand); the real time when none is given.
QDateTime nowUtc(const services::Clock &clock);
QDate todayUtc(const services::Clock &clock);

int ageInYears(const QDate &birthDate, const QDate &today);
QString formatDate(const QDate &date);          // locale's short form with a four-digit year; "—" when null
QString formatDateTime(const QDateTime &utc);   // local time, short form; "—" when invalid
QString formatDateTimeWithSeconds(const QDateTime &utc); // as above, to the second (audit log)
QString formatTime(const QDateTime &utc);       // local HH:MM
QString dateEditFormat();                       // for QDateEdit: short form, four-digit year
// A date edit whose lowest value reads "Not set" and stands for a null date.
void makeOptionalDate(QDateEdit *edit, const QString &notSetText);
QDate optionalDate(const QDateEdit *edit);
void setOptionalDate(QDateEdit *edit, const QDate &date);

// Text written by people or other systems (names, medications, reasons), wrapped in a
// first-strong isolate when the interface runs right to left, so "50 mg" or "Dupont-Amrani"
// keep their own order inside Arabic text and table cells. Unchanged left to right.
QString isolated(const QString &text);
QString patientDisplayName(const services::PatientSummary &patient); // "Family, Given" or "No access"
QString auditActionDisplayName(const QString &actionId);             // translated; unknown ids as given
QString codeSystemDisplayName(const QString &uri);                   // "ICD-10", "SNOMED CT" or the URI
QString formatNumber(double value);                                  // no trailing zeros, locale digits
// Suggested dose and quantity units and frequencies: stored in English (the record is read at
// other clinics), shown translated; anything else typed is kept and shown as typed.
QStringList prescriptionUnits();
QString unitDisplayName(const QString &unit);
QStringList prescriptionFrequencies();
QString frequencyDisplayName(const QString &frequency);

QTableView *makeRecordTable(QWidget *parent, const QString &objectName, const QString &accessibleName);
// Widens each column to its contents plus some air, leaving the last one to stretch.
void fitColumns(QTableView *view);
// Selects a whole row and makes it current. QTableView::selectRow() finds its column at the
// viewport's leading edge, which in a right-to-left layout can fall outside every column and
// select nothing.
void selectTableRow(QTableView *view, int row);
// Gives the line edits inside spin boxes, date edits and editable combo boxes the name of
// their box, so a screen reader does not announce an unnamed text field.
void nameInnerEditors(QWidget *root);
// A push button that triggers `action`, follows its enabled state and is named for screen readers.
QPushButton *actionButton(QWidget *parent, QAction *action, const QString &objectName);

} // namespace careledger::ui
