"""Benchmarks: extraction accuracy and speed."""
