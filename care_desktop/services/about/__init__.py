"""What the About window shows about this installation: the version and the licences of what it ships."""
