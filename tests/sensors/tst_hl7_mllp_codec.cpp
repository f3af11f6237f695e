// HL7 v2 ORU^R01 from bedside monitors: messages in the style real monitors send decode
// into the right values in canonical units; declared separators and escapes are honoured;
// what cannot be used is refused or listed precisely; the ACK answers the right message.

#include "SensorTestSupport.h"
#include "sensors/Hl7MllpCodec.h"

#include <QTest>

using namespace careledger::sensors;
using namespace careledger::sensors::testing;

namespace {

// Segment separators written as '\n' for readability, turned into CR.
QByteArray hl7(QByteArray text)
{
    text.replace('\n', '\r');
    return text;
}

const Hl7DecodeOptions kUtc{0};

qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

// The example of ../shared/data/hl7v2-oru-notes.md, verbatim.
const QByteArray kNotesExample =
    hl7("MSH|^~\\&|GATEWAY|WARD3|WS-EHR|CLINIC|20250101120000+0000||ORU^R01^ORU_R01|MSG00042|P|2.6|||NE|AL||UNICODE "
        "UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO\n"
        "PID|||MRN12345^^^CLINIC^MR||DOE^JANE||19700101|F\n"
        "PV1||I|WARD3^^BED2\n"
        "OBR|1|||182777000^monitoring of patient^SCT|||20250101115955+0000\n"
        "OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X|||||||0123456789ABCDEF^EUI-64\n"
        "OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|118|264864^MDC_DIM_BEAT_PER_MIN^MDC|50-120|N|||R\n"
        "OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1|89|262688^MDC_DIM_PERCENT^MDC|90-100|L|||R\n"
        "OBX|4|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC|1.3.1.1|98|266016^MDC_DIM_MMHG^MDC|90-160|N|||R\n"
        "OBX|5|NM|151562^MDC_RESP_RATE^MDC|1.4.1.1|24|264928^MDC_DIM_RESP_PER_MIN^MDC|8-30|N|||R\n"
        "OBX|6|NM|150344^MDC_TEMP^MDC|1.5.1.1|38.4|268192^MDC_DIM_DEGC^MDC|35.0-39.0|N|||R\n");

// A multi-parameter monitor behind a vendor gateway (Philips-style PCD-01 export): the
// device names itself in MSH-3 and OBX-18, sends VMD/channel description rows, an ECG and
// a pleth pulse rate, NIBP with its mean, temperature in °F and an alarm text row.
const QByteArray kPhilipsStyle =
    hl7("MSH|^~\\&|Philips Medical Systems^00095CFFFE741A63^EUI-64|PIC "
        "iX|WS-EHR|CLINIC|20250304101502+0100||ORU^R01^ORU_R01|PMS-20250304101502-0001|P|2.6|||AL|NE||8859/"
        "1|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO\n"
        "PID|||0004711^^^HOSP^PI||Muster^Max^^^^^L||19550612|M\n"
        "PV1||I|ICU^^Bed05&0&0\n"
        "OBR|1|PMS-20250304101502-0001^PIC iX^00095CFFFE741A63^EUI-64||182777000^monitoring of "
        "patient^SCT|||20250304101500+0100\n"
        "OBX|1||69798^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X|||||||00095CFFFE741A63^EUI-64\n"
        "OBX|2||69837^MDC_DEV_METER_PHYSIO_MULTI_PARAM_VMD^MDC|1.1.0.0|||||||X\n"
        "OBX|3|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|82|264864^MDC_DIM_BEAT_PER_MIN^MDC|50-120|N|||R|||"
        "20250304101500+0100||||00095CFFFE741A63^EUI-64\n"
        "OBX|4|NM|149530^MDC_PULS_OXIM_PULS_RATE^MDC|1.2.1.1|81|264864^MDC_DIM_BEAT_PER_MIN^MDC|50-120|N|||R\n"
        "OBX|5|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.2|96|262688^MDC_DIM_PERCENT^MDC|90-100|N|||R\n"
        "OBX|6|NM|151562^MDC_RESP_RATE^MDC|1.3.1.1|18|264928^MDC_DIM_RESP_PER_MIN^MDC|8-30|N|||R\n"
        "OBX|7|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC|1.4.1.1|132|266016^MDC_DIM_MMHG^MDC|90-160|N|||R\n"
        "OBX|8|NM|150022^MDC_PRESS_BLD_NONINV_DIA^MDC|1.4.1.2|84|266016^MDC_DIM_MMHG^MDC||N|||R\n"
        "OBX|9|NM|150023^MDC_PRESS_BLD_NONINV_MEAN^MDC|1.4.1.3|100|266016^MDC_DIM_MMHG^MDC||N|||R\n"
        "OBX|10|NM|150364^MDC_TEMP_BODY^MDC|1.5.1.1|99.5|266560^MDC_DIM_FAHR^MDC|95.0-102.2|N|||R\n"
        "OBX|11|ST|196670^MDC_EVT_ALARM^MDC|1.1.1.1|HR High||||||R\n");

// A LOINC-coded export with UCUM units (GE-style gateway): no device rows, the EUI-64 only
// in MSH-3, a local time offset, a respiration sensor that is off, glucose in mmol/L.
const QByteArray kGeStyle =
    hl7("MSH|^~\\&|CARESCAPE^00A0C1FFFE02B7D4^EUI-64|GEHC|WS-EHR|CLINIC|20250304041502-0500||ORU^R01|GE000815|P|2.4\n"
        "PID|1||A-88231^^^MRN||DOE^JOHN\n"
        "OBR|1||GE000815|VITALS^Vital signs^L|||20250304041500-0500\n"
        "OBX|1|NM|8867-4^Heart rate^LN||64|/min^beats per minute^UCUM|||||F\n"
        "OBX|2|NM|2708-6^Oxygen saturation^LN||99|%^percent^UCUM|||||F\n"
        "OBX|3|NM|8480-6^Systolic blood pressure^LN||118|mm[Hg]^millimeter of mercury^UCUM|||||F\n"
        "OBX|4|NM|8462-4^Diastolic blood pressure^LN||76|mm[Hg]^millimeter of mercury^UCUM|||||F\n"
        "OBX|5|NM|9279-1^Respiratory rate^LN||||||||X\n"
        "OBX|6|NM|8310-5^Body temperature^LN||36.9|Cel^degree Celsius^UCUM|||||F\n"
        "OBX|7|NM|15074-8^Glucose^LN||6.1|mmol/L^millimole per liter^UCUM|||||F\n");

// A minimal one-observation message around one OBX line; OBX-18 names the monitor.
QByteArray withObx(const QByteArray &obx)
{
    const QByteArray padding(18 - obx.count('|'), '|');
    return hl7("MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R01^ORU_R01|C1|P|2.6\n"
               "OBR|1|||182777000^monitoring of patient^SCT|||20250101115955+0000\n" +
               obx + padding + "0123456789ABCDEF^EUI-64\n");
}

} // namespace

