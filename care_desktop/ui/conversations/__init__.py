"""Checking the case's conversations in Genesys Cloud: the dialog and the results shown on the Conversation IDs step."""
