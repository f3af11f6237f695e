// Clinical records benchmark: what a doctor waits for at a workstation holding a large
// practice. A store of `patients` patients and `records` records in all (demographics, problem
// list entries and prescriptions) is built through the real registration path (encryption
// under per-patient data keys, record-put and consent-grant transactions, audit entries,
// blocks) and kept in a data folder for later runs. Then, as a doctor of the clinic, each
// operation is timed on its own through the public services:
//
//   chart_open          ChartService::open (access check, decryption of every current
//                       version, assembly, its audit entry)
//   search_prefix2/3    PatientService::search with 2- and 3-letter name prefixes
//   search_mrn          PatientService::search with a formatted record number
//   prescribe           ChartService::prescribe at synchronous = FULL (the product's setting)
//   prescribe_nosync    the same with synchronous = NORMAL: the software's share without the fsync
//   commit_floor        one-row SQLCipher autocommit at synchronous = FULL in the same folder:
//                       what the disk alone costs per durable commit
//
//   careledger-bench-records [--quick] [--patients N] [--records N] [--data-dir DIR]
//                            [--samples N] [--rounds N] [--seed N]
//
// Prints one JSON object on stdout; progress goes to stderr.

#include "BenchSupport.h"
#include "clinical/ClinicalRecords.h"
#include "clinical/Mrn.h"
#include "crypto/Crypto.h"
#include "services/ChartService.h"
#include "services/PatientService.h"
#include "services/RecordsOps.h"
#include "services/StaffOps.h"
#include "services/Workstation.h"
#include "services/WorkstationPrivate.h"
#include "store/Database.h"
#include "store/KeySlots.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace careledger;
using services::Workstation;
using services::WorkstationAccess;

