"""bodymap: a posterior upper-back and shoulder map for documenting trigger point procedures."""

import os

__version__ = "0.1.0"

# Pydantic hands every value it validates (here: sessions, with patient data) to plugins that
# any installed package may register under the "pydantic" entry point group, and looks for them
# by reading every installed package's metadata. bodymap uses no plugin and accepts none.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
