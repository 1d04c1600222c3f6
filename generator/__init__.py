"""Toolchain that turns the curated OpenAPI description in ``openapi/`` into ``generated/``.

Data flows one way: source spec -> :mod:`generator.core.bundle_spec` -> :mod:`generator.core.validate_spec`
-> the generator steps -> ``generated/``. Each step is one module with one job.
"""