namespace {

using careledger::bench::round3;
using careledger::bench::statusMb;
using careledger::bench::resetPeakRss;

using Clock = std::chrono::steady_clock;

// Bumped whenever the population changes shape, so an old cached folder is rebuilt.
constexpr int kPopulationFormat = 1;
constexpr char kMarkerFile[] = "bench-records.json";

const QString kAdminUser = QStringLiteral("bench.admin");
const QString kAdminPassword = QStringLiteral("benchmark admin password 1");
const QString kDoctorUser = QStringLiteral("bench.doctor");
const QString kDoctorPassword = QStringLiteral("benchmark doctor password 1");

struct Config {
    bool quick = false;
    int patients = 100000;
    qint64 records = 1000000;
    int chartOpens = 2000;    // per run, spread over the rounds
    int searches = 600;       // per kind of search, per run
    int writes = 600;         // prescriptions per synchronous setting, per run
    int rounds = 3;
    int sealEvery = 50;       // measured prescriptions between two (untimed) seals
    quint64 seed = 20260302;
    QString dataDir;
};

double milliseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

// CPU time of this thread: leaves out the time other processes held the core, and the
// time spent waiting for the disk.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

[[noreturn]] void die(const char *step, const QString &message)
{
    std::fprintf(stderr, "careledger-bench-records: %s: %s\n", step, qPrintable(message));
    std::exit(1);
}

template <typename T, typename Code> T check(core::Result<T, Code> result, const char *step)
{
    if (!result.ok())
        die(step, result.message());
    return std::move(result).value();
}

template <typename Code> void check(const core::Result<void, Code> &status, const char *step)
{
    if (!status.ok())
        die(step, status.message());
}

// ---- a fictional practice from a seeded generator -------------------------------------------

struct GivenName {
    const char *name;
    core::Sex sex;
};

// Common first names of several countries, most frequent first: a patient's name is drawn
// with Zipf-like weights, so a prefix matches as unevenly as in a real registry.
constexpr GivenName kGivenNames[] = {
    {"Maria", core::Sex::Female},    {"Jean", core::Sex::Male},       {"Anna", core::Sex::Female},     {"Mohamed", core::Sex::Male},
    {"Marie", core::Sex::Female},    {"Pierre", core::Sex::Male},     {"Sofia", core::Sex::Female},    {"Ahmed", core::Sex::Male},
    {"Laura", core::Sex::Female},    {"Michel", core::Sex::Male},     {"Fatima", core::Sex::Female},   {"Thomas", core::Sex::Male},
    {"Julia", core::Sex::Female},    {"Nicolas", core::Sex::Male},    {"Emma", core::Sex::Female},     {"David", core::Sex::Male},
    {"Sarah", core::Sex::Female},    {"Daniel", core::Sex::Male},     {"Camille", core::Sex::Female},  {"Philippe", core::Sex::Male},
    {"Nathalie", core::Sex::Female}, {"Alain", core::Sex::Male},      {"Isabelle", core::Sex::Female}, {"Youssef", core::Sex::Male},
    {"Claire", core::Sex::Female},   {"Luca", core::Sex::Male},       {"Amina", core::Sex::Female},    {"Marco", core::Sex::Male},
    {"Chloé", core::Sex::Female},    {"Antoine", core::Sex::Male},    {"Léa", core::Sex::Female},      {"François", core::Sex::Male},
    {"Sophie", core::Sex::Female},   {"Karim", core::Sex::Male},      {"Hélène", core::Sex::Female},   {"José", core::Sex::Male},
    {"Elena", core::Sex::Female},    {"Paul", core::Sex::Male},       {"Ines", core::Sex::Female},     {"Omar", core::Sex::Male},
    {"Martine", core::Sex::Female},  {"Hugo", core::Sex::Male},       {"Zoë", core::Sex::Female},      {"Lukas", core::Sex::Male},
    {"Hannah", core::Sex::Female},   {"Jonas", core::Sex::Male},      {"Leila", core::Sex::Female},    {"Ali", core::Sex::Male},
    {"Valérie", core::Sex::Female},  {"Patrick", core::Sex::Male},    {"Aïcha", core::Sex::Female},    {"Stéphane", core::Sex::Male},
    {"Catherine", core::Sex::Female}, {"Bernard", core::Sex::Male},   {"Giulia", core::Sex::Female},   {"Matteo", core::Sex::Male},
    {"Olga", core::Sex::Female},     {"Ivan", core::Sex::Male},       {"Agnieszka", core::Sex::Female}, {"Piotr", core::Sex::Male},
    {"Yasmine", core::Sex::Female},  {"Rachid", core::Sex::Male},     {"Charlotte", core::Sex::Female}, {"Louis", core::Sex::Male},
    {"Manon", core::Sex::Female},    {"Gabriel", core::Sex::Male},    {"Lucie", core::Sex::Female},    {"Arthur", core::Sex::Male},
    {"Nadia", core::Sex::Female},    {"Samir", core::Sex::Male},      {"Ewa", core::Sex::Female},      {"Tomasz", core::Sex::Male},
    {"Carmen", core::Sex::Female},   {"Javier", core::Sex::Male},     {"Ingrid", core::Sex::Female},   {"Sven", core::Sex::Male},
    {"Mei", core::Sex::Female},      {"Wei", core::Sex::Male},        {"Aiko", core::Sex::Female},     {"Kenji", core::Sex::Male},
    {"Priya", core::Sex::Female},    {"Arjun", core::Sex::Male},      {"Noor", core::Sex::Female},     {"Hassan", core::Sex::Male},
    {"Brigitte", core::Sex::Female}, {"Gérard", core::Sex::Male},     {"Monique", core::Sex::Female},  {"Christophe", core::Sex::Male},
    {"Sandrine", core::Sex::Female}, {"Olivier", core::Sex::Male},    {"Céline", core::Sex::Female},   {"Sébastien", core::Sex::Male},
    {"Aurélie", core::Sex::Female},  {"Julien", core::Sex::Male},     {"Émilie", core::Sex::Female},   {"Mathieu", core::Sex::Male},
    {"Zeynep", core::Sex::Female},   {"Mehmet", core::Sex::Male},     {"Ayşe", core::Sex::Female},     {"Emre", core::Sex::Male},
    {"Fiona", core::Sex::Female},    {"Liam", core::Sex::Male},       {"Siobhan", core::Sex::Female},  {"Seán", core::Sex::Male},
    {"Katarzyna", core::Sex::Female}, {"Krzysztof", core::Sex::Male}, {"Beatriz", core::Sex::Female},  {"João", core::Sex::Male},
    {"Dominique", core::Sex::Other}, {"Alex", core::Sex::Unknown},    {"Camille", core::Sex::Other},   {"Sasha", core::Sex::Unknown},
};

constexpr const char *kFamilyNames[] = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
    "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
    "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand",
    "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
    "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
    "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "González", "Rodríguez", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Ruiz",
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Lima",
    "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Johnson", "Walker",
    "O'Brien", "O'Connor", "Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "McCarthy", "Doyle", "Gallagher",
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
    "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov",
    "Benali", "Haddad", "Mansour", "Khalil", "Saleh", "Hamdi", "Belkacem", "Bouzid", "Cherif", "Amrani",
    "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan",
    "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
    "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Shah", "Mehta", "Iyer", "Reddy", "Nair",
    "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer",
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Le Gall", "Le Goff", "Le Roux", "Le Bihan", "Kerjean", "Tanguy", "Jaouen", "Quéré", "Cariou", "Morvan",
    "Papadopoulos", "Georgiou", "Nikolaidis", "Oikonomou", "Dimitriou", "Horvat", "Novak", "Kovačević", "Babić", "Marić",
};

struct Condition {
    const char *name;
    const char *icd10;
};
constexpr Condition kConditions[] = {
    {"Essential hypertension", "I10"},         {"Type 2 diabetes", "E11"},          {"Asthma", "J45"},
    {"Hypercholesterolaemia", "E78.0"},        {"Hypothyroidism", "E03.9"},         {"Atrial fibrillation", "I48"},
    {"Chronic obstructive pulmonary disease", "J44"}, {"Depressive episode", "F32"}, {"Generalised anxiety disorder", "F41.1"},
    {"Osteoarthritis of knee", "M17"},         {"Low back pain", "M54.5"},          {"Migraine", "G43"},
    {"Gastro-oesophageal reflux disease", "K21"}, {"Chronic kidney disease stage 3", "N18.3"}, {"Heart failure", "I50"},
    {"Iron deficiency anaemia", "D50"},        {"Allergic rhinitis", "J30"},        {"Psoriasis", "L40"},
    {"Gout", "M10"},                           {"Obesity", "E66"},                  {"Sleep apnoea", "G47.3"},
    {"Appendicectomy (history)", ""},          {"Fractured left wrist (healed)", ""}, {"Penicillin allergy", "Z88.0"},
};

