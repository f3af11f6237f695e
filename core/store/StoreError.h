#pragma once

#include "Result.h"

namespace careledger::core {

enum class StoreError {
    NotFound,       // no such file, row or slot
    AlreadyExists,  // refusing to overwrite an existing store or slot
    WrongPassword,  // a key slot did not open with this password
    WrongKey,       // the database key does not belong to this database
    Corrupted,      // damaged pages, damaged key-slot file, failed integrity check
    NotADatabase,   // the file is not a CareLedger encrypted database at all
    ReadOnly,       // the location or file cannot be written
    DiskFull,       // no space left (or file size limit reached); nothing was changed
    Busy,           // another process holds a lock for too long
    Constraint,     // a uniqueness or foreign-key rule was violated
    SchemaTooNew,   // written by a newer CareLedger; refusing to touch it
    Io,             // other operating-system I/O error
    Internal,       // misuse or an unexpected SQLite error
};

template <typename T>
using StoreResult = Result<T, StoreError>;
using StoreStatus = Result<void, StoreError>;

} // namespace careledger::core
