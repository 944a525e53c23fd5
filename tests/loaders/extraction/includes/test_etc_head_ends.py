"""Where the head of a ``B、C等H`` list ends: before a word of degree, comparison or effect that
opens its predicate, before a verb after a noun of a kind, before a measure of it; a scale of
size (百亿级) may open it."""

from ...extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in edges(extract(text)) if r == "INCLUDES"}


def test_a_word_of_effect_ends_the_head():
    got = _includes("新规正对木材、钢材、水泥等原料采购产生明显影响。")
    assert not any("产生" in s for s, _ in got)


def test_a_word_of_degree_ends_the_head():
    got = _includes("岚州物流体系不断完善，冷链仓储、城际快运等配送网络明显增强。")
    assert not any("明显" in s for s, _ in got)


def test_a_measure_compared_with_before_gives_no_head():
    assert not _includes("溪宁市场大米、面粉、鸡蛋等库存量较上周有所增加。")


def test_a_verb_after_a_noun_of_a_kind_ends_the_head():
    got = _includes("推动芯片设计、工业软件等新兴领域加速技术迭代。")
    assert {("新兴领域", "芯片设计"), ("新兴领域", "工业软件")} <= got
    got = _includes("让岚州茶叶、溪宁竹笋等特色农产品远销邻省。")
    assert ("特色农产品", "溪宁竹笋") in got


def test_an_action_noun_after_a_noun_of_a_kind_stays_in_the_head():
    # (the head stays as the earlier rules read it: 传统领域, with no cut of its own)
    got = _includes("拓展港口、渔港、林场等传统领域合作前景。")
    assert any(h.startswith("传统领域") and t == "港口" for h, t in got)


def test_a_noun_after_a_noun_of_a_kind_stays_in_the_head():
    assert not any(s == "行业" for s, _ in _includes("恒拓、岚升等行业龙头企业参加了展会。"))


def test_a_measure_of_the_head_ends_it():
    got = _includes("溪宁会展、设计等现代服务业增势平稳。")
    assert ("现代服务业", "设计") in got


def test_a_scale_of_size_opens_a_head():
    got = _includes("岚州培育精密仪器、储能材料等百亿级产业链，壮大实体经济。")
    assert {("百亿级产业链", "精密仪器"), ("百亿级产业链", "储能材料")} <= got


def test_a_predicate_right_after_etc_leaves_the_list_without_head():
    assert not _includes("岚州市长、溪宁副市长等出席会议。")
    assert not _includes("甲方对乙方仓库、码头等发动了突袭。")
    assert not _includes("与会嘉宾围绕资源整合、产业协作等展开讨论。")


def test_a_head_with_its_own_verb_of_kind_stays():
    got = _includes("恒拓集团承建溪宁港、岚州港等扩建工程。")
    assert all(s != "扩建" for s, _ in got)


def test_a_quality_word_before_de_describes_the_head():
    got = _includes("岚州推出舞龙、灯会等精彩的民俗活动。")
    assert {("精彩民俗活动", "舞龙"), ("精彩民俗活动", "灯会")} <= got
    assert not any(s == "精彩" for s, _ in got)


def test_a_count_of_groups_before_the_count_of_the_head_is_no_part_of_it():
    got = _includes("溪宁市出台减税降费、融资支持等4个方面12条惠企举措。")
    assert {("12条惠企举措", "减税降费"), ("12条惠企举措", "融资支持")} <= got


def test_a_scale_after_a_count_is_no_second_count():
    got = _includes("恒拓集团所在省份加快打造智能终端、精细化工等3个百亿级园区。")
    assert ("3个百亿级园区", "智能终端") in got


def test_practice_names_a_programme_after_etc():
    got = _includes("岚州各村组织开展理论宣讲、文艺演出等社会实践志愿活动。")
    assert ("社会实践志愿活动", "理论宣讲") in got


def test_an_adjective_before_a_localizer_keeps_the_frame_out_of_the_head():
    got = _includes("两地在港口物流、跨境仓储等重大项目上立场高度一致。")
    assert not any("立场" in s for s, _ in got)
