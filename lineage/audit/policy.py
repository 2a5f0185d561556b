"""Syndication policies: which outlets may reuse which agency's copy, and on what terms.

A policy is a TOML file (see ``examples/policy.toml``)::

    version = 1                      # optional; the only schema version is 1

    [defaults]                       # optional: terms for every agency and licensee
    credit_required = true           # the text must credit the agency (photo credits do not count)
    verbatim_allowed = true          # false: rewrites only, no verbatim passage
    max_share = 1.0                  # largest share (0 to 1) of the copy's text taken from the wire
    embargo_minutes = 0              # minutes after the wire story before a copy may appear

    [agencies.adnkronos]             # one table per agency; the key is free (used in messages)
    name = "Adnkronos"               # optional when the key names a known agency
    patterns = ['adn\\s*kronos']      # optional: regexes matching the name in credits
    licensees = []                   # nobody is licensed: every reuse is "unlicensed"
    credit_required = true           # terms here apply to every reuse of this agency's copy

    [[agencies.ansa.licensees]]      # one table per licensee of the agency
    name = "Gazzetta Esempio"        # matched against Document.outlet
    domains = ["gazzettaesempio.it"] # matched against Document.outlet and the domain of Document.url
    verbatim_allowed = false         # the licensee's own terms override the agency's

Keys:

* ``name`` of an agency defaults to the known agency that the table key names
  (``adnkronos`` → ``Adnkronos``, see :data:`lineage.credits.KNOWN_AGENCIES`),
  else to the key itself. ``patterns`` default to the known agency's patterns,
  else to the name itself; given patterns replace the known ones.
* ``licensees`` absent: the policy does not say who may reuse that agency's
  copy, so findings have ``licensed = None`` and no ``unlicensed`` violation.
  ``licensees = []``: nobody may. A list: only the outlets listed may.
* Terms (``credit_required``, ``verbatim_allowed``, ``max_share``,
  ``embargo_minutes``) resolve licensee → agency → ``[defaults]`` → built-in
  defaults (``true``, ``true``, ``1.0``, ``0``). Outlets that are not
  licensees are held to the agency's terms.
* A licensee's ``domains`` match the domain itself and its subdomains
  (``gazzettaesempio.it`` matches ``www.gazzettaesempio.it``).

Agencies the policy does not define are still recognised in credits (the
known list) but are not audited. Errors raise :class:`~lineage.errors.PolicyError`
naming the file, the line, the key, and how to fix it.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

from ..errors import PolicyError
from ..text.credits import KNOWN_AGENCIES, Agency, agency_named, pattern_problem

KeyPath = tuple[str | int, ...]

_TERM_KEYS = ("credit_required", "verbatim_allowed", "max_share", "embargo_minutes")
_TOP_KEYS = ("version", "defaults", "agencies")
_AGENCY_KEYS = ("name", "patterns", "licensees", *_TERM_KEYS)
_LICENSEE_KEYS = ("name", "domains", *_TERM_KEYS)
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$")


@dataclass(frozen=True, slots=True)
class Terms:
    """The conditions on which an agency's copy may be reused."""

    credit_required: bool = True
    verbatim_allowed: bool = True
    max_share: float = 1.0
    embargo_minutes: int = 0


@dataclass(frozen=True, slots=True)
class Licensee:
    """An outlet licensed to reuse an agency's copy, and its terms."""

    name: str
    domains: tuple[str, ...] = ()
    terms: Terms = field(default_factory=Terms)


@dataclass(frozen=True, slots=True)
class AgencyRules:
    """One agency of a policy: who may reuse its copy (None: not said) and on what terms."""

    agency: Agency
    terms: Terms = field(default_factory=Terms)
    licensees: tuple[Licensee, ...] | None = None
    key: str = ""  # the TOML table key, for messages

    def licensee_for(self, outlet: str | None, url: str | None) -> Licensee | None:
        """The licensee that a document with this outlet and URL belongs to, or None."""
        for licensee in self.licensees or ():
            if licensee_matches(licensee, outlet, url):
                return licensee
        return None


