list(APPEND CARELEDGER_CORE_SOURCES
    crypto/SecureBytes.h crypto/SecureBytes.cpp
    crypto/Crypto.h
    crypto/OpenSslHandles.h
    crypto/Hash.cpp
    crypto/Aead.cpp
    crypto/EcKeys.cpp
    crypto/PasswordKdf.cpp
    crypto/X509.h crypto/X509.cpp)