class TestHl7MllpCodec : public QObject {
    Q_OBJECT

private slots:
    void notesExampleDecodes();
    void philipsStyleMonitor();
    void geStyleLoincUcum();
    void escapesAreDecoded();
    void declaredSeparatorsAreHonoured();
    void characterSetFromMsh18();
    void encodeDecodeRoundTrip();
    void unitConversions_data();
    void unitConversions();
    void sensorStates();
    void nonNumericObservation();
    void rejectsBrokenMessages_data();
    void rejectsBrokenMessages();
    void observationFromAnotherDeviceIsNotMixedIn();
    void timeParsing_data();
    void timeParsing();
    void timeWithoutOffsetUsesConfiguredZone();
    void unescapeEdgeCases();
    void ackForAcceptedMessage();
    void ackForRefusedMessageCarriesError();
    void ackUsesSendersSeparatorsAndEchoesRawControlId();
    void ackCodes();
    void mllpFraming();
};

void TestHl7MllpCodec::notesExampleDecodes()
{
    const auto decoded = Hl7MllpCodec::decode(kNotesExample, kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    const Reading &r = decoded->reading;
    QCOMPARE(r.dialect, Dialect::Hl7);
    QCOMPARE(r.deviceId, QStringLiteral("0123456789ABCDEF"));
    QCOMPARE(r.controlId, QStringLiteral("MSG00042"));
    QCOMPARE(r.reportedPatientId, QStringLiteral("MRN12345"));
    QCOMPARE(r.measuredAtMs, utc(2025, 1, 1, 11, 59, 55));
    QCOMPARE(r.sequence, quint64(r.measuredAtMs));
    QCOMPARE(r.values.size(), 5);
    QCOMPARE(*r.measured(VitalParameter::HeartRate), 118.0);
    QCOMPARE(*r.measured(VitalParameter::SpO2), 89.0);
    QCOMPARE(*r.measured(VitalParameter::SystolicBp), 98.0);
    QCOMPARE(*r.measured(VitalParameter::RespirationRate), 24.0);
    QCOMPARE(*r.measured(VitalParameter::BodyTemperature), 38.4);
    QVERIFY(decoded->ignored.isEmpty());
    QCOMPARE(decoded->header.version, QByteArray("2.6"));
}

void TestHl7MllpCodec::philipsStyleMonitor()
{
    const auto decoded = Hl7MllpCodec::decode(kPhilipsStyle, kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    const Reading &r = decoded->reading;
    QCOMPARE(r.deviceId, QStringLiteral("00095CFFFE741A63"));
    QCOMPARE(r.measuredAtMs, utc(2025, 3, 4, 9, 15, 0));
    QCOMPARE(*r.measured(VitalParameter::HeartRate), 82.0); // ECG first; pleth rate listed
    QCOMPARE(*r.measured(VitalParameter::SpO2), 96.0);
    QCOMPARE(*r.measured(VitalParameter::RespirationRate), 18.0);
    QCOMPARE(*r.measured(VitalParameter::SystolicBp), 132.0);
    QCOMPARE(*r.measured(VitalParameter::DiastolicBp), 84.0);
    QVERIFY(qAbs(*r.measured(VitalParameter::BodyTemperature) - 37.5) < 1e-9);
    QCOMPARE(r.values.size(), 6);
    // Pleth pulse rate (duplicate), NIBP mean and the alarm text are named, device rows not.
    QCOMPARE(decoded->ignored.size(), 3);
    QVERIFY(decoded->ignored[0].startsWith(QStringLiteral("OBX 4:")));
    QVERIFY(decoded->ignored[1].startsWith(QStringLiteral("OBX 9:")));
    QVERIFY(decoded->ignored[1].contains(QStringLiteral("MDC_PRESS_BLD_NONINV_MEAN")));
    QVERIFY(decoded->ignored[2].startsWith(QStringLiteral("OBX 11:")));
}

void TestHl7MllpCodec::geStyleLoincUcum()
{
    const auto decoded = Hl7MllpCodec::decode(kGeStyle, kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    const Reading &r = decoded->reading;
    QCOMPARE(r.deviceId, QStringLiteral("00A0C1FFFE02B7D4"));
    QCOMPARE(r.reportedPatientId, QStringLiteral("A-88231"));
    QCOMPARE(r.measuredAtMs, utc(2025, 3, 4, 9, 15, 0));
    QCOMPARE(*r.measured(VitalParameter::HeartRate), 64.0);
    QCOMPARE(*r.measured(VitalParameter::SpO2), 99.0);
    QCOMPARE(*r.measured(VitalParameter::SystolicBp), 118.0);
    QCOMPARE(*r.measured(VitalParameter::DiastolicBp), 76.0);
    QCOMPARE(r.find(VitalParameter::RespirationRate)->state, ValueState::SensorOff);
    QCOMPARE(*r.measured(VitalParameter::BodyTemperature), 36.9);
    QVERIFY(qAbs(*r.measured(VitalParameter::Glucose) - 6.1 * 18.0156) < 1e-9);
    QVERIFY(decoded->ignored.isEmpty());
}

void TestHl7MllpCodec::escapesAreDecoded()
{
    const QByteArray message =
        hl7("MSH|^~\\&|GATEWAY|WARD3|WS-EHR|CLINIC|20250101120000+0000||ORU^R01^ORU_R01|MSG\\F\\7\\E\\|P|2.6\n"
            "PID|||MRN\\S\\12\\T\\3\\R\\4^^^CLINIC^MR\n"
            "OBR|1|||182777000^monitoring of patient^SCT|||20250101115955+0000\n"
            "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|\\H\\72\\N\\|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R|||||||"
            "0123456789ABCDEF^EUI-64\n");
    const auto decoded = Hl7MllpCodec::decode(message, kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->reading.controlId, QStringLiteral("MSG|7\\"));
    QCOMPARE(decoded->header.rawControlId, QByteArray("MSG\\F\\7\\E\\"));
    QCOMPARE(decoded->reading.reportedPatientId, QStringLiteral("MRN^12&3~4"));
    QCOMPARE(*decoded->reading.measured(VitalParameter::HeartRate), 72.0);
}

void TestHl7MllpCodec::declaredSeparatorsAreHonoured()
{
    // Field '#', component '$', repetition '*', escape '!', subcomponent '@'; the usual
    // characters are ordinary text here.
    const QByteArray message =
        hl7("MSH#$*!@#GATEWAY#WARD3#WS-EHR#CLINIC#20250101120000+0000##ORU$R01$ORU_R01#A|B^C!F!D#P#2.6\n"
            "PID###MRN|1$$$CLINIC$MR\n"
            "OBR#1###182777000$monitoring of patient$SCT###20250101115955+0000\n"
            "OBX#1#NM#150456$MDC_PULS_OXIM_SAT_O2$MDC#1.2.1.1#97#262688$MDC_DIM_PERCENT$MDC#90-100#N###R#######"
            "0123456789abcdef$EUI-64\n");
    const auto decoded = Hl7MllpCodec::decode(message, kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->header.separators.field, '#');
    QCOMPARE(decoded->header.separators.escape, '!');
    QCOMPARE(decoded->reading.controlId, QStringLiteral("A|B^C#D"));
    QCOMPARE(decoded->reading.reportedPatientId, QStringLiteral("MRN|1"));
    QCOMPARE(decoded->reading.deviceId, QStringLiteral("0123456789ABCDEF")); // normalised to upper case
    QCOMPARE(*decoded->reading.measured(VitalParameter::SpO2), 97.0);

    const QByteArray ack =
        Hl7MllpCodec::buildAck(decoded->header, AckCode::Accept, QString(), QStringLiteral("ACK1"), kNowMs);
    QVERIFY(ack.startsWith("MSH#$*!@#WS-EHR#CLINIC#GATEWAY#WARD3#"));
    QVERIFY(ack.contains("\rMSA#AA#A|B^C!F!D\r"));
}

void TestHl7MllpCodec::characterSetFromMsh18()
{
    QByteArray latin1 = kNotesExample;
    latin1.replace("UNICODE UTF-8", "8859/1");
    latin1.replace("MRN12345", "MRN-\xc9LODIE");
    const auto decoded = Hl7MllpCodec::decode(latin1, kUtc);
    QVERIFY(decoded.ok());
    QVERIFY(decoded->header.latin1);
    QCOMPARE(decoded->reading.reportedPatientId, QStringLiteral("MRN-\u00c9LODIE"));

    QByteArray utf8 = kNotesExample;
    utf8.replace("MRN12345", "MRN-\xc3\x89LODIE");
    QCOMPARE(Hl7MllpCodec::decode(utf8, kUtc)->reading.reportedPatientId, QStringLiteral("MRN-\u00c9LODIE"));

    // An ACK whose text leaves ASCII declares UTF-8; a plain one does not.
    const QByteArray plain =
        Hl7MllpCodec::buildAck(decoded->header, AckCode::Accept, QStringLiteral("ok"), QStringLiteral("A1"), kNowMs);
    QVERIFY(!plain.contains("UNICODE UTF-8"));
    const QByteArray accented =
        Hl7MllpCodec::buildAck(decoded->header, AckCode::Error, QStringLiteral("valeur refus\u00e9e"),
                               QStringLiteral("A2"), kNowMs, RejectionReason::NonNumericValue);
    QVERIFY(accented.contains("|2.6||||||UNICODE UTF-8\r"));
    QVERIFY(accented.contains("valeur refus\xc3\xa9"
                              "e"));
}

void TestHl7MllpCodec::encodeDecodeRoundTrip()
{
    Reading reading;
    reading.deviceId = kMonitorEui;
    reading.measuredAtMs = kNowMs + 123;
    reading.values = {
        {VitalParameter::HeartRate, ValueState::Measured, 131},
        {VitalParameter::SpO2, ValueState::SensorOff, 0},
        {VitalParameter::SystolicBp, ValueState::Measured, 88},
        {VitalParameter::DiastolicBp, ValueState::Measured, 52},
        {VitalParameter::RespirationRate, ValueState::Measured, 27},
        {VitalParameter::BodyTemperature, ValueState::Invalid, 0},
        {VitalParameter::Glucose, ValueState::Measured, 141.5},
    };
    Hl7EncodeOptions options;
    options.controlId = QStringLiteral("SIM|0001");
    options.patientId = QStringLiteral("MRN-7");
    for (const Hl7Separators separators : {Hl7Separators{}, Hl7Separators{'#', '$', '*', '!', '@'}}) {
        options.separators = separators;
        const QByteArray message = Hl7MllpCodec::encodeOru(reading, options);
        const auto decoded = Hl7MllpCodec::decode(message, kUtc);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded->reading.values, reading.values);
        QCOMPARE(decoded->reading.measuredAtMs, reading.measuredAtMs);
        QCOMPARE(decoded->reading.deviceId, reading.deviceId);
        QCOMPARE(decoded->reading.controlId, options.controlId);
        QCOMPARE(decoded->reading.reportedPatientId, options.patientId);
    }
}

void TestHl7MllpCodec::unitConversions_data()
{
    QTest::addColumn<QByteArray>("obx");
    QTest::addColumn<int>("parameter");
    QTest::addColumn<double>("expected");

    QTest::newRow("°F MDC") << QByteArray("OBX|1|NM|150344^MDC_TEMP^MDC|1.5.1.1|100.4|266560^MDC_DIM_FAHR^MDC")
                            << int(VitalParameter::BodyTemperature) << 38.0;
    QTest::newRow("°F UCUM") << QByteArray("OBX|1|NM|8310-5^Body temperature^LN||98.6|[degF]^degree Fahrenheit^UCUM")
                             << int(VitalParameter::BodyTemperature) << 37.0;
    QTest::newRow("°C by MDC name only") << QByteArray("OBX|1|NM|150344^MDC_TEMP^MDC||37.2|^MDC_DIM_DEGC^MDC")
                                         << int(VitalParameter::BodyTemperature) << 37.2;
    QTest::newRow("mmol/L") << QByteArray("OBX|1|NM|2339-0^Glucose^LN||5.5|mmol/L^^UCUM")
                            << int(VitalParameter::Glucose) << 5.5 * 18.0156;
    QTest::newRow("mmol/L MDC")
        << QByteArray("OBX|1|NM|160184^MDC_CONC_GLU_CAPILLARY_WHOLEBLOOD^MDC||7|266866^MDC_DIM_MILLI_MOLE_PER_L^MDC")
        << int(VitalParameter::Glucose) << 7 * 18.0156;
    QTest::newRow("mg/dL MDC")
        << QByteArray("OBX|1|NM|160184^MDC_CONC_GLU_CAPILLARY_WHOLEBLOOD^MDC||126|264274^MDC_DIM_MILLI_G_PER_DL^MDC")
        << int(VitalParameter::Glucose) << 126.0;
    QTest::newRow("kPa") << QByteArray("OBX|1|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC||16|kPa^^UCUM")
                         << int(VitalParameter::SystolicBp) << 16 * 7.50062;
    QTest::newRow("bpm spelling") << QByteArray("OBX|1|NM|8867-4^Heart rate^LN||61|bpm")
                                  << int(VitalParameter::HeartRate) << 61.0;
    QTest::newRow("breaths annotation") << QByteArray("OBX|1|NM|9279-1^Respiratory rate^LN||+12.|{breaths}/min^^UCUM")
                                        << int(VitalParameter::RespirationRate) << 12.0;
    QTest::newRow("vendor code, MDC name")
        << QByteArray("OBX|1|NM|4711^MDC_TTHOR_RESP_RATE^99PHI||15|264928^MDC_DIM_RESP_PER_MIN^MDC")
        << int(VitalParameter::RespirationRate) << 15.0;
    QTest::newRow("alternate coding") << QByteArray("OBX|1|NM|HR^Heart rate^L^8867-4^Heart rate^LN||77|/min^^UCUM")
                                      << int(VitalParameter::HeartRate) << 77.0;
}

void TestHl7MllpCodec::unitConversions()
{
    QFETCH(QByteArray, obx);
    QFETCH(int, parameter);
    QFETCH(double, expected);
    const auto decoded = Hl7MllpCodec::decode(withObx(obx), kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    const auto value = decoded->reading.measured(static_cast<VitalParameter>(parameter));
    QVERIFY(value.has_value());
    QVERIFY2(qAbs(*value - expected) < 1e-9, qPrintable(QString::number(*value)));
}

void TestHl7MllpCodec::sensorStates()
{
    const auto nav = Hl7MllpCodec::decode(
        withObx("OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1||262688^MDC_DIM_PERCENT^MDC||NAV|||R"), kUtc);
    QVERIFY(nav.ok());
    QCOMPARE(nav->reading.find(VitalParameter::SpO2)->state, ValueState::SensorOff);

    const auto inv = Hl7MllpCodec::decode(
        withObx("OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1|12|262688^MDC_DIM_PERCENT^MDC||LL~INV|||R"), kUtc);
    QVERIFY(inv.ok());
    QCOMPARE(inv->reading.find(VitalParameter::SpO2)->state, ValueState::Invalid);
    QCOMPARE(inv->reading.find(VitalParameter::SpO2)->value, 0.0);

    const auto alarm = Hl7MllpCodec::decode(
        withObx("OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1|85|262688^MDC_DIM_PERCENT^MDC|90-100|L~ALACT|||R"),
        kUtc);
    QVERIFY(alarm.ok());
    QCOMPARE(*alarm->reading.measured(VitalParameter::SpO2), 85.0);
}

void TestHl7MllpCodec::nonNumericObservation()
{
    // Alone: the message is refused as non-numeric.
    const auto alone = Hl7MllpCodec::decode(
        withObx("OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|seventy|264864^MDC_DIM_BEAT_PER_MIN^MDC"), kUtc);
    QVERIFY(!alone.ok());
    QCOMPARE(alone.code(), RejectionReason::NonNumericValue);
    QVERIFY(alone.message().contains(QStringLiteral("OBX 1")));

    for (const QByteArray &value : {QByteArray("NaN"), QByteArray("1e3"), QByteArray("Infinity"), QByteArray("7,2"),
                                    QByteArray("-"), QByteArray(40, '9')}) {
        const auto bad = Hl7MllpCodec::decode(
            withObx("OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|" + value + "|264864^MDC_DIM_BEAT_PER_MIN^MDC"),
            kUtc);
        QVERIFY2(!bad.ok(), value.constData());
        QCOMPARE(bad.code(), RejectionReason::NonNumericValue);
    }

    // A text value type for a vital sign is not read as a number either.
    const auto st = Hl7MllpCodec::decode(
        withObx("OBX|1|ST|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^MDC"), kUtc);
    QCOMPARE(st.code(), RejectionReason::NonNumericValue);

    // Beside good observations: the rest is used and the bad one is named.
    QByteArray mixed = kNotesExample;
    mixed.replace("|89|", "|8 9|");
    const auto decoded = Hl7MllpCodec::decode(mixed, kUtc);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QVERIFY(!decoded->reading.find(VitalParameter::SpO2));
    QCOMPARE(decoded->reading.values.size(), 4);
    QCOMPARE(decoded->ignored.size(), 1);
    QVERIFY(decoded->ignored[0].startsWith(QStringLiteral("OBX 3:")));
}

void TestHl7MllpCodec::rejectsBrokenMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<RejectionReason>("reason");

    const QByteArray obr = "OBR|1|||182777000^monitoring of patient^SCT|||20250101115955+0000\n";
    const QByteArray obx = "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R||||"
                           "|||0123456789ABCDEF^EUI-64\n";
    const QByteArray msh = "MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R01^ORU_R01|C1|P|2.6\n";

    QTest::newRow("empty") << QByteArray() << RejectionReason::Malformed;
    QTest::newRow("no MSH") << hl7(obr + obx) << RejectionReason::Malformed;
    QTest::newRow("MSH too short") << QByteArray("MSH|^~") << RejectionReason::Malformed;
    QTest::newRow("three encoding characters")
        << hl7("MSH|^~\\|GW|W|WS|C|20250101120000||ORU^R01|C1|P|2.6\n" + obr + obx) << RejectionReason::Malformed;
    QTest::newRow("same separator twice")
        << hl7("MSH|^^\\&|GW|W|WS|C|20250101120000||ORU^R01|C1|P|2.6\n" + obr + obx) << RejectionReason::Malformed;
    QTest::newRow("letter as separator") << hl7("MSHA^~\\&AGWAWAWSACA20250101120000AAORU^R01AC1APA2.6\n" + obr + obx)
                                         << RejectionReason::Malformed;
    QTest::newRow("empty control id") << hl7("MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R01^ORU_R01||P|2.6\n" + obr +
                                             obx)
                                      << RejectionReason::Malformed;
    QTest::newRow("control id too long") << hl7("MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R01^ORU_R01|" +
                                                QByteArray(200, 'c') + "|P|2.6\n" + obr + obx)
                                         << RejectionReason::Malformed;
    QTest::newRow("ADT message")
        << hl7("MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ADT^A01^ADT_A01|C1|P|2.6\nPID|||MRN1\n")
        << RejectionReason::UnsupportedMessage;
    QTest::newRow("ORU^R30") << hl7("MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R30|C1|P|2.6\n" + obr + obx)
                             << RejectionReason::UnsupportedMessage;
    QTest::newRow("MSH only") << hl7(msh) << RejectionReason::UnsupportedMessage;
    QTest::newRow("only device rows")
        << hl7(msh + obr +
               "OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X|||||||0123456789ABCDEF^EUI-64\n")
        << RejectionReason::UnsupportedMessage;
    QTest::newRow("only unknown codes")
        << hl7(msh + obr + "OBX|1|NM|999999^MDC_SOMETHING^MDC||1|^^MDC|||||R|||||||0123456789ABCDEF^EUI-64\n")
        << RejectionReason::UnsupportedMessage;
    QTest::newRow("bad OBR-7") << hl7(msh + "OBR|1|||x|||2025-01-01 11:59\n" + obx) << RejectionReason::Malformed;
    QTest::newRow("bad MSH-7") << hl7("MSH|^~\\&|GW|W|WS|C|yesterday||ORU^R01|C1|P|2.6\n" + obr + obx)
                               << RejectionReason::Malformed;
    QTest::newRow("no time anywhere") << hl7("MSH|^~\\&|GW|W|WS|C|||ORU^R01|C1|P|2.6\n" + obx)
                                      << RejectionReason::Malformed;
    QTest::newRow("lower-case segment") << hl7(msh + "obr|1\n" + obx) << RejectionReason::Malformed;
    QTest::newRow("segment name glued") << hl7(msh + "OBXX|1\n" + obx) << RejectionReason::Malformed;
    QTest::newRow("second MSH") << hl7(msh + obr + msh + obx) << RejectionReason::Malformed;
    QTest::newRow("no device")
        << hl7(msh + obr + "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^MDC\n")
        << RejectionReason::UnknownDevice;
    QTest::newRow("bad EUI-64") << hl7(msh + obr +
                                       "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^"
                                       "MDC|||||R|||||||0123456789ABCDEZ^EUI-64\n")
                                << RejectionReason::UnknownDevice;
    QTest::newRow("missing unit")
        << hl7(msh + obr + "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72||||||R|||||||0123456789ABCDEF^EUI-64\n")
        << RejectionReason::MissingUnit;
    QTest::newRow("wrong unit") << hl7(msh + obr +
                                       "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|266016^MDC_DIM_MMHG^MDC|||||"
                                       "R|||||||0123456789ABCDEF^EUI-64\n")
                                << RejectionReason::WrongUnit;
    QTest::newRow("unknown unit")
        << hl7(msh + obr +
               "OBX|1|NM|150344^MDC_TEMP^MDC|1.5.1.1|310|K^kelvin^UCUM|||||R|||||||0123456789ABCDEF^EUI-64\n")
        << RejectionReason::WrongUnit;
    QTest::newRow("oversized") << QByteArray(msh + QByteArray(Hl7MllpCodec::kMaxMessageBytes, 'x'))
                               << RejectionReason::Oversized;
}

void TestHl7MllpCodec::rejectsBrokenMessages()
{
    QFETCH(QByteArray, message);
    QFETCH(RejectionReason, reason);
    const auto decoded = Hl7MllpCodec::decode(message, kUtc);
    QVERIFY(!decoded.ok());
    QCOMPARE(reasonKey(decoded.code()), reasonKey(reason));
    QVERIFY(!decoded.message().isEmpty());
}

void TestHl7MllpCodec::observationFromAnotherDeviceIsNotMixedIn()
{
    QByteArray message = kNotesExample;
    message.replace("|38.4|268192^MDC_DIM_DEGC^MDC|35.0-39.0|N|||R",
                    "|38.4|268192^MDC_DIM_DEGC^MDC|35.0-39.0|N|||R|||||||FEDCBA9876543210^EUI-64");
    const auto decoded = Hl7MllpCodec::decode(message, kUtc);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded->reading.find(VitalParameter::BodyTemperature));
    QCOMPARE(decoded->ignored.size(), 1);
    QVERIFY(decoded->ignored[0].contains(QStringLiteral("FEDCBA9876543210")));
}

void TestHl7MllpCodec::timeParsing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("minutes") << QByteArray("202501011200+0000") << utc(2025, 1, 1, 12, 0, 0);
    QTest::newRow("seconds") << QByteArray("20250101120005+0000") << utc(2025, 1, 1, 12, 0, 5);
    QTest::newRow("1 fraction digit") << QByteArray("20250101120005.5+0000") << utc(2025, 1, 1, 12, 0, 5, 500);
    QTest::newRow("4 fraction digits") << QByteArray("20250101120005.1234+0000") << utc(2025, 1, 1, 12, 0, 5, 123);
    QTest::newRow("negative offset") << QByteArray("20250101070005-0500") << utc(2025, 1, 1, 12, 0, 5);
    QTest::newRow("half-hour offset") << QByteArray("20250101173005+0530") << utc(2025, 1, 1, 12, 0, 5);
    QTest::newRow("leap day") << QByteArray("20240229000000+0000") << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("no offset, option UTC") << QByteArray("20250101120005") << utc(2025, 1, 1, 12, 0, 5);
    QTest::newRow("date only") << QByteArray("20250101") << qint64(-1);
    QTest::newRow("hour only") << QByteArray("2025010112") << qint64(-1);
    QTest::newRow("Feb 29 2025") << QByteArray("20250229000000+0000") << qint64(-1);
    QTest::newRow("month 13") << QByteArray("20251301000000+0000") << qint64(-1);
    QTest::newRow("hour 24") << QByteArray("20250101240000+0000") << qint64(-1);
    QTest::newRow("second 60") << QByteArray("20250101235960+0000") << qint64(-1);
    QTest::newRow("5 fraction digits") << QByteArray("20250101120005.12345+0000") << qint64(-1);
    QTest::newRow("empty fraction") << QByteArray("20250101120005.+0000") << qint64(-1);
    QTest::newRow("offset too short") << QByteArray("20250101120005+00") << qint64(-1);
    QTest::newRow("offset 15 h") << QByteArray("20250101120005+1500") << qint64(-1);
    QTest::newRow("before 1970") << QByteArray("19691231235959+0000") << qint64(-1);
    QTest::newRow("trailing text") << QByteArray("20250101120005Z") << qint64(-1);
    QTest::newRow("letters") << QByteArray("2025O101120005+0000") << qint64(-1);
}

