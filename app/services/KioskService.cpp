#include "services/KioskService.h"

#include "clinical/Mrn.h"
#include "ledger/ChainStore.h"
#include "ledger/TxBodies.h"
#include "services/RecordsOps.h"
#include "services/StaffOps.h"
#include "staff/LoginThrottle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>
#include <type_traits>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;

constexpr int kPinFailuresBeforeLock = 5;
constexpr qint64 kPinLockSeconds = 15 * 60;
constexpr char kKioskOnStartSetting[] = "kiosk_on_start";
const QString kPrescription = QStringLiteral("prescription");

// ---- messages -------------------------------------------------------------------------

template <typename T = void>
core::Result<T, ServiceError> failure(ServiceError code, const QString &message)
{
    if constexpr (std::is_void_v<T>)
        return ServiceStatus::failure(code, message);
    else
        return ServiceResult<T>::failure(code, message);
}

core::Error<ServiceError> wrongPin()
{
    return {ServiceError::WrongCredentials, QCoreApplication::translate("KioskService", "The record number or the PIN is not correct.")};
}

core::Error<ServiceError> pinLocked(const QDateTime &now, const QDateTime &until)
{
    const qint64 minutes = std::max<qint64>(1, (now.secsTo(until) + 59) / 60);
    return {ServiceError::LockedOut,
            QCoreApplication::translate("KioskService", "Too many wrong PINs. Try again in %n minute(s) or ask at the desk.", nullptr,
                                        static_cast<int>(minutes))};
}

core::Error<ServiceError> notInKiosk()
{
    return {ServiceError::PermissionDenied, QCoreApplication::translate("KioskService", "Patients sign in only on a workstation in kiosk mode.")};
}

core::Error<ServiceError> noPatient()
{
    return {ServiceError::NotLoggedIn, QCoreApplication::translate("KioskService", "Please sign in with your record number and PIN.")};
}

// Same texts (context "Workstation") as the staff sign-in: one translation for both.
core::Error<ServiceError> wrongAdmin()
{
    return {ServiceError::WrongCredentials, QCoreApplication::translate("Workstation", "The user name or the password is not correct.")};
}

core::Error<ServiceError> adminLocked(const QDateTime &now, const QDateTime &until)
{
    const qint64 seconds = std::max<qint64>(1, now.secsTo(until));
    if (seconds < 60)
        return {ServiceError::LockedOut, QCoreApplication::translate("Workstation", "Too many failed sign-in attempts. Try again in %n second(s).",
                                                                     nullptr, static_cast<int>(seconds))};
    return {ServiceError::LockedOut, QCoreApplication::translate("Workstation", "Too many failed sign-in attempts. Try again in %n minute(s).",
                                                                 nullptr, static_cast<int>((seconds + 59) / 60))};
}

// ---- PIN hashes -----------------------------------------------------------------------

// "scrypt$N$r$p$<salt base64>$<32-byte scrypt output base64>"
ServiceResult<QString> hashPin(const WorkstationOptions &options, const QString &pin)
{
    const core::PasswordKdfParams params = detail::freshKdfParams(options);
    auto key = core::derivePasswordKey(pin.toUtf8(), params);
    if (!key)
        return failure<QString>(ServiceError::Storage, key.message());
    return QString(params.toString() + QLatin1Char('$') + QString::fromLatin1(key->view().toByteArray().toBase64()));
}

bool pinMatches(const QString &stored, const QString &pin)
{
    const qsizetype cut = stored.lastIndexOf(QLatin1Char('$'));
    if (cut <= 0)
        return false;
    auto params = core::PasswordKdfParams::fromString(stored.left(cut));
    if (!params)
        return false;
    const QByteArray expected = QByteArray::fromBase64(stored.mid(cut + 1).toLatin1());
    auto key = core::derivePasswordKey(pin.toUtf8(), *params, expected.size() > 0 ? expected.size() : 32);
    return key && core::constantTimeEqual(key->view(), expected);
}

struct PinRow {
    QString hash;
    int failures = 0;
    QDateTime lockedUntil;
};

ServiceResult<std::optional<PinRow>> readPin(core::Database &db, const QByteArray &pseudonym)
{
    auto st = db.prepare("SELECT pin_hash, failures, locked_until FROM patient_pins WHERE pseudonym = ?1");
    if (!st)
        return detail::storeFailure<std::optional<PinRow>>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym);
    auto has = st->step();
    if (!has)
        return detail::storeFailure<std::optional<PinRow>>(has.error(), StoreAccess::Read);
    if (!*has)
        return std::optional<PinRow>();
    PinRow row;
    row.hash = st->text(0);
    row.failures = static_cast<int>(st->int64(1));
    row.lockedUntil = st->isNull(2) ? QDateTime() : detail::parseTime(st->text(2));
    return std::optional<PinRow>(row);
}

QDateTime lockAfter(int failures, const QDateTime &now)
{
    return failures >= kPinFailuresBeforeLock ? now.addSecs(kPinLockSeconds) : QDateTime();
}

