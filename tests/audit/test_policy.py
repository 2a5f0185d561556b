"""Syndication policies: TOML schema, defaults, licensee matching, located errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import lineage.audit.policy as policy_module
from lineage.audit.policy import (
    Licensee,
    Terms,
    default_policy,
    licensee_matches,
    load_policy,
    parse_policy,
    url_domain,
)
from lineage.errors import PolicyError
from lineage.text.credits import KNOWN_AGENCIES
from tests.corpus import ROOT

EXAMPLE = ROOT / "examples" / "policy.toml"


def error(text: str) -> str:
    with pytest.raises(PolicyError) as info:
        parse_policy(text, source="policy.toml")
    return str(info.value)


def test_the_example_policy() -> None:
    policy = load_policy(EXAMPLE)
    assert policy.source == str(EXAMPLE)
    assert [a.name for a in policy.agencies] == ["Adnkronos", "ANSA", "askanews", "Reuters"]
    adnkronos = policy.rules_for("adnkronos")
    assert adnkronos is not None and adnkronos.licensees == ()  # nobody is licensed
    ansa = policy.rules_for("ANSA")
    assert ansa is not None and ansa.licensees is None and ansa.terms.max_share == 0.8
    askanews = policy.rules_for("askanews")
    assert askanews is not None and askanews.terms.embargo_minutes == 15
    assert askanews.licensees == (
        Licensee(
            "Gazzetta Esempio",
            ("gazzettaesempio.it",),
            Terms(credit_required=True, verbatim_allowed=False, max_share=0.6, embargo_minutes=30),
        ),
    )
    reuters = policy.rules_for("Reuters")
    assert reuters is not None and reuters.agency.patterns == KNOWN_AGENCIES[8].patterns
    # Agencies the policy does not define are still recognised in credits.
    assert [a.name for a in policy.recognised][:4] == ["Adnkronos", "ANSA", "askanews", "Reuters"]
    assert {a.name for a in policy.recognised} >= {a.name for a in KNOWN_AGENCIES}


def test_terms_resolve_licensee_then_agency_then_defaults() -> None:
    policy = parse_policy(
        """
        [defaults]
        credit_required = false
        max_share = 0.9

        [agencies.ansa]
        max_share = 0.5
        [[agencies.ansa.licensees]]
        name = "A"
        embargo_minutes = 10
        """
    )
    rules = policy.rules_for("ANSA")
    assert rules is not None and rules.licensees is not None
    assert rules.terms == Terms(credit_required=False, verbatim_allowed=True, max_share=0.5, embargo_minutes=0)
    assert rules.licensees[0].terms == Terms(False, True, 0.5, 10)


def test_agency_names_and_patterns_default_sensibly() -> None:
    policy = parse_policy(
        """
        [agencies.adnkronos]
        [agencies.vista]
        name = "Agenzia Vista"
        [agencies.ansa]
        patterns = 'ansa'
        """
    )
    assert [(a.name, a.patterns) for a in policy.agencies] == [
        ("Adnkronos", KNOWN_AGENCIES[0].patterns),
        ("Agenzia Vista", (r"Agenzia\s+Vista",)),
        ("ANSA", ("ansa",)),
    ]


def test_inline_licensee_tables_and_url_domains() -> None:
    policy = parse_policy(
        """
        [agencies.askanews]
        licensees = [
          { name = "Gazzetta Esempio", domains = ["www.gazzettaesempio.it"] },
        ]
        """
    )
    rules = policy.rules_for("askanews")
    assert rules is not None
    assert rules.licensee_for("gazzetta  esempio", None) is not None
    assert rules.licensee_for(None, "https://news.gazzettaesempio.it/a/b") is not None
    assert rules.licensee_for("gazzettaesempio.it", None) is not None
    assert rules.licensee_for("Altro", "https://altro.it/gazzettaesempio.it") is None
    assert rules.licensee_for(None, None) is None


def test_licensee_matches_and_url_domain() -> None:
    licensee = Licensee("Voci di Città", ("vocidicitta.it",))
    assert licensee_matches(licensee, "voci di città", None)
    assert licensee_matches(licensee, None, "https://www.vocidicitta.it/x")
    assert not licensee_matches(licensee, None, "https://notvocidicitta.it/x")
    assert url_domain("https://WWW.Example.it:8080/a") == "example.it"
    assert url_domain("example.it/a") == "example.it"
    assert url_domain("http://[bad") is None


def test_default_policy_audits_every_known_agency_without_licensee_lists() -> None:
    policy = default_policy()
    assert policy.agencies == KNOWN_AGENCIES
    assert all(r.licensees is None and r.terms == Terms() for r in policy.rules)


# --- errors: file, line, key, and how to fix it ---------------------------------------


def test_error_in_an_array_of_tables_names_the_element_and_line() -> None:
    text = """# policy
[agencies.adnkronos]
licensees = []

[agencies.ansa]

[[agencies.ansa.licensees]]
name = "A"

[[agencies.ansa.licensees]]
name = "B"
max_share = "half"
"""
    assert error(text) == (
        'policy.toml:12: agencies.ansa.licensees[1].max_share must be a number from 0 to 1 (got "half"); '
        "e.g. max_share = 0.5 for half"
    )


def test_error_in_a_multiline_inline_array_names_the_element_line() -> None:
    text = """[agencies.ansa]
