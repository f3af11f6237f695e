// The native CLV1 line protocol: what a gateway sends decodes to exactly the values it
// meant, and every frame that breaks the grammar in docs/gateway-protocol.md is refused
// with the reason a technician would need.

#include "SensorTestSupport.h"
#include "crypto/Crypto.h"

#include <QTest>

using namespace careledger;
using namespace careledger::sensors;
using namespace careledger::sensors::testing;

class TestGatewayFrameCodec : public QObject {
    Q_OBJECT

private slots:
    void encodeDecodeRoundTrip();
    void documentedExampleDecodes();
    void macCoversEverythingBeforeMacMarker();
    void alternativeUnitsAreConverted();
    void sensorOffIsNotAValue();
    void lineEndingsAreOptional();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void hugeButWellFormedNumberIsLeftForPlausibility();
    void wrongMacStillDecodesButDoesNotVerify();
    void largestFrameFitsTheLimit();
    void numbersAreFormattedWithoutExponent();
};

void TestGatewayFrameCodec::encodeDecodeRoundTrip()
{
    const Reading reading = sampleReading(42);
    const QByteArray line = GatewayFrameCodec::encode(reading, testKey().view());
    QVERIFY(line.endsWith('\n'));
    QVERIFY(line.startsWith("CLV1 bed7-hub 42 1772442000000 HR=72/min SPO2=98% TEMP=36.8Cel RR=14/min SBP=120mm[Hg] "
                            "DBP=80mm[Hg] GLU=110mg/dL EMG=0.4mV O2=0 MAC="));

    const auto frame = GatewayFrameCodec::decode(line);
    QVERIFY2(frame.ok(), qPrintable(frame.message()));
    QCOMPARE(frame->reading, reading);
    QCOMPARE(frame->reading.dialect, Dialect::Native);
}

void TestGatewayFrameCodec::documentedExampleDecodes()
{
    // The example of docs/gateway-protocol.md §3, signed with the key 32 x 0x6b ("k").
    const QByteArray signedPart = "CLV1 bed7-hub 1 1772442000000 HR=72/min SPO2=98% TEMP=36.8Cel RR=14/min "
                                  "SBP=120mm[Hg] DBP=80mm[Hg] GLU=110mg/dL EMG=0.4mV O2=0";
    const QByteArray line = signedPart + " MAC=242b151b26521b1e3b7c3733862c08169c545271332f393e0ec478018ac366b6\n";
    QCOMPARE(line, GatewayFrameCodec::sign(signedPart, testKey().view()));
    QCOMPARE(line.size(), 196);
    const auto frame = GatewayFrameCodec::decode(line);
    QVERIFY2(frame.ok(), qPrintable(frame.message()));
    QCOMPARE(frame->reading.deviceId, kDeviceId);
    QCOMPARE(frame->reading.sequence, quint64(1));
    QCOMPARE(frame->reading.measuredAtMs, kNowMs);
    QCOMPARE(frame->reading.values.size(), 9);
    QCOMPARE(*frame->reading.measured(VitalParameter::BodyTemperature), 36.8);
    QCOMPARE(*frame->reading.measured(VitalParameter::Emg), 0.4);
    QCOMPARE(*frame->reading.measured(VitalParameter::OnOxygen), 0.0);
}

void TestGatewayFrameCodec::macCoversEverythingBeforeMacMarker()
{
    const QByteArray line = signedLine("HR=61/min");
    const auto frame = GatewayFrameCodec::decode(line);
    QVERIFY(frame.ok());
    QCOMPARE(frame->signedPart, QByteArray("CLV1 bed7-hub 1 1772442000000 HR=61/min"));
    QCOMPARE(frame->mac, core::hmacSha256(testKey().view(), frame->signedPart));
}

void TestGatewayFrameCodec::alternativeUnitsAreConverted()
{
    const auto frame = GatewayFrameCodec::decode(signedLine("TEMP=100.4[degF] GLU=5.5mmol/L EMG=400uV"));
    QVERIFY2(frame.ok(), qPrintable(frame.message()));
    QVERIFY(qAbs(*frame->reading.measured(VitalParameter::BodyTemperature) - 38.0) < 1e-9);
    QVERIFY(qAbs(*frame->reading.measured(VitalParameter::Glucose) - 99.0858) < 1e-9);
    QVERIFY(qAbs(*frame->reading.measured(VitalParameter::Emg) - 0.4) < 1e-12);
}