ServiceStatus recordPinFailure(core::Database &db, const QByteArray &pseudonym, int failures, const QDateTime &lockedUntil)
{
    auto st = db.prepare("UPDATE patient_pins SET failures = ?2, locked_until = ?3 WHERE pseudonym = ?1");
    if (!st)
        return detail::fromStore(st.error(), StoreAccess::Write);
    st->bindBlob(1, pseudonym).bind(2, failures);
    if (lockedUntil.isValid())
        st->bind(3, detail::isoTime(lockedUntil));
    else
        st->bindNull(3);
    if (auto ran = st->run(); !ran)
        return detail::fromStore(ran.error(), StoreAccess::Write);
    return {};
}

bool isRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

// ---- the patient actor ----------------------------------------------------------------

detail::Actor patientActor(const QByteArray &pseudonym)
{
    detail::Actor actor;
    actor.patient = pseudonym;
    return actor;
}

// An audit entry of the patient acting on their own record outside detail::authorize
// (sign-in, sign-out): action, the patient, detail.
ServiceStatus auditPatient(State &state, const QByteArray &pseudonym, const QString &action, const QString &detailText, bool refused)
{
    detail::AuditWrite entry;
    entry.action = action;
    entry.pseudonym = pseudonym;
    entry.refused = refused;
    entry.detail = detailText;
    return detail::auditAlone(state, patientActor(pseudonym), entry);
}

ServiceResult<detail::KioskPatient *> signedInPatient(State &state)
{
    if (!state.kiosk || !state.store)
        return ServiceResult<detail::KioskPatient *>(notInKiosk());
    if (!state.kiosk->patient)
        return ServiceResult<detail::KioskPatient *>(noPatient());
    return &*state.kiosk->patient;
}

void wipe(QString &text)
{
    text.fill(QChar(u'\0'));
    text.clear();
}

// ---- verification codes ---------------------------------------------------------------

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype kCodeRecordPrefix = 6;
constexpr qsizetype kCodeCheckSize = 10;
constexpr qsizetype kCodeBytes = kCodeRecordPrefix + 4 + kCodeCheckSize; // 20 bytes = 32 characters
constexpr qsizetype kCodeChars = kCodeBytes * 8 / 5;

QByteArray codeCheck(const QByteArray &recordId, quint64 version, const QByteArray &ciphertextHash)
{
    const QByteArray input = QByteArrayLiteral("careledger-rx-v1") + recordId + detail::u64be(version) + ciphertextHash;
    return core::sha256(input).left(kCodeCheckSize);
}

QString encodeCode(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kCrockford[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    QString grouped;
    for (qsizetype i = 0; i < out.size(); i += 4) {
        if (i > 0)
            grouped.append(QLatin1Char('-'));
        grouped.append(out.mid(i, 4));
    }
    return grouped;
}

QString makeCode(const QByteArray &recordId, quint64 version, const QByteArray &ciphertextHash)
{
    QByteArray bytes = recordId.left(kCodeRecordPrefix);
    bytes += detail::u32be(static_cast<quint32>(version));
    bytes += codeCheck(recordId, version, ciphertextHash);
    return encodeCode(bytes);
}

struct ParsedCode {
    QByteArray recordPrefix;
    quint32 version = 0;
    QByteArray check;
};

// Case-insensitive; spaces and dashes ignored; O read as 0, I and L as 1 (Crockford).
ServiceResult<ParsedCode> parseCode(const QString &text)
{
    QString chars;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar u = c.toUpper();
        if (u == QLatin1Char('O'))
            chars.append(QLatin1Char('0'));
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            chars.append(QLatin1Char('1'));
        else
            chars.append(u);
    }
    if (chars.isEmpty())
        return failure<ParsedCode>(ServiceError::InvalidInput, QCoreApplication::translate("KioskService", "Please type the verification code printed on the prescription."));
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : chars) {
        const char *found = c.unicode() < 128 ? std::strchr(kCrockford, static_cast<char>(c.unicode())) : nullptr;
        if (!found || c.unicode() == 0)
            return failure<ParsedCode>(
                ServiceError::InvalidInput,
                QCoreApplication::translate("KioskService", "A verification code has only the letters and digits printed on the prescription; “%1” is not one of them.").arg(c));
        buffer = (buffer << 5) | static_cast<quint32>(found - kCrockford);
        bits += 5;
        if (bits >= 8) {
            bytes.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (chars.size() != kCodeChars)
        return failure<ParsedCode>(ServiceError::InvalidInput,
                                   QCoreApplication::translate("KioskService", "A verification code has %1 letters and digits (eight groups of four); this one has %2.")
                                       .arg(kCodeChars)
                                       .arg(chars.size()));
    ParsedCode code;
    code.recordPrefix = bytes.left(kCodeRecordPrefix);
    const QByteArray v = bytes.mid(kCodeRecordPrefix, 4);
    code.version = (static_cast<quint32>(static_cast<quint8>(v[0])) << 24) | (static_cast<quint32>(static_cast<quint8>(v[1])) << 16) |
                   (static_cast<quint32>(static_cast<quint8>(v[2])) << 8) | static_cast<quint32>(static_cast<quint8>(v[3]));
    code.check = bytes.mid(kCodeRecordPrefix + 4, kCodeCheckSize);
    if (code.version == 0)
        return failure<ParsedCode>(ServiceError::InvalidInput, QCoreApplication::translate("KioskService", "This is not a verification code CareLedger printed."));
    return code;
}

// The ciphertext hash of one record version as its record-put transaction has it: on the
// main chain, else still waiting to be sealed (ledger_outbox). Empty when neither.
ServiceResult<QByteArray> chainHashOf(core::Database &db, const QByteArray &txId)
{
    for (const char *sql : {"SELECT ciphertext_hash FROM ledger_tx_index WHERE tx_id = ?1 AND type = ?2",
                            "SELECT ciphertext_hash FROM ledger_outbox WHERE tx_id = ?1 AND type = ?2"}) {
        auto st = db.prepare(sql);
        if (!st)
            return detail::storeFailure<QByteArray>(st.error(), StoreAccess::Read);
        st->bindBlob(1, txId).bind(2, static_cast<int>(ledger::TxType::RecordPut));
        auto has = st->step();
        if (!has)
            return detail::storeFailure<QByteArray>(has.error(), StoreAccess::Read);
        if (*has && !st->isNull(0))
            return st->blob(0);
    }
    return QByteArray();
}

QByteArray prefixEnd(QByteArray prefix)
{
    // The smallest byte string greater than every string starting with prefix; for a prefix
    // of 0xff bytes only, one longer than any record id.
    for (qsizetype i = prefix.size() - 1; i >= 0; --i) {
        if (static_cast<quint8>(prefix[i]) != 0xff) {
            prefix[i] = static_cast<char>(static_cast<quint8>(prefix[i]) + 1);
            return prefix.left(i + 1);
        }
    }
    return QByteArray(detail::kRecordIdSize + 1, '\xff');
}

} // namespace

