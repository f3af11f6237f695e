// Store benchmark: what encryption costs. Every operation runs on an SQLCipher database with
// a raw key and, beside it, on an unkeyed database through the same library with the same
// settings (WAL, synchronous = FULL, 4096-byte pages). Prints one JSON object on stdout.
//
//   careledger-bench-store [--quick] [--rows N] [--dir PATH]
//
// Figures: unlock = WorkstationStore::unlock at the default scrypt cost (median of runs);
// per database: single-row autocommit insert latency (synchronous FULL and NORMAL), bulk
// insert of `rows` rows in one transaction, random primary-key reads on a fresh connection,
// open time at that size (includes quick_check).

#include "BenchSupport.h"
#include "crypto/Crypto.h"
#include "store/KeySlots.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace careledger::core;

namespace {

using careledger::bench::round3;

using Clock = std::chrono::steady_clock;

struct Config {
    bool quick = false;
    int rows = 100000;           // table size for bulk insert and point reads
    int singleInserts = 2000;    // autocommit inserts, each timed
    int reads = 20000;           // random point reads, each timed
    int unlockRuns = 5;
    int rounds = 3;              // keyed and unkeyed alternate; medians over rounds
    QString dir;
};

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 0.5);
}

[[noreturn]] void die(const char *step, const QString &message)
{
    std::fprintf(stderr, "careledger-bench-store: %s: %s\n", step, qPrintable(message));
    std::exit(1);
}

template <typename T>
T check(StoreResult<T> result, const char *step)
{
    if (!result.ok())
        die(step, result.message());
    return std::move(result.value());
}

void check(const StoreStatus &status, const char *step)
{
    if (!status.ok())
        die(step, status.message());
}

constexpr const char *kTable = "CREATE TABLE readings (id INTEGER PRIMARY KEY, patient INTEGER NOT NULL, "
                               "value REAL NOT NULL, note TEXT NOT NULL)";
constexpr const char *kInsert = "INSERT INTO readings (id, patient, value, note) VALUES (?1, ?2, ?3, ?4)";
constexpr const char *kSelect = "SELECT patient, value, note FROM readings WHERE id = ?1";

void bindRow(Statement &insert, qint64 id)
{
    insert.bind(1, id).bind(2, id % 997).bind(3, 36.6 + static_cast<double>(id % 40) / 10.0).bind(4, QStringLiteral("spo2 ok, hr %1").arg(id % 180));
}

// One database under test: keyed (SQLCipher) or unkeyed (plain SQLite, same library).
class Subject {
public:
    Subject(QString path, bool keyed) : m_path(std::move(path)), m_keyed(keyed), m_key(randomSecret(32)) {}

    std::unique_ptr<Database> create() const
    {
        if (m_keyed)
            return check(Database::create(m_path, m_key), "create keyed database");
        auto db = check(Database::createPlain(m_path), "create unkeyed database");
        // Same settings as the encrypted store, so only the encryption differs.
        check(db->exec("PRAGMA page_size = 4096"), "page size");
        auto mode = check(db->prepare("PRAGMA journal_mode = WAL"), "journal mode");
        if (!check(mode.step(), "journal mode") || mode.text(0) != QLatin1String("wal"))
            die("journal mode", QStringLiteral("WAL was not enabled on the unkeyed database"));
        return db;
    }

    std::unique_ptr<Database> open() const
    {
        return m_keyed ? check(Database::open(m_path, m_key), "open keyed database")
                       : check(Database::openPlain(m_path, false), "open unkeyed database");
    }

    bool keyed() const { return m_keyed; }

private:
    QString m_path;
    bool m_keyed;
    SecureBytes m_key;
};

