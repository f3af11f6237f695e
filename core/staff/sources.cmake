list(APPEND CARELEDGER_CORE_SOURCES
    staff/PasswordPolicy.h staff/PasswordPolicy.cpp
    staff/LoginThrottle.h staff/LoginThrottle.cpp
    staff/StaffDirectory.h staff/StaffDirectory.cpp)
