# Known-answer and behaviour tests for core/crypto, one executable per unit of behaviour.
# Paths are relative to this file so the list also works when included from elsewhere.
foreach(unit basics hash aead ecc ecies kdf)
    careledger_add_test(tst_crypto_${unit}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crypto_${unit}.cpp
        LIBS careledger_core
        LABELS engine)
endforeach()
