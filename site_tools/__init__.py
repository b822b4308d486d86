"""The site build's own tools, imported by scripts/ (the gen-files script, the MkDocs
hooks, serve), the tests and the benchmarks: the output caches, the KaTeX typesetter and
the list of languages. Standard library only at import, so that serve's main process
loads neither numpy nor the activations package before it starts its build workers."""
