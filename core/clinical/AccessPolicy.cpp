#include "clinical/AccessPolicy.h"

#include <QCoreApplication>

namespace careledger::core {

namespace {

AccessDecision allow(bool viaBreakGlass = false)
{
    return AccessDecision{true, viaBreakGlass, QString()};
}

AccessDecision refuse(const QString &reason)
{
    return AccessDecision{false, false, reason};
}

// The refusal for a staff action no consent could ever allow for this role.
QString notForRole(AccessRole role, PatientAction action)
{
    switch (action) {
    case PatientAction::EditDemographics:
        return QCoreApplication::translate("Access", "Only an administrator can change a patient's details.");
    case PatientAction::ManageAccess:
        return QCoreApplication::translate("Access",
                                           "Only the patient or an administrator can grant or revoke access.");
    case PatientAction::ViewAudit:
        return QCoreApplication::translate("Access", "Only an administrator can read a patient's audit trail.");
    case PatientAction::Erase:
        return QCoreApplication::translate("Access", "Only an administrator can erase a patient's record.");
    case PatientAction::Export:
        return QCoreApplication::translate("Access", "Only an administrator can export a patient's record.");
    case PatientAction::BreakGlass:
        return QCoreApplication::translate("Access", "Only doctors can use emergency access.");
    case PatientAction::WritePrescription:
        return role == AccessRole::Nurse
                   ? QCoreApplication::translate("Access", "Nurses cannot write prescriptions.")
                   : QCoreApplication::translate("Access", "Administrators cannot write prescriptions.");
    case PatientAction::WriteHistory:
        return role == AccessRole::Nurse
                   ? QCoreApplication::translate("Access", "Nurses cannot write history entries.")
                   : QCoreApplication::translate("Access", "Administrators cannot write history entries.");
    case PatientAction::ViewHistory:
    case PatientAction::ViewPrescriptions:
        return QCoreApplication::translate("Access",
                                           "Administrators cannot see clinical content (history and prescriptions).");
    case PatientAction::ViewVitals:
        return QCoreApplication::translate("Access", "Administrators cannot see a patient's vital signs.");
    case PatientAction::AcknowledgeAlert:
        return QCoreApplication::translate("Access", "Only doctors and nurses can acknowledge alerts.");
    case PatientAction::EditAlertSettings:
        return QCoreApplication::translate("Access", "Only doctors can change a patient's alert limits.");
    case PatientAction::ViewDemographics:
    case PatientAction::ViewAccess:
        break;
    }
    return QCoreApplication::translate("Access", "You are not allowed to do this.");
}

// The refusal for a clinician whose consent basis does not cover the patient.
QString noConsent(AccessRole role, ConsentBasis basis)
{
    if (basis == ConsentBasis::Expired) {
        return QCoreApplication::translate("Access", "Your access to this record has expired.");
    }
    if (role == AccessRole::Doctor) {
        return QCoreApplication::translate(
            "Access",
            "You have no access to this patient's record. If the patient needs care now, use emergency access.");
    }
    return QCoreApplication::translate(
        "Access", "You have no access to this patient's record. A doctor can use emergency access.");
}

AccessDecision decideAdmin(PatientAction action, ConsentBasis basis)
{
    switch (action) {
    case PatientAction::ViewDemographics:
    case PatientAction::EditDemographics:
    case PatientAction::ViewAccess:
    case PatientAction::ManageAccess:
    case PatientAction::ViewAudit:
    case PatientAction::Erase:
        return allow();
    case PatientAction::Export:
        if (basis == ConsentBasis::Clinic || basis == ConsentBasis::Personal) {
            return allow();
        }
        if (basis == ConsentBasis::Expired) {
            return refuse(QCoreApplication::translate(
                "Access", "The patient's consent for this clinic has expired, so the record cannot be exported."));
        }
        return refuse(QCoreApplication::translate(
            "Access", "Exporting a record needs the patient's consent for this clinic or for you."));
    case PatientAction::ViewHistory:
    case PatientAction::WriteHistory:
    case PatientAction::ViewPrescriptions:
    case PatientAction::WritePrescription:
    case PatientAction::BreakGlass:
    case PatientAction::ViewVitals:
    case PatientAction::AcknowledgeAlert:
    case PatientAction::EditAlertSettings:
        break;
    }
    return refuse(notForRole(AccessRole::Admin, action));
}

AccessDecision decideDoctor(PatientAction action, ConsentBasis basis)
{
    switch (action) {
    case PatientAction::ViewDemographics:
    case PatientAction::ViewHistory:
    case PatientAction::WriteHistory:
    case PatientAction::ViewPrescriptions:
    case PatientAction::WritePrescription:
    case PatientAction::ViewAccess:
    case PatientAction::ViewVitals:
    case PatientAction::AcknowledgeAlert:
    case PatientAction::EditAlertSettings:
        switch (basis) {
        case ConsentBasis::Clinic:
        case ConsentBasis::Personal:
            return allow();
        case ConsentBasis::BreakGlass:
            return allow(true);
        case ConsentBasis::None:
        case ConsentBasis::Expired:
        case ConsentBasis::Self:
            break;
        }
        return refuse(noConsent(AccessRole::Doctor, basis));
    case PatientAction::BreakGlass:
        switch (basis) {
        case ConsentBasis::None:
        case ConsentBasis::Expired:
            return allow();
        case ConsentBasis::Clinic:
        case ConsentBasis::Personal:
            return refuse(QCoreApplication::translate(
                "Access", "You already have access to this patient's record; emergency access is not needed."));
        case ConsentBasis::BreakGlass:
            return refuse(QCoreApplication::translate(
                "Access", "Your emergency access to this patient's record is already active."));
        case ConsentBasis::Self:
            break;
        }
        return refuse(QCoreApplication::translate("Access", "Emergency access is not available here."));
    case PatientAction::EditDemographics:
    case PatientAction::ManageAccess:
    case PatientAction::ViewAudit:
    case PatientAction::Erase:
    case PatientAction::Export:
        break;
    }
    return refuse(notForRole(AccessRole::Doctor, action));
}

AccessDecision decideNurse(PatientAction action, ConsentBasis basis)
{
    switch (action) {
    case PatientAction::ViewDemographics:
    case PatientAction::ViewHistory:
    case PatientAction::ViewPrescriptions:
    case PatientAction::ViewAccess:
    case PatientAction::ViewVitals:
    case PatientAction::AcknowledgeAlert:
        if (basis == ConsentBasis::Clinic || basis == ConsentBasis::Personal) {
            return allow();
        }
        return refuse(noConsent(AccessRole::Nurse, basis));
    case PatientAction::EditDemographics:
    case PatientAction::WriteHistory:
    case PatientAction::WritePrescription:
    case PatientAction::ManageAccess:
    case PatientAction::ViewAudit:
    case PatientAction::Erase:
    case PatientAction::Export:
    case PatientAction::BreakGlass:
    case PatientAction::EditAlertSettings:
        break;
    }
    return refuse(notForRole(AccessRole::Nurse, action));
}

AccessDecision decidePatient(PatientAction action, ConsentBasis basis)
{
    if (basis != ConsentBasis::Self) {
        return refuse(QCoreApplication::translate("Access", "Patients can see only their own record."));
    }
    switch (action) {
    case PatientAction::ViewDemographics:
    case PatientAction::ViewPrescriptions:
    case PatientAction::ViewAccess:
    case PatientAction::ManageAccess:
    case PatientAction::ViewVitals:
        return allow();
    default:
        break;
    }
    return refuse(QCoreApplication::translate(
        "Access", "This part of the record is not available at the kiosk; please ask your clinic."));
}

} // namespace

AccessDecision decideAccess(AccessRole role, PatientAction action, ConsentBasis basis, bool patientErased)
{
    if (patientErased) {
        return refuse(QCoreApplication::translate("Access", "This patient's record was erased."));
    }
    switch (role) {
    case AccessRole::Admin:
        return decideAdmin(action, basis);
    case AccessRole::Doctor:
        return decideDoctor(action, basis);
    case AccessRole::Nurse:
        return decideNurse(action, basis);
    case AccessRole::Patient:
        return decidePatient(action, basis);
    }
    return refuse(QCoreApplication::translate("Access", "You are not allowed to do this."));
}

QString patientActionId(PatientAction action)
{
    switch (action) {
    case PatientAction::ViewDemographics:
        return QStringLiteral("view-demographics");
    case PatientAction::EditDemographics:
        return QStringLiteral("edit-demographics");
    case PatientAction::ViewHistory:
        return QStringLiteral("view-history");
    case PatientAction::WriteHistory:
        return QStringLiteral("write-history");
    case PatientAction::ViewPrescriptions:
        return QStringLiteral("view-prescriptions");
    case PatientAction::WritePrescription:
        return QStringLiteral("write-prescription");
    case PatientAction::ViewAccess:
        return QStringLiteral("view-access");
    case PatientAction::ManageAccess:
        return QStringLiteral("manage-access");
    case PatientAction::ViewAudit:
        return QStringLiteral("view-audit");
    case PatientAction::Erase:
        return QStringLiteral("erase");
    case PatientAction::Export:
        return QStringLiteral("export");
    case PatientAction::BreakGlass:
        return QStringLiteral("break-glass");
    case PatientAction::ViewVitals:
        return QStringLiteral("view-vitals");
    case PatientAction::AcknowledgeAlert:
        return QStringLiteral("acknowledge-alert");
    case PatientAction::EditAlertSettings:
        return QStringLiteral("edit-alert-settings");
    }
    return QString();
}

} // namespace careledger::core