licensees = [
  { name = "A" },
  { name = "B", embargo_minutes = -5 },
]
"""
    assert error(text).startswith(
        "policy.toml:4: agencies.ansa.licensees[1].embargo_minutes must be a whole number of minutes, "
        "0 or more (got -5)"
    )


def test_bad_pattern_names_the_array_element_line() -> None:
    text = "[agencies.vista]\npatterns = [\n  'vista',\n  'agenzia (vista',\n]\n"
    message = error(text)
    assert message.startswith("policy.toml:4: agencies.vista.patterns[1] is not a valid regular expression")
    assert "backslash" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[agencies.x]\ncredit_requierd = true\n",
            "policy.toml:2: agencies.x.credit_requierd is not a known key; did you mean credit_required?",
        ),
        (
            "[agencies.x]\n\nverbatim_allowed = 'no'\n",
            'policy.toml:3: agencies.x.verbatim_allowed must be true or false (got "no")',
        ),
        ("version = 2\n[agencies.a]\n", "policy.toml:1: version must be 1 (got 2)"),
        ("", "policy.toml: the policy defines no agencies; add an [agencies.NAME] table"),
        ("[agencies]\n", "policy.toml:1: agencies is empty"),
        ("agencies = 3\n", "policy.toml:1: agencies must be a table (got 3)"),
        (
            "[agencies.adnkronos]\n[agencies.adn]\nname = 'ADNKRONOS'\n",
            "policy.toml:2: agencies.adn defines agency 'ADNKRONOS' again (already defined by agencies.adnkronos)",
        ),
        (
            "[agencies.a]\nlicensees = [{name = 'x', domains = ['https://x.it/a']}]\n",
            'policy.toml:2: agencies.a.licensees[0].domains[0] must be a bare domain such as "example.it"',
        ),
        (
            "[agencies.a]\nlicensees = 'all'\n",
            "policy.toml:2: agencies.a.licensees must be a list of licensee tables",
        ),
        (
            "[agencies.a]\nlicensees = [{domains = ['x.it']}]\n",
            "policy.toml:2: agencies.a.licensees[0] has no name",
        ),
        (
            "[agencies.a]\n[[agencies.a.licensees]]\nname = 'X'\n[[agencies.a.licensees]]\nname = ' x '\n",
            "policy.toml:5: agencies.a.licensees[1].name repeats licensee 'x' (already agencies.a.licensees[0])",
        ),
        (
            "[defaults]\nmax_share = 1.5\n[agencies.a]\n",
            "policy.toml:2: defaults.max_share must be a number from 0 to 1",
        ),
        (
            "[defaults]\nmax_shares = 1\n[agencies.a]\n",
            "policy.toml:2: defaults.max_shares is not a known key",
        ),
        (
            "[agencies.a]\nembargo_minutes = 2.5\n",
            "policy.toml:2: agencies.a.embargo_minutes must be a whole number",
        ),
        (
            "[agencies.a]\nmax_share = true\n",
            "policy.toml:2: agencies.a.max_share must be a number from 0 to 1 (got true)",
        ),
        ("[agencies.a]\npatterns = ['a?']\n", "policy.toml:2: agencies.a.patterns[0] matches empty text"),
        ("[agencies.a]\npatterns = []\n", "policy.toml:2: agencies.a.patterns must be a non-empty list"),
        ("[agencies.a]\nname = ''\n", 'policy.toml:2: agencies.a.name must be a non-empty string (got "")'),
        ('[agencies."agenzia x"]\nmax_share = -1\n', 'policy.toml:2: agencies."agenzia x".max_share must be'),
        ("[agencies.a]\nmax_share = \n", "policy.toml:2: not valid TOML (Invalid value); fix the syntax"),
    ],
)
def test_errors(text: str, expected: str) -> None:
    assert error(text).startswith(expected)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"missing\.toml: cannot read the policy file .*check the path"):
        load_policy(tmp_path / "missing.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes("[agencies.città]\n".encode("latin-1"))
    with pytest.raises(PolicyError, match=r"latin\.toml: the policy file is not UTF-8 text .*save it as UTF-8"):
        load_policy(latin)
    broken = tmp_path / "broken.toml"
    broken.write_text("[agencies.a]\n\nmax_share = \n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"broken\.toml:3: not valid TOML"):
        load_policy(broken)
    assert error("[agencies.a]\nname = 'x") == (
        'policy.toml: not valid TOML (Expected "\'"); fix the syntax, see examples/policy.toml'
    )


def test_line_numbers_ignore_lookalikes_in_strings_and_comments() -> None:
    text = '''[agencies.a]
name = """
max_share = 1
"""
# max_share = 0.1
[[agencies.a.licensees]]
name = "x" # max_share = 0.2
max_share = 9
'''
    assert error(text).startswith("policy.toml:8: agencies.a.licensees[0].max_share must be a number")


def test_the_schema_example_in_the_module_docstring_parses() -> None:
    doc = policy_module.__doc__ or ""
    block = doc.split("::\n", 1)[1].split("\nKeys:", 1)[0]
    policy = parse_policy(textwrap.dedent(block))
    assert [a.name for a in policy.agencies] == ["Adnkronos", "ANSA"]
    ansa = policy.rules_for("ANSA")
    assert ansa is not None and ansa.licensees is not None
    assert ansa.licensees[0].terms.verbatim_allowed is False
