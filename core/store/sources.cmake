list(APPEND CARELEDGER_CORE_SOURCES
    store/StoreError.h
    store/Database.h store/Database.cpp
    store/KeySlots.h store/KeySlots.cpp
    store/WorkstationStore.cpp
    store/Schema.cpp)
