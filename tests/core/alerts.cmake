# Alert engine and chart downsampling (core/alerts), one executable per unit of behaviour.
foreach(unit news2 alert_rules alarm_tracker downsample)
    careledger_add_test(tst_${unit}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${unit}.cpp
        LIBS careledger_core
        LABELS engine)
endforeach()
