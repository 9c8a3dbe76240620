"""Use cases of the lab: what a technician, auditor or manager can do.

Services speak to storage only through the ports in `ports.py` and return
frozen view objects (`views.py`), never database rows.
"""
