"""The core every target reads: load the split source, bundle it, check it, build the API model; the tool runner."""
