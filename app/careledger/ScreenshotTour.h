#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace careledger::ui {
class LoginWindow;
class MainWindow;
}

namespace careledger::app {

// --screenshots: renders every screen that exists to PNG, offscreen, against a throw-away
// clinic (cheap scrypt cost) so it runs anywhere in seconds and never touches real data.
class ScreenshotTour {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
public:
    ScreenshotTour(QString outputDir, QString language);

    int run(); // process exit code

private:
    bool tour(const QString &clinicDir);
    bool tourLedger(ui::MainWindow &main);
    bool save(QWidget *widget, const QString &name);
    QString fileName(const QString &name) const;
    bool signIn(ui::LoginWindow &login, const QString &username, const QString &password);
    bool fail(const QString &what);

    QString m_outputDir;
    QString m_language;
    QStringList m_written;
};

} // namespace careledger::app
