"""Errors a user can fix; their message says how. Each interface maps them to its own form
(an HTTP status, a message in the UI, an exit code)."""


class UserError(ValueError):
    """Bad input: the message names the problem and the fix."""


class NotFound(UserError):
    """The thing asked for does not exist (an unknown document id)."""


class Rejected(UserError):
    """Well-formed input that yields nothing usable (no file could be indexed)."""
