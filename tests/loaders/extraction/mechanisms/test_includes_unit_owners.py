"""A list closed by a count and a bare unit word (X设有A、B、C三大板块, X整合了A、B等12类服务):
the whole that has the parts is the subject of the verb of having, and a list with no such
subject gives no edge (includes/unit_owners.py). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_subject_of_a_verb_of_having_owns_the_counted_parts():
    got = _includes("示范园设有智能制造、绿色能源、数字服务三大板块。")
    assert {("示范园", "智能制造"), ("示范园", "绿色能源"), ("示范园", "数字服务")} <= got
    assert not any(s in ("板块", "三大板块") for s, _ in got)


def test_a_counted_unit_after_etc_goes_to_the_subject_too():
    got = _includes("“云港通”平台整合了港口调度、货物追踪、电子结算等9类服务。")
    assert ("云港通平台", "货物追踪") in got
    assert not any("服务" in s for s, _ in got)


def test_a_verb_glued_to_the_first_item_is_cut_off_it():
    got = _includes("学会下设标准研究平台、检测认证中心和人才培训基地三大平台。")
    assert ("学会", "标准研究平台") in got
    assert not any(t.startswith("学会") for _, t in got)


def test_the_subject_of_the_clause_before_owns_a_list_after_an_opening_verb():
    got = _includes("示范园目前已入驻企业30家，形成了茶叶加工、竹木家居、生态旅游三大板块。")
    assert ("示范园", "茶叶加工") in got


def test_a_body_that_set_the_parts_up_owns_nothing():
    got = _includes("青禾集团新设立了海上光伏、氢能储运两个平台。")
    assert not got


def test_a_pronoun_subject_leaves_the_list_without_head():
    got = _includes("这个街区由市文旅局打造，设有夜间演艺、非遗市集、特色餐饮三大板块。")
    assert not got


def test_a_qualified_unit_keeps_its_own_list():
    got = _includes("公司目前形成了精密铸造、智能装备和系统集成三大业务板块。")
    assert ("业务板块", "精密铸造") in got


def test_a_unit_head_before_its_list_keeps_it():
    got = _includes("三平台包括“星河”数据平台、“云帆”算法平台和“海图”应用平台。")
    assert any(s == "三平台" for s, _ in got)


def test_the_first_part_of_a_composed_whole_starts_right_after_you():
    # 由A、B、C三大H组成: the first part is whole, whatever verbs its words hold
    got = _includes("集团的主业，由港口投资建设、城市综合开发、产业金融服务三大板块组成。")
    assert ("主业", "港口投资建设") in got


def test_a_short_subject_stands_for_the_name_the_text_gave_before():
    got = _includes("青禾智能制造创新联盟今日揭牌。联盟下设标准研究平台、检测认证中心和人才培训基地"
                    "三大平台。")
    assert ("青禾智能制造创新联盟", "检测认证中心") in got
    assert not any(s == "联盟" for s, _ in got)
