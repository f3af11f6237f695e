#include "services/VitalsOps.h"

#include "alerts/VitalSigns.h"
#include "ledger/Cbor.h"
#include "ledger/ChainStore.h"
#include "ledger/Merkle.h"
#include "ledger/Transaction.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace careledger::services::detail {

namespace {

constexpr quint64 kMaxValuesPerReading = sensors::kVitalParameterCount;
constexpr quint64 kMaxReadingsPerBatch = 1u << 20;
constexpr qsizetype kMaxDeviceIdBytes = 64;

quint64 milli(double value)
{
    return static_cast<quint64>(std::llround(value * 1000.0));
}

sensors::Reading decodeReading(ledger::cbor::Reader &r)
{
    using ledger::cbor::DecodeError;
    sensors::Reading reading;
    if (r.array("reading", 4) != 4)
        throw DecodeError{ledger::LedgerError::Malformed, QStringLiteral("reading: 4 fields expected")};
    reading.deviceId = QString::fromUtf8(r.bytes("device id", 1, kMaxDeviceIdBytes));
    reading.sequence = r.uint("sequence");
    reading.measuredAtMs = static_cast<qint64>(r.uint("measured at"));
    const quint64 n = r.array("values", kMaxValuesPerReading);
    reading.values.reserve(static_cast<qsizetype>(n));
    for (quint64 i = 0; i < n; ++i) {
        if (r.array("value", 3) != 3)
            throw DecodeError{ledger::LedgerError::Malformed, QStringLiteral("value: 3 fields expected")};
        const quint64 parameter = r.uint("parameter");
        const quint64 state = r.uint("state");
        const quint64 value = r.uint("value");
        if (parameter >= static_cast<quint64>(sensors::kVitalParameterCount) || state > 2)
            throw DecodeError{ledger::LedgerError::Malformed, QStringLiteral("value: unknown parameter or state")};
        reading.values.append(sensors::VitalValue{static_cast<sensors::VitalParameter>(parameter), static_cast<sensors::ValueState>(state),
                                                  static_cast<double>(value) / 1000.0});
    }
    return reading;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Vitals", text);
}

} // namespace

QByteArray encodeVitalReading(const sensors::Reading &reading)
{
    QList<sensors::VitalValue> values = reading.values;
    std::sort(values.begin(), values.end(), [](const sensors::VitalValue &a, const sensors::VitalValue &b) {
        return static_cast<int>(a.parameter) < static_cast<int>(b.parameter);
    });
    ledger::cbor::Writer w;
    w.array(4);
    w.bytes(reading.deviceId.toUtf8());
    w.uint(reading.sequence);
    w.uint(static_cast<quint64>(std::max<qint64>(0, reading.measuredAtMs)));
    w.array(static_cast<quint64>(values.size()));
    for (const sensors::VitalValue &v : values) {
        // A value the store cannot represent (negative, not finite) is kept as invalid.
        const bool representable = v.state == sensors::ValueState::Measured && std::isfinite(v.value) && v.value >= 0 && v.value < 1e12;
        const sensors::ValueState state = v.state == sensors::ValueState::Measured && !representable ? sensors::ValueState::Invalid : v.state;
        w.array(3);
        w.uint(static_cast<quint64>(v.parameter));
        w.uint(static_cast<quint64>(state));
        w.uint(state == sensors::ValueState::Measured ? milli(v.value) : 0);
    }
    return w.take();
}

QByteArray encodeVitalBatch(const QList<QByteArray> &encodings)
{
    ledger::cbor::Writer w;
    w.array(static_cast<quint64>(encodings.size()));
    for (const QByteArray &e : encodings)
        w.raw(e);
    return w.take();
}

bool decodeVitalBatch(QByteArrayView plaintext, const std::function<void(QByteArrayView, const sensors::Reading &)> &each)
{
    try {
        ledger::cbor::Reader r(plaintext);
        const quint64 n = r.array("batch", kMaxReadingsPerBatch);
        for (quint64 i = 0; i < n; ++i) {
            const qsizetype from = r.position();
            const sensors::Reading reading = decodeReading(r);
            each(r.slice(from, r.position()), reading);
        }
        r.expectEnd("batch");
        return true;
    } catch (const ledger::cbor::DecodeError &) {
        return false;
    }
}

namespace {

// A minimal reader of CBOR heads for the fast path: the batch was written by
// encodeVitalBatch and opened under its AEAD, so only its shape is checked.
struct HeadReader {
    const uchar *p;
    const uchar *end;
    bool ok = true;

