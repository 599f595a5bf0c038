"""Supports named by their architecture: "ordered nanoporous hard carbon", "silica aerogel", "graphene foam".

A scaffold or support named in words is often a known material under words that say how its pores are built
or what it is built as. That is a scaffold of its own — LiBH4 in a 2 nm hard-carbon template is not LiBH4 with
carbon black — so the sample's part keeps the words as written. The ontology's term matcher finds only the
material it knows ("carbon", "silica"); here its mention is widened to the architecture words around it (the
ontology's SupportArchitecture scheme) and keeps its term, which still says what class the support is.
An intensifier before them ("highly ordered") says how well, not what: it stays outside the name.
"""
from __future__ import annotations

import re
from functools import cache

from ontology.elements import written_with_hydrogen
from ontology.vocabulary import vocabulary

from .abbreviations import spelled_by

_BEFORE_CONCEPTS = ("PoreArchitecture", "CarbonKindArchitecture")
_LOOK_BACK = 80
# a support named in words: lower-case letters, spaces and hyphens only ('carbon', 'boron nitride')
_NAMED_IN_WORDS = re.compile(r"[a-z][a-z\s-]*")
# between a support's words and the name that follows them in apposition: a comma or a bracket
_APPOSED = re.compile(r"\s*[,(]?\s*")
# a word between a support and the build noun after it ('carbon micro–macrocellular foams'): it says how the build
# is shaped, never a function word ('carbon and silica foams', 'carbon in foams' name two things)
_SHAPING = r"(?!(?:and|or|with|in|into|on|of|for|by|to|from|as|at|the|an?|its|their)\b)(?-i:[a-z][\w–-]*)"
# the last part of a sample's notation, a support named in words ('LiBH4@carbon'), with the sign before it
_LAST_PART = re.compile(r"[@/–](?P<part>[a-z][a-z\s-]*)$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = vocabulary()
    before = vocab.scheme_alternation("SupportArchitecture", _BEFORE_CONCEPTS)
    after = vocab.scheme_alternation("SupportArchitecture", ("BuildArchitecture",))
    return (re.compile(rf"(?<![\w-])(?:{before}[\s-]+){{1,3}}$", re.IGNORECASE),
            re.compile(rf"(?P<shaping>(?:\s+{_SHAPING}){{0,3}}?)\s+{after}(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{before}|{after})(?![\w-])", re.IGNORECASE))


@cache
def _plain_support(term_id: str | None) -> bool:
    """A material term that is no hydride (a hydride's form words describe a sample, not a scaffold) and names
    no architecture of its own: 'carbon', 'silica', 'graphene' — not 'aerogel-like carbon' or 'porous carbon',
    whose further words ('porous aerogel-like carbon') qualify a scaffold the ontology already tells apart."""
    term = vocabulary().get(term_id) if term_id else None
    if term is None or term.parent_hydride or (term.formula and written_with_hydrogen(term.formula)):
        return False
    any_word = _patterns()[2]
    return not any(any_word.search(label) for label in term.labels)


def with_architecture(text: str, found: list, mention_type: type) -> list:
    """``found`` (the mentions of ``text``, in order) with each support named in words widened to the
    architecture words written before and after it, where no other mention stands among them."""
    before, after, any_word = _patterns()
    if not any_word.search(text):
        return found
    out = list(found)
    for i, m in enumerate(found):
        if m.kind == "SYSTEM":
            # 'LiBH4@carbon micro–macrocellular foams': a notation's last part, a support in words, with the build
            # noun after it is the sample in that support (the words before the notation are not the support's)
            last = _LAST_PART.search(m.text)
            if last is None or not _plain_support(getattr(vocabulary().lookup(last.group("part"), "Material"),
                                                          "id", None)):
                continue
            lead, tail = None, after.match(text, m.end)
        elif m.kind != "Material" or not _NAMED_IN_WORDS.fullmatch(m.text) or not _plain_support(m.term):
            continue
        else:
            lead, tail = before.search(text, max(0, m.start - _LOOK_BACK), m.start), after.match(text, m.end)
        start = lead.start() if lead else m.start
        end = tail.end() if tail else m.end
        if (start, end) == (m.start, m.end):
            continue
        among = [n for n in out if n is not m and n.start < end and n.end > start]
        # ('plasma carbon': a word the ontology also knows as a process names the kind of carbon here)
        if any(n.kind in ("Material", "SYSTEM") or not any_word.fullmatch(n.text) for n in among):
            continue     # 'porous MgH2 and carbon': another mention among the words is another material
        out = [n for n in out if not any(n is a for a in among)] if among else out
        # 'an ordered silica, MCM-41': the name after says which ('… hard carbon (NPC)' only abbreviates it)
        beside = found[i + 1] if i + 1 < len(found) else None
        if beside is not None and beside.kind in ("Material", "SYSTEM") \
                and _APPOSED.fullmatch(text, end, beside.start) \
                and spelled_by(text[start:end].split(), beside.text) is None:
            continue
        # (the words shaping the build stay outside the name, as intensifiers do: 'carbon micro–macrocellular foams'
        # is a carbon foam; the mention still spans them, so no other reading takes them)
        name = text[start:end] if tail is None or not tail.group("shaping") \
            else text[start:tail.start("shaping")] + text[tail.end("shaping"):end]
        out[next(k for k, n in enumerate(out) if n is m)] = mention_type(m.kind, name, start, end, m.term)
    return out
