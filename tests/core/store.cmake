# Encrypted store tests (core/store): one executable per unit of behaviour.
foreach(test IN ITEMS database encryption_at_rest errors migration keyslots)
    careledger_add_test(tst_store_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_store_${test}.cpp
        LIBS careledger_core
        LABELS engine)
endforeach()
