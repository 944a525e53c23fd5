"""News frames of DRIVES: a clause that only says how briskly a thing goes (A火爆, A发展迅速, A
持续上演) before a subjectless cue clause makes it the driver (even with a verb inside its noun
phrase: 智能分拣技术); 为B赋能 / 为B助力 with no force noun provides as 为B提供动力 does. Made-up
sentences."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_brisk_thing_drives_the_next_clause():
    assert ("冰雪旅游", "DRIVES", "餐饮住宿消费") in _drives("冰雪旅游火爆，拉动了餐饮住宿消费。")
    assert ("江畔烟花秀", "DRIVES", "滨江人气") in \
        _drives("江畔烟花秀持续上演，不仅拉动滨江人气。")


def test_a_verb_inside_the_noun_phrase_of_a_state_clause():
    got = _drives("我国智能分拣技术发展迅速，进而带动物流机器人产业发展。")
    assert ("智能分拣技术", "DRIVES", "物流机器人产业发展") in got or \
        ("智能分拣技术", "DRIVES", "物流机器人产业") in got


def test_an_action_before_the_state_is_no_driver():
    assert not _drives("农户扩大种植面积快速增长，带动产业升级。")


def test_bare_empowering_after_wei():
    assert ("数字经济", "DRIVES", "城市更新") in _drives("数字经济为城市更新赋能。")
    assert ("烟花秀", "DRIVES", "老街改造") in _drives("烟花秀拉动滨江人气，还为老街改造不断赋能。")


def test_bare_empowering_in_a_relative_clause_drives_nothing():
    assert not _drives("为乡村振兴赋能的数字平台已经上线。")


def test_an_engine_noun_after_the_object_is_no_part_of_it():
    got = _drives("海洋经济快速发展，带动港城繁荣的引擎作用愈加突出。")
    assert ("海洋经济", "DRIVES", "港城繁荣") in got
    assert not any(e[2].endswith(("引擎", "作用")) for e in got)


def test_each_cue_of_a_list_of_predicates_with_aspect_words():
    got = _drives("数字经济推动了产业升级、促进了消费增长。")
    assert {("数字经济", "DRIVES", "产业升级"), ("数字经济", "DRIVES", "消费增长")} <= got
    assert ("数字经济", "DRIVES", "就业") not in _drives("数字经济推动了产业升级、扩大了就业。")


def test_a_verb_opening_the_noun_phrase_of_a_state_clause():
    assert ("露营经济", "DRIVES", "户外用品销售") in _drives("露营经济迅速兴起，带动户外用品销售。")
    # an act with a count is no state: 接待X超过N人次
    assert not {e for e in _drives("上月接待研学团队超过300批次，带动了土特产销售。")
                if e[0].startswith("接待")}


def test_under_cue_what_grows_is_the_whole_phrase_before_the_closing_state():
    assert ("出口订单", "DRIVES", "电子信息产业增加值") in \
        _drives("受出口订单增加带动，电子信息产业增加值增长8%。")
    assert ("国际油价", "DRIVES", "化工产品价格") in \
        _drives("受国际油价上涨带动，化工产品价格明显上涨。")
    got = _drives("在新能源汽车产业带动下，锂电池、充电桩等上下游配套产业快速扩张。")
    assert ("新能源汽车产业", "DRIVES", "上下游配套产业") in got
    assert ("海洋经济", "DRIVES", "全县船舶和海工配套产业营业收入") in \
        _drives("在海洋经济的带动下，全县船舶和海工配套产业营业收入快速增长。") or \
        ("海洋经济", "DRIVES", "船舶和海工配套产业营业收入") in \
        _drives("在海洋经济的带动下，全县船舶和海工配套产业营业收入快速增长。")


def test_an_engine_of_a_joint_process():
    assert ("数字经济", "DRIVES", "文化与旅游融合") in \
        _drives("数字经济成为文化与旅游融合的重要引擎。")
    assert not _drives("恒拓集团与岚州银行是推动合作的重要力量。")


def test_an_aim_after_a_copula_clause_speaks_of_the_copulas_subject():
    assert ("城市音乐季", "DRIVES", "夜间消费") in \
        _drives("城市音乐季是一项公益活动，旨在带动夜间消费。")
    assert not {e for e in _drives("城市音乐季是一项公益活动，旨在带动夜间消费。")
                if e[0] == "公益活动"}
    assert not _drives("恒拓集团是一家新能源企业，旨在推动绿色转型。")


def test_a_subjectless_copula_clause_lets_the_topic_through():
    got = _drives("“岚风一号”海上风机总数达到45台，成为本省装机最多的一款风电机型，"
                  "为能源结构优化注入了强劲动力。")
    assert any(e[2] == "能源结构优化" and "岚风一号" in e[0] for e in got)


def test_means_listed_in_the_clause_before_each_drive():
    got = _drives("通过开展联合攻关、技术培训等，推动形成产业合力。")
    assert {("联合攻关", "DRIVES", "产业合力"), ("技术培训", "DRIVES", "产业合力")} <= got


def test_a_counted_thing_drives_the_next_clause():
    assert ("手机以旧换新", "DRIVES", "数码销售额") in \
        _drives("当月，手机以旧换新8.4万部，带动数码销售额12.6亿元。")
    assert not _drives("新装充电桩450根，推动快充网络向乡镇延伸。")


def test_no_driver_in_a_purpose_or_a_disposal():
    assert not _drives("希望科技人员为推动产业升级贡献力量。")
    assert not _drives("该市把推动制造业升级作为首要任务。")


def test_under_a_list_of_drivers_each_saying_how_it_fares():
    got = _drives("受原料价格逐月回暖、海外询单明显回升等因素带动，船企利润增长7.4%。")
    assert {e[0] for e in got if e[2].startswith("船企利润")} >= {"原料价格", "海外询单"}


def test_a_copula_clause_giving_a_driving_role():
    assert ("新能源船舶", "DRIVES", "造船市场") in \
        _drives("新能源船舶成为订单主力，持续拉动了造船市场。")
    assert not _drives("恒拓集团成为行业主力军，带动上下游企业发展。")


def test_what_a_clause_puts_to_work_drives():
    assert ("无人机", "DRIVES", "森林防火") in _drives("全市出动无人机300架次助力森林防火。")
    assert ("专项资金", "DRIVES", "乡村振兴") in _drives("岚山县投入专项资金助力乡村振兴。")
    assert not _drives("恒拓集团投入研发人员助力技术攻关。")


def test_money_whose_state_the_clause_before_gives_supports():
    assert ("科创贷款", "DRIVES", "海洋牧场建设") in \
        _drives("今年上半年，科创贷款余额同比上升31%，有效支持海洋牧场建设。")
    assert not _drives("政府有力支持企业发展。")


def test_a_described_pair_that_a_clause_only_names_drives():
    got = _drives("片中浓郁的江南风情和茶马文化，带动多个古镇迎来大批游客。")
    assert {"江南风情", "茶马文化"} <= {e[0] for e in got}
    assert not _drives("主要投向三个海洋产业园的配套设施和初创团队，"
                       "带动民间资本跟投40亿元左右。")
    assert not _drives("完善跨部门数据共享规则和接口标准，提高审批效率，支撑高频事项掌上办。")


def test_under_cue_a_bare_word_with_how_it_fares_is_the_driver():
    assert ("外需回暖", "DRIVES", "港口物流收入") in \
        _drives("受外需回暖带动，港口物流收入同比增长6%。")


def test_tasks_listed_before_an_aspect_role():
    got = _drives("海洋经济在扩大就业、推动渔业转型等方面均发挥了独特作用。")
    assert {("海洋经济", "DRIVES", "就业"), ("海洋经济", "DRIVES", "渔业转型")} <= got
    got = _drives("以旧换新持续火爆，不仅拉动了零售增长，还在激活县域消费、助力循环利用等方面"
                  "均发挥了独特作用。")
    assert {("以旧换新", "DRIVES", "县域消费"), ("以旧换新", "DRIVES", "循环利用")} <= got
    assert not _drives("海洋经济在航运、渔业等方面均发挥了独特作用。")
    assert not _drives("恒拓集团在推动港口升级方面发挥了独特作用。")


def test_role_of_the_topic_of_the_clauses_before():
    # A开展N年来，在<task>、<task>等方面发挥了作用: the topic drives each task's object
    got = _drives("岚溪协作机制运行十年来，在助力竹编增收、促进乡村旅游等方面均发挥了独特作用。")
    assert {s for s, _, _ in got} == {"岚溪协作机制"}, got
    assert {t for _, _, t in got} >= {"竹编增收", "乡村旅游"}, got
    # a body's topic acts, it drives nothing
    assert not _drives("恒拓集团成立十年来，在推动港口升级、促进物流提速等方面均发挥了独特作用。")
