"""EditRefused: an edit the document did not make, with the reason for the user."""


class EditRefused(Exception):
    """An edit the document did not make; ``str(error)`` tells the user why."""
