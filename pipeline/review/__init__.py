"""The review site: static pages reviewers open from disk (``OUTPUT/review/``).

``write_review`` is called by the export stage; ``files`` lists what it writes.
See ``pipeline/review/site.py`` for the pages and README "Review site" for the
security model.
"""

from pipeline.review.site import VERSION, Builder, files, index_path, write_review

__all__ = ["VERSION", "Builder", "files", "index_path", "write_review"]
