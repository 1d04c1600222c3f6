"""Target: the Python pydantic models package (datamodel-code-generator), with its template, configuration
and runtime sources."""
