# careledger-bench-gateway: gateway frames decoded and authenticated per second, both
# dialects, one thread, one JSON object on stdout.
add_executable(careledger-bench-gateway ${CMAKE_CURRENT_LIST_DIR}/bench_gateway.cpp)
careledger_target_defaults(careledger-bench-gateway)
target_link_libraries(careledger-bench-gateway PRIVATE careledger_sensors)
