"""Tooling behind tasks.py: running Pelican, writing new posts, auditing the output."""
