"""The reference documentation of the bundle: templates, style sheet and script, and the modules that
turn the bundle into what the templates show.

* :mod:`generator.docs.model` reads the bundle into view objects (operations, fields, enums, ...);
* :mod:`generator.docs.snippets` writes the Python and curl example of each operation;
* :mod:`generator.docs.text` renders the spec's Markdown descriptions and JSON examples as HTML;
* :mod:`generator.docs.search` builds the client-side search index.

The step that writes the pages is :mod:`generator.docs.render_docs`.
"""
