#pragma once

// Type-specific transaction bodies. Only pseudonyms (opaque bytes chosen by the services),
// identifiers, key ids and hashes: never names, values or anything else personal.

#include "LedgerError.h"

#include <QByteArray>

#include <optional>
#include <variant>

namespace careledger::ledger {

namespace cbor {
class Writer;
class Reader;
} // namespace cbor

inline constexpr qsizetype kKeyIdSize = 32;
inline constexpr qsizetype kHashSize = 32;
inline constexpr qsizetype kMaxIdSize = 64;    // pseudonyms, record ids, member ids, alert ids
inline constexpr qsizetype kMaxSpkiSize = 256; // a P-256 SPKI is 91 bytes
inline constexpr qsizetype kMaxBodySize = 1024;

// Wire values: never renumber, only add.
enum class TxType : quint8 {
    MemberAdmit = 1,
    MemberRemove = 2,
    ValidatorAdd = 3,
    ValidatorRemove = 4,
    UserKeyRegister = 5,
    RecordPut = 6,
    RecordErase = 7,
    ConsentGrant = 8,
    ConsentRevoke = 9,
    VitalsAnchor = 10,
    AlertAck = 11,
    AlertThresholdOverride = 12,
    AuditAnchor = 13,
    DeviceRegister = 14,
    DevicePair = 15,
    DeviceUnpair = 16,
};

struct MemberAdmitBody { // a clinic node joins the consortium (authority only)
    QByteArray memberId; // opaque clinic identifier
    QByteArray spki;     // the member node's P-256 public key
    bool operator==(const MemberAdmitBody &) const = default;
};
struct MemberRemoveBody { // authority only
    QByteArray memberKeyId;
    bool operator==(const MemberRemoveBody &) const = default;
};
struct ValidatorAddBody { // authority only; joins at the end of the rotation
    QByteArray spki;
    bool operator==(const ValidatorAddBody &) const = default;
};
struct ValidatorRemoveBody { // authority only
    QByteArray validatorKeyId;
    bool operator==(const ValidatorRemoveBody &) const = default;
};
struct UserKeyRegisterBody { // a staff member's signing key, vouched for by a member or the authority
    QByteArray spki;
    QByteArray memberKeyId; // the clinic the staff member belongs to
    bool operator==(const UserKeyRegisterBody &) const = default;
};
struct RecordPutBody {
    QByteArray pseudonym;
    QByteArray recordId;
    quint64 version = 0;
    QByteArray ciphertextHash; // SHA-256 of the stored ciphertext
    quint64 recordKind = 0;    // enumeration owned by the services
    bool operator==(const RecordPutBody &) const = default;
};
struct RecordEraseBody {
    QByteArray pseudonym;
    QByteArray recordId; // empty: every record of the patient
    bool operator==(const RecordEraseBody &) const = default;
};
struct ConsentGrantBody { // exactly one of granteeKeyId / clinicId
    QByteArray pseudonym;
    QByteArray granteeKeyId;
    QByteArray clinicId;
    std::optional<quint64> expiresAtMs;
    QByteArray wrappedKeyHash; // SHA-256 of the patient data key wrapped for the grantee
    bool operator==(const ConsentGrantBody &) const = default;
};
struct ConsentRevokeBody { // exactly one of granteeKeyId / clinicId
    QByteArray pseudonym;
    QByteArray granteeKeyId;
    QByteArray clinicId;
    bool operator==(const ConsentRevokeBody &) const = default;
};
struct VitalsAnchorBody {
    QByteArray pseudonym;
    quint64 windowStartMs = 0;
    quint64 windowEndMs = 0; // exclusive
    quint64 count = 0;
    QByteArray merkleRoot; // RFC 6962 root over the window's reading hashes
    bool operator==(const VitalsAnchorBody &) const = default;
};
struct AlertAckBody {
    QByteArray pseudonym;
    QByteArray alertId;
    bool operator==(const AlertAckBody &) const = default;
};
struct AlertThresholdOverrideBody {
    QByteArray pseudonym;
    quint64 parameter = 0;   // vital-sign parameter code owned by the services
    QByteArray overrideHash; // SHA-256 of the encrypted override record
    bool operator==(const AlertThresholdOverrideBody &) const = default;
};
struct AuditAnchorBody {
    QByteArray headHash; // head of the workstation's audit hash chain
    quint64 entryCount = 0;
    bool operator==(const AuditAnchorBody &) const = default;
};

// Bedside devices. The chain learns a device's opaque id and the hash of its key, never
// the key, its serial number or anything else that could name a patient; a pairing names
// the patient by pseudonym only. Signed by a registered user key.
struct DeviceRegisterBody {
    QByteArray deviceId; // opaque, 1..64 bytes
    QByteArray keyHash;  // SHA-256 of the device's authentication key
    bool operator==(const DeviceRegisterBody &) const = default;
};
struct DevicePairBody { // the device's readings belong to the patient from fromMs on
    QByteArray deviceId;
    QByteArray pseudonym;
    quint64 fromMs = 0;
    bool operator==(const DevicePairBody &) const = default;
};
struct DeviceUnpairBody { // the device's current pairing ends at atMs (exclusive)
    QByteArray deviceId;
    quint64 atMs = 0;
    bool operator==(const DeviceUnpairBody &) const = default;
};

// Alternative index + 1 == TxType value.
using TxBody = std::variant<MemberAdmitBody, MemberRemoveBody, ValidatorAddBody, ValidatorRemoveBody, UserKeyRegisterBody,
                            RecordPutBody, RecordEraseBody, ConsentGrantBody, ConsentRevokeBody, VitalsAnchorBody, AlertAckBody,
                            AlertThresholdOverrideBody, AuditAnchorBody, DeviceRegisterBody, DevicePairBody, DeviceUnpairBody>;

TxType bodyType(const TxBody &body);
QString txTypeName(TxType type);
bool isKnownTxType(quint64 value);
bool isAuthorityOnly(TxType type);

// Field-level rules (sizes, exactly-one-of, ordering of window bounds, parseable keys).
LedgerStatus validateBody(const TxBody &body);

void encodeBody(cbor::Writer &w, const TxBody &body);
TxBody decodeBody(TxType type, cbor::Reader &r); // throws cbor::DecodeError

} // namespace careledger::ledger