void TestHl7MllpCodec::timeParsing()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const auto parsed = Hl7MllpCodec::parseTime(text, kUtc);
    if (expected < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }
}

void TestHl7MllpCodec::timeWithoutOffsetUsesConfiguredZone()
{
    QCOMPARE(*Hl7MllpCodec::parseTime("20250101130000", Hl7DecodeOptions{60}), utc(2025, 1, 1, 12, 0, 0));
    QCOMPARE(*Hl7MllpCodec::parseTime("20250101130000+0000", Hl7DecodeOptions{60}), utc(2025, 1, 1, 13, 0, 0));
    // Default: this workstation's zone.
    const qint64 local = QDateTime(QDate(2025, 1, 1), QTime(13, 0), Qt::LocalTime).toMSecsSinceEpoch();
    QCOMPARE(*Hl7MllpCodec::parseTime("20250101130000"), local);
    QCOMPARE(Hl7MllpCodec::formatTime(utc(2025, 1, 1, 11, 59, 55, 7)), QByteArray("20250101115955.007+0000"));
    QCOMPARE(*Hl7MllpCodec::parseTime(Hl7MllpCodec::formatTime(kNowMs + 999)), kNowMs + 999);
}

void TestHl7MllpCodec::unescapeEdgeCases()
{
    const Hl7Separators s;
    QCOMPARE(Hl7MllpCodec::unescape("a\\X0D0A\\b", s), QByteArray("a\r\nb"));
    QCOMPARE(Hl7MllpCodec::unescape("\\.br\\x", s), QByteArray("x"));
    QCOMPARE(Hl7MllpCodec::unescape("keep \\Z\\ as is", s), QByteArray("keep \\Z\\ as is"));
    QCOMPARE(Hl7MllpCodec::unescape("bad hex \\XZZ\\", s), QByteArray("bad hex \\XZZ\\"));
    QCOMPARE(Hl7MllpCodec::unescape("odd hex \\X0\\", s), QByteArray("odd hex \\X0\\"));
    QCOMPARE(Hl7MllpCodec::unescape("unterminated \\F", s), QByteArray("unterminated \\F"));
    QCOMPARE(Hl7MllpCodec::unescape("\\E\\\\F\\", s), QByteArray("\\|"));
    const QByteArray nasty("a|b^c~d\\e&f\rg");
    QCOMPARE(Hl7MllpCodec::unescape(Hl7MllpCodec::escape(nasty, s), s), nasty);
}

