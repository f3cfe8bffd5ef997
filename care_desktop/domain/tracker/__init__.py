"""Filed cases: their states, deadlines, reminders and the follow-up evidence that goes with them."""
