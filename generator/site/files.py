"""The site's files, with the pages the plugin renders itself kept out of MkDocs' own loops."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mkdocs.structure.files import File, Files, InclusionLevel


class SiteFiles(Files):
    """MkDocs' Files, whose ``documentation_pages`` leaves out the pages in ``apart``.

    MkDocs reads, renders and writes every documentation page in two loops over
    ``documentation_pages()``; the pages the plugin renders on every core (or keeps from the
    last build) are taken out of those loops by being left out of that list while they run.
    They stay files of the site: links to them resolve, and ``all_pages`` lists them for what
    needs every page (the sitemap)."""

    def __init__(self, files: Files) -> None:
        super().__init__(list(files))
        self.apart: set[str] = set()
        self._every: Sequence[File] | None = None

    def documentation_pages(
        self, *, inclusion: Callable[[InclusionLevel], bool] = InclusionLevel.is_included
    ) -> Sequence[File]:
        pages = super().documentation_pages(inclusion=inclusion)
        if not self.apart:
            return pages
        return [file for file in pages if file.src_uri not in self.apart]

    def all_pages(self) -> Sequence[File]:
        """Every documentation page of the site, those apart included (computed once: the
        files do not change once pages are rendered)."""
        if self._every is None:
            self._every = super().documentation_pages()
        return self._every