// ==== kiosk mode ===========================================================================

ServiceStatus KioskService::enterKiosk()
{
    State &state = WorkstationAccess::state(m_workstation);
    auto admin = detail::currentActor(state, Role::Admin);
    if (!admin)
        return admin.error();
    core::SecurityEventRecord event;
    event.at = state.now();
    event.actorId = admin->id;
    event.action = QStringLiteral("kiosk opened");
    if (auto logged = state.directory->recordEvent(event); !logged)
        return detail::fromStore(logged.error(), StoreAccess::Write);
    state.kiosk.emplace();
    state.kiosk->openedBy = admin->id;
    // From here on no staff call passes requireSession, and nothing can sign as the admin.
    state.user.reset();
    state.signingKey = core::EcPrivateKey();
    Q_EMIT m_workstation.sessionChanged();
    return {};
}

bool KioskService::inKiosk() const
{
    return WorkstationAccess::state(m_workstation).kiosk.has_value();
}

ServiceStatus KioskService::leaveKiosk(const QString &adminUsername, const QString &password)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (!state.kiosk || !state.store)
        return failure(ServiceError::NotLoggedIn, QCoreApplication::translate("KioskService", "This workstation is not in kiosk mode."));
    const QString name = detail::normaliseUsername(adminUsername);
    core::KeySlotFile &keySlots = state.store->keySlots();
    const QDateTime now = state.now();
    const core::LoginFailures failures = keySlots.failures(name);
    if (failures.lockedUntil.isValid() && failures.lockedUntil > now)
        return adminLocked(now, failures.lockedUntil);
    const auto fail = [&]() -> ServiceStatus {
        const int count = failures.count + 1;
        (void)keySlots.recordFailure(name, count, core::LoginThrottle::lockedUntil(count, now));
        return wrongAdmin();
    };
    std::optional<core::StaffRecord> admin;
    if (!name.isEmpty() && !detail::usernameProblem(name)) {
        if (auto record = state.directory->findByUsername(name); record && record->enabled && roleFromId(record->role) == Role::Admin)
            admin = *record;
    }
    if (!admin || password.isEmpty() || !keySlots.hasSlot(name)) {
        // The same scrypt work as a real slot: the answer time tells nothing.
        (void)core::derivePasswordKey(password.toUtf8(), detail::freshKdfParams(state.options));
        return fail();
    }
    auto unlocked = keySlots.unlock(name, password);
    if (!unlocked) {
        if (unlocked.code() == core::StoreError::WrongPassword || unlocked.code() == core::StoreError::NotFound)
            return fail();
        return detail::fromStore(unlocked.error(), StoreAccess::Read);
    }
    (void)keySlots.clearFailures(name);
    core::SecurityEventRecord event;
    event.at = now;
    event.actorId = admin->id;
    event.action = QStringLiteral("kiosk closed");
    (void)state.directory->recordEvent(event);
    m_workstation.logout(); // ends the patient session (audited), the kiosk and the store
    return {};
}

ServiceResult<bool> KioskService::kioskOnStart() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (!state.kiosk) {
        if (auto actor = detail::currentActor(state); !actor)
            return actor.error();
    }
    if (!state.store)
        return failure<bool>(ServiceError::NotLoggedIn, QCoreApplication::translate("StaffService", "Please sign in first."));
    auto value = detail::readSetting(state.store->database(), kKioskOnStartSetting);
    if (!value)
        return value.error();
    return value->has_value() && **value == QByteArrayLiteral("1");
}