@dataclass(frozen=True, slots=True)
class Policy:
    """A syndication policy: the audited agencies and their rules."""

    rules: tuple[AgencyRules, ...]
    source: str = "<policy>"

    @property
    def agencies(self) -> tuple[Agency, ...]:
        """The audited agencies, in policy order."""
        return tuple(r.agency for r in self.rules)

    @property
    def recognised(self) -> tuple[Agency, ...]:
        """Agencies to recognise in credits: the policy's, then the known ones it does not redefine."""
        names = {a.name.casefold() for a in self.agencies}
        return self.agencies + tuple(a for a in KNOWN_AGENCIES if a.name.casefold() not in names)

    def rules_for(self, agency: str) -> AgencyRules | None:
        """The rules of the agency with this name (ignoring case), or None."""
        for rules in self.rules:
            if rules.agency.name.casefold() == agency.casefold():
                return rules
        return None


def default_policy() -> Policy:
    """A policy auditing every known agency with the built-in terms and no licensee lists."""
    return Policy(tuple(AgencyRules(a, key=a.name.lower()) for a in KNOWN_AGENCIES), "<default policy>")


def load_policy(path: str | os.PathLike[str]) -> Policy:
    """Read and validate a TOML policy file.

    Raises:
        PolicyError: the file cannot be read, is not TOML, or breaks the schema;
            the message names the file, line and key, and how to fix it.
    """
    p = Path(path)
    try:
        text = p.read_bytes().decode("utf-8")
    except OSError as e:
        raise PolicyError(f"{p}: cannot read the policy file ({e.strerror or e}); check the path") from e
    except UnicodeDecodeError as e:
        raise PolicyError(f"{p}: the policy file is not UTF-8 text ({e.reason}); save it as UTF-8") from e
    return parse_policy(text, source=str(p))


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Validate the TOML text of a policy; ``source`` names it in error messages.

    Raises:
        PolicyError: the text is not TOML or breaks the schema.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\((?:at line (\d+), column \d+|at end of document)\)", str(e))
        where = f"{source}:{m.group(1)}" if m and m.group(1) else source
        reason = str(e)[: m.start()].strip() if m else str(e)
        raise PolicyError(f"{where}: not valid TOML ({reason}); fix the syntax, see examples/policy.toml") from e
    return _Reader(source, _key_lines(text)).policy(data)


def licensee_matches(licensee: Licensee, outlet: str | None, url: str | None) -> bool:
    """True when a document's outlet or URL domain belongs to ``licensee``."""
    if outlet is not None and outlet.strip():
        name = _squash(outlet)
        if name == _squash(licensee.name) or _domain_in(_bare_domain(outlet), licensee.domains):
            return True
    return url is not None and _domain_in(url_domain(url), licensee.domains)


def url_domain(url: str) -> str | None:
    """The lower-case host of ``url`` without ``www.`` (``https://www.x.it/a`` → ``x.it``), or None."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return _bare_domain(host) if host else None


def _bare_domain(name: str) -> str:
    name = name.strip().lower().rstrip(".")
    return name[4:] if name.startswith("www.") else name


def _domain_in(domain: str | None, domains: Iterable[str]) -> bool:
    if not domain:
        return False
    return any(domain == d or domain.endswith(f".{d}") for d in domains)


def _squash(name: str) -> str:
    return " ".join(name.split()).casefold()


def _show(value: object) -> str:
    """A value as it reads in TOML, for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        shown = ", ".join(_show(v) for v in value[:4])
        return f"[{shown}{', ...' if len(value) > 4 else ''}]"
    return str(value)


