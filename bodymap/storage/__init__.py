"""Session files: format and schema, strict reading, atomic saving, locks and recovery.

Pure Python (no Qt). See docs/adr/0001-file-format.md.
"""

from bodymap.storage.canonical import (
    UNSIGNED_BLOCKS,
    canonical_content,
    content_sha256,
    content_value,
    pruned_json,
)
from bodymap.storage.errors import LockedError, SaveError, SessionFileError
from bodymap.storage.files import (
    FileStamp,
    Lock,
    acquire_lock,
    changed_since,
    cleanup_temp_files,
    lock_path,
    pid_alive,
    stamp,
)
from bodymap.storage.format import (
    DIAGRAM_BOUNDS,
    FORMAT,
    FORMAT_VERSION,
    SUFFIX,
    SessionFile,
    session_json_schema,
)
from bodymap.storage.io import (
    MAX_FILE_BYTES,
    atomic_write,
    dumps_session,
    load_session,
    save_session,
)
from bodymap.storage.parsing import MAX_DEPTH, parse_session
from bodymap.storage.recovery import (
    RecoveryInfo,
    list_recoveries,
    load_recovery,
    recovery_dir,
    remove_recovery,
    user_data_dir,
    write_recovery,
)

__all__ = [
    "DIAGRAM_BOUNDS",
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "SUFFIX",
    "UNSIGNED_BLOCKS",
    "FileStamp",
    "Lock",
    "LockedError",
    "RecoveryInfo",
    "SaveError",
    "SessionFile",
    "SessionFileError",
    "acquire_lock",
    "atomic_write",
    "canonical_content",
    "changed_since",
    "cleanup_temp_files",
    "content_sha256",
    "content_value",
    "dumps_session",
    "list_recoveries",
    "load_recovery",
    "load_session",
    "lock_path",
    "parse_session",
    "pid_alive",
    "pruned_json",
    "recovery_dir",
    "remove_recovery",
    "save_session",
    "session_json_schema",
    "stamp",
    "user_data_dir",
    "write_recovery",
]
