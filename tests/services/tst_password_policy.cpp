#include "staff/PasswordPolicy.h"

#include <QTest>

using careledger::core::PasswordPolicy;

class TestPasswordPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsAGoodPassword()
    {
        QCOMPARE(PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("violet-harbour-42")), std::nullopt);
        // Exactly the minimum length is enough.
        QCOMPARE(PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("abcdefghijk1")), std::nullopt);
    }

    void refusesShortPasswords()
    {
        const auto problem = PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("abcdefghij1"));
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("12")), qPrintable(*problem));
        QVERIFY(PasswordPolicy::problem(QStringLiteral("claire"), QString()));
    }

    void countsCharactersNotUtf16Units()
    {
        // Eleven characters outside the BMP are 22 UTF-16 units but still too short.
        QString eleven;
        for (char32_t c = U'\U0001F600'; c < U'\U0001F600' + 11; ++c) {
            eleven += QString::fromUcs4(&c, 1);
        }
        QCOMPARE(eleven.size(), 22);
        QVERIFY(PasswordPolicy::problem(QStringLiteral("claire"), eleven));
        char32_t twelfth = U'\U0001F6A0';
        QCOMPARE(PasswordPolicy::problem(QStringLiteral("claire"), eleven + QString::fromUcs4(&twelfth, 1)),
                 std::nullopt);
    }

    void refusesTheUserName()
    {
        const auto equal =
            PasswordPolicy::problem(QStringLiteral("marguerite.duras"), QStringLiteral("Marguerite.Duras"));
        QVERIFY(equal);
        QVERIFY2(equal->contains(QStringLiteral("user name")), qPrintable(*equal));
        QVERIFY(PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("my-CLAIRE-password")));
        QVERIFY(PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("passwordclaire")));
    }

    void refusesASingleRepeatedCharacter()
    {
        const auto problem = PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("zzzzzzzzzzzzzzzz"));
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("repeat")), qPrintable(*problem));
        QCOMPARE(PasswordPolicy::problem(QStringLiteral("claire"), QStringLiteral("zzzzzzzzzzzzzzzy")), std::nullopt);
    }

    void reportsProblemsAsSentences()
    {
        for (const QString &password :
             {QStringLiteral("short"), QStringLiteral("xxclairexxxxxx"), QStringLiteral("aaaaaaaaaaaaa")}) {
            const auto problem = PasswordPolicy::problem(QStringLiteral("claire"), password);
            QVERIFY(problem);
            QVERIFY(problem->at(0).isUpper());
            QVERIFY(problem->endsWith(u'.'));
        }
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
