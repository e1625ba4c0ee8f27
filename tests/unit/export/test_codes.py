"""The export's code table: a row for every muscle, only cited codes, none made up."""

from __future__ import annotations

import json
import typing
from importlib import resources

import pytest

from bodymap.export import codes
from bodymap.model import MuscleId

# The SNOMED CT concepts the issue lists, each checked against DICOM PS3.16 CID 6116 / CID 244.
CITED = {
    "upper_trapezius": "31764008",
    "middle_trapezius": "31764008",
    "lower_trapezius": "31764008",
    "supraspinatus": "6423006",
    "infraspinatus": "72573008",
    "teres_major": "1193009",
    "teres_minor": "51159009",
    "latissimus_dorsi": "15665001",
    "posterior_deltoid": "35259002",
    "middle_deltoid": "35259002",
    "thoracic_paraspinals": "44947003",
}


def _raw() -> dict[str, typing.Any]:
    text = resources.files("bodymap.export").joinpath("codes.json").read_text(encoding="utf-8")
    data: dict[str, typing.Any] = json.loads(text)
    return data


def test_every_muscle_id_has_a_row() -> None:
    table = codes.load_table()
    missing = set(typing.get_args(MuscleId)) - set(table.muscles)
    assert not missing, f"muscles without a row in bodymap/export/codes.json: {sorted(missing)}"


def test_the_three_new_muscles_have_rows() -> None:
    table = codes.load_table()
    assert {"middle_deltoid", "sternocleidomastoid", "triceps_long_head"} <= set(table.muscles)
    # Triceps brachii has no concept in a cited table: text only, never a made-up code.
    assert table.muscle("triceps_long_head").code is None


@pytest.mark.parametrize(("muscle", "code"), sorted(CITED.items()))
def test_cited_muscle_codes(muscle: str, code: str) -> None:
    coded = codes.load_table().muscle(muscle)
    assert coded.code is not None
    assert coded.code.code == code
    assert coded.code.system == "http://snomed.info/sct"


def test_parts_of_a_muscle_carry_the_parent_concept() -> None:
    table = codes.load_table()
    for part in ("upper_trapezius", "posterior_deltoid", "thoracic_paraspinals"):
        assert table.muscle(part).of == "parent"
    assert table.muscle("infraspinatus").of == "muscle"


def test_sides_and_route() -> None:
    table = codes.load_table()
    left, right = table.side("left"), table.side("right")
    assert left is not None
    assert left.code == "7771000"
    assert right is not None
    assert right.code == "24028007"
    assert table.route_intramuscular.code == "78421000"
    assert table.pain_score.code == "72514-3"
    assert table.pain_score.system == "http://loinc.org"


def test_every_code_names_a_listed_source() -> None:
    raw = _raw()
    rows = [row for row in raw["muscles"].values() if row.get("code")]
    rows += [*raw["laterality"].values(), raw["route_intramuscular"], raw["pain_score"]]
    for row in rows:
        assert row["source"] in raw["sources"], row
        assert raw["sources"][row["source"]]["url"].startswith("http")


def test_a_row_without_source_is_refused() -> None:
    raw = _raw()
    raw["muscles"]["levator_scapulae"] = {"code": "123456", "display": "x", "of": "muscle"}
    with pytest.raises(KeyError):
        codes.parse_table(raw)
    raw["muscles"]["levator_scapulae"]["source"] = "a blog"
    with pytest.raises(ValueError, match="unknown source"):
        codes.parse_table(raw)


def test_a_muscle_missing_from_the_table_is_exported_as_text_only() -> None:
    coded = codes.load_table().muscle("a_muscle_added_later")
    assert coded.code is None
    assert coded.of == "none"
