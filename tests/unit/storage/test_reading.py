"""Reading hostile or broken files: always a SessionFileError that says what and where."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap import storage
from bodymap.model import Session
from bodymap.storage import parsing
from tests.unit.storage.conftest import DATA, make_session

SECRET = "Zelda Secretname"


def write(tmp_path: Path, data: bytes | str, name: str = "s.bodymap.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def valid_dict(session: Session | None = None) -> dict[str, object]:
    raw = storage.dumps_session(session or make_session(name=SECRET)).decode("utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


def assert_refused(path: Path, *fragments: str) -> str:
    with pytest.raises(storage.SessionFileError) as info:
        storage.load_session(path)
    message = str(info.value)
    assert SECRET not in message
    assert "Traceback" not in message
    for fragment in fragments:
        assert fragment in message
    return message


def mutate(tmp_path: Path, change: object) -> Path:
    data = valid_dict()
    change(data)  # type: ignore[operator]
    return write(tmp_path, json.dumps(data))


def test_a_saved_session_loads_back_equal(tmp_path: Path, session: Session) -> None:
    path = tmp_path / "a.bodymap.json"
    storage.save_session(session, path)
    assert storage.load_session(path) == session


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"format": "bodymap.session", "format_v', "ends too early"),
        (b"hello, world", "invalid JSON at line 1, column 1"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b'{"a": "\xff\xfe"}', "not valid UTF-8"),
        (b'{"format": 1, "format": 2}', "appears twice"),
        (b"[1, 2, 3]", "not an object"),
        (b'{"x": NaN}', "NaN is not a valid number"),
        (b'{"x": Infinity}', "Infinity is not a valid number"),
        (b"[" * 5000 + b"]" * 5000, "nested deeper"),
        (b'{"format": "something.else"}', "not a bodymap session file"),
    ],
)
def test_broken_content_is_refused_with_a_clear_reason(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    assert_refused(write(tmp_path, content), expected)


def test_utf8_bom_is_accepted(tmp_path: Path, session: Session) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + storage.dumps_session(session))
    assert storage.load_session(path) == session


def test_syntax_errors_give_line_and_column(tmp_path: Path) -> None:
    text = storage.dumps_session(make_session()).decode("utf-8").replace('"side": "left"', "side")
    message = assert_refused(write(tmp_path, text), "line ", "column ")
    line = int(message.split("line ")[1].split(",")[0])
    assert text.splitlines()[line - 1].strip().startswith("side")


@pytest.mark.parametrize(
    ("change", "where", "what"),
    [
        (lambda d: d["session"]["points"][1].update(x="left"), "session.points[1].x", "wrong type"),
        (lambda d: d["session"]["points"][0].pop("muscle"), "session.points[0].muscle", "missing"),
        (
            lambda d: d["session"]["points"][2].update(colour="red"),
            "points[2].colour",
            "not a known",
        ),
        (lambda d: d.update(extra=1), "extra", "not a known field"),
        (lambda d: d["session"]["patient"].update(weight_kg=-3), "patient.weight_kg", "range"),
        (
            lambda d: d["session"]["points"][0]["findings"].update(pain_before=11),
            "pain_before",
            "range",
        ),
        (
            lambda d: d["session"]["points"][0].update(muscle="biceps"),
            "points[0].muscle",
            "not allowed",
        ),
        (
            lambda d: d["session"]["points"][0]["treatment"].update(kind="laser"),
            "treatment",
            "kind",
        ),
    ],
)
def test_invalid_fields_are_named_by_their_json_path(
    tmp_path: Path, change: object, where: str, what: str
) -> None:
    assert_refused(mutate(tmp_path, change), where, what)


def test_coordinates_outside_the_diagram_are_refused(tmp_path: Path) -> None:
    width, _height = storage.DIAGRAM_BOUNDS["posterior-upper-back"]
    path = mutate(tmp_path, lambda d: d["session"]["points"][1].update(x=width + 5))
    assert_refused(path, "points[1]", "outside the diagram")
    path = mutate(tmp_path, lambda d: d["session"]["points"][0].update(y=-1))
    assert_refused(path, "points[0]", "outside the diagram")


def test_unknown_diagram_is_refused(tmp_path: Path) -> None:
    path = mutate(tmp_path, lambda d: d["session"]["diagram"].update(id="anterior-view"))
    assert_refused(path, "diagram")


def test_future_major_version_is_refused_naming_it(tmp_path: Path) -> None:
    path = mutate(tmp_path, lambda d: d.update(format_version="2.0"))
    assert_refused(path, "newer bodymap", "format 2.0", "up to 1.x")


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.bodymap.json"
    with path.open("wb") as handle:
        handle.write(b'{"pad": "')
        handle.seek(storage.MAX_FILE_BYTES + 10)
        handle.write(b'"}')
    assert_refused(path, "larger than")


def test_directory_missing_file_and_no_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_refused(tmp_path, "folder")
    assert_refused(tmp_path / "nope.bodymap.json", "does not exist")
    path = write(tmp_path, storage.dumps_session(make_session()))
    if os.geteuid() != 0:
        path.chmod(0)
        assert_refused(path, "permission denied")
        path.chmod(0o600)

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    assert_refused(path, "permission denied")


def test_messages_never_echo_file_content(tmp_path: Path) -> None:
    path = mutate(tmp_path, lambda d: d["session"]["patient"].update(name=123))
    message = assert_refused(path, "patient.name")
    assert "123" not in message


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_else(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "fuzz.bodymap.json")
    try:
        result = storage.load_session(path)
    except storage.SessionFileError:
        return
    assert isinstance(result, Session)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    json_value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: st.lists(children) | st.dictionaries(st.text(), children),
        max_leaves=30,
    )
)
def test_arbitrary_json_never_raises_anything_else(tmp_path: Path, json_value: object) -> None:
    path = write(
        tmp_path,
        json.dumps({"format": "bodymap.session", "format_version": "1.0", "session": json_value}),
        "fuzz.bodymap.json",
    )
    with pytest.raises(storage.SessionFileError):
        storage.load_session(path)


@pytest.mark.parametrize("golden", sorted(DATA.glob("v*.bodymap.json")), ids=lambda p: p.name)
def test_every_golden_file_loads_and_round_trips(tmp_path: Path, golden: Path) -> None:
    session = storage.load_session(golden)
    again = tmp_path / "again.bodymap.json"
    storage.save_session(session, again)
    assert storage.load_session(again) == session


def test_prerelease_format_is_upgraded_to_the_same_session() -> None:
    old = storage.load_session(DATA / "v0_9_prerelease.bodymap.json")
    assert old == storage.load_session(DATA / "v1_0_example.bodymap.json")
    assert old.points[0].x > 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "bodymap.session", "n": ' + b"9" * 5000 + b"}", "more than 30 digits"),
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        (b'{"session": {"points": [{"x": 1, "x": 2}]}}', "session.points[0]: 'x' appears twice"),
        (b'{"Zelda Secretname": 1, "Zelda Secretname": 2}', "not a field name"),
    ],
)
def test_more_hostile_content_is_refused_safely(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    assert_refused(write(tmp_path, content), expected)


def test_overflowing_number_is_not_a_finite_coordinate(tmp_path: Path) -> None:
    text = json.dumps(valid_dict()).replace('"x": 210.0', '"x": 1e999', 1)
    assert_refused(write(tmp_path, text), "session.points[0].x", "finite")


@pytest.mark.parametrize("key", [SECRET, "ZeldaSecretname", "SECRETNAME"])
def test_unknown_key_that_is_not_a_field_name_is_masked(tmp_path: Path, key: str) -> None:
    path = mutate(tmp_path, lambda d: d["session"]["patient"].update({key: True}))
    assert_refused(path, "session.patient.<key> is not a known field")
    with pytest.raises(storage.SessionFileError) as caught:
        storage.load_session(path)
    assert key not in str(caught.value)


def test_a_mistyped_field_name_is_named(tmp_path: Path) -> None:
    path = mutate(tmp_path, lambda d: d["session"]["patient"].update(wieght_kg=70))
    assert_refused(path, "session.patient.wieght_kg is not a known field")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    notes = "[" * (storage.MAX_DEPTH + 10)
    session = make_session(1)
    session = session.model_copy(
        update={"points": [session.points[0].model_copy(update={"notes": notes})]}
    )
    path = write(tmp_path, storage.dumps_session(session))
    assert storage.load_session(path).points[0].notes == notes


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.bodymap.json"
    os.mkfifo(fifo)
    assert_refused(fifo, "not a regular file")


def test_newer_minor_version_is_read_while_unknown_keys_still_fail(tmp_path: Path) -> None:
    assert storage.load_session(mutate(tmp_path, lambda d: d.update(format_version="1.4")))
    path = mutate(tmp_path, lambda d: (d.update(format_version="1.4"), d.update(halo=1)))
    assert_refused(path, "halo", "not a known field")


@pytest.mark.parametrize("version", ["0.5", "one", None])
def test_unknown_old_or_malformed_version_is_refused(tmp_path: Path, version: object) -> None:
    assert_refused(mutate(tmp_path, lambda d: d.update(format_version=version)), "format")


@pytest.mark.parametrize(
    "session",
    [[1, 2], {"points": {"a": 1}}, {"points": [{"pos": "left"}]}, {"points": [7]}, "text"],
)
def test_hostile_prerelease_layouts_are_refused(tmp_path: Path, session: object) -> None:
    envelope = {"format": "bodymap.session", "format_version": "0.9", "session": session}
    assert_refused(write(tmp_path, json.dumps(envelope)))


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    points=st.lists(
        st.dictionaries(
            st.sampled_from(["pos", "muscle_id", "x", "number", "side"]),
            st.none() | st.integers() | st.text(max_size=5) | st.lists(st.floats(), max_size=3),
        ),
        max_size=4,
    )
)
def test_arbitrary_prerelease_points_never_raise_anything_else(
    tmp_path: Path, points: list[dict[str, object]]
) -> None:
    envelope = {"format": "bodymap.session", "format_version": "0.9", "session": {"points": points}}
    path = write(tmp_path, json.dumps(envelope), "fuzz.bodymap.json")
    with pytest.raises(storage.SessionFileError):
        storage.load_session(path)


def _with_duplicate(text: str, after: str, key: str) -> str:
    """``text`` with the first ``"key": ...,`` line after ``after`` written twice."""
    start = text.index(f'"{key}": ', text.index(after))
    line_start = text.rindex("\n", 0, start) + 1
    line_end = text.index("\n", start) + 1
    line = text[line_start:line_end]
    assert line.rstrip().endswith(","), "only a member followed by another can be doubled"
    return text[:line_end] + line + text[line_end:]


@pytest.mark.parametrize(
    ("after", "key", "where"),
    [
        ("{", "format_version", "(top level)"),
        ('"patient"', "name", "session.patient"),
        ('"points"', "x", "session.points[0]"),
        ('"findings"', "taut_band", "session.points[0].findings"),
        ('"treatment"', "kind", "session.points[0].treatment"),
        ('"number": 2,', "muscle", "session.points[1]"),
    ],
)
def test_a_repeated_key_in_an_otherwise_valid_file_is_refused(
    tmp_path: Path, after: str, key: str, where: str
) -> None:
    session = make_session(name=SECRET)
    text = storage.dumps_session(session).decode("utf-8")
    doubled = _with_duplicate(text, after, key)
    assert json.loads(doubled) == json.loads(text), "the same content, one key written twice"
    assert_refused(write(tmp_path, doubled), f"{where}: '{key}' appears twice")


def test_escaped_quotes_and_spaced_colons_still_load(tmp_path: Path) -> None:
    session = make_session(name='Anna "Annie" Berg')
    text = storage.dumps_session(session).decode("utf-8").replace('"notes": ', '"notes" : ')
    assert storage.load_session(write(tmp_path, text)) == session


def test_repeated_keys_are_caught_while_another_thread_parses(tmp_path: Path) -> None:
    import sys
    import threading

    from bodymap.storage import parsing

    clean = storage.dumps_session(make_session(20)).decode("utf-8")
    doubled = '{"format": "bodymap.session", "format": "bodymap.session"}'
    stop = threading.Event()

    def parse_clean() -> None:
        while not stop.is_set():
            parsing.parse_json(clean)

    other = threading.Thread(target=parse_clean)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    other.start()
    try:
        accepted = 0
        for _ in range(200):
            try:
                parsing.parse_json(doubled)
            except storage.SessionFileError:
                continue
            accepted += 1
    finally:
        stop.set()
        other.join()
        sys.setswitchinterval(interval)
    assert accepted == 0


@pytest.mark.parametrize(
    "bad_id", ["../../x", "Zelda Secretname", "", "5B0D3F5E-8A77-4C1E-9F0A-3D2C1B4A5E60"]
)
def test_a_session_id_that_is_not_a_uuid_is_refused_by_field_not_value(
    tmp_path: Path, bad_id: str
) -> None:
    path = mutate(tmp_path, lambda d: d["session"].update(id=bad_id))
    message = assert_refused(path, "session.id is not a UUID")
    assert bad_id not in message or not bad_id


@pytest.mark.parametrize(
    ("where", "field"),
    [
        (("patient", "name"), "session.patient.name"),
        (("patient", "allergies"), "session.patient.allergies"),
        (("encounter", "clinician"), "session.encounter.clinician"),
    ],
)
@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x9b", "\r"])
def test_control_characters_in_text_are_refused_naming_the_field(
    tmp_path: Path, where: tuple[str, str], field: str, char: str
) -> None:
    section, key = where
    path = mutate(tmp_path, lambda d: d["session"][section].update({key: f"ok{char}[32m ok"}))
    message = assert_refused(path, field, "control character", f"U+{ord(char):04X}")
    assert "[32m" not in message


def test_the_envelope_text_refuses_control_characters_too(tmp_path: Path) -> None:
    path = mutate(tmp_path, lambda d: d.update(app_version="1.0\x1b[32m"))
    assert_refused(path, "app_version contains a control character (U+001B)")


@pytest.mark.parametrize(
    "string",
    [
        "[" * 200_000,  # brackets deeper than the limit, inside a string
        '\\"[' * 100_000,  # escaped quotes do not end the string around them
        "\\\\" * 100_000 + "{" * 1_000,  # escaped backslashes neither
    ],
)
def test_brackets_in_a_string_are_no_nesting(string: str) -> None:
    parsing.check_depth('{"note": "' + string + '", "x": [1]}')


def test_the_line_of_too_deep_a_nesting_is_counted_past_strings_with_brackets() -> None:
    text = '{"a": "[[[\\"[[",\n"b": "{{{",\n"c": ' + "[" * 5000 + "]" * 5000 + "}"
    with pytest.raises(storage.SessionFileError, match=r"nested deeper than \d+ levels \(line 3\)"):
        parsing.check_depth(text)
