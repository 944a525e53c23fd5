"""The plan-block helpers (plans/blocks.py) and the launched-programme readers (plans/launched.py).
All texts are made up for these tests."""

import pytest

from conceptkg.loaders.extraction.arguments.phrases import Ent
from conceptkg.loaders.extraction.plans.blocks import (
    TaskBlock,
    plan_issuers,
    start_after_de,
    title_tail_after_de,
)
from conceptkg.loaders.extraction.plans.launched import launch_regex, launched_spans
from conceptkg.loaders.lexicon import get_lexicon


def _ent(name: str, start: int = 0) -> Ent:
    return Ent(name, "Initiative", start, start + len(name), "test")


def test_a_block_keeps_each_programme_once_and_closes():
    block = TaskBlock()
    assert not block.is_open
    block.open()
    block.add(_ent("青禾振兴行动"))
    block.add(_ent("青禾振兴行动", 9))
    block.add(_ent("禾香推介计划"))
    assert [p.name for p in block.programmes] == ["青禾振兴行动", "禾香推介计划"]
    block.close()
    assert not block.is_open and block.programmes is None


def test_adding_outside_a_block_is_an_error():
    with pytest.raises(AssertionError):
        TaskBlock().add(_ent("青禾振兴行动"))


def test_the_name_after_the_last_de():
    sim = "设立规模五亿元的青禾的创投基金"
    assert sim[start_after_de(sim, 0, len(sim)):] == "创投基金"
    assert start_after_de("青禾创投基金", 0, 6) == 0  # no 的: no cut


def test_a_title_with_de_names_the_programme_it_ends_with():
    title = _ent("设立规模五亿元的青禾基金")
    named = [_ent("禾香计划"), _ent("青禾基金")]
    assert title_tail_after_de(title, named).name == "青禾基金"
    assert title_tail_after_de(_ent("青禾产业青禾基金"), named) is None  # (no 的)
    assert title_tail_after_de(None, named) is None


def test_issuer_gates_differ_on_purpose():
    lex = get_lexicon()
    gov = Ent("青禾区人民政府", "Organization", 0, 7, "test")
    office = Ent("青禾区人民政府办公室", "Organization", 0, 10, "test")
    plain = "（一）实施青禾振兴行动。"
    assert plan_issuers(plain, lex, gov, True, gov.name) == (gov, True)
    # a plan with a units line leaves its tasks to the units; its government still launches
    assert plan_issuers(plain + "牵头单位：区商务局", lex, gov, True, gov.name) == (None, True)
    # an office issues on its government's behalf: no block issuer, and no issuing body
    assert plan_issuers(plain, lex, office, True, office.name) == (None, False)
    assert plan_issuers(plain, lex, gov, False, gov.name) == (None, False)


def test_launched_objects_without_figures():
    rx = launch_regex(get_lexicon())
    assert rx is launch_regex(get_lexicon())  # (compiled once)
    sim = "整治青禾市场秩序。开展“净禾”专项行动，开展3次检查。"
    names = [name for _, _, name in launched_spans(rx, sim, 0, len(sim))]
    assert names == ["净禾专项行动"]
