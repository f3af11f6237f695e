// careledger-admin: creates workstation stores (init), the demo clinic (demo-clinic) and
// tells where the demo clinic lives (default-data-dir).
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.

#include "services/DemoClinic.h"
#include "services/Workstation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace careledger::services;

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;
constexpr qint64 kMaximumPasswordFileSize = 4096;

// Translation context for the CLI's messages.
struct AdminCli {
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "careledger-admin: " << message << Qt::endl;
    return kFailure;
}

int usage(const QString &message)
{
    QTextStream(stderr) << "careledger-admin: " << message << '\n'
                        << AdminCli::tr("Run 'careledger-admin --help' for usage.") << Qt::endl;
    return kUsage;
}

// Overwrites a password's characters before the string is released; QString copies made
// elsewhere cannot be reached, so this only narrows the window.
void wipe(QString &secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}

// Terminal echo is restored even when the user interrupts the prompt.
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoDisabled = 0;

void restoreTerminalAndExit(int signal)
{
    if (g_echoDisabled) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::optional<QString> promptHidden(const QString &prompt)
{
    QTextStream(stderr) << prompt << Qt::flush;
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
        return std::nullopt;
    }
    termios silent = g_savedTerminal;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    silent.c_lflag |= ECHONL;
    g_echoDisabled = 1;
    std::signal(SIGINT, restoreTerminalAndExit);
    std::signal(SIGTERM, restoreTerminalAndExit);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &silent) != 0) {
        g_echoDisabled = 0;
        return std::nullopt;
    }
    std::string line;
    bool ok = true;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF) {
            ok = !line.empty();
            break;
        }
        if (c == '\n') {
            break;
        }
        line.push_back(static_cast<char>(c));
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    g_echoDisabled = 0;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    QString password = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (!ok) {
        return std::nullopt;
    }
    return password;
}

// The file's content without its trailing line break. Reading stops at a size no password
// reaches, so a wrong path (a disk image, /dev/zero) cannot exhaust memory.
std::optional<QString> readPasswordFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AdminCli::tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(kMaximumPasswordFileSize + 1);
    if (bytes.size() > kMaximumPasswordFileSize) {
        bytes.fill('\0');
        *error = AdminCli::tr("The password file %1 is too large to hold a password.").arg(path);
        return std::nullopt;
    }
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r')) {
            bytes.chop(1);
        }
    }
    QString password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return password;
}

bool hasOnly(const QCommandLineParser &parser, const QStringList &allowed, QString *offending)
{
    for (const QString &name : parser.optionNames()) {
        if (!allowed.contains(name)) {
            *offending = name;
            return false;
        }
    }
    return true;
}

int runInit(const QCommandLineParser &parser)
{
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty()) {
        return usage(AdminCli::tr("init needs --data-dir."));
    }
    const QString username =
        parser.isSet(QStringLiteral("username")) ? parser.value(QStringLiteral("username")) : QStringLiteral("admin");
    const QString displayName = parser.isSet(QStringLiteral("display-name"))
                                    ? parser.value(QStringLiteral("display-name"))
                                    : AdminCli::tr("Administrator");
    if (Workstation::storeExists(dataDir)) {
        return fail(AdminCli::tr("A CareLedger store already exists in %1; refusing to overwrite it.").arg(dataDir));
    }

    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        QString error;
        auto fromFile = readPasswordFile(parser.value(QStringLiteral("password-file")), &error);
        if (!fromFile) {
            return fail(error);
        }
        password = *fromFile;
    } else {
        if (!isatty(STDIN_FILENO)) {
            return fail(AdminCli::tr("No terminal to ask for the password on; use --password-file FILE."));
        }
        auto first = promptHidden(AdminCli::tr("Password for %1: ").arg(username));
        if (!first) {
            return fail(AdminCli::tr("No password was entered."));
        }
        auto second = promptHidden(AdminCli::tr("Repeat the password: "));
        if (!second) {
            wipe(*first);
            return fail(AdminCli::tr("No password was entered."));
        }
        const bool same = *first == *second;
        password = *first;
        wipe(*first);
        wipe(*second);
        if (!same) {
            wipe(password);
            return fail(AdminCli::tr("The two passwords differ."));
        }
    }

    const ServiceStatus done = Workstation::initialize(dataDir, username, displayName, password);
    wipe(password);
    if (!done) {
        return fail(done.message());
    }
    QTextStream(stdout)
        << AdminCli::tr("Created a CareLedger store in %1 with administrator %2.").arg(dataDir, username.trimmed())
        << Qt::endl;
    return kOk;
}

int runDemoClinic(const QCommandLineParser &parser)
{
    const QString dataDir =
        parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir")) : defaultDemoDataDir();
    if (dataDir.isEmpty()) {
        return usage(AdminCli::tr("--data-dir must not be empty."));
    }
    const ServiceStatus done = ensureDemoClinic(dataDir);
    if (!done) {
        return fail(done.message());
    }
    QTextStream(stdout) << dataDir << Qt::endl;
    return kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careledger-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEDGER_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        AdminCli::tr("CareLedger workstation administration.\n\n"
                     "Commands:\n"
                     "  init --data-dir D [--username U] [--display-name N] [--password-file F]\n"
                     "      Create a new workstation store and its first administrator. Without\n"
                     "      --password-file the password is asked for twice on the terminal.\n"
                     "  demo-clinic [--data-dir D]\n"
                     "      Create the demo clinic unless it exists; print its folder.\n"
                     "  default-data-dir\n"
                     "      Print the folder the demo clinic uses by default."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), AdminCli::tr("init, demo-clinic or default-data-dir"));
    parser.addOption({QStringLiteral("data-dir"), AdminCli::tr("Workstation data folder."), AdminCli::tr("dir")});
    parser.addOption({QStringLiteral("username"), AdminCli::tr("First administrator's user name (default: admin)."),
                      AdminCli::tr("name")});
    parser.addOption(
        {QStringLiteral("display-name"), AdminCli::tr("First administrator's full name."), AdminCli::tr("name")});
    parser.addOption({QStringLiteral("password-file"),
                      AdminCli::tr("Read the first administrator's password from this file (one line)."),
                      AdminCli::tr("file")});

    if (!parser.parse(QCoreApplication::arguments())) {
        return usage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText() << Qt::flush;
        return kOk;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usage(positional.isEmpty() ? AdminCli::tr("No command given.")
                                          : AdminCli::tr("Exactly one command is expected."));
    }
    const QString command = positional.first();
    QString offending;
    if (command == QLatin1StringView("init")) {
        if (!hasOnly(parser,
                     {QStringLiteral("data-dir"), QStringLiteral("username"), QStringLiteral("display-name"),
                      QStringLiteral("password-file")},
                     &offending)) {
            return usage(AdminCli::tr("init does not take --%1.").arg(offending));
        }
        return runInit(parser);
    }
    if (command == QLatin1StringView("demo-clinic")) {
        if (!hasOnly(parser, {QStringLiteral("data-dir")}, &offending)) {
            return usage(AdminCli::tr("demo-clinic does not take --%1.").arg(offending));
        }
        return runDemoClinic(parser);
    }
    if (command == QLatin1StringView("default-data-dir")) {
        if (!hasOnly(parser, {}, &offending)) {
            return usage(AdminCli::tr("default-data-dir takes no options (not --%1).").arg(offending));
        }
        QTextStream(stdout) << defaultDemoDataDir() << Qt::endl;
        return kOk;
    }
    return usage(AdminCli::tr("Unknown command “%1”.").arg(command));
}
