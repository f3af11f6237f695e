#include "ui/Localization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace careledger::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QString installTranslations(const QString &language)
{
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString code = QLocale::languageToCode(wanted.language());
    if (!availableLanguages().contains(code)) {
        code = QStringLiteral("en");
    }
    // Keep the region of the system locale (fr_CA dates) but never a language we lack.
    const QLocale locale = (QLocale::languageToCode(wanted.language()) == code) ? wanted : QLocale(code);
    QLocale::setDefault(locale);

    if (code != QStringLiteral("en")) {
        auto *own = new QTranslator(QCoreApplication::instance());
        if (own->load(QStringLiteral(":/i18n/careledger_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(own);
        } else {
            delete own;
            code = QStringLiteral("en");
        }
    }
    if (code != QStringLiteral("en")) {
        // Qt's own strings (line-edit context menus, standard dialogs) when the system has them.
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    return code;
}

} // namespace careledger::ui
