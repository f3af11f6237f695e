# Clinical domain tests (core/clinical): records, MRNs, the access matrix, the FHIR export
# and the EHRGuard dataset parser. Pure code: no store, fast.
foreach(test IN ITEMS clinical_records clinical_mrn access_policy fhir_bundle ehrguard_table)
    careledger_add_test(tst_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${test}.cpp
        LIBS careledger_core
        LABELS engine)
endforeach()