struct Medication {
    const char *name;
    const char *strength;
    const char *form;
    const char *doseUnit;
    const char *route;
    const char *frequency;
};
constexpr Medication kMedications[] = {
    {"Metformin", "500 mg", "tablet", "tablet", "oral", "twice daily"},
    {"Amlodipine", "5 mg", "tablet", "tablet", "oral", "once daily"},
    {"Ramipril", "2.5 mg", "capsule", "capsule", "oral", "once daily"},
    {"Atorvastatin", "20 mg", "tablet", "tablet", "oral", "once daily at night"},
    {"Levothyroxine", "50 micrograms", "tablet", "tablet", "oral", "once daily before breakfast"},
    {"Salbutamol", "100 micrograms/dose", "inhaler", "puff", "inhalation", "as needed, up to 4 times daily"},
    {"Omeprazole", "20 mg", "capsule", "capsule", "oral", "once daily"},
    {"Paracetamol", "1 g", "tablet", "tablet", "oral", "every 6 hours as needed"},
    {"Ibuprofen", "400 mg", "tablet", "tablet", "oral", "three times daily with food"},
    {"Apixaban", "5 mg", "tablet", "tablet", "oral", "twice daily"},
    {"Sertraline", "50 mg", "tablet", "tablet", "oral", "once daily"},
    {"Bisoprolol", "2.5 mg", "tablet", "tablet", "oral", "once daily"},
    {"Furosemide", "40 mg", "tablet", "tablet", "oral", "once daily in the morning"},
    {"Amoxicillin", "500 mg", "capsule", "capsule", "oral", "three times daily"},
    {"Insulin glargine", "100 units/mL", "injection", "unit", "subcutaneous", "once daily at night"},
    {"Ferrous sulfate", "200 mg", "tablet", "tablet", "oral", "twice daily"},
    {"Allopurinol", "100 mg", "tablet", "tablet", "oral", "once daily"},
    {"Cetirizine", "10 mg", "tablet", "tablet", "oral", "once daily"},
};

constexpr const char *kStreets[] = {"Rue de la Paix", "Avenue des Tilleuls", "Chemin du Moulin", "Boulevard Voltaire", "Impasse des Lilas",
                                    "Rue Victor Hugo", "Allée des Érables", "Route de la Gare", "Place du Marché", "Rue des Écoles"};
constexpr const char *kCities[] = {"Lyon", "Villeurbanne", "Vénissieux", "Bron", "Caluire", "Écully", "Oullins", "Meyzieu"};

// Zipf-like index into a list of n, most frequent first (exponent about 0.9: the commonest
// family name is about 1.5 % of patients, as in French registries).
class Zipf {
public:
    Zipf(std::size_t n, double exponent)
    {
        std::vector<double> weights(n);
        for (std::size_t i = 0; i < n; ++i)
            weights[i] = 1.0 / std::pow(static_cast<double>(i + 1), exponent);
        m_pick = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
    }
    std::size_t operator()(std::mt19937_64 &rng) { return m_pick(rng); }

private:
    std::discrete_distribution<std::size_t> m_pick;
};

template <typename T, std::size_t N> const T &pickUniform(const T (&items)[N], std::mt19937_64 &rng)
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

class Practice {
public:
    Practice(quint64 seed, QDate today)
        : m_rng(seed), m_today(today), m_given(std::size(kGivenNames), 0.7), m_family(std::size(kFamilyNames), 0.9)
    {
    }

    core::Demographics demographics()
    {
        const GivenName &given = kGivenNames[m_given(m_rng)];
        core::Demographics d;
        d.givenName = QString::fromUtf8(given.name);
        d.familyName = QString::fromUtf8(kFamilyNames[m_family(m_rng)]);
        d.birthDate = QDate(1925, 1, 1).addDays(std::uniform_int_distribution<qint64>(0, QDate(1925, 1, 1).daysTo(m_today) - 1)(m_rng));
        d.sex = given.sex;
        d.address = QStringLiteral("%1 %2\n%3").arg(number(1, 180)).arg(QString::fromUtf8(pickUniform(kStreets, m_rng)),
                                                                           QString::fromUtf8(pickUniform(kCities, m_rng)));
        d.phone = QStringLiteral("+33 6 %1 %2 %3 %4").arg(number(10, 99)).arg(number(10, 99)).arg(number(10, 99)).arg(number(10, 99));
        if (chance(0.4)) {
            d.emergencyContactName = QStringLiteral("%1 %2").arg(QString::fromUtf8(kGivenNames[m_given(m_rng)].name), d.familyName);
            d.emergencyContactPhone = QStringLiteral("+33 4 %1 %2 %3 %4").arg(number(10, 99)).arg(number(10, 99)).arg(number(10, 99)).arg(number(10, 99));
        }
        return d;
    }

    core::HistoryEntry history(QDate birth)
    {
        const Condition &c = pickUniform(kConditions, m_rng);
        core::HistoryEntry h;
        h.condition = QString::fromUtf8(c.name);
        if (*c.icd10) {
            h.code = QString::fromUtf8(c.icd10);
            h.codeSystem = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
        }
        if (chance(0.5))
            h.description = QStringLiteral("Followed up every %1 months; last review without change.").arg(number(3, 12));
        if (chance(0.85))
            h.onsetDate = birth.addDays(std::uniform_int_distribution<qint64>(0, std::max<qint64>(0, birth.daysTo(m_today)))(m_rng));
        const int status = number(0, 9);
        h.status = status < 7 ? core::ProblemStatus::Active : status < 9 ? core::ProblemStatus::Resolved : core::ProblemStatus::Inactive;
        return h;
    }

