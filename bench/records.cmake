# careledger-bench-records: chart open, patient search and prescription writes at 100,000
# patients and 1,000,000 records through the services, beside the disk's commit floor;
# one JSON object on stdout. Needs the services (CARELEDGER_BUILD_APP).
if(CARELEDGER_BUILD_APP)
    add_executable(careledger-bench-records ${CMAKE_CURRENT_LIST_DIR}/bench_records.cpp)
    careledger_target_defaults(careledger-bench-records)
    target_link_libraries(careledger-bench-records PRIVATE careledger_services Qt6::Core)
endif()
