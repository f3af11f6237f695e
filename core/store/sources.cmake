list(APPEND CARELEDGER_CORE_SOURCES
    store/StoreError.h
    store/Database.h store/Database.cpp
    store/KeySlots.h
    store/Schema.cpp)
