list(APPEND CARELEDGER_CORE_SOURCES
    clinical/ClinicalRecords.h clinical/ClinicalRecords.cpp
    clinical/Mrn.h clinical/Mrn.cpp
    clinical/AccessPolicy.h clinical/AccessPolicy.cpp
    clinical/FhirBundle.h clinical/FhirBundle.cpp
    clinical/EhrGuardTable.h clinical/EhrGuardTable.cpp)
