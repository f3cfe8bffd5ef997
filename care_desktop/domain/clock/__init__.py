"""Response clocks: business hours, first-response targets and the deadlines counted in them."""
