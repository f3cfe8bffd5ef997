"""Building the case package on disk: the writer, the child process, the parallel redaction helper, case export."""
