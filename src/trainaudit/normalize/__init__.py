"""Normalisers: dates, sizes, domains, crawler names and dataset entries."""
