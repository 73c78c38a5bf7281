"""Errors a user can fix; their message says how."""


class UserError(ValueError):
    """Bad input: the message names the problem and the fix."""
