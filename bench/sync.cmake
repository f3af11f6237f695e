# careledger-bench-sync: initial sync between two peer nodes over mutual TLS on loopback,
# beside raw TLS throughput and a network-free import of the same blocks; one JSON object.
add_executable(careledger-bench-sync ${CMAKE_CURRENT_LIST_DIR}/bench_sync.cpp)
careledger_target_defaults(careledger-bench-sync)
target_link_libraries(careledger-bench-sync PRIVATE careledger_net Qt6::Core Qt6::Network)
