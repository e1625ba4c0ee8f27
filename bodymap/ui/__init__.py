"""Widgets of the bodymap desktop application."""

from bodymap.ui.main_window import MainWindow

__all__ = ["MainWindow"]
