#include "store/KeySlots.h"

#include <array>

namespace careledger::core {

namespace {

// Never edit a released migration: add a new one. Timestamps are UTC ISO 8601 text.
constexpr std::array<Migration, 7> kMigrations{{
    {1, R"sql(
CREATE TABLE staff_accounts (
    id                   INTEGER PRIMARY KEY,
    username             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT    NOT NULL,
    role                 TEXT    NOT NULL CHECK (role IN ('admin', 'doctor', 'nurse')),
    enabled              INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
-- A staff member's ECDSA P-256 signing keys. The private key is sealed (AES-256-GCM) under
-- the user key that only that member's password opens. A password reset by an admin
-- retires the old key (its public half stays to verify old signatures) and issues a new one.
CREATE TABLE staff_keys (
    id                  INTEGER PRIMARY KEY,
    staff_id            INTEGER NOT NULL REFERENCES staff_accounts(id),
    key_id              BLOB    NOT NULL UNIQUE,
    public_key          BLOB    NOT NULL,
    sealed_private_key  BLOB,
    created_at          TEXT    NOT NULL,
    retired_at          TEXT
);
CREATE INDEX staff_keys_by_staff ON staff_keys(staff_id);
CREATE UNIQUE INDEX staff_keys_one_active ON staff_keys(staff_id) WHERE retired_at IS NULL;
)sql"},
    {2, R"sql(
-- Security-relevant events about staff accounts (no patient data, no secrets).
CREATE TABLE security_events (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    actor_id    INTEGER REFERENCES staff_accounts(id),
    action      TEXT    NOT NULL,
    target_id   INTEGER REFERENCES staff_accounts(id),
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX security_events_by_time ON security_events(at);
)sql"},
    {3, R"sql(
-- Encrypted record payloads. The services store the ciphertext they are given (encrypted
-- under the patient's data key); the chain holds SHA-256 of each version. Erasure deletes
-- the ciphertext and keeps the row, so the record still verifies as erased.
CREATE TABLE record_payloads (
    record_id         BLOB    NOT NULL,
    version           INTEGER NOT NULL,
    patient_pseudonym BLOB    NOT NULL,
    kind              TEXT    NOT NULL,
    ciphertext        BLOB,
    erased            INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),
    PRIMARY KEY (record_id, version)
);
CREATE INDEX record_payloads_by_patient ON record_payloads(patient_pseudonym);
-- This workstation's node signing key (ECDSA P-256) and, for a single-workstation
-- consortium, the health authority's key. Private keys are PKCS#8 sealed with AES-256-GCM
-- under a key derived from the database key, inside the encrypted database.
CREATE TABLE workstation_identity (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    node_key_id            BLOB    NOT NULL,
    node_public_key        BLOB    NOT NULL,
    sealed_node_key        BLOB    NOT NULL,
    sealed_authority_key   BLOB,
    created_at             TEXT    NOT NULL
);
)sql"},
    {4, R"sql(
-- A password change writes the signing key sealed under the new password here first, then
-- the new key slot, then promotes it; a crash between the two files cannot strand the key.
ALTER TABLE staff_keys ADD COLUMN pending_sealed_private_key BLOB;
)sql"},
    {5, R"sql(
-- Clinical records. Personal data lives encrypted in record_payloads (under per-patient data
-- keys) and, for search only, in clear columns of `patients` inside this encrypted database.
-- Workstation settings: the clinic secret (sealed), the clinic's name, defaults.
CREATE TABLE workstation_settings (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
-- The search index of registered patients, derived from the encrypted demographics. Erasure
-- clears every personal column and keeps the row (pseudonym, dates) so the record stays
-- explicable.
CREATE TABLE patients (
    pseudonym              BLOB PRIMARY KEY,
    mrn                    TEXT UNIQUE,
    given_name             TEXT,
    family_name            TEXT,
    given_norm             TEXT,
    family_norm            TEXT,
    birth_date             TEXT,
    sex                    TEXT,
    registered_at          TEXT NOT NULL,
    registering_clinic     BLOB NOT NULL,
    erased_at              TEXT,
    demographics_record_id BLOB NOT NULL
);
CREATE INDEX patients_by_name ON patients(family_norm, given_norm, birth_date);
CREATE INDEX patients_by_given ON patients(given_norm);
-- Per-patient AES-256 data keys, one row per version (a revocation adds one); sealed under a
-- key derived from the database key. Erasure deletes them.
CREATE TABLE patient_keys (
    pseudonym   BLOB    NOT NULL,
    key_version INTEGER NOT NULL CHECK (key_version >= 1),
    sealed_key  BLOB    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (pseudonym, key_version)
);
-- Who may see a patient: a staff member or a clinic (exactly one), optionally expiring.
CREATE TABLE consent_grants (
    id                   INTEGER PRIMARY KEY,
    pseudonym            BLOB    NOT NULL REFERENCES patients(pseudonym),
    staff_id             INTEGER REFERENCES staff_accounts(id),
    clinic_id            BLOB,
    grantee_key_id       BLOB,
    granted_at           TEXT    NOT NULL,
    granted_by           INTEGER REFERENCES staff_accounts(id),
    expires_at           TEXT,
    revoked_at           TEXT,
    revoked_by           INTEGER REFERENCES staff_accounts(id),
    revoke_reason        TEXT,
    registration_default INTEGER NOT NULL DEFAULT 0 CHECK (registration_default IN (0, 1)),
    wrapped_key          BLOB,
    wrapped_key_version  INTEGER,
    grant_tx_id          BLOB    NOT NULL,
    revoke_tx_id         BLOB,
    CHECK ((staff_id IS NULL) <> (clinic_id IS NULL))
);
CREATE INDEX consent_grants_by_patient ON consent_grants(pseudonym);
-- Doctors' emergency access windows.
CREATE TABLE break_glass (
    id         INTEGER PRIMARY KEY,
    pseudonym  BLOB    NOT NULL REFERENCES patients(pseudonym),
    staff_id   INTEGER NOT NULL REFERENCES staff_accounts(id),
    reason     TEXT    NOT NULL,
    started_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX break_glass_by_patient ON break_glass(pseudonym, staff_id);
-- Append-only, hash-chained log of every read and write of patient data.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,
    actor_id       INTEGER,
    actor_username TEXT    NOT NULL,
    actor_role     TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    pseudonym      BLOB,
    workstation    TEXT    NOT NULL,
    break_glass    INTEGER NOT NULL CHECK (break_glass IN (0, 1)),
    refused        INTEGER NOT NULL CHECK (refused IN (0, 1)),
    detail         TEXT    NOT NULL,
    entry_hash     BLOB    NOT NULL
);
CREATE INDEX audit_log_by_patient ON audit_log(pseudonym, seq) WHERE pseudonym IS NOT NULL;
-- Heads of the audit hash chain put on the ledger (one audit-anchor transaction each).
CREATE TABLE audit_anchors (
    entry_count INTEGER PRIMARY KEY,
    head_hash   BLOB    NOT NULL,
    tx_id       BLOB    NOT NULL,
    at          TEXT    NOT NULL
);
-- Patients created by an import, by source and source id, so importing twice creates nothing new.
CREATE TABLE import_sources (
    source    TEXT NOT NULL,
    source_id TEXT NOT NULL,
    pseudonym BLOB NOT NULL REFERENCES patients(pseudonym),
    PRIMARY KEY (source, source_id)
);
-- The record-put transaction of each stored version (NULL for versions stored before).
ALTER TABLE record_payloads ADD COLUMN tx_id BLOB;
)sql"},
    {6, R"sql(
-- Live vitals (docs/vitals.md). Bedside devices: the device key is sealed like the patient
-- keys (under a key derived from the database key); model and serial stay in this
-- encrypted database and never reach the chain.
CREATE TABLE devices (
    device_id     BLOB    PRIMARY KEY,
    type          TEXT    NOT NULL,
    model         TEXT    NOT NULL,
    serial        TEXT    NOT NULL,
    sealed_key    BLOB    NOT NULL,
    registered_at TEXT    NOT NULL,
    registered_by INTEGER REFERENCES staff_accounts(id),
    register_tx_id BLOB
);
-- Which patient a device's readings belong to: [from_ms, to_ms), to_ms NULL while current.
CREATE TABLE device_pairings (
    id        INTEGER PRIMARY KEY,
    device_id BLOB    NOT NULL REFERENCES devices(device_id),
    pseudonym BLOB    NOT NULL REFERENCES patients(pseudonym),
    from_ms   INTEGER NOT NULL,
    to_ms     INTEGER,
    paired_by INTEGER REFERENCES staff_accounts(id),
    pair_tx_id   BLOB,
    unpair_tx_id BLOB,
    CHECK (to_ms IS NULL OR to_ms > from_ms)
);
CREATE INDEX device_pairings_by_device ON device_pairings(device_id, from_ms);
CREATE UNIQUE INDEX device_pairings_one_current ON device_pairings(device_id) WHERE to_ms IS NULL;
-- Replay protection that survives a restart (DeviceAuthenticator::seed()).
CREATE TABLE device_sequences (
    device_id     BLOB    PRIMARY KEY REFERENCES devices(device_id),
    last_sequence INTEGER NOT NULL,
    last_time_ms  INTEGER NOT NULL
);
-- Readings in batches encrypted under the patient's data key; the AAD binds pseudonym,
-- window and batch number, so a batch cannot be moved to another patient or window.
-- batch_hash: SHA-256 of the ciphertext. Erasure deletes the rows.
CREATE TABLE vital_readings (
    pseudonym       BLOB    NOT NULL REFERENCES patients(pseudonym),
    window_start_ms INTEGER NOT NULL,
    batch_no        INTEGER NOT NULL,
    key_version     INTEGER NOT NULL,
    batch           BLOB    NOT NULL,
    reading_count   INTEGER NOT NULL CHECK (reading_count >= 1),
    batch_hash      BLOB    NOT NULL,
    PRIMARY KEY (pseudonym, window_start_ms, batch_no)
);
-- One vitals-anchor transaction per patient and window.
CREATE TABLE vitals_anchors (
    pseudonym       BLOB    NOT NULL REFERENCES patients(pseudonym),
    window_start_ms INTEGER NOT NULL,
    window_end_ms   INTEGER NOT NULL,
    reading_count   INTEGER NOT NULL,
    merkle_root     BLOB    NOT NULL,
    tx_id           BLOB    NOT NULL,
    PRIMARY KEY (pseudonym, window_start_ms)
);
-- Alerts raised from readings. text is the rule's description (no values, no names).
CREATE TABLE alerts (
    id              BLOB    PRIMARY KEY,
    pseudonym       BLOB    NOT NULL REFERENCES patients(pseudonym),
    sign            INTEGER NOT NULL,
    priority        INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    raised_at_ms    INTEGER NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('active', 'acknowledged', 'resolved')),
    acknowledged_by INTEGER REFERENCES staff_accounts(id),
    acknowledged_at_ms INTEGER,
    resolved_at_ms  INTEGER,
    escalated       INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    technical       INTEGER NOT NULL DEFAULT 0 CHECK (technical IN (0, 1)),
    ack_tx_id       BLOB
);
CREATE INDEX alerts_by_patient ON alerts(pseudonym, raised_at_ms);
CREATE INDEX alerts_by_state ON alerts(state, raised_at_ms);
)sql"},
    {7, R"sql(
-- Patient kiosk PINs: an scrypt hash ("scrypt$N$r$p$<salt>$<hash>", base64), the count of
-- consecutive wrong PINs and the lockout they caused. Erasure deletes the row.
CREATE TABLE patient_pins (
    pseudonym    BLOB    PRIMARY KEY REFERENCES patients(pseudonym),
    pin_hash     TEXT    NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    changed_at   TEXT    NOT NULL
);
-- Grants and revocations the patient made at the kiosk (granted_by / revoked_by are NULL).
ALTER TABLE consent_grants ADD COLUMN granted_by_patient INTEGER NOT NULL DEFAULT 0 CHECK (granted_by_patient IN (0, 1));
ALTER TABLE consent_grants ADD COLUMN revoked_by_patient INTEGER NOT NULL DEFAULT 0 CHECK (revoked_by_patient IN (0, 1));
)sql"},
}};

} // namespace

std::span<const Migration> workstationMigrations()
{
    return kMigrations;
}

} // namespace careledger::core