    core::Prescription prescription(QDate notBefore)
    {
        const Medication &m = pickUniform(kMedications, m_rng);
        core::Prescription p;
        p.medication = QString::fromUtf8(m.name);
        p.strength = QString::fromUtf8(m.strength);
        p.form = QString::fromUtf8(m.form);
        p.dose = number(1, 2);
        p.doseUnit = QString::fromUtf8(m.doseUnit);
        p.route = QString::fromUtf8(m.route);
        p.frequency = QString::fromUtf8(m.frequency);
        p.durationDays = number(5, 90);
        p.quantity = p.dose * p.durationDays * 2;
        p.quantityUnit = QString::fromUtf8(m.doseUnit);
        p.refills = number(0, 3);
        if (chance(0.6))
            p.instructions = QStringLiteral("Review at the next appointment.");
        const QDate earliest = std::max(notBefore, m_today.addYears(-6));
        p.prescribedOn = earliest.addDays(std::uniform_int_distribution<qint64>(0, std::max<qint64>(0, earliest.daysTo(m_today)))(m_rng));
        p.status = core::PrescriptionStatus::Active;
        return p;
    }

    int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    std::mt19937_64 &rng() { return m_rng; }

private:
    std::mt19937_64 m_rng;
    QDate m_today;
    Zipf m_given;
    Zipf m_family;
};

// ---- the data folder ----------------------------------------------------------------------

