#pragma once

#include "Result.h"

namespace careledger::ledger {

// Why the ledger refused something. Messages name the block height/hash or tx id involved.
enum class LedgerError {
    Malformed,          // bytes that are not a well-formed encoding of the expected structure
    NonCanonical,       // well-formed but not the single canonical encoding
    TooLarge,           // over a size or count cap
    WrongChain,         // chain id or genesis of another consortium
    UnknownSigner,      // key id that is not the authority, a member, a validator or a user key
    BadSignature,       // signature does not verify
    NotAuthorised,      // signer may not issue this kind of transaction or seal this block
    BadSequence,        // replayed, reused or skipped per-signer sequence
    BadTimestamp,       // outside the allowed window, in the future or not after the parent
    BadHeight,          // height is not parent height + 1
    BadParent,          // previous hash does not match
    BadMerkleRoot,      // header root does not match the transactions
    ConsensusViolation, // out-of-turn too early, sealing too often, wrong weight, missing work
    InvalidState,       // the transaction contradicts the chain state (e.g. admitting a member twice)
    Duplicate,          // already known
    MempoolFull,        // the mempool cap is reached
    UnknownParent,      // the block does not connect to any stored block
    NotFound,           // no such block, transaction or record
    Storage,            // the encrypted store failed
    Cancelled,          // the caller asked to stop
};

template <typename T>
using LedgerResult = core::Result<T, LedgerError>;
using LedgerStatus = core::Result<void, LedgerError>;

} // namespace careledger::ledger