ServiceStatus KioskService::setKioskOnStart(bool enabled)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto admin = detail::currentActor(state, Role::Admin);
    if (!admin)
        return admin.error();
    if (auto written = detail::writeSetting(state.store->database(), kKioskOnStartSetting,
                                            enabled ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
        !written)
        return written;
    core::SecurityEventRecord event;
    event.at = state.now();
    event.actorId = admin->id;
    event.action = enabled ? QStringLiteral("kiosk on start enabled") : QStringLiteral("kiosk on start disabled");
    (void)state.directory->recordEvent(event);
    return {};
}

// ==== the patient session ==================================================================

ServiceResult<PatientSession> KioskService::patientLogin(const QString &mrn, const QString &pin)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (!state.kiosk || !state.store) {
        if (!state.user)
            return failure<PatientSession>(ServiceError::NotLoggedIn, QCoreApplication::translate("StaffService", "Please sign in first."));
        return ServiceResult<PatientSession>(notInKiosk());
    }
    patientLogout();
    const auto digits = core::parseMrn(mrn);
    if (!digits)
        return failure<PatientSession>(ServiceError::InvalidInput,
                                       QCoreApplication::translate("KioskService", "This is not a record number. It has nine digits, like 1234-5678-9, as on your card."));
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    const QDateTime now = state.now();
    const QByteArray pseudonym = detail::pseudonymFor(**session, *digits);
    auto row = detail::findPatient(db, pseudonym);
    if (!row)
        return row.error();
    std::optional<PinRow> pinRow;
    if (*row && !(*row)->erased()) {
        auto read = readPin(db, pseudonym);
        if (!read)
            return read.error();
        pinRow = *read;
    }

    if (!pinRow) {
        // Unknown, erased or without a PIN: counted in memory and answered like a wrong PIN.
        auto &f = state.kiosk->failuresWithoutPin[*digits];
        if (f.lockedUntil.isValid() && f.lockedUntil > now)
            return ServiceResult<PatientSession>(pinLocked(now, f.lockedUntil));
        (void)core::derivePasswordKey(pin.toUtf8(), detail::freshKdfParams(state.options));
        ++f.count;
        f.lockedUntil = lockAfter(f.count, now);
        return ServiceResult<PatientSession>(wrongPin());
    }
    if (pinRow->lockedUntil.isValid() && pinRow->lockedUntil > now) {
        (void)auditPatient(state, pseudonym, QStringLiteral("patient-sign-in"), QStringLiteral("locked out"), true);
        return ServiceResult<PatientSession>(pinLocked(now, pinRow->lockedUntil));
    }
    if (!pinMatches(pinRow->hash, pin)) {
        const int count = pinRow->failures + 1;
        if (auto s = recordPinFailure(db, pseudonym, count, lockAfter(count, now)); !s)
            return s.error();
        (void)auditPatient(state, pseudonym, QStringLiteral("patient-sign-in"),
                           QStringLiteral("wrong PIN (%1 in a row)").arg(count), true);
        return ServiceResult<PatientSession>(wrongPin());
    }
    if (pinRow->failures != 0 || pinRow->lockedUntil.isValid()) {
        if (auto s = recordPinFailure(db, pseudonym, 0, {}); !s)
            return s.error();
    }
    if (auto audited = auditPatient(state, pseudonym, QStringLiteral("patient-sign-in"), QString(), false); !audited)
        return audited.error();
    detail::KioskPatient patient;
    patient.pseudonym = pseudonym;
    patient.mrnDigits = *digits;
    patient.givenName = (*row)->givenName;
    patient.familyName = (*row)->familyName;
    patient.signedInAt = now;
    state.kiosk->patient = std::move(patient);
    state.kiosk->failuresWithoutPin.remove(*digits);
    Q_EMIT m_workstation.sessionChanged();
    return *currentPatient();
}

void KioskService::patientLogout()
{
    State &state = WorkstationAccess::state(m_workstation);
    if (!state.kiosk || !state.kiosk->patient)
        return;
    detail::KioskPatient &patient = *state.kiosk->patient;
    if (state.store)
        (void)auditPatient(state, patient.pseudonym, QStringLiteral("patient-sign-out"), QString(), false);
    patient.pseudonym.fill('\0');
    wipe(patient.mrnDigits);
    wipe(patient.givenName);
    wipe(patient.familyName);
    state.kiosk->patient.reset();
    Q_EMIT m_workstation.sessionChanged();
}

std::optional<PatientSession> KioskService::currentPatient() const
{
    const State &state = WorkstationAccess::state(m_workstation);
    if (!state.kiosk || !state.kiosk->patient)
        return std::nullopt;
    const detail::KioskPatient &p = *state.kiosk->patient;
    return PatientSession{p.pseudonym, core::formatMrn(p.mrnDigits), p.givenName, p.familyName, p.signedInAt};
}

