"""The render stage: the lineage graph and comparisons as JSON, CSV, tables, Graphviz and HTML.

Every function is pure: it returns a value or writes to the stream it is given;
the same graph always renders to the same bytes.
"""
