"""Session files: format and schema, strict reading, atomic saving, locks and recovery.

Pure Python (no Qt). See docs/adr/0001-file-format.md.
"""

from bodymap.storage.atomic import atomic_write, create_temp, discard_temp, replace_with_temp
from bodymap.storage.canonical import (
    UNSIGNED_BLOCKS,
    canonical_content,
    canonical_value,
    content_sha256,
    content_value,
    pruned_json,
)
from bodymap.storage.errors import LockedError, SaveError, SessionFileError
from bodymap.storage.files import (
    FileStamp,
    Lock,
    acquire_lock,
    change_reason,
    changed_since,
    lock_path,
    stamp,
    take_over_lock,
)
from bodymap.storage.format import (
    DIAGRAM_BOUNDS,
    FORMAT,
    FORMAT_VERSION,
    SUFFIX,
    SessionFile,
    session_json_schema,
)
from bodymap.storage.parsing import MAX_DEPTH, parse_session, validation_message
from bodymap.storage.private import create_private_file, private_folder, tighten_file
from bodymap.storage.reading import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    NotRegularFileError,
    load_session,
    read_regular,
)
from bodymap.storage.recovery import (
    DATA_ENV,
    RecoveryInfo,
    data_dir,
    list_recoveries,
    load_recovery,
    recovery_dir,
    recovery_name,
    remove_recovery,
    write_recovery,
)
from bodymap.storage.temps import cleanup_folders, cleanup_temp_files, pid_alive
from bodymap.storage.writing import dumps_session, save_session

__all__ = [
    "DATA_ENV",
    "DIAGRAM_BOUNDS",
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "SUFFIX",
    "UNSIGNED_BLOCKS",
    "FileStamp",
    "FileTooLargeError",
    "Lock",
    "LockedError",
    "NotRegularFileError",
    "RecoveryInfo",
    "SaveError",
    "SessionFile",
    "SessionFileError",
    "acquire_lock",
    "atomic_write",
    "canonical_content",
    "canonical_value",
    "change_reason",
    "changed_since",
    "cleanup_folders",
    "cleanup_temp_files",
    "content_sha256",
    "content_value",
    "create_private_file",
    "create_temp",
    "data_dir",
    "discard_temp",
    "dumps_session",
    "list_recoveries",
    "load_recovery",
    "load_session",
    "lock_path",
    "parse_session",
    "pid_alive",
    "private_folder",
    "pruned_json",
    "read_regular",
    "recovery_dir",
    "recovery_name",
    "remove_recovery",
    "replace_with_temp",
    "save_session",
    "session_json_schema",
    "stamp",
    "take_over_lock",
    "tighten_file",
    "validation_message",
    "write_recovery",
]