QDateTime KioskService::patientLockedUntil(const QString &mrn) const
{
    State &state = WorkstationAccess::state(m_workstation);
    const auto digits = core::parseMrn(mrn);
    if (!state.kiosk || !state.store || !state.records || !digits)
        return {};
    const QDateTime now = state.now();
    QDateTime until;
    if (auto read = readPin(state.store->database(), detail::pseudonymFor(*state.records, *digits)); read && *read)
        until = (*read)->lockedUntil;
    else if (auto f = state.kiosk->failuresWithoutPin.constFind(*digits); f != state.kiosk->failuresWithoutPin.cend())
        until = f->lockedUntil;
    return until.isValid() && until > now ? until.toUTC() : QDateTime();
}

// ==== PINs =================================================================================

std::optional<QString> KioskService::pinProblem(const QString &pin)
{
    const bool digitsOnly = std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (pin.size() < 6 || pin.size() > 8 || !digitsOnly)
        return QCoreApplication::translate("KioskService", "A PIN has 6 to 8 digits.");
    if (isRun(pin, 0))
        return QCoreApplication::translate("KioskService", "A PIN may not be one digit repeated.");
    if (isRun(pin, 1) || isRun(pin, -1))
        return QCoreApplication::translate("KioskService", "A PIN may not be a run of digits like 123456 or 654321.");
    return std::nullopt;
}

ServiceStatus KioskService::setPatientPin(const PatientId &patient, const QString &pin)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto admin = detail::currentActor(state, Role::Admin); !admin)
        return admin.error();
    auto access = detail::authorize(state, patient, core::PatientAction::EditDemographics, QStringLiteral("set-pin"));
    if (!access)
        return access.error();
    if (auto problem = pinProblem(pin))
        return detail::auditedFailure<bool>(state, *access, {ServiceError::InvalidInput, *problem}).error();
    auto hash = hashPin(state.options, pin);
    if (!hash)
        return detail::auditedFailure<bool>(state, *access, hash.error()).error();
    const auto write = [&]() -> ServiceStatus {
        core::Database &db = state.store->database();
        auto t = db.begin();
        if (!t)
            return detail::fromStore(t.error(), StoreAccess::Write);
        auto st = db.prepare("INSERT OR REPLACE INTO patient_pins (pseudonym, pin_hash, failures, locked_until, changed_at) "
                             "VALUES (?1, ?2, 0, NULL, ?3)");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, patient).bind(2, *hash).bind(3, detail::isoTime(state.now()));
        if (auto ran = st->run(); !ran)
            return detail::fromStore(ran.error(), StoreAccess::Write);
        if (auto s = detail::appendAudit(state, db, access->actor, detail::auditFor(*access, QStringLiteral("PIN set"))); !s)
            return s;
        if (auto c = t->commit(); !c)
            return detail::fromStore(c.error(), StoreAccess::Write);
        return {};
    };
    if (auto written = write(); !written)
        return detail::auditedFailure<bool>(state, *access, written.error()).error();
    return {};
}

ServiceResult<bool> KioskService::hasPin(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto admin = detail::currentActor(state, Role::Admin); !admin)
        return admin.error();
    auto row = readPin(state.store->database(), patient);
    if (!row)
        return row.error();
    return row->has_value();
}

ServiceStatus KioskService::changeOwnPin(const QString &currentPin, const QString &newPin)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    const QByteArray pseudonym = (*signedIn)->pseudonym;
    // Changing the PIN controls who can open the record: the same right as managing access.
    auto access = detail::authorize(state, pseudonym, core::PatientAction::ManageAccess, QStringLiteral("change-pin"));
    if (!access)
        return access.error();
    const auto fail = [&](const core::Error<ServiceError> &e) -> ServiceStatus { return detail::auditedFailure<bool>(state, *access, e).error(); };
    core::Database &db = state.store->database();
    const QDateTime now = state.now();
    auto row = readPin(db, pseudonym);
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail({ServiceError::NotFound, QCoreApplication::translate("KioskService", "You have no PIN yet; ask at the desk.")});
    if ((*row)->lockedUntil.isValid() && (*row)->lockedUntil > now)
        return fail(pinLocked(now, (*row)->lockedUntil));
    if (!pinMatches((*row)->hash, currentPin)) {
        const int count = (*row)->failures + 1;
        const QDateTime until = lockAfter(count, now);
        if (auto s = recordPinFailure(db, pseudonym, count, until); !s)
            return fail(s.error());
        (void)detail::auditedFailure<bool>(state, *access,
                                           {ServiceError::WrongCredentials, QStringLiteral("wrong current PIN (%1 in a row)").arg(count)});
        if (until.isValid()) {
            patientLogout(); // someone is guessing at an open session: end it
            return pinLocked(now, until);
        }
        return failure(ServiceError::WrongCredentials, QCoreApplication::translate("KioskService", "The current PIN is not correct."));
    }
    if (newPin == currentPin)
        return fail({ServiceError::InvalidInput, QCoreApplication::translate("KioskService", "The new PIN must be different from the current one.")});
    if (auto problem = pinProblem(newPin))
        return fail({ServiceError::InvalidInput, *problem});
    auto hash = hashPin(state.options, newPin);
    if (!hash)
        return fail(hash.error());
    auto t = db.begin();
    if (!t)
        return fail(detail::fromStore(t.error(), StoreAccess::Write));
    auto st = db.prepare("UPDATE patient_pins SET pin_hash = ?2, failures = 0, locked_until = NULL, changed_at = ?3 WHERE pseudonym = ?1");
    if (!st)
        return fail(detail::fromStore(st.error(), StoreAccess::Write));
    st->bindBlob(1, pseudonym).bind(2, *hash).bind(3, detail::isoTime(now));
    if (auto ran = st->run(); !ran)
        return fail(detail::fromStore(ran.error(), StoreAccess::Write));
    if (auto s = detail::appendAudit(state, db, access->actor, detail::auditFor(*access, QStringLiteral("PIN changed"))); !s)
        return fail(s.error());
    if (auto c = t->commit(); !c)
        return fail(detail::fromStore(c.error(), StoreAccess::Write));
    return {};
}

