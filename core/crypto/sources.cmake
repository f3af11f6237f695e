list(APPEND CARELEDGER_CORE_SOURCES
    crypto/SecureBytes.h crypto/SecureBytes.cpp
    crypto/Crypto.h)