def _dotted(path: KeyPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else json.dumps(part, ensure_ascii=False)
            out += f".{key}" if out else key
    return out


class _Reader:
    """Validates parsed TOML into a :class:`Policy`, raising located errors."""

    def __init__(self, source: str, lines: Mapping[KeyPath, int]) -> None:
        self.source = source
        self.lines = lines

    def fail(self, path: KeyPath, message: str) -> NoReturn:
        line = self._line(path)
        where = f"{self.source}:{line}" if line is not None else self.source
        subject = f"{_dotted(path)} " if path else ""
        raise PolicyError(f"{where}: {subject}{message}")

    def _line(self, path: KeyPath) -> int | None:
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None

    def policy(self, data: Mapping[str, Any]) -> Policy:
        self.check_keys(data, (), _TOP_KEYS)
        if "version" in data and (isinstance(data["version"], bool) or data["version"] != 1):
            self.fail(("version",), f"must be 1 (got {_show(data['version'])}); remove it or write version = 1")
        defaults = self.terms(self.table(data.get("defaults", {}), ("defaults",)), ("defaults",), Terms())
        agencies = data.get("agencies")
        if agencies is None:
            self.fail((), "the policy defines no agencies; add an [agencies.NAME] table, see examples/policy.toml")
        agencies = self.table(agencies, ("agencies",))
        if not agencies:
            self.fail(("agencies",), "is empty; add an [agencies.NAME] table, see examples/policy.toml")
        rules: list[AgencyRules] = []
        seen: dict[str, str] = {}
        for key, value in agencies.items():
            path: KeyPath = ("agencies", key)
            agency_rules = self.agency(key, self.table(value, path), path, defaults)
            name = agency_rules.agency.name.casefold()
            if name in seen:
                self.fail(
                    path,
                    f"defines agency {agency_rules.agency.name!r} again (already defined by "
                    f"{_dotted(('agencies', seen[name]))}); merge the two tables",
                )
            seen[name] = key
            rules.append(agency_rules)
        return Policy(tuple(rules), self.source)

    def agency(self, key: str, table: Mapping[str, Any], path: KeyPath, defaults: Terms) -> AgencyRules:
        self.check_keys(table, path, _AGENCY_KEYS)
        if "name" in table:
            name = self.string(table["name"], (*path, "name"))
            known = agency_named(name, KNOWN_AGENCIES)
        else:
            known = agency_named(key, KNOWN_AGENCIES)
            name = known.name if known is not None else key.strip()
        if "patterns" in table:
            patterns = self.patterns(table["patterns"], (*path, "patterns"))
        elif known is not None:
            patterns = known.patterns
        else:
            patterns = (r"\s+".join(re.escape(word) for word in name.split()),)
        terms = self.terms(table, path, defaults)
        licensees: tuple[Licensee, ...] | None = None
        if "licensees" in table:
            licensees = self.licensees(table["licensees"], (*path, "licensees"), terms)
        return AgencyRules(Agency(name, patterns), terms, licensees, key)

    def licensees(self, value: Any, path: KeyPath, terms: Terms) -> tuple[Licensee, ...]:
        if not isinstance(value, list):
            self.fail(
                path,
                f"must be a list of licensee tables (got {_show(value)}); write licensees = [] "
                f"for nobody, or add [[{_dotted(path)}]] tables",
            )
        out: list[Licensee] = []
        names: dict[str, int] = {}
        for i, item in enumerate(value):
            item_path = (*path, i)
            table = self.table(item, item_path)
            self.check_keys(table, item_path, _LICENSEE_KEYS)
            if "name" not in table:
                self.fail(
                    item_path,
                    "has no name; add name = \"...\" with the outlet's name as in the documents' outlet field",
                )
            name = self.string(table["name"], (*item_path, "name"))
            if _squash(name) in names:
                self.fail(
                    (*item_path, "name"),
                    f"repeats licensee {name!r} (already {_dotted((*path, names[_squash(name)]))}); "
                    "merge the two entries",
                )
            names[_squash(name)] = i
            domains = self.domains(table.get("domains", []), (*item_path, "domains"))
            out.append(Licensee(name, domains, self.terms(table, item_path, terms)))
        return tuple(out)

    def terms(self, table: Mapping[str, Any], path: KeyPath, inherited: Terms) -> Terms:
        if path == ("defaults",):
            self.check_keys(table, path, _TERM_KEYS)
        terms = inherited
        for key in ("credit_required", "verbatim_allowed"):
            if key in table:
                value = table[key]
                if not isinstance(value, bool):
                    self.fail((*path, key), f"must be true or false (got {_show(value)})")
                terms = replace(terms, **{key: value})
        if "max_share" in table:
            value = table["max_share"]
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                self.fail(
                    (*path, "max_share"),
                    f"must be a number from 0 to 1 (got {_show(value)}); e.g. max_share = 0.5 for half",
                )
            terms = replace(terms, max_share=float(value))
        if "embargo_minutes" in table:
            value = table["embargo_minutes"]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                self.fail(
                    (*path, "embargo_minutes"),
                    f"must be a whole number of minutes, 0 or more (got {_show(value)}); e.g. embargo_minutes = 30",
                )
            terms = replace(terms, embargo_minutes=value)
        return terms

    def patterns(self, value: Any, path: KeyPath) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.fail(
                path,
                f"must be a non-empty list of regular expressions (got {_show(value)}); "
                "e.g. patterns = ['adn\\s*kronos']",
            )
        for i, pattern in enumerate(value):
            if not isinstance(pattern, str):
                self.fail((*path, i), f"must be a regular expression string (got {_show(pattern)})")
            problem = pattern_problem(pattern)
            if problem is not None:
                self.fail((*path, i), f"{problem}; got {_show(pattern)}")
        return tuple(value)

    def domains(self, value: Any, path: KeyPath) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.fail(path, f'must be a list of domains (got {_show(value)}); e.g. domains = ["example.it"]')
        out: list[str] = []
        for i, domain in enumerate(value):
            if not isinstance(domain, str) or not _DOMAIN.match(_bare_domain(domain)):
                self.fail(
                    (*path, i),
                    f'must be a bare domain such as "example.it" (got {_show(domain)}); '
                    "leave out https:// and any path",
                )
            out.append(_bare_domain(domain))
        return tuple(out)

    def table(self, value: Any, path: KeyPath) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.fail(path, f"must be a table (got {_show(value)}); write it as [{_dotted(path)}]")
        return value

    def string(self, value: Any, path: KeyPath) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, f"must be a non-empty string (got {_show(value)})")
        return value.strip()

    def check_keys(self, table: Mapping[str, Any], path: KeyPath, allowed: Sequence[str]) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean {close[0]}? " if close else ""
                self.fail((*path, key), f"is not a known key; {hint}use one of {', '.join(sorted(allowed))}")


