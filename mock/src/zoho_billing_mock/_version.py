"""The distribution's version: the spec's ``info.version``, given to it at build time (see hatch_build.py)."""

from importlib.metadata import version

__version__ = version("zoho-billing-mock")
