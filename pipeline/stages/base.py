"""What every stage looks like to the runner."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document


class DocumentStage:
    """A stage that maps each document to a new version of itself.

    The runner caches each result under a key made of the document's content
    hash, the upstream stages' keys, ``version`` and the config values named in
    ``config_keys``; change any of them and the stage re-runs for that document.
    Stages record what they drop with ``doc.count_drop(self.name, reason)``.
    """

    name: ClassVar[str]
    version: ClassVar[str] = "1"  # bump when the stage's output changes for the same input
    config_keys: ClassVar[tuple[str, ...]] = ()

    batch_docs: ClassVar[int] = 32  # documents per process_batch call and per commit
    # whether ``remote`` does real work: the Dask executor ships such stages'
    # documents to workers; the others run ``gather`` in the runner only
    remote_work: ClassVar[bool] = True
    executor = None  # set by the runner: where engines translate fresh chunks

    def __init__(self, cfg: Config):
        self.cfg = cfg

    @classmethod
    def preflight(cls, cfg: Config) -> None:
        """Raise a PipelineError before any stage runs if this one cannot."""

    @classmethod
    def fingerprint(cls, cfg: Config) -> str:
        """Anything besides config that changes the output (e.g. installed models)."""
        return ""

    def process(self, doc: Document) -> Document:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the stage opened (database connections); called by the
        runner when the stage is done for the run."""

    def remote(self, doc: Document) -> Document:
        """The per-document part: pure (no state store, no cache writes), so an
        executor may run it in another process or on another machine."""
        return self.process(doc)

    def gather(self, docs: list[Document]) -> list[Document]:
        """The part across the batch's documents, run in the runner's process
        (batched translation through the engines and the cache)."""
        return docs

    def process_batch(self, docs: list[Document]) -> list[Document]:
        """Both parts here, one after the other."""
        return self.gather([self.remote(d) for d in docs])
