"""The desktop window (PySide6 Qt Widgets): bench, review and trends.

Only this package imports Qt. Pages call the services that `labapp.bootstrap.Lab`
builds, through `tasks.TaskRunner` so that the database and the phones are never
waited for on the GUI thread.
"""
