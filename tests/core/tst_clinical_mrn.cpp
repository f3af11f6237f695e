// Medical record numbers: the Luhn check digit, the forms a person types, and fresh random
// numbers from the CSPRNG.

#include "clinical/Mrn.h"

#include <QSet>
#include <QTest>

using namespace careledger::core;

class TestClinicalMrn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("check");
        // Worked by hand with the Luhn rule (rightmost payload digit doubled).
        QTest::newRow("12345678") << QStringLiteral("12345678") << 2;
        QTest::newRow("00000000") << QStringLiteral("00000000") << 0;
        QTest::newRow("99999999") << QStringLiteral("99999999") << 8;
        QTest::newRow("79927398") << QStringLiteral("79927398") << 2;
        QTest::newRow("31415926") << QStringLiteral("31415926") << 0;
        QTest::newRow("27182818") << QStringLiteral("27182818") << 8;
        QTest::newRow("10000000") << QStringLiteral("10000000") << 9;
    }

    void checkDigit()
    {
        QFETCH(QString, payload);
        QFETCH(int, check);
        QCOMPARE(mrnCheckDigit(payload), check);
    }

    void checkDigitRejectsOtherInput()
    {
        QCOMPARE(mrnCheckDigit(QStringLiteral("1234567")), -1);
        QCOMPARE(mrnCheckDigit(QStringLiteral("123456789")), -1);
        QCOMPARE(mrnCheckDigit(QStringLiteral("1234567a")), -1);
        QCOMPARE(mrnCheckDigit(QString()), -1);
    }

    void format()
    {
        QCOMPARE(formatMrn(QStringLiteral("123456782")), QStringLiteral("1234-5678-2"));
        QCOMPARE(formatMrn(QStringLiteral("000000000")), QStringLiteral("0000-0000-0"));
        // Anything else is shown as given rather than dressed up as a number.
        QCOMPARE(formatMrn(QStringLiteral("12345")), QStringLiteral("12345"));
    }

    void parseAcceptedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("formatted") << QStringLiteral("1234-5678-2");
        QTest::newRow("digits only") << QStringLiteral("123456782");
        QTest::newRow("spaces") << QStringLiteral("1234 5678 2");
        QTest::newRow("surrounding spaces") << QStringLiteral("  1234-5678-2 ");
        QTest::newRow("mixed separators") << QStringLiteral("12-34 5678--2");
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664-\u0665\u0666\u0667\u0668-\u0662");
    }

    void parseAcceptedForms()
    {
        QFETCH(QString, text);
        QCOMPARE(parseMrn(text), std::optional<QString>(QStringLiteral("123456782")));
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("wrong check digit") << QStringLiteral("1234-5678-3");
        QTest::newRow("eight digits") << QStringLiteral("1234-5678");
        QTest::newRow("ten digits") << QStringLiteral("1234-5678-20");
        QTest::newRow("letter") << QStringLiteral("1234-5678-X");
        QTest::newRow("slash") << QStringLiteral("1234/5678/2");
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << QStringLiteral(" - ");
    }

    void parseRejects()
    {
        QFETCH(QString, text);
        QCOMPARE(parseMrn(text), std::nullopt);
    }

    void everySingleDigitErrorIsCaught()
    {
        const QString valid = QStringLiteral("314159260");
        QVERIFY(parseMrn(valid));
        for (int position = 0; position < 9; ++position) {
            for (char digit = '0'; digit <= '9'; ++digit) {
                QString typo = valid;
                if (typo.at(position) == QLatin1Char(digit)) {
                    continue;
                }
                typo[position] = QLatin1Char(digit);
                QVERIFY2(!parseMrn(typo), qPrintable(typo));
            }
        }
    }

    void adjacentSwapsAreCaught()
    {
        // Luhn catches every swap of neighbours except 0<->9.
        const QString valid = QStringLiteral("271828188");
        QVERIFY(parseMrn(valid));
        for (int i = 0; i + 1 < 9; ++i) {
            QString swapped = valid;
            std::swap(swapped[i], swapped[i + 1]);
            if (swapped == valid) {
                continue;
            }
            QVERIFY2(!parseMrn(swapped), qPrintable(swapped));
        }
    }

    void generatedNumbersAreValidAndDistinct()
    {
        QSet<QString> seen;
        int digitCounts[10] = {};
        const int count = 2000;
        for (int i = 0; i < count; ++i) {
            const QString mrn = generateMrn();
            QCOMPARE(mrn.size(), 9);
            QCOMPARE(parseMrn(mrn), std::optional<QString>(mrn));
            QCOMPARE(parseMrn(formatMrn(mrn)), std::optional<QString>(mrn));
            seen.insert(mrn);
            for (int d = 0; d < 8; ++d) {
                ++digitCounts[mrn.at(d).unicode() - u'0'];
            }
        }
        // 2000 draws from 10^8 give about 0.02 expected repeats (the services retry a repeat
        // on registration); more than three would take odds of about 1 in 10^8, while a
        // generator with little entropy repeats by the hundreds.
        QVERIFY2(seen.size() >= count - 3, qPrintable(QString::number(count - seen.size())));
        // 16,000 payload digits, 1,600 expected per digit (standard deviation 38): a biased
        // generator (e.g. byte % 10 without rejection: +2.4 % on 0-5) stays within the
        // bound, but a broken one (a stuck digit) does not.
        for (int d = 0; d < 10; ++d) {
            QVERIFY2(digitCounts[d] > 1350 && digitCounts[d] < 1850, qPrintable(QString::number(digitCounts[d])));
        }
    }
};

QTEST_GUILESS_MAIN(TestClinicalMrn)
#include "tst_clinical_mrn.moc"
