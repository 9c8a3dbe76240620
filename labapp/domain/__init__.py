"""The lab's domain: plain Python objects and rules, no Qt, no database.

Import-linter (see pyproject.toml) keeps this package free of third-party
imports so that every rule here can be tested and reasoned about on its own.
"""
