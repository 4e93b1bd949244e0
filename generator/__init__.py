"""Generator of a searchable MkDocs archive of Vietnamese Party-congress news."""

__version__ = "0.2.0"