void TestGatewayFrameCodec::sensorOffIsNotAValue()
{
    const auto frame = GatewayFrameCodec::decode(signedLine("HR=80/min SPO2=OFF"));
    QVERIFY(frame.ok());
    QCOMPARE(frame->reading.find(VitalParameter::SpO2)->state, ValueState::SensorOff);
    QVERIFY(!frame->reading.measured(VitalParameter::SpO2));
    QCOMPARE(*frame->reading.measured(VitalParameter::HeartRate), 80.0);

    // Encoding keeps the distinction.
    const QByteArray line = GatewayFrameCodec::encode(frame->reading, testKey().view());
    QVERIFY(line.contains(" SPO2=OFF "));
}

void TestGatewayFrameCodec::lineEndingsAreOptional()
{
    QByteArray line = signedLine("HR=80/min");
    QVERIFY(GatewayFrameCodec::decode(line).ok());
    line.chop(1);
    QVERIFY(GatewayFrameCodec::decode(line).ok());
    QVERIFY(GatewayFrameCodec::decode(QByteArray(line + "\r\n")).ok());
}

void TestGatewayFrameCodec::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<RejectionReason>("reason");

    const QByteArray mac(64, 'a');
    const auto withMac = [&](const QByteArray &signedPart) -> QByteArray {
        return signedPart + " MAC=" + mac;
    };
    const auto head = QByteArray("CLV1 bed7-hub 1 1772442000000 ");

    QTest::newRow("empty") << QByteArray() << RejectionReason::Malformed;
    QTest::newRow("not a frame") << QByteArray("HELLO WORLD") << RejectionReason::Malformed;
    QTest::newRow("other version") << withMac("CLV2 bed7-hub 1 1772442000000 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("magic glued to id") << withMac("CLV1bed7-hub 1 1772442000000 HR=72/min")
                                       << RejectionReason::Malformed;
    QTest::newRow("no MAC") << QByteArray(head + "HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("no values") << withMac("CLV1 bed7-hub 1 1772442000000") << RejectionReason::Malformed;
    QTest::newRow("no timestamp") << withMac("CLV1 bed7-hub 1 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("two spaces") << withMac("CLV1 bed7-hub  1 1772442000000 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("space before MAC") << withMac(head + "HR=72/min ") << RejectionReason::Malformed;
    QTest::newRow("leading space") << withMac(" " + head + "HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("sequence not a number")
        << withMac("CLV1 bed7-hub x1 1772442000000 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("negative sequence") << withMac("CLV1 bed7-hub -1 1772442000000 HR=72/min")
                                       << RejectionReason::Malformed;
    QTest::newRow("sequence above 2^63-1")
        << withMac("CLV1 bed7-hub 9223372036854775808 1772442000000 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("sequence 30 digits") << withMac(
                                               "CLV1 bed7-hub 123456789012345678901234567890 1772442000000 HR=72/min")
                                        << RejectionReason::Malformed;
    QTest::newRow("timestamp after 9999")
        << withMac("CLV1 bed7-hub 1 253402300800000 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("timestamp with fraction")
        << withMac("CLV1 bed7-hub 1 1772442000.5 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("device id with slash")
        << withMac("CLV1 bed/7 1 1772442000000 HR=72/min") << RejectionReason::Malformed;
    QTest::newRow("device id 65 chars") << withMac("CLV1 " + QByteArray(65, 'd') + " 1 1772442000000 HR=72/min")
                                        << RejectionReason::Malformed;
    QTest::newRow("field without =") << withMac(head + "HR72/min") << RejectionReason::Malformed;
    QTest::newRow("field without key") << withMac(head + "=72/min") << RejectionReason::Malformed;
    QTest::newRow("embedded NUL") << withMac(head + QByteArray("HR=7\0"
                                                               "2/min",
                                                               10))
                                  << RejectionReason::Malformed;
    QTest::newRow("tab") << withMac(head + "HR=72/min\tSPO2=98%") << RejectionReason::Malformed;
    QTest::newRow("non-ASCII") << withMac(head + "TEMP=36.8\xc2\xb0"
                                                 "C")
                               << RejectionReason::Malformed;
    QTest::newRow("CR inside") << withMac(head + "HR=72/min\rSPO2=98%") << RejectionReason::Malformed;
    QTest::newRow("too many fields")
        << withMac(head + "HR=1/min HR=1/min HR=1/min HR=1/min HR=1/min HR=1/min HR=1/min HR=1/min HR=1/min HR=1/min")
        << RejectionReason::Malformed;

    QTest::newRow("unknown key") << withMac(head + "BP=120/80") << RejectionReason::UnknownParameter;
    QTest::newRow("lower-case key") << withMac(head + "hr=72/min") << RejectionReason::UnknownParameter;
    QTest::newRow("MAC twice") << withMac(head + "HR=72/min MAC=" + mac) << RejectionReason::UnknownParameter;
    QTest::newRow("duplicate key") << withMac(head + "HR=72/min SPO2=98% HR=73/min")
                                   << RejectionReason::DuplicateParameter;
    QTest::newRow("missing unit") << withMac(head + "HR=72") << RejectionReason::MissingUnit;
    QTest::newRow("missing unit, decimal") << withMac(head + "TEMP=36.8") << RejectionReason::MissingUnit;
    QTest::newRow("wrong unit") << withMac(head + "HR=72%") << RejectionReason::WrongUnit;
    QTest::newRow("temperature in C") << withMac(head + "TEMP=36.8C") << RejectionReason::WrongUnit;
    QTest::newRow("mmHg instead of mm[Hg]") << withMac(head + "SBP=120mmHg") << RejectionReason::WrongUnit;
    QTest::newRow("unit case") << withMac(head + "GLU=110mg/dl") << RejectionReason::WrongUnit;
    QTest::newRow("oxygen with unit") << withMac(head + "O2=1%") << RejectionReason::WrongUnit;

    QTest::newRow("NaN") << withMac(head + "HR=NaN/min") << RejectionReason::NonNumericValue;
    QTest::newRow("nan lower") << withMac(head + "TEMP=nanCel") << RejectionReason::NonNumericValue;
    QTest::newRow("Inf") << withMac(head + "HR=Inf/min") << RejectionReason::NonNumericValue;
    QTest::newRow("-inf") << withMac(head + "HR=-inf/min") << RejectionReason::NonNumericValue;
    QTest::newRow("infinity no unit") << withMac(head + "HR=infinity") << RejectionReason::NonNumericValue;
    QTest::newRow("exponent") << withMac(head + "HR=1e3/min") << RejectionReason::NonNumericValue;
    QTest::newRow("exponent overflow") << withMac(head + "HR=1e999/min") << RejectionReason::NonNumericValue;
    QTest::newRow("hex") << withMac(head + "HR=0x48/min") << RejectionReason::NonNumericValue;
    QTest::newRow("plus sign") << withMac(head + "HR=+72/min") << RejectionReason::NonNumericValue;
    QTest::newRow("leading point") << withMac(head + "HR=.5/min") << RejectionReason::NonNumericValue;
    QTest::newRow("trailing point") << withMac(head + "HR=5./min") << RejectionReason::NonNumericValue;
    QTest::newRow("two points") << withMac(head + "TEMP=36.8.1Cel") << RejectionReason::NonNumericValue;
    QTest::newRow("comma decimal") << withMac(head + "TEMP=36,8Cel") << RejectionReason::NonNumericValue;
    QTest::newRow("empty value") << withMac(head + "HR=") << RejectionReason::NonNumericValue;
    QTest::newRow("unit only") << withMac(head + "HR=/min") << RejectionReason::NonNumericValue;
    QTest::newRow("OFF with unit") << withMac(head + "HR=OFF/min") << RejectionReason::NonNumericValue;
    QTest::newRow("20 digits") << withMac(head + "HR=99999999999999999999/min") << RejectionReason::NonNumericValue;
    QTest::newRow("20 digits, no unit") << withMac(head + "HR=99999999999999999999")
                                        << RejectionReason::NonNumericValue;
    QTest::newRow("oxygen 2") << withMac(head + "O2=2") << RejectionReason::NonNumericValue;
    QTest::newRow("oxygen OFF") << withMac(head + "O2=OFF") << RejectionReason::NonNumericValue;
    QTest::newRow("oxygen yes") << withMac(head + "O2=yes") << RejectionReason::NonNumericValue;

    QTest::newRow("truncated MAC") << QByteArray(head + "HR=72/min MAC=" + QByteArray(63, 'a'))
                                   << RejectionReason::BadMac;
    QTest::newRow("long MAC") << QByteArray(head + "HR=72/min MAC=" + QByteArray(66, 'a')) << RejectionReason::BadMac;
    QTest::newRow("empty MAC") << QByteArray(head + "HR=72/min MAC=") << RejectionReason::BadMac;
    QTest::newRow("upper-case MAC") << QByteArray(head + "HR=72/min MAC=" + QByteArray(64, 'A'))
                                    << RejectionReason::BadMac;
    QTest::newRow("MAC not hex") << QByteArray(head + "HR=72/min MAC=" + QByteArray(63, 'a') + 'g')
                                 << RejectionReason::BadMac;

    QTest::newRow("oversized") << withMac(head + "HR=72/min " + QByteArray(600, 'x')) << RejectionReason::Oversized;
}

void TestGatewayFrameCodec::rejectsMalformed()
{
    QFETCH(QByteArray, line);
    QFETCH(RejectionReason, reason);
    const auto frame = GatewayFrameCodec::decode(line);
    QVERIFY(!frame.ok());
    QCOMPARE(reasonKey(frame.code()), reasonKey(reason));
    QVERIFY(!frame.message().isEmpty());
    QVERIFY(frame.message().size() < 200); // a sentence, not an echo of the input
}

void TestGatewayFrameCodec::hugeButWellFormedNumberIsLeftForPlausibility()
{
    const auto frame = GatewayFrameCodec::decode(signedLine("HR=9999999999999999/min TEMP=-273.15Cel"));
    QVERIFY2(frame.ok(), qPrintable(frame.message()));
    QCOMPARE(*frame->reading.measured(VitalParameter::HeartRate), 9999999999999999.0);
    QCOMPARE(*frame->reading.measured(VitalParameter::BodyTemperature), -273.15);
}

void TestGatewayFrameCodec::wrongMacStillDecodesButDoesNotVerify()
{
    const QByteArray line = signedLine("HR=72/min", 1, kNowMs, kDeviceId, testKey('x'));
    const auto frame = GatewayFrameCodec::decode(line);
    QVERIFY(frame.ok()); // the codec knows no keys
    QVERIFY(!core::constantTimeEqual(frame->mac, core::hmacSha256(testKey().view(), frame->signedPart)));
}

void TestGatewayFrameCodec::largestFrameFitsTheLimit()
{
    const QByteArray number(GatewayFrameCodec::kMaxNumberLength, '9');
    const QByteArray signedPart = "CLV1 " + QByteArray(GatewayFrameCodec::kMaxDeviceIdLength, 'd') +
                                  " 9223372036854775807 253402300799999" + " HR=" + number + "/min SPO2=" + number +
                                  "% TEMP=" + number + "[degF] RR=" + number + "/min SBP=" + number +
                                  "mm[Hg] DBP=" + number + "mm[Hg] GLU=" + number + "mmol/L EMG=" + number + "mV O2=1";
    const QByteArray line = GatewayFrameCodec::sign(signedPart, testKey().view()).chopped(1) + "\r\n";
    QVERIFY(line.size() <= GatewayFrameCodec::kMaxFrameBytes);
    const auto frame = GatewayFrameCodec::decode(line);
    QVERIFY2(frame.ok(), qPrintable(frame.message()));
    QCOMPARE(frame->reading.sequence, quint64(9223372036854775807ull));
    QCOMPARE(frame->reading.measuredAtMs, GatewayFrameCodec::kMaxTimestampMs);
}

void TestGatewayFrameCodec::numbersAreFormattedWithoutExponent()
{
    QCOMPARE(GatewayFrameCodec::formatNumber(36.8), QByteArray("36.8"));
    QCOMPARE(GatewayFrameCodec::formatNumber(120.0), QByteArray("120"));
    QCOMPARE(GatewayFrameCodec::formatNumber(0.0004), QByteArray("0.0004"));
    QCOMPARE(GatewayFrameCodec::formatNumber(-2.5), QByteArray("-2.5"));
    QCOMPARE(GatewayFrameCodec::formatNumber(373 * 0.1), QByteArray("37.3"));
    QCOMPARE(GatewayFrameCodec::formatNumber(1.0 / 3.0), QByteArray("0.333333"));
    QCOMPARE(GatewayFrameCodec::formatNumber(5.5 * 18.0156), QByteArray("99.0858"));
}

QTEST_GUILESS_MAIN(TestGatewayFrameCodec)
#include "tst_gateway_frame_codec.moc"
