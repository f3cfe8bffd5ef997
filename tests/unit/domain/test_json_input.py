"""JSON from outside: what Python's decoder cannot take is a JSONDecodeError with a reason and a line."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from care_desktop.domain.json_input import loads


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        ('{\n"n": 1' + "0" * 5000 + "}", "a number longer than 4,300 digits", 2),
        ("\n\n" + "[" * 100_000 + "]" * 100_000, "values nested too deeply", 3),
        ('{"a": }', "Expecting value", 1),
    ],
)
def test_every_failure_is_a_decode_error_with_a_reason_and_a_line(text, reason, line):
    with pytest.raises(json.JSONDecodeError) as caught:
        loads(text)
    assert caught.value.msg == reason
    assert caught.value.lineno == line


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), lambda inner: st.lists(inner)))
def test_what_python_reads_is_read_the_same(value):
    text = json.dumps(value)
    assert loads(text) == json.loads(text)
