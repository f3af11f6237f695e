# Store benchmark (core/store).
