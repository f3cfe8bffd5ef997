"""The Genesys Cloud status page: its summary as typed values and what it means for the user."""