void TestHl7MllpCodec::ackForAcceptedMessage()
{
    const auto decoded = Hl7MllpCodec::decode(kNotesExample, kUtc);
    QVERIFY(decoded.ok());
    const qint64 ackTime = utc(2025, 1, 1, 12, 0, 1);
    const QByteArray ack =
        Hl7MllpCodec::buildAck(decoded->header, AckCode::Accept, QString(), QStringLiteral("ACK00042"), ackTime);
    QCOMPARE(ack,
             QByteArray("MSH|^~\\&|WS-EHR|CLINIC|GATEWAY|WARD3|20250101120001.000+0000||ACK^R01^ACK|ACK00042|P|2.6\r"
                        "MSA|AA|MSG00042\r"));
    // The ACK is itself a well-formed HL7 header.
    const auto header = Hl7MllpCodec::decodeHeader(ack);
    QVERIFY(header.ok());
    QCOMPARE(header->messageType, QStringLiteral("ACK^R01"));
    QCOMPARE(header->controlId, QStringLiteral("ACK00042"));
}

void TestHl7MllpCodec::ackForRefusedMessageCarriesError()
{
    const auto header = Hl7MllpCodec::decodeHeader(kNotesExample);
    QVERIFY(header.ok());
    const QByteArray ack = Hl7MllpCodec::buildAck(*header, AckCode::Error, QStringLiteral("OBX 3: value|bad"),
                                                  QStringLiteral("A2"), kNowMs, RejectionReason::NonNumericValue);
    const QList<QByteArray> segments = ack.split('\r');
    QCOMPARE(segments.size(), 4); // MSH, MSA, ERR and the empty rest after the last CR
    QCOMPARE(segments[1], QByteArray("MSA|AE|MSG00042|OBX 3: value\\F\\bad"));
    QCOMPARE(segments[2], QByteArray("ERR|||102^Data type error^HL70357|E||||OBX 3: value\\F\\bad"));
}

