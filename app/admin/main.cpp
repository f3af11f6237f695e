// careledger-admin: creates workstation stores (init), consortium files (authority-key,
// node-key, genesis), the demo clinic (demo-clinic), verifies a store (verify), prints
// inclusion proofs (proof), exports a patient's record as FHIR (export-fhir) and imports the
// EHRGuard dataset (import-ehrguard).
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error, 3 verify found
// problems or import-ehrguard skipped rows (the others were imported).

#include "clinical/Mrn.h"
#include "services/Consortium.h"
#include "services/DemoClinic.h"
#include "services/InteropService.h"
#include "services/LedgerService.h"
#include "services/PatientService.h"
#include "services/Workstation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <variant>

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
constexpr int kProblemsFound = 3;
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

// From --<option> FILE, else asked on the terminal (twice when `confirm`).
std::optional<QString> obtainSecret(const QCommandLineParser &parser, const QString &option, const QString &prompt, bool confirm,
                                    QString *error)
{
    if (parser.isSet(option)) {
        return readPasswordFile(parser.value(option), error);
    }
    if (!isatty(STDIN_FILENO)) {
        *error = AdminCli::tr("No terminal to ask for the secret on; use --%1 FILE.").arg(option);
        return std::nullopt;
    }
    auto first = promptHidden(prompt);
    if (!first) {
        *error = AdminCli::tr("Nothing was entered.");
        return std::nullopt;
    }
    if (!confirm) {
        return first;
    }
    auto second = promptHidden(AdminCli::tr("Repeat it: "));
    if (!second) {
        wipe(*first);
        *error = AdminCli::tr("Nothing was entered.");
        return std::nullopt;
    }
    const bool same = *first == *second;
    wipe(*second);
    if (!same) {
        wipe(*first);
        *error = AdminCli::tr("The two entries differ.");
        return std::nullopt;
    }
    return first;
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AdminCli::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(1024 * 1024 + 1);
    if (bytes.size() > 1024 * 1024) {
        *error = AdminCli::tr("%1 is too large.").arg(path);
        return std::nullopt;
    }
    return bytes;
}

