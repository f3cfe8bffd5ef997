"""The case wizard as data: its steps, which follows which and what each requires."""