services::WorkstationOptions benchOptions()
{
    services::WorkstationOptions options;
    options.sealInterval = std::chrono::milliseconds(0);        // sealed explicitly, outside the timings
    options.auditAnchorInterval = std::chrono::milliseconds(0); // anchored at logout
    return options;
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QJsonObject readMarker(const QString &dir)
{
    QFile file(QDir(dir).filePath(QLatin1String(kMarkerFile)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeMarker(const QString &dir, const QJsonObject &marker)
{
    QFile file(QDir(dir).filePath(QLatin1String(kMarkerFile)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die("marker", file.errorString());
    file.write(QJsonDocument(marker).toJson(QJsonDocument::Indented));
}

bool markerMatches(const QJsonObject &marker, const Config &config)
{
    return marker.value(QLatin1String("format")).toInt() == kPopulationFormat &&
           marker.value(QLatin1String("patients")).toInteger() == config.patients &&
           marker.value(QLatin1String("records")).toInteger() == config.records &&
           marker.value(QLatin1String("seed")).toInteger() == static_cast<qint64>(config.seed) &&
           marker.value(QLatin1String("complete")).toBool();
}

// Builds the practice: every patient through detail::registerNew, the path a registration
// or an import takes (MRN, pseudonym, data key, every first version encrypted and put on
// the chain, the clinic's grant, one audit entry, one database transaction). Commits run
// at synchronous = OFF here only; blocks are sealed as the seal timer would.
QJsonObject populate(const QString &dir, const Config &config)
{
    if (QFileInfo::exists(dir)) {
        // Only a folder this benchmark made (or an empty one) is ever replaced.
        const QDir existing(dir);
        if (!existing.isEmpty() && !QFileInfo::exists(existing.filePath(QLatin1String(kMarkerFile))))
            die("data folder", QStringLiteral("%1 exists and was not made by this benchmark").arg(dir));
        if (!QDir(dir).removeRecursively())
            die("data folder", QStringLiteral("cannot remove %1").arg(dir));
    }
    if (!QDir().mkpath(dir))
        die("data folder", QStringLiteral("cannot create %1").arg(dir));
    QJsonObject marker;
    marker.insert(QStringLiteral("format"), kPopulationFormat);
    marker.insert(QStringLiteral("patients"), config.patients);
    marker.insert(QStringLiteral("records"), config.records);
    marker.insert(QStringLiteral("seed"), static_cast<qint64>(config.seed));
    marker.insert(QStringLiteral("complete"), false);
    writeMarker(dir, marker);

    const QString store = QDir(dir).filePath(QStringLiteral("store"));
    const auto start = Clock::now();
    check(Workstation::initialize(store, kAdminUser, QStringLiteral("Bench Administrator"), kAdminPassword, benchOptions()),
                "initialize");
    Workstation ws(store, benchOptions());
    check(ws.login(kAdminUser, kAdminPassword), "admin login");
    auto &state = WorkstationAccess::state(ws);
    const auto admin = check(services::detail::currentActor(state), "admin actor");
    check(services::detail::createAccount(state, admin.id, kDoctorUser, QStringLiteral("Dr. Claire Martin"), services::Role::Doctor,
                                          kDoctorPassword, false),
          "doctor account");
    check(state.store->database().exec("PRAGMA synchronous = OFF"), "synchronous off");
    // A larger page cache for the build only (the session's connection closes at logout).
    check(state.store->database().exec("PRAGMA cache_size = -262144"), "cache size");

    const QDate today = state.now().date();
    Practice practice(config.seed, today);
    const core::RecordAuthorship authorship = services::detail::authorshipNow(state, admin, QString());
    // Records per patient beyond the demographics, spread so the total is exact.
    const qint64 extra = config.records - config.patients;
    qint64 histories = 0;
    qint64 prescriptions = 0;
    constexpr int kSealEvery = 400; // patients (about 4,400 transactions: under the mempool's 10,000)
    for (int i = 0; i < config.patients; ++i) {
        const qint64 mine = extra * (i + 1) / config.patients - extra * i / config.patients;
        services::detail::Registration registration;
        registration.demographics = practice.demographics();
        registration.auditAction = QStringLiteral("register");
        if (auto valid = core::validate(registration.demographics, today); !valid)
            die("generated demographics", valid.message());
        // About 5 history entries for every 4 prescriptions, varying from patient to patient.
        const int historyCount = static_cast<int>(std::clamp<qint64>(
            (mine * 5 + 4) / 9 + practice.number(-1, 1), 0, mine));
        for (qint64 r = 0; r < mine; ++r) {
            services::detail::NewVersion v;
            v.recordId = services::detail::newRecordId();
            if (r < historyCount) {
                const core::HistoryEntry h = practice.history(registration.demographics.birthDate);
                if (auto valid = core::validate(h, today, registration.demographics.birthDate); !valid)
                    die("generated history entry", valid.message());
                v.kind = QStringLiteral("history");
                v.plaintext = core::encodeRecord(h, authorship);
                ++histories;
            } else {
                const core::Prescription p = practice.prescription(registration.demographics.birthDate);
                if (auto valid = core::validate(p, today); !valid)
                    die("generated prescription", valid.message());
                v.kind = QStringLiteral("prescription");
                v.plaintext = core::encodeRecord(p, authorship);
                ++prescriptions;
            }
            registration.records.append(std::move(v));
        }
        check(services::detail::registerNew(state, admin, registration), "register patient");
        if ((i + 1) % kSealEvery == 0 || i + 1 == config.patients) {
            check(ws.sealNow(), "seal");
            if ((i + 1) % 5000 == 0 || i + 1 == config.patients) {
                const double seconds = milliseconds(Clock::now() - start) / 1000.0;
                std::fprintf(stderr, "populating: %d/%d patients, %.0f s, %.0f patients/s\n", i + 1, config.patients, seconds, (i + 1) / seconds);
            }
        }
    }
    // Everything sealed, the audit log anchored (logout does it), commits durable again.
    while (check(ws.sealNow(), "seal") > 0) {
    }
    check(state.store->database().exec("PRAGMA synchronous = FULL"), "synchronous full");
    ws.logout();
    const double seconds = milliseconds(Clock::now() - start) / 1000.0;

    marker.insert(QStringLiteral("complete"), true);
    marker.insert(QStringLiteral("seconds"), round3(seconds));
    marker.insert(QStringLiteral("history_entries"), histories);
    marker.insert(QStringLiteral("prescriptions"), prescriptions);
    marker.insert(QStringLiteral("demographics"), config.patients);
    marker.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    writeMarker(dir, marker);
    return marker;
}

// ---- measuring ----------------------------------------------------------------------------

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts[0] + ' ' + parts[1] + ' ' + parts[2]) : QString();
}

// Samples of one operation over the rounds: p50 and p99 are the medians of the rounds'
// figures (so one disturbed round does not decide), max is the slowest sample of all.
// Beside the wall time, the thread's CPU time of the same calls.
class Series {
public:
    void beginRound()
    {
        m_rounds.emplace_back();
        m_cpu.emplace_back();
    }
    void add(double ms, double cpuMs)
    {
        m_rounds.back().push_back(ms);
        m_cpu.back().push_back(cpuMs);
    }

    QJsonObject json() const
    {
        std::vector<double> p50s;
        std::vector<double> p99s;
        double max = 0.0;
        qsizetype count = 0;
        QJsonArray p99Rounds;
        std::vector<double> cpuP50s;
        std::vector<double> cpuP99s;
        for (const auto &cpu : m_cpu) {
            if (cpu.empty())
                continue;
            cpuP50s.push_back(percentile(cpu, 0.50));
            cpuP99s.push_back(percentile(cpu, 0.99));
        }
        for (const auto &round : m_rounds) {
            if (round.empty())
                continue;
            p50s.push_back(percentile(round, 0.50));
            p99s.push_back(percentile(round, 0.99));
            p99Rounds.append(round3(p99s.back()));
            max = std::max(max, *std::max_element(round.begin(), round.end()));
            count += static_cast<qsizetype>(round.size());
        }
        QJsonObject out;
        out.insert(QStringLiteral("count"), count);
        out.insert(QStringLiteral("p50_ms"), round3(percentile(p50s, 0.5)));
        out.insert(QStringLiteral("p99_ms"), round3(percentile(p99s, 0.5)));
        out.insert(QStringLiteral("max_ms"), round3(max));
        out.insert(QStringLiteral("p99_ms_by_round"), p99Rounds);
        out.insert(QStringLiteral("cpu_p50_ms"), round3(percentile(cpuP50s, 0.5)));
        out.insert(QStringLiteral("cpu_p99_ms"), round3(percentile(cpuP99s, 0.5)));
        return out;
    }

    double p99() const { return json().value(QLatin1String("p99_ms")).toDouble(); }

private:
    std::vector<std::vector<double>> m_rounds;
    std::vector<std::vector<double>> m_cpu;
};

QJsonObject countsJson(std::vector<double> counts)
{
    QJsonObject out;
    out.insert(QStringLiteral("p50"), percentile(counts, 0.50));
    out.insert(QStringLiteral("p99"), percentile(counts, 0.99));
    out.insert(QStringLiteral("max"), counts.empty() ? 0.0 : *std::max_element(counts.begin(), counts.end()));
    return out;
}

struct PatientRef {
    QByteArray id;
    QString mrn; // nine digits
    QString givenNorm;
    QString familyNorm;
};

std::vector<PatientRef> loadPatients(Workstation &ws)
{
    auto &db = WorkstationAccess::state(ws).store->database();
    auto st = check(db.prepare("SELECT pseudonym, mrn, given_norm, family_norm FROM patients WHERE erased_at IS NULL ORDER BY rowid"),
                    "list patients");
    std::vector<PatientRef> out;
    check(st.forEachRow([&](const core::Statement &row) { out.push_back({row.blob(0), row.text(1), row.text(2), row.text(3)}); }),
          "list patients");
    return out;
}

// How many patients a name prefix matches before the result limit (setup query, untimed).
qint64 prefixMatches(Workstation &ws, const QString &prefix)
{
    auto &db = WorkstationAccess::state(ws).store->database();
    auto st = check(db.prepare("SELECT COUNT(*) FROM patients WHERE erased_at IS NULL AND ((family_norm >= ?1 AND family_norm < ?2) "
                               "OR (given_norm >= ?1 AND given_norm < ?2))"),
                    "count matches");
    st.bind(1, prefix).bind(2, prefix + QChar(0xDBFF) + QChar(0xDFFF));
    if (!check(st.step(), "count matches"))
        return 0;
    return st.int64(0);
}

void setSynchronous(Workstation &ws, const char *pragma)
{
    check(WorkstationAccess::state(ws).store->database().exec(pragma), "synchronous");
}

// The fsync floor: a bare one-row autocommit in an SQLCipher database next to the store.
class CommitFloor {
public:
    explicit CommitFloor(const QString &path) : m_path(path)
    {
        core::Database::removeFiles(path);
        m_db = check(core::Database::create(path, core::randomSecret(32)), "floor database");
        check(m_db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT NOT NULL)"), "floor table");
        m_insert = check(m_db->prepare("INSERT INTO t (note) VALUES (?1)"), "floor insert");
    }
    ~CommitFloor()
    {
        m_insert = core::Statement();
        m_db.reset();
        core::Database::removeFiles(m_path);
    }
    double commitMs()
    {
        m_insert.bind(1, QStringLiteral("a prescription-sized row"));
        const auto start = Clock::now();
        check(m_insert.run(), "floor commit");
        return milliseconds(Clock::now() - start);
    }

private:
    QString m_path;
    std::unique_ptr<core::Database> m_db;
    core::Statement m_insert;
};

QString prefixOf(const PatientRef &p, int letters, std::mt19937_64 &rng)
{
    // A patient searched for by family name three times out of four, else by first name.
    const bool byFamily = std::bernoulli_distribution(0.75)(rng);
    const QString &name = byFamily || p.givenNorm.isEmpty() ? p.familyNorm : p.givenNorm;
    return name.left(letters);
}

Config parseArguments(const QStringList &args)
{
    Config config;
    bool patientsSet = false;
    bool recordsSet = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--quick")) {
            config.quick = true;
        } else if (arg == QLatin1String("--patients") && hasValue) {
            config.patients = std::max(1, args[++i].toInt());
            patientsSet = true;
        } else if (arg == QLatin1String("--records") && hasValue) {
            config.records = std::max<qint64>(1, args[++i].toLongLong());
            recordsSet = true;
        } else if (arg == QLatin1String("--data-dir") && hasValue) {
            config.dataDir = args[++i];
        } else if (arg == QLatin1String("--samples") && hasValue) {
            const int n = std::max(1, args[++i].toInt());
            config.chartOpens = n;
            config.searches = n;
            config.writes = n;
        } else if (arg == QLatin1String("--rounds") && hasValue) {
            config.rounds = std::max(1, args[++i].toInt());
        } else if (arg == QLatin1String("--seed") && hasValue) {
            config.seed = args[++i].toULongLong();
        } else {
            std::fprintf(stderr, "usage: careledger-bench-records [--quick] [--patients N] [--records N] [--data-dir DIR] "
                                 "[--samples N] [--rounds N] [--seed N]\n");
            std::exit(2);
        }
    }
    if (config.quick) {
        if (!patientsSet)
            config.patients = 2000;
        if (!recordsSet)
            config.records = 20000;
        config.chartOpens = std::min(config.chartOpens, 300);
        config.searches = std::min(config.searches, 150);
        config.writes = std::min(config.writes, 150);
        config.rounds = 1;
    }
    if (!recordsSet && patientsSet && !config.quick)
        config.records = static_cast<qint64>(config.patients) * 10;
    if (config.records < config.patients)
        config.records = config.patients; // every patient has its demographics record
    if (config.dataDir.isEmpty())
        config.dataDir = QDir::temp().filePath(QStringLiteral("careledger-bench-records-%1-%2").arg(config.patients).arg(config.records));
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Config config = parseArguments(QCoreApplication::arguments());
    const QString loadAtStart = loadAverage();

    // Population (untimed for the targets; its duration is reported).
    QJsonObject marker = readMarker(config.dataDir);
    const bool reused = markerMatches(marker, config);
    if (!reused) {
        std::fprintf(stderr, "populating %s: %d patients, %lld records\n", qPrintable(config.dataDir), config.patients,
                 static_cast<long long>(config.records));
        marker = populate(config.dataDir, config);
    } else {
        std::fprintf(stderr, "reusing %s\n", qPrintable(config.dataDir));
    }
    const QString store = QDir(config.dataDir).filePath(QStringLiteral("store"));

    // The doctor's session. Login opens the store (quick_check reads every page) and the chain.
    Workstation ws(store, benchOptions());
    const auto loginStart = Clock::now();
    check(ws.login(kDoctorUser, kDoctorPassword), "doctor login");
    const double loginMs = milliseconds(Clock::now() - loginStart);
    const std::vector<PatientRef> patients = loadPatients(ws);
    if (patients.empty())
        die("patients", QStringLiteral("the store holds no patient"));
    setSynchronous(ws, "PRAGMA synchronous = FULL");
    CommitFloor floor(QDir(config.dataDir).filePath(QStringLiteral("commit-floor.db")));

    std::mt19937_64 rng(config.seed ^ 0x5eed);
    std::uniform_int_distribution<std::size_t> anyPatient(0, patients.size() - 1);
    Practice practice(config.seed + 1, QDate::currentDate());

    // A few opens first so the measured ones find the statements' code paths warm; the
    // database pages they touch are those of a few random patients only.
    for (int i = 0; i < 20; ++i)
        check(ws.charts().open(patients[anyPatient(rng)].id), "warm-up chart open");

    const double rssBefore = statusMb("VmRSS");
    const bool peakReset = resetPeakRss();

    Series chartOpen;
    Series search2;
    Series search3;
    Series searchMrn;
    Series prescribe;
    Series prescribeNoSync;
    Series floorFull;
    std::vector<double> chartRecords;
    std::vector<double> results2, results3, resultsMrn, matches2, matches3;
    int written = 0;

    for (int round = 0; round < config.rounds; ++round) {
        std::fprintf(stderr, "round %d/%d\n", round + 1, config.rounds);
        const int opens = config.chartOpens / config.rounds;
        const int searches = std::max(1, config.searches / config.rounds);
        const int writes = std::max(1, config.writes / config.rounds);

        chartOpen.beginRound();
        for (int i = 0; i < opens; ++i) {
            const PatientRef &p = patients[anyPatient(rng)];
            const double cpuStart = threadCpuMs();
            const auto start = Clock::now();
            auto chart = ws.charts().open(p.id);
            const double ms = milliseconds(Clock::now() - start);
            const double cpuMs = threadCpuMs() - cpuStart;
            const services::PatientChart opened = check(std::move(chart), "chart open");
            if (!opened.history || !opened.prescriptions)
                die("chart open", QStringLiteral("a section the doctor may see is missing"));
            chartOpen.add(ms, cpuMs);
            chartRecords.push_back(static_cast<double>(1 + opened.history->size() + opened.prescriptions->size()));
        }

        const struct {
            Series *series;
            int letters; // 0: by record number
            std::vector<double> *results;
            std::vector<double> *matches;
        } kinds[] = {{&search2, 2, &results2, &matches2}, {&search3, 3, &results3, &matches3}, {&searchMrn, 0, &resultsMrn, nullptr}};
        for (const auto &kind : kinds) {
            kind.series->beginRound();
            for (int i = 0; i < searches; ++i) {
                const PatientRef &p = patients[anyPatient(rng)];
                const QString query = kind.letters == 0 ? core::formatMrn(p.mrn) : prefixOf(p, kind.letters, rng);
                const double cpuStart = threadCpuMs();
                const auto start = Clock::now();
                auto found = ws.patients().search(query);
                const double ms = milliseconds(Clock::now() - start);
                const double cpuMs = threadCpuMs() - cpuStart;
                const QList<services::PatientSummary> list = check(std::move(found), "search");
                if (list.isEmpty())
                    die("search", QStringLiteral("no result for a registered patient's %1").arg(kind.letters ? QStringLiteral("name prefix") : QStringLiteral("record number")));
                kind.series->add(ms, cpuMs);
                kind.results->push_back(static_cast<double>(list.size()));
                if (kind.matches)
                    kind.matches->push_back(static_cast<double>(prefixMatches(ws, query)));
            }
        }

        // Durable writes, each beside a bare commit on the same disk so both see the same
        // moment of the disk; then the same writes without the fsync.
        for (const bool durable : {true, false}) {
            Series &series = durable ? prescribe : prescribeNoSync;
            series.beginRound();
            if (durable)
                floorFull.beginRound();
            for (int i = 0; i < writes; ++i) {
                const PatientRef &p = patients[anyPatient(rng)];
                core::Prescription rx = practice.prescription(QDate::currentDate().addYears(-1));
                rx.prescribedOn = QDate(); // today, as a new prescription is written
                if (durable) {
                    const double cpuStart = threadCpuMs();
                    const double floorMs = floor.commitMs();
                    floorFull.add(floorMs, threadCpuMs() - cpuStart);
                }
                setSynchronous(ws, durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
                const double cpuStart = threadCpuMs();
                const auto start = Clock::now();
                auto id = ws.charts().prescribe(p.id, rx);
                const double ms = milliseconds(Clock::now() - start);
                const double cpuMs = threadCpuMs() - cpuStart;
                check(std::move(id), "prescribe");
                series.add(ms, cpuMs);
                ++written;
                if (written % config.sealEvery == 0)
                    check(ws.sealNow(), "seal"); // what the seal timer does, outside the timing
            }
            setSynchronous(ws, "PRAGMA synchronous = FULL");
        }
    }
    check(ws.sealNow(), "seal");
    const double peakRss = statusMb("VmHWM");
    ws.logout();

    marker.insert(QStringLiteral("prescriptions_added_by_runs"), marker.value(QLatin1String("prescriptions_added_by_runs")).toInteger() + written);
    writeMarker(config.dataDir, marker);

    // Targets (ms, p99).
    constexpr double kChartTarget = 5.0;
    constexpr double kSearchTarget = 20.0;
    constexpr double kPrescribeTarget = 5.0;

    QJsonObject population;
    population.insert(QStringLiteral("reused_cached_folder"), reused);
    population.insert(QStringLiteral("seconds"), marker.value(QLatin1String("seconds")));
    population.insert(QStringLiteral("patients"), config.patients);
    population.insert(QStringLiteral("records"), static_cast<double>(config.records));
    population.insert(QStringLiteral("demographics"), marker.value(QLatin1String("demographics")));
    population.insert(QStringLiteral("history_entries"), marker.value(QLatin1String("history_entries")));
    population.insert(QStringLiteral("prescriptions"), marker.value(QLatin1String("prescriptions")));
    population.insert(QStringLiteral("prescriptions_added_by_runs"), marker.value(QLatin1String("prescriptions_added_by_runs")));
    population.insert(QStringLiteral("via"), QStringLiteral("detail::registerNew per patient (the import path), synchronous OFF, sealed every 400 patients"));

    QJsonObject chart = chartOpen.json();
    chart.insert(QStringLiteral("records_per_chart"), countsJson(chartRecords));
    chart.insert(QStringLiteral("via"), QStringLiteral("ChartService::open as a doctor with the clinic's grant; audit entry included"));

    const auto searchJson = [](const Series &s, const std::vector<double> &results, const std::vector<double> *matches) {
        QJsonObject o = s.json();
        o.insert(QStringLiteral("results"), countsJson(results));
        if (matches)
            o.insert(QStringLiteral("matching_patients"), countsJson(*matches));
        return o;
    };
    QJsonObject search;
    search.insert(QStringLiteral("prefix2"), searchJson(search2, results2, &matches2));
    search.insert(QStringLiteral("prefix3"), searchJson(search3, results3, &matches3));
    search.insert(QStringLiteral("mrn"), searchJson(searchMrn, resultsMrn, nullptr));
    search.insert(QStringLiteral("via"), QStringLiteral("PatientService::search as a doctor, default limit 200; prefixes of random "
                                                         "patients' family (3/4) or given names"));

    QJsonObject writes;
    writes.insert(QStringLiteral("prescribe_full"), prescribe.json());
    writes.insert(QStringLiteral("prescribe_nosync"), prescribeNoSync.json());
    writes.insert(QStringLiteral("commit_floor_full"), floorFull.json());
    writes.insert(QStringLiteral("via"), QStringLiteral("ChartService::prescribe at synchronous FULL, then NORMAL; commit_floor_full: "
                                                         "one-row SQLCipher autocommit at FULL in the same folder, alternating with "
                                                         "the FULL writes; sealed every %1 writes outside the timings").arg(config.sealEvery));

    const double chartP99 = chartOpen.p99();
    const double searchP99 = std::max({search2.p99(), search3.p99(), searchMrn.p99()});
    const double prescribeP99 = prescribe.p99();
    QJsonObject targets;
    targets.insert(QStringLiteral("chart_open_p99_max_ms"), kChartTarget);
    targets.insert(QStringLiteral("chart_open_p99_met"), chartP99 < kChartTarget);
    targets.insert(QStringLiteral("search_p99_max_ms"), kSearchTarget);
    targets.insert(QStringLiteral("search_p99_met"), searchP99 < kSearchTarget);
    targets.insert(QStringLiteral("prescribe_p99_max_ms"), kPrescribeTarget);
    targets.insert(QStringLiteral("prescribe_p99_met"), prescribeP99 < kPrescribeTarget);
    targets.insert(QStringLiteral("prescribe_nosync_p99_met"), prescribeNoSync.p99() < kPrescribeTarget);
    targets.insert(QStringLiteral("reference_system_ms"), QJsonObject{{QStringLiteral("encrypt"), 150}, {QStringLiteral("retrieve"), 60}});

    QJsonObject result;
    result.insert(QStringLiteral("benchmark"), QStringLiteral("records"));
    result.insert(QStringLiteral("quick"), config.quick);
    result.insert(QStringLiteral("rounds"), config.rounds);
    result.insert(QStringLiteral("seed"), static_cast<double>(config.seed));
    result.insert(QStringLiteral("population"), population);
    result.insert(QStringLiteral("database_mb"), round3(static_cast<double>(folderBytes(store)) / (1024.0 * 1024.0)));
    result.insert(QStringLiteral("doctor_login_ms"), round3(loginMs));
    result.insert(QStringLiteral("chart_open"), chart);
    result.insert(QStringLiteral("search"), search);
    result.insert(QStringLiteral("writes"), writes);
    result.insert(QStringLiteral("rss_before_mb"), rssBefore);
    result.insert(QStringLiteral("peak_rss_mb"), peakRss);
    result.insert(QStringLiteral("peak_reset"), peakReset);
    result.insert(QStringLiteral("load_average"), QJsonObject{{QStringLiteral("start"), loadAtStart}, {QStringLiteral("end"), loadAverage()}});
    result.insert(QStringLiteral("targets"), targets);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
