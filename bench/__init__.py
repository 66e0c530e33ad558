"""Load tests and start-up figures for Rouge Quiz (see README.md, "Benchmarks")."""
