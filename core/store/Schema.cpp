#include "store/KeySlots.h"

#include <array>

namespace careledger::core {

namespace {

// Never edit a released migration: add a new one. Timestamps are UTC ISO 8601 text.
constexpr std::array<Migration, 4> kMigrations{{
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
}};

} // namespace

std::span<const Migration> workstationMigrations()
{
    return kMigrations;
}

} // namespace careledger::core