    quint64 head(int major)
    {
        if (p >= end || (*p >> 5) != major) {
            ok = false;
            return 0;
        }
        const int info = *p & 0x1f;
        ++p;
        if (info < 24)
            return static_cast<quint64>(info);
        const int bytes = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 0;
        if (bytes == 0 || end - p < bytes) {
            ok = false;
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | p[i];
        p += bytes;
        return v;
    }
    void skipBytes()
    {
        const quint64 n = head(2);
        if (!ok || static_cast<quint64>(end - p) < n) {
            ok = false;
            return;
        }
        p += n;
    }
};

} // namespace

bool forEachVitalValue(QByteArrayView plaintext, const std::function<void(qint64, sensors::VitalParameter, double)> &each)
{
    HeadReader r{reinterpret_cast<const uchar *>(plaintext.data()), reinterpret_cast<const uchar *>(plaintext.data()) + plaintext.size()};
    const quint64 n = r.head(4);
    for (quint64 i = 0; r.ok && i < n; ++i) {
        if (r.head(4) != 4 || !r.ok)
            return false;
        r.skipBytes();
        (void)r.head(0); // sequence
        const auto at = static_cast<qint64>(r.head(0));
        const quint64 values = r.head(4);
        if (!r.ok || values > kMaxValuesPerReading)
            return false;
        for (quint64 v = 0; v < values; ++v) {
            if (r.head(4) != 3)
                return false;
            const quint64 parameter = r.head(0);
            const quint64 state = r.head(0);
            const quint64 value = r.head(0);
            if (!r.ok || parameter >= static_cast<quint64>(sensors::kVitalParameterCount))
                return false;
            if (state == 0)
                each(at, static_cast<sensors::VitalParameter>(parameter), static_cast<double>(value) / 1000.0);
        }
    }
    return r.ok && r.p == r.end;
}

QByteArray vitalBatchAad(const QByteArray &pseudonym, qint64 windowStartMs, quint32 batchNo)
{
    return QByteArrayLiteral("careledger-vitals-v1") + pseudonym + u64be(static_cast<quint64>(windowStartMs)) + u32be(batchNo);
}

QByteArray vitalWindowRoot(const QList<QByteArray> &encodings)
{
    QList<QByteArray> leaves;
    leaves.reserve(encodings.size());
    for (const QByteArray &e : encodings)
        leaves.append(core::sha256(e));
    return ledger::merkleRoot(leaves);
}

qint64 alertConditionCode(const QString &key)
{
    if (key == QLatin1String("news2"))
        return 100;
    if (key == QLatin1String("device-silent"))
        return 400;
    const auto signCode = [](QStringView id) -> qint64 {
        const auto sign = core::vitalSignFromId(id);
        return sign ? static_cast<qint64>(*sign) : -1;
    };
    if (key.startsWith(QLatin1String("implausible:")))
        return 200 + signCode(QStringView(key).mid(12));
    if (key.startsWith(QLatin1String("sensor-off:")))
        return 300 + signCode(QStringView(key).mid(11));
    return signCode(key);
}

QString alertConditionKey(qint64 code)
{
    const auto signId = [](qint64 index) {
        return index >= 0 && index < static_cast<qint64>(core::kVitalSignCount) ? core::vitalSignId(static_cast<core::VitalSign>(index))
                                                                                 : QString();
    };
    if (code == 100)
        return QStringLiteral("news2");
    if (code == 400)
        return QStringLiteral("device-silent");
    if (code >= 300 && code < 310)
        return QStringLiteral("sensor-off:") + signId(code - 300);
    if (code >= 200 && code < 210)
        return QStringLiteral("implausible:") + signId(code - 200);
    return signId(code);
}

namespace {

struct WindowKey {
    QByteArray pseudonym;
    qint64 start = 0;
    bool operator==(const WindowKey &) const = default;
};
size_t qHash(const WindowKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.pseudonym, k.start);
}

QString windowProblem(const QByteArray &pseudonym, qint64 startMs, const char *what)
{
    return tr(what).arg(shortHex(pseudonym), QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate));
}

// The anchor's body as the chain (or the outbox) has it; nullopt when neither holds it.
ServiceResult<std::optional<ledger::VitalsAnchorBody>> anchorBody(core::Database &db, const QByteArray &txId)
{
    using R = std::optional<ledger::VitalsAnchorBody>;
    QByteArray raw;
    auto st = db.prepare("SELECT tx FROM ledger_outbox WHERE tx_id = ?1");
    if (!st)
        return storeFailure<R>(st.error(), StoreAccess::Read);
    st->bindBlob(1, txId);
    auto has = st->step();
    if (!has)
        return storeFailure<R>(has.error(), StoreAccess::Read);
    if (*has) {
        raw = st->blob(0);
    } else {
        auto chain = ledger::ChainStore::open(db);
        if (!chain)
            return ServiceResult<R>::failure(ServiceError::StoreUnavailable, chain.message());
        auto proof = (*chain)->proveTransaction(txId);
        if (!proof)
            return R();
        if (const auto *body = std::get_if<ledger::VitalsAnchorBody>(&proof->tx.body))
            return R(*body);
        return R();
    }
    auto tx = ledger::Transaction::decode(raw);
    if (!tx)
        return R();
    if (const auto *body = std::get_if<ledger::VitalsAnchorBody>(&tx->body))
        return R(*body);
    return R();
}

} // namespace

