#include "services/DeviceService.h"

#include "clinical/Mrn.h"
#include "services/RecordsOps.h"
#include "services/VitalsService.h"
#include "services/Workstation.h"
#include "store/Database.h"
#include "store/KeySlots.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace careledger::services {

using State = WorkstationAccess::State;
using detail::StoreAccess;

namespace {

constexpr qsizetype kMaxTextField = 200;

QByteArray deviceKeyAad(const QByteArray &deviceId)
{
    return QByteArrayLiteral("careledger-device-key-v1") + detail::u32be(static_cast<quint32>(deviceId.size())) + deviceId;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("careledger::services::DeviceService", text); // the context lupdate gives these calls
}

quint64 msOf(const QDateTime &t)
{
    return static_cast<quint64>(qMax<qint64>(0, t.toMSecsSinceEpoch()));
}

// The newest pairing of a device: (row id, from_ms, to_ms or -1 while current).
struct PairingRow {
    qint64 id = 0;
    QByteArray pseudonym;
    qint64 fromMs = 0;
    qint64 toMs = -1;
};

ServiceResult<std::optional<PairingRow>> newestPairing(core::Database &db, const QByteArray &deviceId)
{
    auto st = db.prepare("SELECT id, pseudonym, from_ms, to_ms FROM device_pairings WHERE device_id = ?1 ORDER BY from_ms DESC, id DESC LIMIT 1");
    if (!st)
        return detail::storeFailure<std::optional<PairingRow>>(st.error(), StoreAccess::Read);
    st->bindBlob(1, deviceId);
    auto has = st->step();
    if (!has)
        return detail::storeFailure<std::optional<PairingRow>>(has.error(), StoreAccess::Read);
    if (!*has)
        return std::optional<PairingRow>();
    return std::optional<PairingRow>(PairingRow{st->int64(0), st->blob(1), st->int64(2), st->isNull(3) ? -1 : st->int64(3)});
}

ServiceResult<bool> deviceExists(core::Database &db, const QByteArray &deviceId)
{
    auto st = db.prepare("SELECT 1 FROM devices WHERE device_id = ?1");
    if (!st)
        return detail::storeFailure<bool>(st.error(), StoreAccess::Read);
    st->bindBlob(1, deviceId);
    auto has = st->step();
    if (!has)
        return detail::storeFailure<bool>(has.error(), StoreAccess::Read);
    return *has;
}

ServiceStatus run(core::Statement &st)
{
    if (auto ran = st.run(); !ran)
        return detail::fromStore(ran.error(), StoreAccess::Write);
    return {};
}

} // namespace

QByteArray DeviceRegistration::provisioningLine() const
{
    return deviceId.toUtf8() + ' ' + keyHex + '\n';
}

ServiceStatus DeviceService::writeProvisioningFile(const QString &path, const DeviceRegistration &registration)
{
    QFile file(path);
    // Created with owner-only permissions before the key is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ServiceStatus::failure(ServiceError::Storage, tr("Cannot create the provisioning file: %1").arg(file.errorString()));
    const QByteArray text = QByteArrayLiteral("# CareLedger provisioning file: keep it readable by the gateway's account only\n") +
                            registration.provisioningLine();
    if (file.write(text) != text.size() || !file.flush())
        return ServiceStatus::failure(ServiceError::Storage, tr("Cannot write the provisioning file: %1").arg(file.errorString()));
    return {};
}

ServiceResult<DeviceRegistration> DeviceService::registerDevice(const QString &type, const QString &model, const QString &serial)
{
    const QString deviceIdText = QStringLiteral("dev-") + QString::fromLatin1(core::randomBytes(8).toHex());
    core::SecureBytes key = core::randomSecret(32);
    auto registered = registerWith(deviceIdText, type, model, serial, &key);
    if (!registered)
        return registered.error();
    DeviceRegistration result;
    result.deviceId = deviceIdText;
    result.keyHex = key.toHex().view().toByteArray();
    return result;
}

ServiceResult<QString> DeviceService::registerHl7Monitor(const QString &type, const QString &model, const QString &serial,
                                                         const QString &eui64)
{
    // The id an HL7 monitor puts in its messages (docs/gateway-protocol.md): 16 hex digits,
    // upper case, with or without the dashes or colons of a printed label.
    QString id = eui64.trimmed().toUpper();
    id.remove(QLatin1Char('-')).remove(QLatin1Char(':'));
    static const QRegularExpression hex16(QStringLiteral("^[0-9A-F]{16}$"));
    if (!hex16.match(id).hasMatch())
        return detail::invalidInput(tr("An HL7 monitor's EUI-64 has 16 hexadecimal digits, as on its label (e.g. 00:09:5C:FF:FE:12:34:56).")).error();
    auto registered = registerWith(id, type, model, serial, nullptr);
    if (!registered)
        return registered.error();
    return id;
}