// Written completely or not at all; private files are 0600.
bool writeFileAtomically(const QString &path, const QByteArray &content, bool secret, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = AdminCli::tr("%1 already exists; refusing to overwrite it.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = AdminCli::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (file.write(content) != content.size() || !file.commit()) {
        *error = AdminCli::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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

    ServiceStatus done;
    if (parser.isSet(QStringLiteral("genesis")) || parser.isSet(QStringLiteral("node-key"))) {
        if (!parser.isSet(QStringLiteral("genesis")) || !parser.isSet(QStringLiteral("node-key"))) {
            wipe(password);
            return usage(AdminCli::tr("Joining a consortium needs both --genesis and --node-key."));
        }
        QString error;
        auto genesisBytes = readSmallFile(parser.value(QStringLiteral("genesis")), &error);
        auto keyBytes = genesisBytes ? readSmallFile(parser.value(QStringLiteral("node-key")), &error) : std::nullopt;
        if (!keyBytes) {
            wipe(password);
            return fail(error);
        }
        auto genesis = decodeGenesisFile(*genesisBytes);
        if (!genesis) {
            wipe(password);
            return fail(genesis.message());
        }
        auto passphrase = obtainSecret(parser, QStringLiteral("passphrase-file"), AdminCli::tr("Passphrase of the node key: "), false, &error);
        if (!passphrase) {
            wipe(password);
            return fail(error);
        }
        auto nodeKey = openKeyFile(*keyBytes, *passphrase);
        wipe(*passphrase);
        if (!nodeKey) {
            wipe(password);
            return fail(nodeKey.message());
        }
        done = initializeJoining(dataDir, username, displayName, password, *genesis, *nodeKey);
    } else {
        done = Workstation::initialize(dataDir, username, displayName, password);
    }
    wipe(password);
    if (!done) {
        return fail(done.message());
    }
    QTextStream(stdout)
        << AdminCli::tr("Created a CareLedger store in %1 with administrator %2.").arg(dataDir, username.trimmed())
        << Qt::endl;
    return kOk;
}

// Logs in for the commands that act as a staff member (verify, proof, export-fhir,
// import-ehrguard); what they change is sealed into a block when the session closes.
std::unique_ptr<Workstation> loginFor(const QCommandLineParser &parser, int *exitCode)
{
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString user = parser.value(QStringLiteral("user"));
    if (dataDir.isEmpty() || user.isEmpty()) {
        *exitCode = usage(AdminCli::tr("This command needs --data-dir and --user."));
        return nullptr;
    }
    QString error;
    auto password = obtainSecret(parser, QStringLiteral("password-file"), AdminCli::tr("Password for %1: ").arg(user), false, &error);
    if (!password) {
        *exitCode = fail(error);
        return nullptr;
    }
    WorkstationOptions options;
    options.sealInterval = std::chrono::milliseconds(0);
    auto ws = std::make_unique<Workstation>(dataDir, options);
    auto login = ws->login(user, *password);
    wipe(*password);
    if (!login) {
        *exitCode = fail(login.message());
        return nullptr;
    }
    if (login->mustChangePassword) {
        *exitCode = fail(AdminCli::tr("Change the temporary password in CareLedger first."));
        return nullptr;
    }
    return ws;
}

int runVerify(const QCommandLineParser &parser)
{
    int exitCode = kFailure;
    auto ws = loginFor(parser, &exitCode);
    if (!ws) {
        return exitCode;
    }
    auto result = ws->ledger().verify({}, nullptr);
    if (!result) {
        return fail(result.message());
    }
    QTextStream out(stdout);
    for (const QString &line : result->problems) {
        out << line << '\n';
    }
    out << AdminCli::tr("%1 blocks, %2 transactions, %3 records checked, %4 erased: %5")
               .arg(result->blocksChecked)
               .arg(result->transactionsChecked)
               .arg(result->recordsChecked)
               .arg(result->recordsErased)
               .arg(result->ok() ? AdminCli::tr("no problems") : AdminCli::tr("%n problem(s)", nullptr, static_cast<int>(result->problems.size())))
        << Qt::endl;
    return result->ok() ? kOk : kProblemsFound;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

int runProof(const QCommandLineParser &parser, const QString &recordHex)
{
    const QByteArray recordId = QByteArray::fromHex(recordHex.toLatin1());
    if (recordId.isEmpty() || hex(recordId) != recordHex.toLower()) {
        return usage(AdminCli::tr("The record id must be given in hexadecimal."));
    }
    int exitCode = kFailure;
    auto ws = loginFor(parser, &exitCode);
    if (!ws) {
        return exitCode;
    }
    auto proof = ws->ledger().recordProof(recordId);
    if (!proof) {
        return fail(proof.message());
    }
    QJsonArray path;
    for (const QByteArray &h : proof->auditPath) {
        path.append(hex(h));
    }
    QJsonObject block{{QStringLiteral("height"), static_cast<qint64>(proof->blockHeight)},
                      {QStringLiteral("hash"), hex(proof->blockHash)},
                      {QStringLiteral("header"), hex(proof->header)},
                      {QStringLiteral("merkle_root"), hex(proof->merkleRoot)}};
    QJsonObject json{{QStringLiteral("record_id"), hex(proof->recordId)},
                     {QStringLiteral("version"), static_cast<qint64>(proof->version)},
                     {QStringLiteral("tx"), hex(proof->transaction)},
                     {QStringLiteral("tx_id"), hex(proof->txId)},
                     {QStringLiteral("leaf_index"), static_cast<qint64>(proof->leafIndex)},
                     {QStringLiteral("tree_size"), static_cast<qint64>(proof->treeSize)},
                     {QStringLiteral("audit_path"), path},
                     {QStringLiteral("block"), block}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)) << Qt::flush;
    return kOk;
}

// Generates a P-256 key, writes it sealed under a passphrase to --out and its public key
// to --out.spki. Returns the key, or the exit code on failure.
std::variant<careledger::core::EcPrivateKey, int> writeNewKeyFile(const QCommandLineParser &parser, const QString &command,
                                                                   const QString &prompt, QString *spkiPath)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return usage(AdminCli::tr("%1 needs --out FILE.").arg(command));
    }
    QString error;
    auto passphrase = obtainSecret(parser, QStringLiteral("passphrase-file"), prompt, true, &error);
    if (!passphrase) {
        return fail(error);
    }
    auto key = careledger::core::EcPrivateKey::generate();
    if (!key) {
        wipe(*passphrase);
        return fail(key.message());
    }
    auto sealed = sealKeyFile(*key, *passphrase);
    wipe(*passphrase);
    if (!sealed) {
        return fail(sealed.message());
    }
    *spkiPath = out + QStringLiteral(".spki");
    if (!writeFileAtomically(out, *sealed, true, &error) || !writeFileAtomically(*spkiPath, key->publicKey().spkiDer(), false, &error)) {
        return fail(error);
    }
    return std::move(key).value();
}

