"""Load tests and start-up figures for Rouge Quiz: how to run them and their figures in bench/RESULTS.md."""