ServiceStatus DeviceService::registerWith(const QString &deviceIdText, const QString &type, const QString &model, const QString &serial,
                                          const core::SecureBytes *key)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state, Role::Admin);
    if (!actor)
        return actor.error();
    for (const QString &field : {type, model, serial})
        if (field.trimmed().isEmpty() || field.size() > kMaxTextField)
            return detail::invalidInput(tr("Device type, model and serial number must each be 1 to 200 characters."));
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    const QByteArray deviceId = deviceIdText.toUtf8();
    auto exists = deviceExists(state.store->database(), deviceId);
    if (!exists)
        return exists.error();
    if (*exists)
        return ServiceStatus::failure(ServiceError::AlreadyExists, tr("This device is already registered."));

    // A CLV1 device's key is sealed like patient keys; an HL7 monitor has none (an empty
    // sealed_key), and the chain gets SHA-256 of the empty string in place of a key's hash.
    QByteArray sealedKey("");
    if (key) {
        auto sealed = core::aesGcmSeal((*session)->patientKeyWrap.view(), key->view(), deviceKeyAad(deviceId));
        if (!sealed)
            return ServiceStatus::failure(ServiceError::Storage, sealed.message());
        sealedKey = *sealed;
    }
    const QByteArray keyHash = key ? core::sha256(key->view()) : core::sha256(QByteArray());
    auto tx = detail::makeTransaction(*state.chain, state.signingKey, ledger::DeviceRegisterBody{deviceId, keyHash}, detail::nowMs(state));
    if (!tx)
        return tx.error();
    const QByteArray txId = tx->id();
    auto done = detail::commit(state, *tx, [&](core::Database &db) -> ServiceStatus {
        auto st = db.prepare("INSERT INTO devices (device_id, type, model, serial, sealed_key, registered_at, registered_by, register_tx_id) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, deviceId).bind(2, type.trimmed()).bind(3, model.trimmed()).bind(4, serial.trimmed()).bindBlob(5, sealedKey);
        st->bind(6, detail::isoTime(state.now())).bind(7, actor->id).bindBlob(8, txId);
        return run(*st);
    });
    if (!done)
        return done.error();
    (void)m_workstation.vitals().reloadDevices(); // the gateway knows the new device at once
    return {};
}

ServiceStatus DeviceService::pair(const QString &deviceIdText, const PatientId &patient, const QDateTime &from)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto admin = detail::currentActor(state, Role::Admin); !admin)
        return admin.error();
    auto access = detail::authorize(state, patient, core::PatientAction::EditDemographics, QStringLiteral("pair-device"));
    if (!access)
        return access.error();
    const QByteArray deviceId = deviceIdText.toUtf8();
    core::Database &db = state.store->database();
    auto exists = deviceExists(db, deviceId);
    if (!exists)
        return detail::auditedFailure<bool>(state, *access, exists.error()).error();
    if (!*exists)
        return detail::auditedFailure<bool>(state, *access, {ServiceError::NotFound, tr("No such device.")}).error();
    auto newest = newestPairing(db, deviceId);
    if (!newest)
        return newest.error();
    const qint64 fromMs = from.toMSecsSinceEpoch();
    if (*newest && (fromMs <= (*newest)->fromMs || ((*newest)->toMs >= 0 && fromMs < (*newest)->toMs)))
        return detail::auditedFailure<bool>(state, *access,
                                            {ServiceError::InvalidInput, tr("A pairing cannot start before the device's previous pairing ends.")})
            .error();
    auto tx = detail::makeTransaction(*state.chain, state.signingKey, ledger::DevicePairBody{deviceId, patient, msOf(from)}, detail::nowMs(state));
    if (!tx)
        return tx.error();
    const QByteArray txId = tx->id();
    auto done = detail::commit(state, *tx, [&](core::Database &tdb) -> ServiceStatus {
        if (*newest && (*newest)->toMs < 0) {
            auto end = tdb.prepare("UPDATE device_pairings SET to_ms = ?1 WHERE id = ?2");
            if (!end)
                return detail::fromStore(end.error(), StoreAccess::Write);
            end->bind(1, fromMs).bind(2, (*newest)->id);
            if (auto s = run(*end); !s)
                return s;
        }
        auto st = tdb.prepare("INSERT INTO device_pairings (device_id, pseudonym, from_ms, paired_by, pair_tx_id) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, deviceId).bindBlob(2, patient).bind(3, fromMs).bind(4, access->actor.id).bindBlob(5, txId);
        if (auto s = run(*st); !s)
            return s;
        return detail::appendAudit(state, tdb, access->actor, detail::auditFor(*access, QStringLiteral("device %1").arg(deviceIdText)));
    });
    if (!done)
        return done.error();
    (void)m_workstation.vitals().reloadDevices(); // readings follow the new pairing at once
    return {};
}

