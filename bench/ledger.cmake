# careledger-bench-ledger: chain engine throughput (signing, sealing, full verification beside
# the raw ECDSA P-256 verify rate) and verification memory, one JSON object on stdout.
add_executable(careledger-bench-ledger ${CMAKE_CURRENT_LIST_DIR}/bench_ledger.cpp)
careledger_target_defaults(careledger-bench-ledger)
target_link_libraries(careledger-bench-ledger PRIVATE careledger_ledger Qt6::Core)