int runAuthorityKey(const QCommandLineParser &parser)
{
    QString spkiPath;
    auto made = writeNewKeyFile(parser, QStringLiteral("authority-key"), AdminCli::tr("Passphrase for the authority key: "), &spkiPath);
    if (const int *code = std::get_if<int>(&made)) {
        return *code;
    }
    const auto &key = std::get<careledger::core::EcPrivateKey>(made);
    QTextStream(stdout) << AdminCli::tr("Authority key %1 (public key %2, key id %3)")
                               .arg(parser.value(QStringLiteral("out")), spkiPath, hex(key.publicKey().keyId()))
                        << Qt::endl;
    return kOk;
}

int runNodeKey(const QCommandLineParser &parser)
{
    QString spkiPath;
    auto made = writeNewKeyFile(parser, QStringLiteral("node-key"), AdminCli::tr("Passphrase for the node key: "), &spkiPath);
    if (const int *code = std::get_if<int>(&made)) {
        return *code;
    }
    QTextStream(stdout) << spkiPath << '\n' << hex(std::get<careledger::core::EcPrivateKey>(made).publicKey().keyId()) << Qt::endl;
    return kOk;
}

int runGenesis(const QCommandLineParser &parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    const QString keyPath = parser.value(QStringLiteral("authority-key"));
    const QStringList validators = parser.values(QStringLiteral("validator"));
    if (out.isEmpty() || keyPath.isEmpty() || validators.isEmpty()) {
        return usage(AdminCli::tr("genesis needs --authority-key FILE, at least one --validator SPKI_FILE and --out FILE."));
    }
    bool ok = true;
    const quint64 delay = parser.isSet(QStringLiteral("out-of-turn-delay-ms"))
                              ? parser.value(QStringLiteral("out-of-turn-delay-ms")).toULongLong(&ok)
                              : careledger::ledger::ConsensusParams{}.outOfTurnDelayMs;
    if (!ok) {
        return usage(AdminCli::tr("--out-of-turn-delay-ms takes a number."));
    }
    const quint64 powBits = parser.isSet(QStringLiteral("pow-bits")) ? parser.value(QStringLiteral("pow-bits")).toULongLong(&ok) : 0;
    if (!ok) {
        return usage(AdminCli::tr("--pow-bits takes a number."));
    }
    QString error;
    QList<QByteArray> validatorSpkis;
    QList<QByteArray> memberSpkis;
    for (const QString &path : validators) {
        auto bytes = readSmallFile(path, &error);
        if (!bytes) {
            return fail(error);
        }
        validatorSpkis.append(*bytes);
    }
    for (const QString &path : parser.values(QStringLiteral("member"))) {
        auto bytes = readSmallFile(path, &error);
        if (!bytes) {
            return fail(error);
        }
        memberSpkis.append(*bytes);
    }
    auto keyBytes = readSmallFile(keyPath, &error);
    if (!keyBytes) {
        return fail(error);
    }
    auto passphrase = obtainSecret(parser, QStringLiteral("passphrase-file"), AdminCli::tr("Passphrase of the authority key: "), false, &error);
    if (!passphrase) {
        return fail(error);
    }
    auto authority = openKeyFile(*keyBytes, *passphrase);
    wipe(*passphrase);
    if (!authority) {
        return fail(authority.message());
    }
    auto genesis = makeGenesis(*authority, validatorSpkis, memberSpkis, delay, powBits, QDateTime::currentDateTimeUtc());
    if (!genesis) {
        return fail(genesis.message());
    }
    if (!writeFileAtomically(out, encodeGenesisFile(*genesis), false, &error)) {
        return fail(error);
    }
    QTextStream(stdout) << AdminCli::tr("Genesis %1 (hash %2)").arg(out, hex(genesis->header.hash())) << Qt::endl;
    return kOk;
}