// ==== the patient's own record =============================================================

ServiceResult<QList<KioskPrescription>> KioskService::prescriptions() const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    const QByteArray pseudonym = (*signedIn)->pseudonym;
    auto access = detail::authorize(state, pseudonym, core::PatientAction::ViewPrescriptions, QStringLiteral("kiosk-prescriptions"));
    if (!access)
        return access.error();
    auto items = detail::firstAndCurrent<core::Prescription>(state.store->database(), *state.records, pseudonym, kPrescription);
    if (!items)
        return detail::auditedFailure<QList<KioskPrescription>>(state, *access, items.error());
    QList<KioskPrescription> out;
    for (const auto &item : *items) {
        KioskPrescription p;
        p.recordId = item.recordId;
        p.version = item.newest.version;
        p.prescription = item.current.value;
        p.prescriberName = item.first.authorship.authorName;
        p.firstWrittenAt = item.first.authorship.writtenAt;
        p.updatedAt = item.current.authorship.writtenAt;
        p.active = !core::isFinal(p.prescription.status);
        out.append(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const KioskPrescription &a, const KioskPrescription &b) {
        if (a.active != b.active)
            return a.active;
        return a.firstWrittenAt > b.firstWrittenAt;
    });
    if (auto audited = detail::auditAlone(state, access->actor, detail::auditFor(*access, QStringLiteral("prescriptions=%1").arg(out.size())));
        !audited)
        return audited.error();
    return out;
}

ServiceResult<PrescriptionDocument> KioskService::prescriptionDocument(const QByteArray &recordId) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    const QByteArray pseudonym = (*signedIn)->pseudonym;
    auto access =
        detail::authorize(state, pseudonym, core::PatientAction::ViewPrescriptions, QStringLiteral("kiosk-prescription-document"));
    if (!access)
        return access.error();
    core::Database &db = state.store->database();
    // Looked up among this patient's records only: another patient's record id is NotFound.
    auto versions = detail::recordVersions(db, pseudonym, recordId);
    if (!versions || versions->isEmpty() || versions->first().kind != kPrescription)
        return detail::auditedFailure<PrescriptionDocument>(
            state, *access, {ServiceError::NotFound, QCoreApplication::translate("KioskService", "You have no such prescription.")});
    const detail::StoredVersion &newest = versions->last();
    auto first = detail::decodeStored<core::Prescription>(db, *state.records, pseudonym, versions->first());
    if (!first)
        return detail::auditedFailure<PrescriptionDocument>(state, *access, first.error());
    auto current = detail::decodeStored<core::Prescription>(db, *state.records, pseudonym, newest);
    if (!current)
        return detail::auditedFailure<PrescriptionDocument>(state, *access, current.error());
    auto chainHash = chainHashOf(db, newest.txId);
    if (!chainHash)
        return detail::auditedFailure<PrescriptionDocument>(state, *access, chainHash.error());
    if (chainHash->isEmpty() || newest.version > std::numeric_limits<quint32>::max())
        return detail::auditedFailure<PrescriptionDocument>(
            state, *access, {ServiceError::StoreUnavailable, QCoreApplication::translate("KioskService", "This prescription cannot be printed: it has no record on the chain.")});

    PrescriptionDocument doc;
    doc.clinicName = detail::clinicName(db);
    doc.patientName = QStringLiteral("%1 %2").arg(access->patient.givenName, access->patient.familyName).trimmed();
    doc.mrn = detail::displayMrn(access->patient);
    doc.birthDate = access->patient.birthDate;
    doc.recordId = recordId;
    doc.version = newest.version;
    doc.prescription = current->value;
    doc.prescriberName = first->authorship.authorName;
    doc.lastChangedBy = current->authorship.authorName;
    doc.firstWrittenAt = first->authorship.writtenAt;
    doc.versionWrittenAt = current->authorship.writtenAt;
    doc.verificationCode = makeCode(recordId, newest.version, *chainHash);
    doc.generatedAt = state.now();
    if (auto audited = detail::auditAlone(
            state, access->actor,
            detail::auditFor(*access, QStringLiteral("prescription record %1 version %2").arg(detail::shortHex(recordId)).arg(newest.version)));
        !audited)
        return audited.error();
    return doc;
}

