# careledger-bench-vitals: sustained ingest through the workstation (gateway pipeline,
# alarms, encrypted batches, anchors) and the alarm latency from a pty, one JSON object on
# stdout.
if(TARGET careledger_services)
    add_executable(careledger-bench-vitals ${CMAKE_CURRENT_LIST_DIR}/bench_vitals.cpp)
    careledger_target_defaults(careledger-bench-vitals)
    target_link_libraries(careledger-bench-vitals PRIVATE careledger_services careledger_sensors)
endif()
