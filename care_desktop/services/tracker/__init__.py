"""The tracker's records in the store and the evidence added to a filed case."""
