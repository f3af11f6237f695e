# Encrypted store tests (core/store).
