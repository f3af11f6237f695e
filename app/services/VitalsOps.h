#pragma once

// The stored form of live readings (docs/vitals.md §4): a reading's canonical encoding,
// the batch format and its AAD, the leaves of a window's anchor, the alert condition codes
// of the `alerts` table, and the verification of stored batches against their anchors.
// Shared by VitalsService and the ledger verification. Not a front-end API.

#include "sensors/Reading.h"
#include "services/LedgerService.h"
#include "services/RecordsOps.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace careledger::services::detail {

// One reading: CBOR [device id (bytes, UTF-8), sequence, measured at (ms), [[parameter,
// state, value in thousandths], ...]], values ordered by parameter code, every integer
// in its shortest form, so one reading has exactly one encoding.
QByteArray encodeVitalReading(const sensors::Reading &reading);

// A decoded reading with the bytes it was decoded from (the anchor leaf's input).
struct StoredReading {
    QByteArray encoding;
    sensors::Reading reading;
};
// A batch's plaintext: CBOR array of reading encodings, in arrival order.
QByteArray encodeVitalBatch(const QList<QByteArray> &encodings);
// Decodes a batch plaintext; nullopt when it is not one. `each` gets every reading (its
// encoding is a view into the plaintext, valid during the call).
bool decodeVitalBatch(QByteArrayView plaintext, const std::function<void(QByteArrayView encoding, const sensors::Reading &)> &each);

// The trend's fast path over the same format: every measured value with its time, no
// allocation per reading. False when the plaintext is not a batch (values already passed
// on stay passed on).
bool forEachVitalValue(QByteArrayView plaintext, const std::function<void(qint64 measuredAtMs, sensors::VitalParameter, double)> &each);

// "careledger-vitals-v1" || pseudonym || u64be(window start) || u32be(batch number).
QByteArray vitalBatchAad(const QByteArray &pseudonym, qint64 windowStartMs, quint32 batchNo);

// RFC 6962 root over SHA-256 of each reading encoding in arrival order.
QByteArray vitalWindowRoot(const QList<QByteArray> &encodings);

// The `alerts.sign` column: what the alarm is about. Sign index 0-9 for a clinical sign,
// 100 for the NEWS2 aggregate, 200 + sign for an implausible reading, 300 + sign for a
// sensor reported off, 400 for a silent device.
qint64 alertConditionCode(const QString &conditionKey);
QString alertConditionKey(qint64 code); // empty for an unknown code

// Every stored batch must open under its patient's key with its AAD, and each anchored
// window's readings must hash to the root of its anchor (its transaction on the chain or in
// the outbox). Appends one problem line per finding.
struct VitalsVerifyCounts {
    quint64 windowsChecked = 0;
    quint64 windowsErased = 0;
};
ServiceStatus verifyVitals(core::Database &db, const RecordsSession &session, VerifyResult &out, VitalsVerifyCounts &counts,
                           const std::atomic<bool> *cancel);

} // namespace careledger::services::detail
