list(APPEND CARELEDGER_CORE_SOURCES
    alerts/AlertError.h alerts/AlarmPriority.h alerts/Comparison.h
    alerts/VitalSigns.h alerts/VitalSigns.cpp
    alerts/News2.h alerts/News2.cpp
    alerts/AlertOverrides.h alerts/AlertOverrides.cpp
    alerts/AlertRules.h alerts/AlertRules.cpp
    alerts/AlarmTracker.h alerts/AlarmTracker.cpp
    alerts/Downsample.h alerts/Downsample.cpp)
