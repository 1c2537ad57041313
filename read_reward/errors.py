"""Errors that the CLI turns into exit codes."""


class InputError(ValueError):
    """Bad user input (file, option, config). The message is one line naming the problem and the fix.

    The CLI prints it and exits with code 2.
    """
