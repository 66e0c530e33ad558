"""Plain scalars that YAML 1.1 and YAML 1.2 read differently.

PyYAML reads YAML 1.1; editors checking a question file against `schema.json` (the YAML
language server and most others) read YAML 1.2. A file means the same to both only if it has
none of these scalars, so `quiz check` refuses them and says how to write each one.
"""

from __future__ import annotations

import re

BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
TIMESTAMP = "tag:yaml.org,2002:timestamp"

# What YAML 1.2's core schema reads as a truth value or a number (its spec, section 10.3.2).
_CORE_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
_CORE_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_CORE_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
# A leading zero makes an octal number in YAML 1.1 and a decimal one in YAML 1.2.
_OCTAL_11 = re.compile(r"[-+]?0[0-7_]+")


def disagreement(tag: str, text: str, read_as: object) -> str | None:
    """Why a plain scalar PyYAML resolved to `tag` means something else in YAML 1.2, or None."""
    if tag == BOOL and not _CORE_BOOL.fullmatch(text):
        return (
            f"{text!r} is a truth value only in YAML 1.1 (editors read it as text): "
            f"write true or false for a truth value, or put it in quotes ('{text}') for text"
        )
    if tag == INT and (_OCTAL_11.fullmatch(text) or not _CORE_INT.fullmatch(text)):
        return _number(text, read_as)
    if tag == FLOAT and not _CORE_FLOAT.fullmatch(text):
        return _number(text, read_as)
    if tag == TIMESTAMP:  # YAML 1.2 has no dates: editors read text
        return f"{text!r} is a date only in YAML 1.1 (editors read it as text): put it in quotes ('{text}')"
    return None


def _number(text: str, read_as: object) -> str:
    return (
        f"{text!r} is the number {read_as} only in YAML 1.1 (editors read it otherwise): "
        f"write the number in plain digits, or put it in quotes ('{text}') for text"
    )