ServiceStatus DeviceService::unpair(const QString &deviceIdText, const QDateTime &at)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state, Role::Admin);
    if (!actor)
        return actor.error();
    const QByteArray deviceId = deviceIdText.toUtf8();
    auto newest = newestPairing(state.store->database(), deviceId);
    if (!newest)
        return newest.error();
    if (!*newest || (*newest)->toMs >= 0)
        return ServiceStatus::failure(ServiceError::NotFound, tr("The device is not paired."));
    const qint64 atMs = at.toMSecsSinceEpoch();
    if (atMs <= (*newest)->fromMs)
        return detail::invalidInput(tr("A pairing cannot end before it starts."));
    auto access = detail::authorize(state, (*newest)->pseudonym, core::PatientAction::EditDemographics, QStringLiteral("unpair-device"));
    if (!access)
        return access.error();
    auto tx = detail::makeTransaction(*state.chain, state.signingKey, ledger::DeviceUnpairBody{deviceId, msOf(at)}, detail::nowMs(state));
    if (!tx)
        return tx.error();
    const QByteArray txId = tx->id();
    auto done = detail::commit(state, *tx, [&](core::Database &tdb) -> ServiceStatus {
        auto st = tdb.prepare("UPDATE device_pairings SET to_ms = ?1, unpair_tx_id = ?2 WHERE id = ?3");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bind(1, atMs).bindBlob(2, txId).bind(3, (*newest)->id);
        if (auto s = run(*st); !s)
            return s;
        return detail::appendAudit(state, tdb, access->actor, detail::auditFor(*access, QStringLiteral("device %1").arg(deviceIdText)));
    });
    if (!done)
        return done.error();
    (void)m_workstation.vitals().reloadDevices(); // readings follow the new pairing at once
    return {};
}

ServiceResult<QList<DeviceInfo>> DeviceService::devices()
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed.error();
    auto st = state.store->database().prepare(
        "SELECT d.device_id, d.type, d.model, d.serial, d.registered_at, p.pseudonym, p.from_ms, pt.mrn, "
        "length(d.sealed_key) = 0 FROM devices d "
        "LEFT JOIN device_pairings p ON p.device_id = d.device_id AND p.to_ms IS NULL "
        "LEFT JOIN patients pt ON pt.pseudonym = p.pseudonym ORDER BY d.registered_at, d.device_id");
    if (!st)
        return detail::storeFailure<QList<DeviceInfo>>(st.error(), StoreAccess::Read);
    QList<DeviceInfo> out;
    auto ran = st->forEachRow([&](const core::Statement &row) {
        DeviceInfo info{QString::fromUtf8(row.blob(0)), row.text(1), row.text(2), row.text(3), detail::parseTime(row.text(4)), std::nullopt,
                        row.int64(8) != 0};
        if (!row.isNull(5))
            info.current = DevicePairing{row.blob(5), QDateTime::fromMSecsSinceEpoch(row.int64(6), Qt::UTC), QDateTime(),
                                         row.isNull(7) || row.text(7).isEmpty() ? QString() : core::formatMrn(row.text(7))};
        out.append(info);
    });
    if (!ran)
        return detail::storeFailure<QList<DeviceInfo>>(ran.error(), StoreAccess::Read);
    return out;
}

ServiceResult<std::optional<PatientId>> DeviceService::patientAt(const QString &deviceId, const QDateTime &at)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed.error();
    auto st = state.store->database().prepare(
        "SELECT pseudonym FROM device_pairings WHERE device_id = ?1 AND from_ms <= ?2 AND (to_ms IS NULL OR to_ms > ?2) "
        "ORDER BY from_ms DESC LIMIT 1");
    if (!st)
        return detail::storeFailure<std::optional<PatientId>>(st.error(), StoreAccess::Read);
    st->bindBlob(1, deviceId.toUtf8()).bind(2, at.toMSecsSinceEpoch());
    auto has = st->step();
    if (!has)
        return detail::storeFailure<std::optional<PatientId>>(has.error(), StoreAccess::Read);
    if (!*has)
        return std::optional<PatientId>();
    return std::optional<PatientId>(st->blob(0));
}

} // namespace careledger::services
