"""The one exception hierarchy. Library code raises these; only the CLI turns
them into messages and exit codes."""


class PipelineError(Exception):
    """Base class. ``hint`` tells the user what to do next."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


class ConfigError(PipelineError):
    """Bad config file or bad command-line usage (exit code 2)."""

    exit_code = 2

    def __init__(self, message: str, errors: list[str] | None = None, hint: str | None = None):
        super().__init__(message, hint)
        self.errors = errors or []


class LockedError(PipelineError):
    """Another run holds the output folder's lock (exit code 3)."""

    exit_code = 3


class InputError(PipelineError):
    """An input file cannot be used. Raised per file and recorded as a rejection."""


class EngineError(PipelineError):
    """A translation engine is missing, misconfigured or failed."""


class StageError(PipelineError):
    """A stage failed as a whole (exit code 1)."""


class FaultError(PipelineError):
    """The machine, not the input, stopped the run: disk full, read-only or
    vanished output folder, locked or unusable state database, missing corpus
    folder. The message names the path and ``hint`` says what to do; the CLI
    prints both on one line (exit code 1). Outputs of earlier runs are intact
    and the next run resumes from what this one committed."""


class Interrupted(BaseException):
    """SIGTERM (or SIGINT) received. A BaseException, like KeyboardInterrupt,
    so that no ``except Exception`` in a stage swallows it."""

    def __init__(self, signame: str):
        super().__init__(signame)
        self.signame = signame
