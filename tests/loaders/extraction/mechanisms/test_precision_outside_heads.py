"""Round thirteen on sentences of our own: a list whose head names people, concrete things or
places (``outside_heads``) gives no INCLUDES edge, while a head that ends with a sector, an
activity or a kind of technology keeps its list whatever the items name; a list read twice keeps
the longer head; a counted summary unit, a predicate after the head and an idiom of quality
before 的 are no heads."""

from conceptkg.loaders.extraction.includes.outside import OutsideHeads
from conceptkg.loaders.lexicon import load_lexicon
from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str, lexicon: tuple[str, ...] = ()) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text, lexicon)) if e[1] == "INCLUDES"}


def test_the_word_that_ends_a_head_decides_its_class():
    outside = OutsideHeads(load_lexicon())
    assert outside.of("候鸟") == "animal"
    assert outside.of("新能源汽车") == "vehicle"
    assert outside.of("飞机场") == "building"  # the longest entry, not 飞机
    assert outside.of("汽车产业") is None  # a sector
    assert outside.of("文物保护") is None  # an activity
    assert outside.of("劳动者") is None  # a factor of the guidelines


def test_lists_of_things_people_and_places_give_no_edge():
    assert not _incl("临江湿地今冬迎来白鹭、灰鹤等候鸟。")
    assert not _incl("海州博物馆展出青铜鼎、玉琮等文物。")
    assert not _incl("码头可装载电动卡车、冷藏货车等车型。")
    assert not _incl("临江县种植土豆、萝卜等耐寒蔬菜。")
    assert not _incl("临江县在车站、码头等交通枢纽开展安全检查。")
    # a head of people stays refused when a verb follows it (旅客出行 is no head either)
    assert not _incl("志愿者在候车大厅为老人、孕妇等旅客出行提供帮助。")


def test_heads_of_sectors_activities_and_kinds_keep_their_lists():
    got = _incl("临江县培育电动汽车、低空飞行器等新兴产业。")
    assert {("新兴产业", "INCLUDES", "电动汽车"), ("新兴产业", "INCLUDES", "低空飞行器")} <= got
    got = _incl("临江县开展古籍修复、石窟保护等文物保护工作。")
    assert ("文物保护", "INCLUDES", "古籍修复") in got
    assert ("传统技艺", "INCLUDES", "扎染") in _incl("临江县展示扎染、蜡染等传统技艺。")


def test_a_user_lexicon_adds_a_class(tmp_path):
    text = "临江县培育蓝莓、草莓等浆果。"
    assert ("浆果", "INCLUDES", "蓝莓") in _incl(text)
    user = tmp_path / "more.yaml"
    user.write_text("outside_heads: [浆果|plant]\n", encoding="utf-8")
    assert not _incl(text, (str(user),))


def test_a_list_read_twice_keeps_the_longer_head():
    got = _incl("数字孪生、边缘计算等新技术设施在临江港加快落地。")
    assert ("新技术设施", "INCLUDES", "边缘计算") in got
    assert not any(e[0] == "新技术" for e in got)
    # a lexicon term that is the whole head still owns the list
    got = _incl("临江县引进智能分拣、冷链仓储等新技术。")
    assert ("新技术", "INCLUDES", "智能分拣") in got


def test_counted_units_predicates_and_idioms_are_no_heads():
    assert not _incl("临江县举办草莓节、灯笼会等多种形式。")
    got = _incl("临江县开展滑翔伞、皮划艇等多种形式的体验活动。")
    assert any(e[2] == "滑翔伞" and "体验活动" in e[0] for e in got)
    got = _incl("新规就申报流程、补贴标准等审批事项作出具体规定。")
    assert ("审批事项", "INCLUDES", "申报流程") in got
    assert not any("规定" in e[0] for e in got)
    got = _incl("海州推出渔灯会、沙雕展等精彩纷呈的活动。")
    assert not any(e[0] == "精彩纷呈" for e in got)


def test_shortfalls_risks_traders_and_provinces_own_no_parts():
    from tests.loaders.extraction_helpers import edges, extract

    for text in ("重点补齐市政设施、公共服务、环境卫生等短板。",
                 "平台规则、海外合规和汇率波动等风险不容忽视。",
                 "老街引入特色餐饮、茶饮、非遗手作等商户40户。",
                 "该计划已落地甲省、乙省、丙省等9个省份。"):
        got = {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}
        assert not got, text
