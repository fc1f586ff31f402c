"""The interviewer's one error tree. Every message says what to do next.

InterviewerError
├── ConfigError                 a setting or catalog entry is wrong
├── ModelError
│   ├── UnknownModel            name not in the catalog
│   ├── ModelNotInstalled       the GGUF is not in the models folder yet
│   ├── ChecksumMismatch        a file's sha256 is not the catalog's
│   └── FetchError              no source could deliver the file
│       └── SourceFailed        one source could not (the next one is tried)
├── EngineError
│   ├── EngineBusy              the queue in front of the model is full
│   ├── EngineUnavailable       the worker is not running (starting, crashed, closed)
│   │   └── EngineLoading       the model is still loading: try again in a few seconds
│   ├── GenerationTimeout       a generation ran past its wall-clock limit
│   ├── GenerationTruncated     a generation hit its token limit before finishing
│   ├── PromptTooLong           the prompt cannot fit the context window
│   └── WorkerCrashed           the worker process died during a generation
├── GrammarError                a schema could not be compiled into a constraint
└── RequestError                a request the interviewer cannot carry out as asked
    ├── Conflict                the record is not in a state that allows it
    │   ├── StaleInterview      it changed since it was read (another tab, a retry)
    │   ├── Incomplete          a required item of the checklist is still open
    │   └── EmailTaken          an account with this e-mail exists
    ├── Forbidden               not for this caller (an employer account without invitation)
    ├── Unprocessable           well-formed, but not acceptable (a reused retry key)
    └── TooManyRequests         over a rate limit; ``retry_after`` says when to come back

The web layer maps each branch to an HTTP answer in one place (``server.web.errors``).
"""

from __future__ import annotations


class InterviewerError(Exception):
    """Base class of every error the interviewer raises on purpose."""


class ConfigError(InterviewerError):
    pass


class ModelError(InterviewerError):
    pass


class UnknownModel(ModelError):
    pass


class ModelNotInstalled(ModelError):
    pass


class ChecksumMismatch(ModelError):
    pass


class FetchError(ModelError):
    pass


class SourceFailed(FetchError):
    """The message is the one-line reason, shown in the list of every source's failure."""


class EngineError(InterviewerError):
    pass


class EngineBusy(EngineError):
    """The model's queue will not take the request; ``retry_after``: seconds until it
    likely would."""

    def __init__(self, message: str, retry_after: int = 5) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EngineUnavailable(EngineError):
    pass


class EngineLoading(EngineUnavailable):
    pass


class GenerationTimeout(EngineError):
    pass


class GenerationTruncated(EngineError):
    def __init__(self, message: str, partial_text: str = "") -> None:
        super().__init__(message)
        self.partial_text = partial_text


class PromptTooLong(EngineError):
    pass


class WorkerCrashed(EngineError):
    pass


class GrammarError(InterviewerError):
    pass


class RequestError(InterviewerError):
    pass


class Conflict(RequestError):
    pass


class StaleInterview(Conflict):
    pass


class Incomplete(Conflict):
    pass


class EmailTaken(Conflict):
    pass


class Forbidden(RequestError):
    pass


class Unprocessable(RequestError):
    pass


class TooManyRequests(RequestError):
    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
