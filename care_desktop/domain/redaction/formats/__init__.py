"""Configuration formats redacted by structure: one module per format, the shared slot model and the engine."""
