"""A cue clause without a subject of its own is driven by the phrase an earlier clause of the
same sentence introduced (extraction/drives/carried.py): what was held, launched, issued or
granted; the thing of a clause that says when it came into use; the thing whose state a clause
gives; the head of a relative clause of launching. Actors, places, figures, a thing of its own
in between and a body's will give no driver. Also 在 left out of 在A带动下."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_what_was_held_or_granted_drives_a_cue_clause_of_manner_or_time():
    got = _drives("岚州连续举办湖畔音乐节，线上线下助力民宿经济增收。")
    assert ("湖畔音乐节", "民宿经济增收") in got
    got = _drives("恒拓集团举办岚湖消费季活动，整合县域网点，推出开户礼包、积分奖励等，"
                  "活动期间预计带动茶叶销售增长。")
    assert any(s == "岚湖消费季活动" and d.startswith("茶叶销售") for s, d in got)
    got = _drives("各县发放形式多样的农机购置补贴，带动农机销量增长。")
    assert ("农机购置补贴", "农机销量增长") in got


def test_the_thing_that_fares_or_came_into_use_drives_past_clauses_without_subject():
    got = _drives("各县湖鲜消费补贴力度持续加大，使湖鲜均价进一步下降，带动渔业加工产业发展。")
    assert ("湖鲜消费补贴", "渔业加工产业发展") in got
    got = _drives("今年以来，“岚湖之夜”光影秀持续上演，以灯光科技呈现湖州风貌，"
                  "给游客带来全新体验，不仅拉动夜间客流，还为文旅融合不断赋能。")
    assert ("“岚湖之夜”光影秀", "夜间客流") in got
    assert ("“岚湖之夜”光影秀", "文旅融合") in got
    got = _drives("湖州惠农贷款机制去年5月启动以来，各县累计发放贷款超过20亿元，"
                  "农户续贷余额近3亿元，助力农户扩大种植。")
    assert ("湖州惠农贷款机制", "农户扩大种植") in got


def test_the_head_of_a_relative_clause_of_launching_provides():
    got = _drives("岚州近日施行的《岚州促进湖区旅游发展条例》，"
                  "为推动湖区旅游高质量发展提供法治保障。")
    assert ("岚州促进湖区旅游发展条例", "湖区旅游高质量发展") in got
    assert not any(s == "岚州" for s, _ in got)
    got = _drives("岚州近日施行的《岚州促进湖区旅游发展条例》"
                  "为推动湖区旅游高质量发展提供法治保障。")
    assert ("岚州促进湖区旅游发展条例", "湖区旅游高质量发展") in got
    got = _drives("湖州推出的茶旅消费券为茶产业发展注入活力。")
    assert ("茶旅消费券", "茶产业发展") in got


def test_actors_figures_rival_things_and_wills_drive_nothing():
    # an actor's state, a thing of its own in between, a frame naming nothing before
    assert not _drives("恒拓集团董事会持续上演，带动茶叶销售增长。")
    assert not any(s == "茶博会" for s, _ in _drives(
        "岚州举办茶博会，恒拓集团营收增长两成，带动茶叶销售增长。"))
    assert not _drives("恒拓集团推出开户礼包、积分奖励等，活动期间预计带动茶叶销售增长。")
    # a report's opening and a task of building
    assert not _drives("据介绍，项目达产后预计年产值超过200亿元，将带动上下游配套企业集聚。")
    assert not _drives("高标准打造港口物流高地，持续赋能远洋捕捞合作。")
    assert not _drives("高标准打造港口物流新格局，持续赋能远洋捕捞合作。")
    # a task list: what one task launched does not drive the next task
    assert not _drives("开展湖区清淤行动，新建生态护岸12公里，推动湖区生态修复。")


def test_under_frame_without_zai():
    got = _drives("新能源汽车产业带动下，锂电池、充电桩等上下游配套产业快速扩张。")
    assert ("新能源汽车产业", "上下游配套产业") in got
    assert not _drives("湖州推动下，岚湖沿岸配套产业快速扩张。")


def test_a_reported_effect_is_driven_by_what_was_launched_past_clauses_of_service():
    got = _drives("恒拓银行推出“湖茶贷”专属产品，对茶企购置设备提供中长期贷款，"
                  "全年支持项目218个，发放贷款3.2亿元，有力拉动了全县茶产业投资增长。")
    assert any(s.startswith("湖茶贷") for s, _ in got)
    # a plan's task after another task: what the first launched drives nothing
    assert not _drives("开展湖区清淤行动，对沿湖村庄提供污水收集设施，推动湖区生态修复。")


def test_a_word_pointing_at_a_place_is_no_target():
    got = _drives("湖畔冰雪赛事持续火爆，助力当地脱贫群众稳定增收。")
    assert ("湖畔冰雪赛事", "脱贫群众稳定增收") in got
    assert not any(d == "当地" for _, d in got)


def test_what_came_into_use_drives_a_reported_effect():
    got = _drives("恒拓集团开发的“湖e管”平台正式上线，接入设备1200余台，带动了运维效率提升。")
    assert any(s.startswith("湖e管") and d == "运维效率提升" for s, d in got)
    assert not any(s.startswith("恒拓集团") for s, _ in got)



def test_a_span_of_time_is_no_topic_and_what_a_relative_clause_names_came_into_use():
    got = _drives("报告期内，恒拓集团与岚州理工大学共建的“湖畔装备联合实验室”正式挂牌，"
                  "进一步促进了校企协同创新。")
    assert any(s == "湖畔装备联合实验室" for s, _ in got)
    assert not any(s.startswith("报告期") for s, _ in got)


def test_labels_prepositions_roles_and_localizers_carry_nothing():
    # a source label before a colon, a phrase after a preposition, a place closed by 上
    assert not _drives("湖州日报消息：今年前两个月，湖州茶叶出口同比增长10%，带动了茶农增收。") or \
        not any(s.startswith("湖州日报") for s, _ in _drives(
            "湖州日报消息：今年前两个月，湖州茶叶出口同比增长10%，带动了茶农增收。"))
    assert not any(s.startswith("茶农") for s, _ in _drives(
        "湖畔茶文化节的热闹景象，给广大茶农带来丰收的喜悦，激发了茶农的种茶热情。"))
    assert not any(s.endswith("上") for s, _ in _drives(
        "新赛道上，希望湖州茶企继续作表率，带动茶产业转型升级。"))
    # a role and a modal are a clause's predicate, no name
    assert not any("发挥" in s or "预计" in s for s, _ in _drives(
        "湖畔茶文化节期间，还举办了斗茶大会等活动，并充分发挥茶文化效应，带动茶旅消费。"))


def test_relending_is_one_word_of_money():
    got = _drives("截至目前，科技创新再贷款余额已超3000亿元，有力支持企业技术改造。")
    assert ("科技创新再贷款", "企业技术改造") in got


def test_a_speaker_and_a_clause_carry_nothing():
    assert not any(s.startswith("湖州茶业大会") for s, _ in _drives(
        "湖州茶业大会提出，激发茶企创新活力，带动茶产业升级。"))
    assert not any("带来" in s for s, _ in _drives(
        "千亩茶园不仅带来丰收的喜悦，还融合湖畔风光，带动了乡村旅游。"))


def test_what_was_rolled_out_drives_and_a_listed_head_names_the_one_thing():
    got = _drives("溪宁市推广玉米密植技术，带动单产提升。")
    assert ("玉米密植技术", "单产提升") in got
    got = _drives("溪宁市集成推广稻鱼共生等生态技术，带动稻田综合收益提升。")
    assert ("生态技术", "稻田综合收益提升") in got
    got = _drives("溪宁市推出冰雪游、温泉游，带动消费增长。")  # (which one drives is unsaid)
    assert not any(s.startswith("冰雪游、") for s, _ in got)


def test_a_total_nearly_reached_says_how_the_subject_fares():
    got = _drives("全市光伏装机已近200万千瓦，有力支撑能源自给率稳定提升。")
    assert any(s == "全市光伏装机" for s, _ in got)


def test_a_verb_that_stops_rolling_out_carries_nothing():
    assert not _drives("岚州停止推广高毒农药，带动绿色农业发展。")
