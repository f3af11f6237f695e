# careledger-bench-charts: chart downsampling of a week of 1 Hz readings and alert-rule
# evaluation rates, one JSON object on stdout.
add_executable(careledger-bench-charts ${CMAKE_CURRENT_LIST_DIR}/bench_charts.cpp)
careledger_target_defaults(careledger-bench-charts)
target_link_libraries(careledger-bench-charts PRIVATE careledger_core Qt6::Core)
