"""The site build's side of the generator, used by the MkDocs plugin: generated pages'
ready HTML passed through unparsed, pages rendered on every core, released as they are
written, and a build that renders again only what changed since the last one."""
