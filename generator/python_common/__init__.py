"""What both Python targets share: the Python view of the bundle, the distribution files, the template forks
and the runtime sources (``runtime/``) copied unchanged into both packages."""
