"""Words that open no node's name (``node_name_leads``): a launching verb, a count or share, the
scope of a body or a function word left at the start of a name by any finder; the node is the
rest, the whole phrase its alias, and a node of the same name and type is the same node."""

from conceptkg.graph.models import Document
from conceptkg.loaders.extraction.builder import GraphBuilder
from conceptkg.loaders.extraction.extract import get_lexicon
from conceptkg.loaders.extraction.mentions.mention_types import Ent
from conceptkg.loaders.extraction.name_leads import strip_name_lead
from tests.loaders.extraction_helpers import extract

LEADS = tuple(sorted(get_lexicon(()).list("node_name_leads"), key=len, reverse=True))


def _ent(name: str, typ: str = "Initiative", rule: str = "chunk") -> Ent:
    return Ent(name, typ, 10, 10 + len(name), rule)


def test_a_launching_verb_or_a_count_opens_no_name():
    got = strip_name_lead(_ent("实施乡村物流提速行动"), LEADS)
    assert got.name == "乡村物流提速行动" and "实施乡村物流提速行动" in got.aliases
    assert got.start == 12
    assert strip_name_lead(_ent("一套老人防骗训练小程序"), LEADS).name == "老人防骗训练小程序"
    assert strip_name_lead(_ent("推广余热发电", "Concept", "list_item"), LEADS).name == "余热发电"
    assert strip_name_lead(_ent("部分县域通信基站", "Factor"), LEADS).name == "县域通信基站"


def test_given_names_short_rests_and_organisations_keep_their_words():
    # a title, a quoted name and a term of the lexicon are given whole
    assert strip_name_lead(_ent("推出甲乙行动方案", rule="book_title"), LEADS).name == \
        "推出甲乙行动方案"
    assert strip_name_lead(_ent("实施方案", rule="lexicon"), LEADS).name == "实施方案"
    # too little left to be a name (实施方案 read as a chunk stays whole)
    assert strip_name_lead(_ent("实施方案"), LEADS).name == "实施方案"
    assert strip_name_lead(_ent("部署会"), LEADS).name == "部署会"
    # an organisation is read by its own finders
    assert strip_name_lead(_ent("两家科技支行", "Organization", "founded_org"), LEADS).name == \
        "两家科技支行"
    # a scope or a group says which part is meant
    assert strip_name_lead(_ent("全省智慧文旅平台体系"), LEADS).name == "全省智慧文旅平台体系"
    assert strip_name_lead(_ent("一批便民举措"), LEADS).name == "一批便民举措"
    # a word that only looks like a lead inside a name
    assert strip_name_lead(_ent("以旧换新促销活动"), LEADS).name == "以旧换新促销活动"


def test_the_stripped_name_is_the_node_of_the_same_name():
    doc = Document.from_text("（一）实施乡村物流提速行动", path="t.txt")
    b = GraphBuilder(doc, doc.text, name_leads=LEADS)
    a = b.node(Ent("实施乡村物流提速行动", "Initiative", 3, 13, "chunk"), (0, 13))
    c = b.node(Ent("乡村物流提速行动", "Initiative", 5, 13, "activity_name"), (0, 13))
    assert a == c
    [node] = [n for n in b.graph().nodes() if n.type == "Initiative"]
    assert node.name == "乡村物流提速行动" and "实施乡村物流提速行动" in node.aliases


def test_a_facility_after_a_subject_and_its_verb_is_named_without_them():
    names = {n.name for n in extract("公交集团推出夜间公交专线，方便游客夜间出行。").nodes()}
    assert "公交集团推出夜间公交专线" not in names
    assert "夜间公交专线" in names
    names = {n.name for n in extract("乙县在脱贫村布设村级光伏电站，带动村集体增收。").nodes()}
    assert not any("布设" in n for n in names)
