"""Conversations checked in the organization: the analytics details as a summary, evidence clocks, SIP text."""
