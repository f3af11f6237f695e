// Test helper for tst_commit_atomicity: signs in and writes as fast as it can (record puts,
// new versions, erasures, staff accounts, blocks) until it is killed.
// Usage: crash_writer DATA_DIR USER PASSWORD SEED. Prints "ready" once signed in.

#include "services/RecordCommitter.h"
#include "services/Workstation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace careledger::services;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    WorkstationOptions options;
    options.kdfCost = 1u << 10;
    options.sealInterval = std::chrono::milliseconds(0);
    Workstation ws(args.at(1), options);
    if (auto login = ws.login(args.at(2), args.at(3)); !login) {
        QTextStream(stderr) << login.message() << Qt::endl;
        return 1;
    }
    QRandomGenerator rng(args.at(4).toUInt());
    QTextStream(stdout) << "ready" << Qt::endl;
    QList<QPair<QByteArray, quint64>> records;
    for (quint64 i = 0;; ++i) {
        const int action = i % 4 == 3 ? 99 : static_cast<int>(rng.bounded(85));
        if (action < 50 || records.isEmpty()) {
            QByteArray id(12, '\0');
            rng.fillRange(reinterpret_cast<quint32 *>(id.data()), 3);
            if (ws.records().put(id, 1, "patient-" + QByteArray::number(rng.bounded(5)), QStringLiteral("note"), "ciphertext " + id.toHex()))
                records.append({id, 1});
        } else if (action < 72) {
            auto &r = records[static_cast<qsizetype>(rng.bounded(static_cast<quint32>(records.size())))];
            if (ws.records().put(r.first, r.second + 1, ws.records().newest(r.first)->pseudonym, QStringLiteral("note"), "next " + r.first.toHex()))
                ++r.second;
        } else if (action < 81) {
            const qsizetype at = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(records.size())));
            (void)ws.records().erase(records.at(at).first);
            records.removeAt(at);
        } else if (action < 85) {
            (void)ws.staff().create(QStringLiteral("staff-%1-%2").arg(args.at(4)).arg(i), QStringLiteral("Staff member"), Role::Nurse,
                                    QStringLiteral("temporary password %1").arg(i));
        } else if (auto sealed = ws.sealNow(); !sealed) {
            QTextStream(stderr) << "sealing failed: " << sealed.message() << Qt::endl;
        }
    }
}
