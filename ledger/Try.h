#pragma once

// Internal to the ledger's .cpp files: unwraps a Result or returns its error.
#define LEDGER_TRY(var, expr)                                                                                          \
    auto var##Result = (expr);                                                                                         \
    if (!var##Result)                                                                                                  \
        return var##Result.error();                                                                                    \
    auto var = std::move(var##Result).value()

#define LEDGER_CHECK(expr)                                                                                             \
    do {                                                                                                               \
        if (auto ledgerCheck_ = (expr); !ledgerCheck_)                                                                 \
            return ledgerCheck_.error();                                                                               \
    } while (false)