int runExportFhir(const QCommandLineParser &parser)
{
    const QString mrnText = parser.value(QStringLiteral("mrn"));
    const QString out = parser.value(QStringLiteral("out"));
    if (mrnText.isEmpty() || out.isEmpty()) {
        return usage(AdminCli::tr("export-fhir needs --mrn NUMBER and --out FILE."));
    }
    // Checked before the password is asked for: a typo costs no login.
    const std::optional<QString> digits = careledger::core::parseMrn(mrnText);
    if (!digits) {
        return usage(AdminCli::tr("“%1” is not a medical record number: nine digits such as 1234-5678-2, "
                                  "the last one a check digit.")
                         .arg(mrnText));
    }
    if (QFileInfo::exists(out)) {
        return fail(AdminCli::tr("%1 already exists; refusing to overwrite it.").arg(out));
    }
    int exitCode = kFailure;
    auto ws = loginFor(parser, &exitCode);
    if (!ws) {
        return exitCode;
    }
    const QString mrn = careledger::core::formatMrn(*digits);
    auto found = ws->patients().search(mrn, 10);
    if (!found) {
        return fail(found.message());
    }
    const auto match = std::find_if(found->cbegin(), found->cend(), [&](const PatientSummary &p) { return p.mrn == mrn; });
    if (match == found->cend()) {
        return fail(AdminCli::tr("No patient has the medical record number %1.").arg(mrn));
    }
    auto bundle = ws->interop().exportFhir(match->id);
    if (!bundle) {
        return fail(bundle.message());
    }
    // The bundle is personal data: private to the user who wrote it, like the key files.
    QString error;
    if (!writeFileAtomically(out, *bundle, true, &error)) {
        return fail(error);
    }
    QTextStream(stdout) << AdminCli::tr("Wrote the FHIR bundle of patient %1 to %2.").arg(mrn, out) << Qt::endl;
    return kOk;
}