QJsonObject runSubject(const Subject &subject, const Config &config)
{
    QJsonObject out;
    auto db = subject.create();
    check(db->exec(kTable), "create table");

    // Autocommit: one row per transaction, each commit fsyncs the WAL (synchronous = FULL).
    {
        auto insert = check(db->prepare(kInsert), "prepare insert");
        std::vector<double> samples;
        samples.reserve(static_cast<std::size_t>(config.singleInserts));
        for (int i = 0; i < config.singleInserts; ++i) {
            bindRow(insert, config.rows + 1 + i);
            const auto start = Clock::now();
            check(insert.run(), "single insert");
            samples.push_back(microseconds(Clock::now() - start));
        }
        out.insert(QStringLiteral("single_insert_p50_us"), round3(percentile(samples, 0.50)));
        out.insert(QStringLiteral("single_insert_p99_us"), round3(percentile(samples, 0.99)));
    }
    // The same without the per-commit fsync (synchronous = NORMAL), to show what encryption
    // itself costs per commit once the disk is out of the picture. The store keeps FULL.
    {
        check(db->exec("PRAGMA synchronous = NORMAL"), "synchronous");
        auto insert = check(db->prepare(kInsert), "prepare insert");
        std::vector<double> samples;
        samples.reserve(static_cast<std::size_t>(config.singleInserts));
        for (int i = 0; i < config.singleInserts; ++i) {
            bindRow(insert, config.rows + 1 + config.singleInserts + i);
            const auto start = Clock::now();
            check(insert.run(), "single insert");
            samples.push_back(microseconds(Clock::now() - start));
        }
        out.insert(QStringLiteral("single_insert_nosync_p50_us"), round3(percentile(samples, 0.50)));
        out.insert(QStringLiteral("single_insert_nosync_p99_us"), round3(percentile(samples, 0.99)));
        check(db->exec("PRAGMA synchronous = FULL"), "synchronous");
    }

    // Bulk: all rows in one transaction with one prepared statement.
    {
        auto insert = check(db->prepare(kInsert), "prepare insert");
        const auto start = Clock::now();
        auto tx = check(db->begin(), "begin");
        for (int id = 1; id <= config.rows; ++id) {
            bindRow(insert, id);
            check(insert.run(), "bulk insert");
        }
        check(tx.commit(), "commit");
        const double seconds = microseconds(Clock::now() - start) / 1e6;
        out.insert(QStringLiteral("bulk_insert_ms"), round3(seconds * 1000.0));
        out.insert(QStringLiteral("bulk_insert_rows_per_s"), std::round(config.rows / seconds));
    }
    db.reset();

    // Point reads on a fresh connection: its page cache starts empty, so pages are decrypted
    // as they are first touched (the operating system's file cache is warm for both).
    {
        auto reader = subject.open();
        auto select = check(reader->prepare(kSelect), "prepare select");
        std::mt19937_64 rng(0xC0FFEE);
        std::uniform_int_distribution<qint64> pick(1, config.rows);
        std::vector<double> samples;
        samples.reserve(static_cast<std::size_t>(config.reads));
        for (int i = 0; i < config.reads; ++i) {
            const qint64 id = pick(rng);
            const auto start = Clock::now();
            select.bind(1, id);
            if (!check(select.step(), "point read"))
                die("point read", QStringLiteral("row missing"));
            const QString note = select.text(2);
            select.reset();
            samples.push_back(microseconds(Clock::now() - start));
            if (note.isEmpty())
                die("point read", QStringLiteral("empty row"));
        }
        out.insert(QStringLiteral("point_read_p50_us"), round3(percentile(samples, 0.50)));
        out.insert(QStringLiteral("point_read_p99_us"), round3(percentile(samples, 0.99)));
    }

    // Opening (incl. the integrity check that every open runs) at this size.
    {
        std::vector<double> samples;
        for (int i = 0; i < 3; ++i) {
            const auto start = Clock::now();
            auto again = subject.open();
            samples.push_back(microseconds(Clock::now() - start) / 1000.0);
        }
        out.insert(QStringLiteral("open_ms"), round3(median(samples)));
    }
    return out;
}

QJsonObject measureUnlock(const QString &dir, const Config &config)
{
    const QString user = QStringLiteral("bench.admin");
    const QString password = QStringLiteral("benchmark password 1");
    const PasswordKdfParams params = PasswordKdfParams::withFreshSalt(); // the default cost
    {
        auto created = check(WorkstationStore::create(dir, user, password, params), "create store");
        (void)created;
    }
    std::vector<double> samples;
    for (int i = 0; i < config.unlockRuns; ++i) {
        const auto start = Clock::now();
        auto unlocked = check(WorkstationStore::unlock(dir, user, password), "unlock");
        samples.push_back(microseconds(Clock::now() - start) / 1000.0);
    }
    QJsonObject out;
    out.insert(QStringLiteral("kdf"), QStringLiteral("scrypt N=2^15 r=8 p=1"));
    out.insert(QStringLiteral("runs"), config.unlockRuns);
    out.insert(QStringLiteral("unlock_median_ms"), round3(median(samples)));
    return out;
}