# ---------------------------------------------------------------------------
# Line numbers: tomllib gives none, so the raw text is scanned for keys and headers.

_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*"
_ARRAY_HEADER = re.compile(rf"[ \t]*\[\[[ \t]*({_DOTTED})[ \t]*\]\]")
_TABLE_HEADER = re.compile(rf"[ \t]*\[[ \t]*({_DOTTED})[ \t]*\]")
_KEY_LINE = re.compile(rf"[ \t]*({_DOTTED})[ \t]*=")
_PART = re.compile(_KEY_PART)
_BASIC_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_INLINE_KEY = re.compile(rf"({_DOTTED})[ \t]*=")
_BARE_VALUE = re.compile(r"[^\s,\]}#]+")


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts: list[str] = []
    for m in _PART.finditer(dotted):
        raw = m.group()
        if raw.startswith('"'):
            try:
                parts.append(json.loads(raw))
            except ValueError:
                parts.append(raw[1:-1])
        elif raw.startswith("'"):
            parts.append(raw[1:-1])
        else:
            parts.append(raw)
    return tuple(parts)


def _key_lines(text: str) -> dict[KeyPath, int]:
    """The 1-based line of every table header, key and array element, by resolved key path.

    Array-of-tables elements get their index (``licensees[0]``), and so do the
    elements of inline arrays (``patterns[1]``) and the keys of inline tables.
    """
    scanner = _Scanner()
    for number, line in enumerate(text.splitlines(), start=1):
        scanner.line(line, number)
    return scanner.lines


def _record(lines: dict[KeyPath, int], path: KeyPath, number: int) -> None:
    """Give a header's path and its not yet located parents the header's line."""
    for end in range(1, len(path) + 1):
        lines.setdefault(path[:end], number)
    lines[path] = number


