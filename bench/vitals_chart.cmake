# careledger-bench-vitals-chart: a week of 1 Hz readings per vital sign turned into the
# Vitals tab's charts (downsampling, series fill) and rendered offscreen, one JSON object
# on stdout. Needs the widgets library.
if(TARGET careledger_ui)
    add_executable(careledger-bench-vitals-chart ${CMAKE_CURRENT_LIST_DIR}/bench_vitals_chart.cpp)
    careledger_target_defaults(careledger-bench-vitals-chart)
    target_link_libraries(careledger-bench-vitals-chart PRIVATE careledger_ui Qt6::Widgets) # Charts comes with careledger_ui
endif()
