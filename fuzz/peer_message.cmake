# libFuzzer target for the peer wire codec and frame reader (ledger/net/PeerMessage), with
# the ledger decoders it hands headers, block bodies and transactions to.
foreach(lib careledger_ledger careledger_net)
    target_compile_options(${lib} PRIVATE ${fuzz_flags})
endforeach()
add_executable(fuzz_peer_message ${CMAKE_CURRENT_LIST_DIR}/fuzz_peer_message.cpp)
careledger_target_defaults(fuzz_peer_message)
target_compile_options(fuzz_peer_message PRIVATE ${fuzz_flags})
target_link_options(fuzz_peer_message PRIVATE -fsanitize=fuzzer,${CARELEDGER_FUZZ_SANITIZERS})
target_link_libraries(fuzz_peer_message PRIVATE careledger_net)