ServiceStatus verifyVitals(core::Database &db, const RecordsSession &session, VerifyResult &out, VitalsVerifyCounts &counts,
                           const std::atomic<bool> *cancel)
{
    // Every batch opens, and each window's encodings in batch and arrival order.
    QHash<WindowKey, QList<QByteArray>> windows;
    QHash<WindowKey, bool> broken;
    std::map<std::pair<QByteArray, quint32>, core::SecureBytes> keys;
    auto st = db.prepare("SELECT pseudonym, window_start_ms, batch_no, key_version, batch FROM vital_readings "
                         "ORDER BY pseudonym, window_start_ms, batch_no");
    if (!st)
        return fromStore(st.error(), StoreAccess::Read);
    for (;;) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return {};
        }
        auto has = st->step();
        if (!has)
            return fromStore(has.error(), StoreAccess::Read);
        if (!*has)
            break;
        const WindowKey window{st->blob(0), st->int64(1)};
        const auto batchNo = static_cast<quint32>(st->int64(2));
        const auto version = static_cast<quint32>(st->int64(3));
        const std::pair<QByteArray, quint32> keyId(window.pseudonym, version);
        if (!keys.contains(keyId)) {
            auto key = patientKey(db, session, window.pseudonym, version);
            keys.emplace(keyId, key ? std::move(key->key) : core::SecureBytes());
        }
        const core::SecureBytes &key = keys[keyId];
        QList<QByteArray> &encodings = windows[window];
        bool ok = !key.isEmpty();
        if (ok) {
            auto plain = core::aesGcmOpen(key.view(), st->blob(4), vitalBatchAad(window.pseudonym, window.start, batchNo));
            ok = plain && decodeVitalBatch(plain->view(), [&](QByteArrayView encoding, const sensors::Reading &) {
                     encodings.append(encoding.toByteArray());
                 });
        }
        if (!ok)
            broken.insert(window, true);
    }
    for (auto &entry : keys)
        entry.second.wipe();

    auto anchors = db.prepare("SELECT a.pseudonym, a.window_start_ms, a.window_end_ms, a.reading_count, a.merkle_root, a.tx_id, "
                              "p.erased_at IS NOT NULL FROM vitals_anchors a LEFT JOIN patients p ON p.pseudonym = a.pseudonym "
                              "ORDER BY a.pseudonym, a.window_start_ms");
    if (!anchors)
        return fromStore(anchors.error(), StoreAccess::Read);
    for (;;) {
        auto has = anchors->step();
        if (!has)
            return fromStore(has.error(), StoreAccess::Read);
        if (!*has)
            break;
        const WindowKey window{anchors->blob(0), anchors->int64(1)};
        const qint64 endMs = anchors->int64(2);
        const auto count = static_cast<quint64>(anchors->int64(3));
        const QByteArray root = anchors->blob(4);
        const QByteArray txId = anchors->blob(5);
        const bool erased = anchors->int64(6) != 0;
        auto body = anchorBody(db, txId);
        if (!body)
            return body.error();
        if (!*body) {
            out.problems.append(windowProblem(window.pseudonym, window.start, QT_TRANSLATE_NOOP("Vitals", "vitals of patient %1, window %2: its anchor is neither on the chain nor waiting")));
            continue;
        }
        const ledger::VitalsAnchorBody &b = **body;
        const bool rowMatches = b.pseudonym == window.pseudonym && b.windowStartMs == static_cast<quint64>(window.start) &&
                                b.windowEndMs == static_cast<quint64>(endMs) && b.count == count && b.merkleRoot == root;
        const auto stored = windows.constFind(window);
        if (stored == windows.constEnd()) {
            if (erased) {
                ++counts.windowsErased;
                continue;
            }
            out.problems.append(windowProblem(window.pseudonym, window.start, QT_TRANSLATE_NOOP("Vitals", "vitals of patient %1, window %2: the readings are missing")));
            continue;
        }
        if (broken.take(window) || !rowMatches || static_cast<quint64>(stored->size()) != b.count || vitalWindowRoot(*stored) != b.merkleRoot) {
            out.problems.append(windowProblem(window.pseudonym, window.start, QT_TRANSLATE_NOOP("Vitals", "vitals of patient %1, window %2: does not match its anchor (altered)")));
            continue;
        }
        ++counts.windowsChecked;
    }
    // Not anchored yet (the window is still open), but a batch that does not open was altered.
    for (auto it = broken.constBegin(); it != broken.constEnd(); ++it)
        out.problems.append(windowProblem(it.key().pseudonym, it.key().start, QT_TRANSLATE_NOOP("Vitals", "vitals of patient %1, window %2: a stored batch cannot be opened (altered)")));
    return {};
}

} // namespace careledger::services::detail