ServiceResult<QList<AccessGrant>> KioskService::accessList() const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    return m_workstation.consent().grants((*signedIn)->pseudonym);
}

ServiceResult<QList<BreakGlassAccess>> KioskService::emergencyAccesses() const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    return m_workstation.consent().breakGlassHistory((*signedIn)->pseudonym);
}

ServiceResult<QList<KioskService::Grantee>> KioskService::grantees() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto signedIn = signedInPatient(state); !signedIn)
        return signedIn.error();
    auto staff = state.directory->list();
    if (!staff)
        return detail::storeFailure<QList<Grantee>>(staff.error(), StoreAccess::Read);
    QList<Grantee> out;
    for (const core::StaffRecord &record : *staff) {
        const auto role = roleFromId(record.role);
        if (record.enabled && (role == Role::Doctor || role == Role::Nurse))
            out.append(Grantee{record.username, record.displayName, *role});
    }
    return out;
}

ServiceResult<QList<ClinicInfo>> KioskService::clinics() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto signedIn = signedInPatient(state); !signedIn)
        return signedIn.error();
    // ConsentService::clinics() wants a staff session; the list holds no patient data.
    core::Database &db = state.store->database();
    QList<ClinicInfo> out;
    ClinicInfo self;
    self.clinicId = state.records->clinicId;
    self.name = detail::clinicName(db);
    self.thisClinic = true;
    out.append(self);
    auto st = db.prepare("SELECT member_id FROM ledger_members WHERE removed_height IS NULL ORDER BY id");
    if (!st)
        return detail::storeFailure<QList<ClinicInfo>>(st.error(), StoreAccess::Read);
    if (auto done = st->forEachRow([&](const core::Statement &row) {
            const QByteArray id = row.blob(0);
            if (id != self.clinicId)
                out.append(ClinicInfo{id, QCoreApplication::translate("ConsentService", "Clinic %1").arg(detail::shortHex(id)), false});
        });
        !done)
        return detail::storeFailure<QList<ClinicInfo>>(done.error(), StoreAccess::Read);
    return out;
}

ServiceResult<qint64> KioskService::grantToStaff(const QString &username, const QDateTime &expiresAt)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    return m_workstation.consent().grantToStaff((*signedIn)->pseudonym, username, expiresAt);
}

ServiceResult<qint64> KioskService::grantToClinic(const QByteArray &clinicId, const QDateTime &expiresAt)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    return m_workstation.consent().grantToClinic((*signedIn)->pseudonym, clinicId, expiresAt);
}

ServiceStatus KioskService::revoke(qint64 grantId, const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto signedIn = signedInPatient(state);
    if (!signedIn)
        return signedIn.error();
    return m_workstation.consent().revoke((*signedIn)->pseudonym, grantId, reason);
}

// ==== staff: checking a printed code =======================================================

