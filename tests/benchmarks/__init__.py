"""Benchmarks of Verkosto at scale (issue 6): see tests/benchmarks/__main__.py."""
