"""Input and output of Care Desktop without Qt: the store, files, resources and paths.

Services are synchronous; long work reports progress through a callback and honours a cancel flag.
Only ``care_desktop.domain`` is imported from the project.
"""
