"""Read and write question YAML, keeping the line and column of every key and value.

Reading composes the YAML node tree (libyaml when present, for speed) and builds plain
dicts and lists that remember where each piece stood, so the validator can point an author
at `path:line:col`. Writing is deterministic, so generated files are byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from quiz.bank.model import Problem

try:  # libyaml is several times faster on a large bank
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema.json\n"


class Mapping(dict):
    """A YAML mapping; `pos` is its own (line, col), `keys_at`/`values_at` those of its parts."""

    pos: tuple[int, int]
    keys_at: dict
    values_at: dict


class Sequence(list):
    """A YAML sequence; `pos` is its own (line, col), `items_at` those of its items."""

    pos: tuple[int, int]
    items_at: list


_STR = "tag:yaml.org,2002:str"


class _CachedLoader(_Loader):
    """Resolves each distinct plain scalar once: a bank repeats its keys and values
    ("id", "type", "choice", source ids) thousands of times, and resolving is pure Python.
    The safe loader has no path resolvers, so a scalar's tag depends on its text alone."""

    _tags: dict = {}

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            tags = self._tags
            try:
                return tags[value, implicit]
            except KeyError:
                tag = tags[value, implicit] = super().resolve(kind, value, implicit)
                if len(tags) > 100_000:
                    tags.clear()
                return tag
        return super().resolve(kind, value, implicit)

    def descend_resolver(self, current_node, current_index):
        pass  # path resolvers only: the safe loader has none

    def ascend_resolver(self):
        pass


def _at(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node):
        if node.__class__ is yaml.ScalarNode and node.tag == _STR:
            return node.value  # most scalars are text: the constructor would only copy it
        if isinstance(node, yaml.MappingNode):
            out = Mapping()
            out.pos, out.keys_at, out.values_at = _at(node), {}, {}
            for key_node, value_node in node.value:
                key = self.build(key_node)
                if not isinstance(key, str | int | float | bool) or key is None:
                    self.problems.append(Problem(self.path, *_at(key_node), "a key must be text"))
                    continue
                if key in out:
                    line, col = _at(key_node)
                    first = out.keys_at[key][0]
                    msg = f"duplicate key {key!r} (first on line {first})"
                    self.problems.append(Problem(self.path, line, col, msg))
                    continue
                out[key] = self.build(value_node)
                out.keys_at[key] = _at(key_node)
                out.values_at[key] = _at(value_node)
            return out
        if isinstance(node, yaml.SequenceNode):
            seq = Sequence()
            seq.pos, seq.items_at = _at(node), []
            for item in node.value:
                seq.append(self.build(item))
                seq.items_at.append(_at(item))
            return seq
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            self.problems.append(Problem(self.path, *_at(node), f"bad value: {exc.problem}"))
            return None


def read_yaml(path: Path | str, data: bytes | None = None) -> tuple[object, list[Problem]]:
    """Parse a YAML file into located values; never raises for bad content."""
    where = str(path)
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            return None, [Problem(where, 1, 1, f"cannot read file: {exc.strerror}")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        # everything before the bad byte decodes, so the column counts characters, not bytes
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start : exc.start].decode("utf-8")) + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        return None, [Problem(where, line, col, message)]
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return None, [Problem(where, 1, 1, "the file is empty: it needs 'topic:' and 'questions:'")]
    try:
        node = yaml.compose(text, Loader=_CachedLoader)
    except yaml.YAMLError as exc:
        return None, [_syntax_problem(where, text, exc)]
    builder = _Builder(where)
    value = builder.build(node) if node is not None else None
    return value, builder.problems


# Common slips and what to do about them, keyed by a piece of PyYAML's message.
_HINTS = {
    "'\\t' that cannot start any token": "indent with spaces, not tabs",
    "mapping values are not allowed": "put text that contains ': ' in quotes",
    "quoted scalar: found unexpected end of stream": "is the closing quote missing?",
    "flow sequence": "is the closing ']' missing?",
    "flow mapping": "is the closing '}' missing?",
    "flow node": "is a closing ']' or '}' missing?",
}
# Errors best shown where the unclosed thing opened, not where the parser gave up.
_OPENERS = ("quoted scalar: found unexpected end of stream", "flow sequence", "flow mapping")


def _syntax_problem(where: str, text: str, exc: yaml.YAMLError) -> Problem:
    """A syntax error where it starts, in the same words with or without libyaml."""
    try:  # the pure-Python parser words its errors better and the same everywhere
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as pure:
        exc = pure
    if not isinstance(exc, yaml.MarkedYAMLError):
        return Problem(where, 1, 1, f"YAML syntax error: {exc}")
    message = ": ".join(part for part in (exc.context, exc.problem) if part)
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark and any(o in message for o in _OPENERS):
        mark = exc.context_mark
    hint = next((h for key, h in _HINTS.items() if key in message), "")
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(where, line, col, f"YAML syntax error: {message}" + (f"; {hint}" if hint else ""))


class _Dumper(yaml.SafeDumper):
    """Block lists of mappings indented under their key, as authors write them."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _represent_list(dumper: yaml.SafeDumper, data: list):
    # short lists of plain values read best on one line; anything nested goes in blocks
    flow = all(not isinstance(item, dict | list) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def dump_questions(topic: str, questions: list[dict], header: str = "") -> str:
    """A question file as text: schema comment, optional header comment, topic, questions."""
    body = yaml.dump(
        {"topic": topic, "questions": questions},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return SCHEMA_COMMENT + header + body
