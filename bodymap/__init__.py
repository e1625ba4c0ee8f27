"""bodymap: a posterior upper-back and shoulder map for documenting trigger point procedures."""

__version__ = "0.1.0"