ServiceResult<PrescriptionCheck> KioskService::verifyPrescriptionCode(const QString &code) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    auto parsed = parseCode(code);
    if (!parsed)
        return parsed.error();
    core::Database &db = state.store->database();
    const auto auditUnmatched = [&](const QString &detailText) -> ServiceStatus {
        detail::AuditWrite entry;
        entry.action = QStringLiteral("verify-prescription");
        entry.detail = detailText;
        return detail::auditAlone(state, *actor, entry);
    };

    // Candidates: record-put transactions on the main chain of this version whose record id
    // starts with the code's prefix (ledger_tx_by_record serves the range).
    struct Candidate {
        QByteArray txId, recordId, pseudonym, ciphertextHash;
    };
    std::optional<Candidate> match;
    {
        auto st = db.prepare("SELECT tx_id, record_id, pseudonym, ciphertext_hash FROM ledger_tx_index "
                             "WHERE record_id >= ?1 AND record_id < ?2 AND type = ?3 AND record_version = ?4");
        if (!st)
            return detail::storeFailure<PrescriptionCheck>(st.error(), StoreAccess::Read);
        st->bindBlob(1, parsed->recordPrefix).bindBlob(2, prefixEnd(parsed->recordPrefix));
        st->bind(3, static_cast<int>(ledger::TxType::RecordPut)).bind(4, static_cast<qint64>(parsed->version));
        auto done = st->forEachRow([&](const core::Statement &row) {
            Candidate c{row.blob(0), row.blob(1), row.blob(2), row.isNull(3) ? QByteArray() : row.blob(3)};
            if (!match && core::constantTimeEqual(codeCheck(c.recordId, parsed->version, c.ciphertextHash), parsed->check))
                match = c;
        });
        if (!done)
            return detail::storeFailure<PrescriptionCheck>(done.error(), StoreAccess::Read);
    }
    PrescriptionCheck check;
    if (!match) {
        check.status = PrescriptionCodeStatus::Unknown;
        check.summary = QCoreApplication::translate("KioskService", "No prescription on this workstation's chain matches this code. It may be mistyped, forged, "
                           "from another clinic or not yet sealed.");
        if (auto audited = auditUnmatched(QStringLiteral("no match")); !audited)
            return audited.error();
        return check;
    }
    bool stored = false;
    bool erased = false;
    QString kind;
    QByteArray ciphertext;
    {
        auto st = db.prepare("SELECT kind, ciphertext, erased FROM record_payloads WHERE record_id = ?1 AND version = ?2");
        if (!st)
            return detail::storeFailure<PrescriptionCheck>(st.error(), StoreAccess::Read);
        st->bindBlob(1, match->recordId).bind(2, static_cast<qint64>(parsed->version));
        auto hasRow = st->step();
        if (!hasRow)
            return detail::storeFailure<PrescriptionCheck>(hasRow.error(), StoreAccess::Read);
        stored = *hasRow;
        if (stored) {
            kind = st->text(0);
            erased = st->int64(2) != 0;
            ciphertext = st->isNull(1) ? QByteArray() : st->blob(1);
        }
    }
    if (stored && kind != kPrescription) {
        check.summary = QCoreApplication::translate("KioskService", "This code names a record that is not a prescription.");
        if (auto audited = auditUnmatched(QStringLiteral("not a prescription")); !audited)
            return audited.error();
        return check;
    }
    auto head = state.chain->recordHead(match->recordId);
    if (!head)
        return failure<PrescriptionCheck>(ServiceError::StoreUnavailable, head.message());
    auto patientRow = detail::findPatient(db, match->pseudonym);
    if (!patientRow)
        return patientRow.error();
    check.patient = match->pseudonym;
    check.mrn = *patientRow ? detail::displayMrn(**patientRow) : QString();
    check.recordId = match->recordId;
    check.codeVersion = parsed->version;
    check.currentVersion = *head && !(*head)->erased ? (*head)->version : parsed->version;
    check.transactionId = match->txId;
    if (!stored || erased || (*head && (*head)->erased)) {
        check.status = PrescriptionCodeStatus::Unknown;
        check.summary = QCoreApplication::translate("KioskService", "This prescription was on the chain but the patient's record has been erased.");
    } else if (core::sha256(ciphertext) != match->ciphertextHash) {
        check.status = PrescriptionCodeStatus::Tampered;
        check.summary = QCoreApplication::translate("KioskService", "The code matches the chain, but the stored prescription does not: the store is damaged or was "
                           "altered. Do not rely on it and tell an administrator.");
    } else if (check.currentVersion > check.codeVersion) {
        check.status = PrescriptionCodeStatus::Superseded;
        check.summary = QCoreApplication::translate("KioskService", "Genuine, but no longer current: version %1 was printed, the prescription is now at version %2.")
                            .arg(check.codeVersion)
                            .arg(check.currentVersion);
    } else {
        check.status = PrescriptionCodeStatus::Current;
        check.summary = QCoreApplication::translate("KioskService", "Genuine and current: this is the latest version (%1) of the prescription.").arg(check.codeVersion);
    }

    // The content only for a reader who may see this patient's prescriptions; the gate
    // writes this call's one audit entry (refused for one who may not).
    auto access = detail::authorize(state, match->pseudonym, core::PatientAction::ViewPrescriptions, QStringLiteral("verify-prescription"));
    if (!access) {
        if (access.code() == ServiceError::PermissionDenied)
            return check;
        if (access.code() == ServiceError::NotFound) {
            if (auto audited = auditUnmatched(QStringLiteral("record %1: patient not registered here").arg(detail::shortHex(match->recordId)));
                !audited)
                return audited.error();
            return check;
        }
        return access.error();
    }
    const QString detailText = QStringLiteral("prescription record %1 version %2: %3")
                                   .arg(detail::shortHex(match->recordId))
                                   .arg(check.codeVersion)
                                   .arg(check.status == PrescriptionCodeStatus::Current      ? QStringLiteral("current")
                                        : check.status == PrescriptionCodeStatus::Superseded ? QStringLiteral("superseded")
                                        : check.status == PrescriptionCodeStatus::Tampered   ? QStringLiteral("tampered")
                                                                                             : QStringLiteral("erased"));
    if (check.status == PrescriptionCodeStatus::Current || check.status == PrescriptionCodeStatus::Superseded) {
        auto versions = detail::recordVersions(db, match->pseudonym, match->recordId);
        if (versions && !versions->isEmpty()) {
            for (qsizetype i = 0; i < versions->size(); ++i) {
                const detail::StoredVersion &v = versions->at(i);
                if (v.version == check.codeVersion) {
                    if (auto printed = detail::decodeStored<core::Prescription>(db, *state.records, match->pseudonym, v))
                        check.printed = printed->value;
                }
                if (i == versions->size() - 1) {
                    if (auto current = detail::decodeStored<core::Prescription>(db, *state.records, match->pseudonym, v))
                        check.currentStatus = current->value.status;
                }
            }
        }
    }
    if (auto audited = detail::auditAlone(state, access->actor, detail::auditFor(*access, detailText)); !audited)
        return audited.error();
    return check;
}

} // namespace careledger::services
