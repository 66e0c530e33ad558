"""Read and write question YAML, keeping the line and column of every key and value.

Reading takes the parser's events one at a time (libyaml when present, for speed) and builds
plain dicts and lists that remember where each piece stood, so the validator can point an
author at `path:line:col`. Building from events needs no recursion, so no nesting can exhaust
the stack, and aliases are expanded within a budget, so a "billion laughs" file is refused at
once. Writing is deterministic, so generated files are byte-identical.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from quiz.bank.model import Problem
from quiz.bank.yaml_versions import disagreement

try:  # libyaml is several times faster on a large bank
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema.json\n"
MAX_DEPTH = 64  # a question file nests five deep; more is a mistake or an attack
MAX_ALIAS_EVENTS = 10_000  # parser events that aliases may add to a file by expansion


class Mapping(dict):
    """A YAML mapping; `pos` is its own (line, col), `keys_at`/`values_at` those of its parts."""

    pos: tuple[int, int]
    keys_at: dict
    values_at: dict


class Sequence(list):
    """A YAML sequence; `pos` is its own (line, col), `items_at` those of its items."""

    pos: tuple[int, int]
    items_at: list


class _Refused(Exception):
    """The file cannot be built: (line, col) and why."""

    def __init__(self, at: tuple[int, int], message: str):
        super().__init__(message)
        self.at, self.message = at, message


_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_NO_KEY = object()  # a mapping waiting for its next key
_BAD_KEY = object()  # a key that is not text: its value is skipped


@functools.lru_cache(maxsize=65536)
def _resolve(value: str, implicit: tuple[bool, bool]) -> str:
    """The tag of a scalar without one. A bank repeats its keys and values ("id", "choice",
    source ids) thousands of times, and resolving is pure Python; the safe resolver has no
    path resolvers, so the tag depends on the text alone."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, implicit)


def _at(event: yaml.Event) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


class _Builder:
    """Located values from parser events, with an explicit stack instead of recursion."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.stack: list[list] = []  # [container, pending key, its (line, col), anchor]
        self.root: object = None
        self.anchors: dict[str, list[yaml.Event]] = {}  # an anchor's events, aliases expanded
        self.open: dict[str, list[yaml.Event]] = {}  # anchors whose value is being read
        self.added = 0  # events aliases added
        self.constructor = yaml.constructor.SafeConstructor()  # it remembers what it built

    def feed(self, event: yaml.Event, replayed: bool = False) -> None:
        """Take one event; a replayed one (an alias's copy) defines no anchor again."""
        kind = event.__class__
        if kind is AliasEvent:
            self.alias(event)
            return
        if self.open:
            for events in self.open.values():
                events.append(event)
        if kind is ScalarEvent:
            self.add(self.scalar(event), _at(event))
            if event.anchor is not None and not replayed:
                self.anchors[event.anchor] = [event]
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            self.start(event, None if replayed else event.anchor)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            container, _, _, opened = self.stack.pop()
            self.add(container, container.pos)
            if opened is not None:
                self.anchors[opened] = self.open.pop(opened)

    def start(self, event: MappingStartEvent | SequenceStartEvent, anchor: str | None) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(_at(event), f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(event, MappingStartEvent):
            container = Mapping()
            container.keys_at, container.values_at = {}, {}
        else:
            container = Sequence()
            container.items_at = []
        container.pos = _at(event)
        if anchor is not None:
            self.open[anchor] = [event]
        self.stack.append([container, _NO_KEY, None, anchor])

    def alias(self, event: AliasEvent) -> None:
        name = event.anchor
        if name in self.open:
            raise _Refused(_at(event), f"alias '*{name}' is inside the value it names")
        events = self.anchors.get(name)
        if events is None:
            raise _Refused(_at(event), f"alias '*{name}' names no anchor ('&{name}') above it")
        self.added += len(events)
        if self.added > MAX_ALIAS_EVENTS:
            message = (
                f"aliases expand to more than {MAX_ALIAS_EVENTS:,} values "
                "(a 'billion laughs' file?); write the values out instead"
            )
            raise _Refused(_at(event), message)
        for copied in events:  # as if written here
            self.feed(copied, replayed=True)

    def scalar(self, event: ScalarEvent) -> object:
        tag = event.tag
        if tag is None or tag == "!":
            tag = _resolve(event.value, event.implicit)
        if tag == _STR:
            return event.value  # most scalars are text: the constructor would only copy it
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            self.problems.append(Problem(self.path, *_at(event), f"bad value: {exc.problem}"))
            return None
        if event.implicit[0] and event.tag is None:
            why = disagreement(tag, event.value, value)
            if why is not None:  # read as editors do, and say how to write it
                self.problems.append(Problem(self.path, *_at(event), why))
                return event.value
        return value

    def add(self, value: object, at: tuple[int, int]) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        container = frame[0]
        if isinstance(container, Sequence):
            container.append(value)
            container.items_at.append(at)
        elif frame[1] is _NO_KEY:
            frame[1], frame[2] = self.key(container, value, at), at
        else:
            key, frame[1] = frame[1], _NO_KEY
            if key is not _BAD_KEY:
                container[key] = value
                container.keys_at[key] = frame[2]
                container.values_at[key] = at

    def key(self, mapping: Mapping, key: object, at: tuple[int, int]) -> object:
        if not isinstance(key, str | int | float | bool) or key is None:
            self.problems.append(Problem(self.path, *at, "a key must be text"))
            return _BAD_KEY
        if key in mapping:
            first = mapping.keys_at[key][0]
            self.problems.append(Problem(self.path, *at, f"duplicate key {key!r} (first on line {first})"))
            return _BAD_KEY
        return key


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
    builder = _Builder(where)
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    message = "a question file holds one YAML document: remove the second '---'"
                    return None, [Problem(where, *_at(event), message)]
            builder.feed(event)
    except yaml.YAMLError as exc:
        return None, [_syntax_problem(where, text, exc)]
    except _Refused as refused:
        return None, [Problem(where, *refused.at, refused.message)]
    return builder.root, builder.problems


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
    except RecursionError:
        pass  # nested too deep for it: keep libyaml's words
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


class _MachineDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """For files no one edits by hand (questions/generated/): libyaml's emitter, about ten
    times faster than the Python one, which lists a key's block items flush under it. Without
    libyaml the Python emitter writes the same bytes."""


for _dumper in (_Dumper, _MachineDumper):
    _dumper.add_representer(list, _represent_list)


def dump_questions(topic: str, questions: list[dict], header: str = "", by_hand: bool = True) -> str:
    """A question file as text: schema comment, optional header comment, topic, questions.
    `by_hand`: a file authors edit, its lists indented as they write them."""
    body = yaml.dump(
        {"topic": topic, "questions": questions},
        Dumper=_Dumper if by_hand else _MachineDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return SCHEMA_COMMENT + header + body
