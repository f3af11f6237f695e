#include "store/KeySlots.h"

#include <array>

namespace careledger::core {

namespace {

// Never edit a released migration: add a new one. Timestamps are UTC ISO 8601 text.
constexpr std::array<Migration, 2> kMigrations{{
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
}};

} // namespace

std::span<const Migration> workstationMigrations()
{
    return kMigrations;
}

} // namespace careledger::core
