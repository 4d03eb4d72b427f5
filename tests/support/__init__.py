"""Code the tests, tools and benchmarks share but the program never ships: golden dumps, test data."""
