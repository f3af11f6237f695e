// careledger --screenshots renders every screen offscreen; without a display the GUI
// explains itself instead of letting Qt abort.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiScreenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersEveryScreen_data();
    void rendersEveryScreen();
    void rightToLeftForArabic();
    void refusesToStartWithoutDisplay();

private:
    static QProcessEnvironment cleanEnvironment();
};

QProcessEnvironment TestGuiScreenshots::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QString::fromLatin1(name));
    }
    return env;
}

void TestGuiScreenshots::rendersEveryScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("en") << QStringLiteral("en") << QString();
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("-ar");
}

void TestGuiScreenshots::rendersEveryScreen()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    QTemporaryDir out;
    QVERIFY(out.isValid());

    QProcess careledger;
    // No display at all: --screenshots must not need one.
    careledger.setProcessEnvironment(cleanEnvironment());
    careledger.start(QStringLiteral(CARELEDGER_EXE),
                     {QStringLiteral("--screenshots"), out.path(), QStringLiteral("--lang"), language});
    QVERIFY(careledger.waitForStarted());
    QVERIFY(careledger.waitForFinished(180000));
    QVERIFY2(careledger.exitStatus() == QProcess::NormalExit && careledger.exitCode() == 0,
             careledger.readAllStandardError().constData());

    const QStringList expected{QStringLiteral("login"),           QStringLiteral("login-error"),
                               QStringLiteral("login-locked"),    QStringLiteral("main-admin"),
                               QStringLiteral("staff-accounts"),  QStringLiteral("new-account"),
                               QStringLiteral("enable-account"),  QStringLiteral("change-password"),
                               QStringLiteral("main-doctor"),     QStringLiteral("main-nurse"),
                               QStringLiteral("patients"),        QStringLiteral("patient-register"),
                               QStringLiteral("chart-summary"),   QStringLiteral("chart-history"),
                               QStringLiteral("chart-prescriptions"), QStringLiteral("chart-access"),
                               QStringLiteral("prescription-dialog"), QStringLiteral("version-history"),
                               QStringLiteral("emergency-access"), QStringLiteral("chart-emergency"),
                               QStringLiteral("audit-log")};
    for (const QString &name : expected) {
        const QString path = QDir(out.path()).filePath(name + suffix + QStringLiteral(".png"));
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY2(image.width() >= 300 && image.height() >= 200, qPrintable(path));
    }
}

// Near-white pixels (logo cross, product name) in the header band's left and right quarters.
static QPair<int, int> headerWhiteness(const QImage &image)
{
    int left = 0;
    int right = 0;
    const int quarter = image.width() / 4;
    for (int y = 10; y < 80 && y < image.height(); ++y) {
        for (int x = 0; x < quarter; ++x) {
            left += qGray(image.pixel(x, y)) > 230;
            right += qGray(image.pixel(image.width() - 1 - x, y)) > 230;
        }
    }
    return {left, right};
}

void TestGuiScreenshots::rightToLeftForArabic()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        QProcess careledger;
        careledger.setProcessEnvironment(cleanEnvironment());
        careledger.start(QStringLiteral(CARELEDGER_EXE),
                         {QStringLiteral("--screenshots"), out.path(), QStringLiteral("--lang"), language});
        QVERIFY(careledger.waitForFinished(180000));
        QCOMPARE(careledger.exitCode(), 0);
    }
    // The header starts with the logo: at the left in English, mirrored to the right in Arabic.
    const auto en = headerWhiteness(QImage(QDir(out.path()).filePath(QStringLiteral("login.png"))));
    const auto ar = headerWhiteness(QImage(QDir(out.path()).filePath(QStringLiteral("login-ar.png"))));
    QVERIFY2(en.first > 2 * en.second, qPrintable(QStringLiteral("en %1/%2").arg(en.first).arg(en.second)));
    QVERIFY2(ar.second > 2 * ar.first, qPrintable(QStringLiteral("ar %1/%2").arg(ar.first).arg(ar.second)));
}

void TestGuiScreenshots::refusesToStartWithoutDisplay()
{
    QProcess careledger;
    careledger.setProcessEnvironment(cleanEnvironment());
    careledger.start(QStringLiteral(CARELEDGER_EXE), {});
    QVERIFY(careledger.waitForStarted());
    QVERIFY(careledger.waitForFinished(30000));
    QCOMPARE(careledger.exitStatus(), QProcess::NormalExit); // no abort
    QVERIFY(careledger.exitCode() != 0);
    QVERIFY(QString::fromLocal8Bit(careledger.readAllStandardError()).contains(QStringLiteral("--screenshots")));
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