QJsonObject medianOf(const QList<QJsonObject> &rounds)
{
    QJsonObject out;
    for (const QString &field : rounds.front().keys()) {
        std::vector<double> values;
        for (const QJsonObject &round : rounds)
            values.push_back(round.value(field).toDouble());
        out.insert(field, round3(median(values)));
    }
    return out;
}

double ratio(const QJsonObject &keyed, const QJsonObject &unkeyed, const char *field)
{
    const double base = unkeyed.value(QLatin1String(field)).toDouble();
    return base > 0 ? round3(keyed.value(QLatin1String(field)).toDouble() / base) : 0.0;
}

Config parseArguments(const QStringList &args)
{
    Config config;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--quick")) {
            config.quick = true;
            config.rows = 5000;
            config.singleInserts = 100;
            config.reads = 1000;
            config.unlockRuns = 1;
            config.rounds = 1;
        } else if (arg == QLatin1String("--rows") && i + 1 < args.size()) {
            config.rows = std::max(1, args[++i].toInt());
        } else if (arg == QLatin1String("--dir") && i + 1 < args.size()) {
            config.dir = args[++i];
        } else {
            std::fprintf(stderr, "usage: careledger-bench-store [--quick] [--rows N] [--dir PATH]\n");
            std::exit(2);
        }
    }
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Config config = parseArguments(QCoreApplication::arguments());

    QTemporaryDir temporary(config.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/careledger-bench-XXXXXX")
                                                 : QDir(config.dir).filePath(QStringLiteral("careledger-bench-XXXXXX")));
    if (!temporary.isValid())
        die("temporary folder", temporary.errorString());
    const QDir work(temporary.path());

    const QJsonObject unlock = measureUnlock(work.filePath(QStringLiteral("store")), config);

    // Rounds alternate which database goes first, and each figure is the median over rounds,
    // so load from other processes on a shared machine hits both sides alike.
    QList<QJsonObject> keyedRounds;
    QList<QJsonObject> unkeyedRounds;
    for (int round = 0; round < config.rounds; ++round) {
        const QString keyedPath = work.filePath(QStringLiteral("keyed-%1.db").arg(round));
        const QString unkeyedPath = work.filePath(QStringLiteral("unkeyed-%1.db").arg(round));
        if (round % 2 == 0) {
            keyedRounds << runSubject(Subject(keyedPath, true), config);
            unkeyedRounds << runSubject(Subject(unkeyedPath, false), config);
        } else {
            unkeyedRounds << runSubject(Subject(unkeyedPath, false), config);
            keyedRounds << runSubject(Subject(keyedPath, true), config);
        }
        Database::removeFiles(keyedPath);
        Database::removeFiles(unkeyedPath);
    }
    const QJsonObject keyed = medianOf(keyedRounds);
    const QJsonObject unkeyed = medianOf(unkeyedRounds);

    QJsonObject ratios;
    for (const char *field : {"single_insert_p50_us", "single_insert_p99_us", "single_insert_nosync_p50_us",
                              "single_insert_nosync_p99_us", "bulk_insert_rows_per_s", "point_read_p50_us", "point_read_p99_us",
                              "open_ms"})
        ratios.insert(QLatin1String(field), ratio(keyed, unkeyed, field));

    const double bulkRatio = ratios.value(QLatin1String("bulk_insert_rows_per_s")).toDouble();
    const double readP99 = keyed.value(QLatin1String("point_read_p99_us")).toDouble();
    QJsonObject targets;
    targets.insert(QStringLiteral("bulk_insert_ratio_min"), 0.5);
    targets.insert(QStringLiteral("bulk_insert_ratio_met"), bulkRatio >= 0.5);
    targets.insert(QStringLiteral("point_read_p99_max_us"), 1000);
    targets.insert(QStringLiteral("point_read_p99_met"), readP99 < 1000.0);

    QJsonObject result;
    result.insert(QStringLiteral("benchmark"), QStringLiteral("store"));
    result.insert(QStringLiteral("quick"), config.quick);
    result.insert(QStringLiteral("rows"), config.rows);
    result.insert(QStringLiteral("single_inserts"), config.singleInserts);
    result.insert(QStringLiteral("point_reads"), config.reads);
    result.insert(QStringLiteral("rounds"), config.rounds);
    result.insert(QStringLiteral("unlock"), unlock);
    result.insert(QStringLiteral("keyed"), keyed);
    result.insert(QStringLiteral("unkeyed"), unkeyed);
    result.insert(QStringLiteral("ratio_keyed_over_unkeyed"), ratios);
    result.insert(QStringLiteral("targets"), targets);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
