#pragma once

// Files the health authority and the workstations exchange to set up a consortium of
// several workstations (careledger-admin authority-key, node-key, genesis, init --genesis).
// A single workstation needs none of them: Workstation::initialize founds its own.

#include "services/Workstation.h"

#include "crypto/Crypto.h"
#include "ledger/Genesis.h"

namespace careledger::services {

// A private key file: PKCS#8 sealed with AES-256-GCM under scrypt(passphrase). Text:
//   careledger-sealed-key-v1
//   scrypt$N$r$p$<salt base64>
//   <base64 of nonce || ciphertext || tag>     (AAD: the first two lines, with their \n)
ServiceResult<QByteArray> sealKeyFile(const core::EcPrivateKey &key, const QString &passphrase, quint64 kdfCost = 1u << 15);
ServiceResult<core::EcPrivateKey> openKeyFile(const QByteArray &file, const QString &passphrase);

// A genesis file: the genesis encoding and its signed header. Text:
//   careledger-genesis-v1
//   <base64 genesis encoding>
//   <base64 genesis header encoding>
struct GenesisFile {
    ledger::Genesis genesis;
    ledger::BlockHeader header;
};
QByteArray encodeGenesisFile(const GenesisFile &file);
ServiceResult<GenesisFile> decodeGenesisFile(const QByteArray &bytes); // checks the authority's signature

// Validators are also members (a validating workstation is a clinic too); member ids are
// the first 16 bytes of each key id. Consensus parameters other than the two given keep
// their defaults.
ServiceResult<GenesisFile> makeGenesis(const core::EcPrivateKey &authority, const QList<QByteArray> &validatorSpkis,
                                       const QList<QByteArray> &memberSpkis, quint64 outOfTurnDelayMs, quint64 powBits,
                                       const QDateTime &now);

// Like Workstation::initialize, but joins the consortium of `genesis` with `nodeKey`
// (which must be a member) instead of founding a single-workstation one.
ServiceStatus initializeJoining(const QString &dataDir, const QString &username, const QString &displayName, const QString &password,
                                const GenesisFile &genesis, const core::EcPrivateKey &nodeKey, WorkstationOptions options = {});

} // namespace careledger::services