def _resolve(parts: tuple[str, ...], arrays: Mapping[KeyPath, int]) -> KeyPath:
    """A header's key path with the current index of every array of tables it goes through."""
    path: KeyPath = ()
    for i, part in enumerate(parts):
        path = (*path, part)
        if path in arrays and i < len(parts) - 1:
            path = (*path, arrays[path])
    return path


@dataclass(slots=True)
class _Open:
    """An open ``[`` or ``{`` of a value, with its key path and the next element or key state."""

    kind: str
    path: KeyPath
    index: int = 0
    expect: bool = True  # an element (in [) or a key (in {) may start here


class _Scanner:
    """Walks TOML text line by line, recording where keys and elements are written."""

    def __init__(self) -> None:
        self.lines: dict[KeyPath, int] = {}
        self.arrays: dict[KeyPath, int] = {}
        self.table: KeyPath = ()
        self.stack: list[_Open] = []
        self.in_string: str | None = None
        self.value: KeyPath | None = None  # path of the value that starts next

    def line(self, line: str, number: int) -> None:
        i = 0
        if self.in_string is None and not self.stack:
            if (m := _ARRAY_HEADER.match(line)) is not None:
                path = _resolve(_key_parts(m.group(1)), self.arrays)
                index = self.arrays.get(path, -1) + 1
                self.arrays[path] = index
                self.table = (*path, index)
                _record(self.lines, self.table, number)
                return
            if (m := _TABLE_HEADER.match(line)) is not None:
                self.table = _resolve(_key_parts(m.group(1)), self.arrays)
                _record(self.lines, self.table, number)
                return
            if (m := _KEY_LINE.match(line)) is not None:
                self.value = self._key(self.table, m.group(1), number)
                i = m.end()
        self._scan(line, i, number)

    def _key(self, parent: KeyPath, dotted: str, number: int) -> KeyPath:
        key = _key_parts(dotted)
        for end in range(1, len(key) + 1):
            self.lines.setdefault((*parent, *key[:end]), number)
        return (*parent, *key)

    def _start_value(self, number: int) -> KeyPath | None:
        """Called where a value starts: the value's path (recording array elements)."""
        top = self.stack[-1] if self.stack else None
        if top is not None and top.kind == "[" and top.expect:
            path: KeyPath = (*top.path, top.index)
            self.lines.setdefault(path, number)
            top.expect = False
            return path
        path_or_none, self.value = self.value, None
        return path_or_none

    def _scan(self, rest: str, i: int, number: int) -> None:
        while i < len(rest):
            if self.in_string is not None:
                close = rest.find(self.in_string, i)
                if self.in_string == '"""':
                    while close > 0 and rest[close - 1] == "\\":
                        close = rest.find(self.in_string, close + 1)
                if close == -1:
                    return
                i = close + 3
                self.in_string = None
                continue
            ch = rest[i]
            top = self.stack[-1] if self.stack else None
            if ch in " \t":
                i += 1
            elif ch == "#":
                return
            elif top is not None and top.kind == "{" and top.expect and ch != "}":
                m = _INLINE_KEY.match(rest, i)
                if m is None:
                    return
                self.value = self._key(top.path, m.group(1), number)
                top.expect = False
                i = m.end()
            elif ch == ",":
                if top is not None:
                    top.expect = True
                    if top.kind == "[":
                        top.index += 1
                i += 1
            elif ch in "]}":
                if self.stack:
                    self.stack.pop()
                i += 1
            else:
                path = self._start_value(number)
                if ch in "[{":
                    self.stack.append(_Open(ch, path if path is not None else ()))
                    i += 1
                elif rest.startswith(('"""', "'''"), i):
                    self.in_string = rest[i : i + 3]
                    i += 3
                elif ch == '"':
                    m = _BASIC_STRING.match(rest, i)
                    i = m.end() if m else len(rest)
                elif ch == "'":
                    end = rest.find("'", i + 1)
                    i = end + 1 if end != -1 else len(rest)
                else:
                    m = _BARE_VALUE.match(rest, i)
                    i = m.end() if m and m.end() > i else i + 1
