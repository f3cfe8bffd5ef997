"""Requests to the Genesys Cloud Platform API made with the user's own OAuth client."""
