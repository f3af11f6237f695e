// Every .ts under translations/ is complete: no empty, unfinished or stale entry, the
// same %1-style placeholders as the source, a mnemonic where the source has one, and for
// Arabic actual Arabic text rather than a copy of the English.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform")) {
                        message.translations << xml.readElementText();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    }
    return ts;
}

QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%(L?)(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (withN || !p.endsWith(QLatin1Char('n'))) {
            found << p;
        }
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;"));
    t.remove(entity);
    return t.contains(QLatin1Char('&'));
}

bool hasArabicLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

bool needsWords(const QString &source)
{
    QString s = source;
    // Names that stay as they are in every language: the product, its programs, options.
    s.remove(QRegularExpression(QStringLiteral("careledger[-a-z]*|%L?\\d+|%n|--?[a-z-]+|<[^>]*>"),
                                QRegularExpression::CaseInsensitiveOption));
    return s.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shipsFrenchAndArabic();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
};

static QDir translationsDir()
{
    return QDir(QStringLiteral(CARELEDGER_SOURCE_DIR "/translations"));
}

void TestTranslations::shipsFrenchAndArabic()
{
    const QStringList files = translationsDir().entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("careledger_fr.ts")));
    QVERIFY(files.contains(QStringLiteral("careledger_ar.ts")));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir = translationsDir();
    for (const QString &file : dir.entryList({QStringLiteral("*.ts")}, QDir::Files)) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "no messages: run the careledger_lupdate target");
    const bool arabic = ts.language.startsWith(QStringLiteral("ar"));

    QStringList problems;
    for (const Message &m : ts.messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("obsolete")
            || m.type == QLatin1String("vanished")) {
            problems << QStringLiteral("%1: %2").arg(where, m.type);
            continue;
        }
        if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); })) {
            problems << QStringLiteral("%1: empty translation").arg(where);
            continue;
        }
        for (const QString &t : m.translations) {
            // A plural form may spell the number out ("one account"), so %n may be absent.
            if (placeholders(m.source, !m.numerus) != placeholders(t, !m.numerus)) {
                problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t);
            }
            if (hasMnemonic(m.source) != hasMnemonic(t)) {
                problems << QStringLiteral("%1: mnemonic (&) missing or extra in \"%2\"").arg(where, t);
            }
            if (arabic && needsWords(m.source) && !hasArabicLetter(t)) {
                problems << QStringLiteral("%1: not Arabic: \"%2\"").arg(where, t);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
