"""Target: the Python client package (openapi-python-client plus the SDK layer), with its templates,
configuration and runtime sources."""
