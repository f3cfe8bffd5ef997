"""The case wizard's pages: one module per step, each a thin view of the draft."""
