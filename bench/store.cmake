# careledger-bench-store: encrypted versus unkeyed store operations, one JSON object on stdout.
add_executable(careledger-bench-store ${CMAKE_CURRENT_LIST_DIR}/bench_store.cpp)
careledger_target_defaults(careledger-bench-store)
target_link_libraries(careledger-bench-store PRIVATE careledger_core Qt6::Core)
