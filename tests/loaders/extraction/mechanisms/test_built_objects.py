"""Round 5 mechanisms, on sentences of our own: what a clause builds drives the next clause,
``为A、B和C提供支撑`` lists, a qualified force noun, and ``签订X项目``."""

from tests.loaders.extraction_helpers import edges, extract


def test_built_initiative_drives_the_chain_clause():
    got = edges(extract("东方集团投资5亿元建设北湖生物医药产业园，助力生物医药产业做大做强。"))
    assert ("北湖生物医药产业园", "DRIVES", "生物医药") in got


def test_founded_institution_provides_support():
    got = edges(extract("市政府与南山大学签署协议，共建储能技术研究院，为产业集群提供技术支撑。"))
    assert ("储能技术研究院", "DRIVES", "产业集群") in got


def test_provide_support_to_each_listed_target():
    got = edges(extract("工业互联网为智能制造、服务型制造和绿色制造提供坚实支撑。"))
    assert {("工业互联网", "DRIVES", "智能制造"), ("工业互联网", "DRIVES", "绿色制造")} <= got


def test_subject_term_before_a_process_noun():
    got = edges(extract("人工智能的广泛应用将为新质生产力提供有力支撑。"))
    assert ("人工智能", "DRIVES", "新质生产力") in got


def test_signed_project_is_implemented():
    got = edges(extract("东方储能有限公司与开发区管委会签订10GWh电池生产基地项目。"))
    assert ("东方储能有限公司", "IMPLEMENTS", "10GWh电池生产基地项目") in got


def test_a_plain_clause_before_a_chain_verb_gives_no_initiative():
    got = edges(extract("加强人才培养，助力新材料产业做大做强。"))
    assert not any(e[1] == "DRIVES" and e[2] == "新材料" and e[0] != "人才" for e in got)
