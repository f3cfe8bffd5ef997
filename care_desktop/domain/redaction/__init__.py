"""What is secret and how it is replaced: the rule table, HTTP values, JSON structure, text, the report."""
