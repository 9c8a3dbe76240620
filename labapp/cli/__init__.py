"""The `labapp` command line."""
