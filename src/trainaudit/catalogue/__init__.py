"""Rights holders' catalogues of works: identifiers and matching against summaries."""