int runImportEhrGuard(const QCommandLineParser &parser)
{
    const QString csv = parser.value(QStringLiteral("csv"));
    if (csv.isEmpty()) {
        return usage(AdminCli::tr("import-ehrguard needs --csv FILE."));
    }
    const QFileInfo info(csv);
    if (!info.exists()) {
        return fail(AdminCli::tr("Cannot read %1: the file does not exist.").arg(csv));
    }
    if (!info.isFile() || !info.isReadable()) {
        return fail(AdminCli::tr("Cannot read %1: it is not a readable file.").arg(csv));
    }
    int exitCode = kFailure;
    auto ws = loginFor(parser, &exitCode);
    if (!ws) {
        return exitCode;
    }
    auto report = ws->interop().importEhrGuardTable(csv);
    if (!report) {
        return fail(report.message());
    }
    QTextStream out(stdout);
    out << AdminCli::tr("Patients: %1 created, %2 already imported.").arg(report->patientsCreated).arg(report->patientsMatched)
        << '\n'
        << AdminCli::tr("Records: %1 history entries, %2 prescriptions.").arg(report->historyEntries).arg(report->prescriptions)
        << '\n';
    if (report->observations > 0) {
        out << AdminCli::tr("Observations: %1.").arg(report->observations) << '\n';
    }
    if (report->doctorsCreated > 0) {
        out << AdminCli::tr("%n doctor account(s) created with random passwords; reset a password in CareLedger to hand "
                            "an account over.",
                            nullptr, report->doctorsCreated)
            << '\n';
    }
    for (const QString &note : report->notes) {
        out << note << '\n';
    }
    for (const QString &skipped : report->skippedRows) {
        out << AdminCli::tr("Skipped %1").arg(skipped) << '\n';
    }
    out.flush();
    return report->skippedRows.isEmpty() ? kOk : kProblemsFound;
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
                     "  init ... --genesis GENESIS_FILE --node-key FILE [--passphrase-file F]\n"
                     "      Join an existing consortium instead of founding a single-workstation one.\n"
                     "  verify --data-dir D --user NAME [--password-file F]\n"
                     "      Verify the chain, every stored record and staff key; exit 3 on problems.\n"
                     "  proof --data-dir D --user NAME [--password-file F] RECORD_ID_HEX\n"
                     "      Print the inclusion proof of the record's newest transaction as JSON.\n"
                     "  export-fhir --data-dir D --user NAME [--password-file F] --mrn MRN --out FILE\n"
                     "      Write the patient's record as a FHIR R4 Bundle (JSON) to a new file.\n"
                     "  import-ehrguard --data-dir D --user NAME [--password-file F] --csv FILE\n"
                     "      Import the EHRGuard table-4 dataset; running it again adds nothing.\n"
                     "      Exit 3 when rows were skipped (each is listed with its reason).\n"
                     "  authority-key --out FILE [--passphrase-file F]\n"
                     "  node-key --out FILE [--passphrase-file F]\n"
                     "      Make a passphrase-sealed P-256 key; its public key goes to FILE.spki.\n"
                     "  genesis --authority-key FILE --validator SPKI_FILE ... [--member SPKI_FILE ...]\n"
                     "          [--out-of-turn-delay-ms N] [--pow-bits N] --out GENESIS_FILE\n"
                     "      Make the genesis of a consortium of several workstations.\n"
                     "  demo-clinic [--data-dir D]\n"
                     "      Create the demo clinic unless it exists; print its folder.\n"
                     "  default-data-dir\n"
                     "      Print the folder the demo clinic uses by default."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), AdminCli::tr("init, verify, proof, export-fhir, import-ehrguard, "
                                                                         "authority-key, node-key, genesis, demo-clinic or "
                                                                         "default-data-dir"));
    parser.addOption({QStringLiteral("data-dir"), AdminCli::tr("Workstation data folder."), AdminCli::tr("dir")});
    parser.addOption({QStringLiteral("username"), AdminCli::tr("First administrator's user name (default: admin)."),
                      AdminCli::tr("name")});
    parser.addOption(
        {QStringLiteral("display-name"), AdminCli::tr("First administrator's full name."), AdminCli::tr("name")});
    parser.addOption({QStringLiteral("password-file"),
                      AdminCli::tr("Read the first administrator's password from this file (one line)."),
                      AdminCli::tr("file")});

    parser.addOption({QStringLiteral("user"), AdminCli::tr("Staff user name to sign in with."), AdminCli::tr("name")});
    parser.addOption({QStringLiteral("passphrase-file"), AdminCli::tr("Read a key file's passphrase from this file."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("out"), AdminCli::tr("File to write."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("authority-key"), AdminCli::tr("The health authority's key file."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("validator"), AdminCli::tr("A validator's public key file (repeatable)."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("member"), AdminCli::tr("A member's public key file (repeatable)."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("out-of-turn-delay-ms"), AdminCli::tr("Delay before an out-of-turn block."), AdminCli::tr("ms")});
    parser.addOption({QStringLiteral("pow-bits"), AdminCli::tr("Proof-of-work difficulty (0: none)."), AdminCli::tr("bits")});
    parser.addOption({QStringLiteral("genesis"), AdminCli::tr("Genesis file of the consortium to join."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("node-key"), AdminCli::tr("This workstation's node key file."), AdminCli::tr("file")});
    parser.addOption({QStringLiteral("mrn"), AdminCli::tr("A patient's medical record number."), AdminCli::tr("number")});
    parser.addOption({QStringLiteral("csv"), AdminCli::tr("The EHRGuard table-4 CSV file to import."), AdminCli::tr("file")});

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
    QString offending;
    if (positional.size() == 2 && positional.first() == QLatin1StringView("proof")) {
        if (!hasOnly(parser, {QStringLiteral("data-dir"), QStringLiteral("user"), QStringLiteral("password-file")}, &offending)) {
            return usage(AdminCli::tr("proof does not take --%1.").arg(offending));
        }
        return runProof(parser, positional.at(1));
    }
    if (positional.size() != 1) {
        return usage(positional.isEmpty() ? AdminCli::tr("No command given.")
                                          : AdminCli::tr("Exactly one command is expected."));
    }
    const QString command = positional.first();
    if (command == QLatin1StringView("verify")) {
        if (!hasOnly(parser, {QStringLiteral("data-dir"), QStringLiteral("user"), QStringLiteral("password-file")}, &offending)) {
            return usage(AdminCli::tr("verify does not take --%1.").arg(offending));
        }
        return runVerify(parser);
    }
    if (command == QLatin1StringView("proof")) {
        return usage(AdminCli::tr("proof needs the record id (hexadecimal)."));
    }
    if (command == QLatin1StringView("export-fhir")) {
        if (!hasOnly(parser,
                     {QStringLiteral("data-dir"), QStringLiteral("user"), QStringLiteral("password-file"), QStringLiteral("mrn"),
                      QStringLiteral("out")},
                     &offending)) {
            return usage(AdminCli::tr("export-fhir does not take --%1.").arg(offending));
        }
        return runExportFhir(parser);
    }
    if (command == QLatin1StringView("import-ehrguard")) {
        if (!hasOnly(parser, {QStringLiteral("data-dir"), QStringLiteral("user"), QStringLiteral("password-file"), QStringLiteral("csv")},
                     &offending)) {
            return usage(AdminCli::tr("import-ehrguard does not take --%1.").arg(offending));
        }
        return runImportEhrGuard(parser);
    }
    if (command == QLatin1StringView("authority-key") || command == QLatin1StringView("node-key")) {
        if (!hasOnly(parser, {QStringLiteral("out"), QStringLiteral("passphrase-file")}, &offending)) {
            return usage(AdminCli::tr("%1 does not take --%2.").arg(command, offending));
        }
        return command == QLatin1StringView("node-key") ? runNodeKey(parser) : runAuthorityKey(parser);
    }
    if (command == QLatin1StringView("genesis")) {
        if (!hasOnly(parser,
                     {QStringLiteral("authority-key"), QStringLiteral("validator"), QStringLiteral("member"),
                      QStringLiteral("out-of-turn-delay-ms"), QStringLiteral("pow-bits"), QStringLiteral("out"),
                      QStringLiteral("passphrase-file")},
                     &offending)) {
            return usage(AdminCli::tr("genesis does not take --%1.").arg(offending));
        }
        return runGenesis(parser);
    }
    if (command == QLatin1StringView("init")) {
        if (!hasOnly(parser,
                     {QStringLiteral("data-dir"), QStringLiteral("username"), QStringLiteral("display-name"),
                      QStringLiteral("password-file"), QStringLiteral("genesis"), QStringLiteral("node-key"),
                      QStringLiteral("passphrase-file")},
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
