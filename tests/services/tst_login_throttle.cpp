#include "staff/LoginThrottle.h"

#include <QTest>

#include <climits>

using careledger::core::LoginThrottle;

class TestLoginThrottle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstFourFailuresAreFree()
    {
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        for (int count = 0; count <= 4; ++count) {
            QCOMPARE(LoginThrottle::lockSeconds(count), 0);
            QVERIFY(!LoginThrottle::lockedUntil(count, now).isValid());
        }
    }

    void locksFromTheFifthFailureDoubling_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("5th") << 5 << qint64(30);
        QTest::newRow("6th") << 6 << qint64(60);
        QTest::newRow("7th") << 7 << qint64(120);
        QTest::newRow("8th") << 8 << qint64(240);
        QTest::newRow("9th") << 9 << qint64(480);
        QTest::newRow("10th") << 10 << qint64(960);
        QTest::newRow("11th") << 11 << qint64(1920);
        QTest::newRow("12th capped") << 12 << qint64(3600);
        QTest::newRow("13th capped") << 13 << qint64(3600);
        QTest::newRow("1000th capped") << 1000 << qint64(3600);
        QTest::newRow("INT_MAX capped") << INT_MAX << qint64(3600);
    }

    void locksFromTheFifthFailureDoubling()
    {
        QFETCH(int, count);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(LoginThrottle::lockSeconds(count), seconds);
        QCOMPARE(LoginThrottle::lockedUntil(count, now), now.addSecs(seconds));
    }

    void negativeCountsAreFree() { QCOMPARE(LoginThrottle::lockSeconds(-3), 0); }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