void TestHl7MllpCodec::ackUsesSendersSeparatorsAndEchoesRawControlId()
{
    const QByteArray message = hl7("MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R01^ORU_R01|MSG\\F\\7|T|2.5\n");
    const auto header = Hl7MllpCodec::decodeHeader(message);
    QVERIFY(header.ok());
    const QByteArray ack = Hl7MllpCodec::buildAck(*header, AckCode::Reject, QString(), QStringLiteral("ACK|9"), kNowMs,
                                                  RejectionReason::UnknownDevice);
    QVERIFY(ack.contains("|ACK^R01^ACK|ACK\\F\\9|T|2.5\r"));
    QVERIFY(ack.contains("\rMSA|AR|MSG\\F\\7\r"));
    QVERIFY(ack.contains("\rERR|||204^Unknown key identifier^HL70357|E"));
}

void TestHl7MllpCodec::ackCodes()
{
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::NonNumericValue), AckCode::Error);
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::ImplausibleValue), AckCode::Error);
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::WrongUnit), AckCode::Error);
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::UnknownDevice), AckCode::Reject);
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::UnsupportedMessage), AckCode::Reject);
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::StaleTimestamp), AckCode::Reject);
    QCOMPARE(Hl7MllpCodec::ackCodeFor(RejectionReason::ReplayedSequence), AckCode::Accept);
}

void TestHl7MllpCodec::mllpFraming()
{
    QCOMPARE(Hl7MllpCodec::frame("MSH|x\r"), QByteArray("\x0bMSH|x\r\x1c\r"));
}

QTEST_GUILESS_MAIN(TestHl7MllpCodec)
#include "tst_hl7_mllp_codec.moc"
