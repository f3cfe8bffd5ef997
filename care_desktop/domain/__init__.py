"""Pure rules and data of Care Desktop: the case model, identifiers, severity, the wizard flow and checks.

Nothing in this package performs I/O, reads the clock or imports Qt; callers pass in what it needs.
"""
