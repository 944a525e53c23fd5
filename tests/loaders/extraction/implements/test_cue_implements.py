"""IMPLEMENTS from acting organisations, parties and the document's own organisation."""

import pytest

from ...extraction_helpers import edges, extract


@pytest.mark.parametrize("text, expected", [
    ("交通运输部今天启动“畅行乡村”专项行动。",
     {("交通运输部", "IMPLEMENTS", "“畅行乡村”专项行动")}),
    # 等N部门联合 between the actor and the verb, a book-title object
    ("水利部等四部门近日联合印发《关于加强河湖岸线保护的指导意见》。",
     {("水利部", "IMPLEMENTS", "关于加强河湖岸线保护的指导意见")}),
    # a counted group of governments acting together
    ("三省市共同建设跨省生态廊道示范区。", {("三省市", "IMPLEMENTS", "跨省生态廊道示范区")}),
    # X方 acting, then later clauses without a subject of their own
    ("甲方愿同乙方一道，共同举办建交周年庆祝活动。",
     {("甲方", "IMPLEMENTS", "建交周年庆祝活动")}),
    # 由A主办的X
    ("由市文旅局主办的滨江音乐节昨天开幕。", {("市文旅局", "IMPLEMENTS", "滨江音乐节")}),
])
def test_implements_from_actors(text, expected):
    got = {(s, t, o.replace("“", "").replace("”", "")) for s, t, o in edges(extract(text))}
    exp = {(s, t, o.replace("“", "").replace("”", "")) for s, t, o in expected}
    assert exp <= got


def test_actor_carries_into_clauses_without_subject():
    got = edges(extract("省商务厅持续推进县域商业体系建设，打造一批乡镇商贸中心。"))
    assert ("省商务厅", "IMPLEMENTS", "乡镇商贸中心") in got or \
        ("省商务厅", "IMPLEMENTS", "一批乡镇商贸中心") in got


@pytest.mark.parametrize("text", [
    "记者张三报道了这次行动。",          # a reporter is no actor
    "专家表示，要加快建设物流枢纽。",     # speech and an order: nobody implements
    "地方积极开展了相关工作。",           # 地方 is no party, 工作 no initiative
])
def test_no_implements_without_an_actor_and_an_initiative(text):
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_company_acts_under_its_short_name_and_as_公司():
    text = ("青禾农业集团2025年工作总结\n"
            "青禾农业集团全年营收稳步增长。青禾农业推出“田间课堂”培训计划。"
            "公司建成智慧冷链物流中心。")
    got = edges(extract(text))
    assert ("青禾农业集团", "IMPLEMENTS", "“田间课堂”培训计划") in got or \
        ("青禾农业集团", "IMPLEMENTS", "田间课堂培训计划") in got
    assert ("青禾农业集团", "IMPLEMENTS", "智慧冷链物流中心") in got


@pytest.mark.parametrize("text, expected", [
    # a book title is one name, 和 inside it included
    ("市统计局今天发布《2031年城市记忆和档案工作白皮书》。",
     ("市统计局", "IMPLEMENTS", "《2031年城市记忆和档案工作白皮书》")),
    # a verb's complement (构建起) is no part of what is built
    ("海州市率先建立起全域应急救援服务体系。",
     ("海州市", "IMPLEMENTS", "全域应急救援服务体系")),
    # 我国 acting like 中方
    ("我国将开展专项整治行动。", ("我国", "IMPLEMENTS", "专项整治行动")),
])
def test_implements_object_spans(text, expected):
    assert expected in edges(extract(text))


def test_country_self_reference_is_no_driver():
    assert not {e for e in edges(extract("我国推动数字经济发展。")) if e[1] == "DRIVES"}


def test_district_after_a_place_name_acts():
    assert ("临江区", "IMPLEMENTS", "老旧小区改造工程") in edges(
        extract("临江区推进老旧小区改造工程。"))
    # 社区, 园区: a place suffix after no place name names no government
    assert not edges(extract("社区推进老旧小区改造工程。"))


def test_organisation_after_an_enabling_verb_acts():
    assert ("海州市", "IMPLEMENTS", "区域级气象数据中心") in edges(
        extract("大力支持海州市建设区域级气象数据中心。"))
    # a generic 企业 after 支持 is no actor
    assert not {e for e in edges(extract("支持企业建设区域级气象数据中心。"))
                if e[1] == "IMPLEMENTS"}


@pytest.mark.parametrize("text, expected", [
    # X 由 A 和 B 联合主办: both carry out X, the clause's subject
    ("本届灯会由市文旅局和市园林局联合主办。",
     {("市文旅局", "IMPLEMENTS", "本届灯会"), ("市园林局", "IMPLEMENTS", "本届灯会")}),
    # a counted group of places after their short names acts as one party
    ("龙舟文化节首次由甲乙丙三地联合举办。", {("甲乙丙三地", "IMPLEMENTS", "龙舟文化节")}),
])
def test_organised_subject(text, expected):
    assert expected <= edges(extract(text))


def test_counted_group_after_a_verb_is_no_party():
    got = edges(extract("依靠多部门出台的稳岗举措，园区用工回暖。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS" and e[0].startswith("借助")}


def test_place_in_the_dictionary_acts_but_not_before_a_count():
    assert ("上海", "IMPLEMENTS", "梧桐落叶季活动") in edges(extract("上海推出梧桐落叶季活动。"))
    # 新建 is also a place name in the dictionary: before a count it is the verb
    got = edges(extract("新建60个共享菜园，打造12个邻里示范点。"))
    assert not {e for e in got if e[0] == "新建"}


def test_verbal_noun_heads_close_a_name():
    # 行动 is tagged as a verbal noun; the verbs inside the name belong to it
    assert ("海州市", "IMPLEMENTS", "古桥修缮保护行动") in edges(
        extract("海州市加快实施古桥修缮保护行动。"))


@pytest.mark.parametrize("text, expected", [
    # the nearest clause before that opens with an actor, also after reported speech
    ("市园林局负责人表示，目前，海州市正聚焦城郊绿道，组织实施两年绿道整治行动。",
     ("海州市", "IMPLEMENTS", "两年绿道整治行动")),
    # 开工 starts a project; a manner word (密集, 陆续) between actor and verb is filler
    ("后年，海州市将陆续开工东湖隧道、北环高架等重点交通工程。",
     ("海州市", "IMPLEMENTS", "交通工程")),
])
def test_actor_of_later_clauses(text, expected):
    assert expected in edges(extract(text))


def test_reported_order_without_actor_is_nobodys_act():
    got = edges(extract("市园林局负责人表示，要组织实施两年绿道整治行动。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS" and e[0] != "市生态环境局"}


def test_place_word_that_qualifies_a_noun_does_not_act():
    got = edges(extract("中国茶饮市场成为东亚饮品行业的重要增长引擎，为推动茶文化传播增添动力。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS" and e[0] == "中国"}


@pytest.mark.parametrize("text, expected", [
    # 我国 / 国家 act as a party
    ("我国今年继续实施海洋牧场专项、渔港升级工程。",
     {("我国", "IMPLEMENTS", "海洋牧场专项"), ("我国", "IMPLEMENTS", "渔港升级工程")}),
    ("国家近日启动了“绿色家电下乡”活动。",
     {("国家", "IMPLEMENTS", "绿色家电下乡活动")}),
    # a list of places closed by 等地 acts
    ("海州、临江等地印发夜间经济发展方案。",
     {("海州", "IMPLEMENTS", "夜间经济发展方案"), ("临江", "IMPLEMENTS", "夜间经济发展方案")}),
    # an event named by its listed parts (…等仪式) is held, however short its head
    ("海州市文旅局、海州市体育局等部门举行了植树、义诊、清扫等仪式。",
     {("海州市文旅局", "IMPLEMENTS", "仪式"), ("海州市体育局", "IMPLEMENTS", "仪式")}),
    # the named projects of a tally of projects (等12个建设项目) are carried out (the tally
    # itself is no node: test_definitions_summaries_tallies)
    ("临江今年将推进滨江大道改造工程、港区物流园等12个建设项目。",
     {("临江", "IMPLEMENTS", "港区物流园"), ("临江", "IMPLEMENTS", "滨江大道改造工程")}),
])
def test_parties_lists_and_project_members_act(text, expected):
    assert expected <= edges(extract(text))


def test_listed_members_without_a_project_head_are_not_implemented():
    got = edges(extract("临江今年开工东湖水库、北山灌区等一批水利工程。"))
    assert any(e[0] == "临江" and "水利工程" in e[2] for e in got)
    assert not {e for e in got if e[1] == "IMPLEMENTS" and e[2] in ("东湖水库", "北山灌区")}


def test_the_actor_is_not_carried_past_a_clause_with_its_own_subject():
    got = edges(extract("国家近日启动了“绿色家电下乡”活动，各地组织商家进村，"
                        "还推出一批节能冰箱。"))
    assert not {e for e in got if e[0] == "国家" and "节能冰箱" in e[2]}


def test_the_sentence_subject_is_not_carried_past_a_distributive_subject():
    got = edges(extract("海州市文旅局、海州市体育局联合启动“全民健身月”活动，"
                        "各区体育中心延长开放时间，推行“健身+康养”的服务模式。"))
    assert ("海州市文旅局", "IMPLEMENTS", "全民健身月活动") in got
    assert not {e for e in got if e[1] == "IMPLEMENTS" and "服务模式" in e[2]}


def test_published_news_is_no_initiative():
    got = edges(extract("海州市气象局今天发布台风路径、降雨预报等气象信息。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}
    got = edges(extract("海州市气象局发布了“晴雨通”预警平台。"))
    assert any(e[0] == "海州市气象局" and e[1] == "IMPLEMENTS" for e in got)


def test_a_party_after_a_preposition_or_inside_a_name_does_not_act():
    got = edges(extract("前两个月，我国对共建“山海走廊”伙伴国家的出口增长12%。"))
    assert not {e for e in got if e[1] == "IMPLEMENTS"}
    got = edges(extract("“山海杯”大赛由临江电视台联合海州国家体育委员会共同主办。"))
    assert ("临江电视台", "IMPLEMENTS", "山海杯大赛") in got
    assert not {e for e in got if e[0] == "国家"}


def test_an_actor_before_a_time_or_place_preposition_acts():
    got = edges(extract("我国在去年启动了海洋牧场专项。"))
    assert ("我国", "IMPLEMENTS", "海洋牧场专项") in got


@pytest.mark.parametrize("text, expected", [
    # a place the dictionary knows, before a verb it tags as a noun of action (启动)
    ("湖州启动老旧小区改造工程。", {("湖州", "IMPLEMENTS", "老旧小区改造工程")}),
    # an adverb the dictionary tags as a noun after the place (密集推出)
    ("今年以来，湖州密集推出夜间美食节。", {("湖州", "IMPLEMENTS", "夜间美食节")}),
    # one verb of manner between the actor and the implementing verb
    ("湖州组织开展消防宣传月活动。", {("湖州", "IMPLEMENTS", "消防宣传月活动")}),
    # the actor carried over coordinated clauses, one of them opening with a serial verb
    ("湖州部署开展安全生产专项整治，组织开展消防宣传月活动，启动老旧小区改造工程。",
     {("湖州", "IMPLEMENTS", "安全生产专项整治"), ("湖州", "IMPLEMENTS", "消防宣传月活动"),
      ("湖州", "IMPLEMENTS", "老旧小区改造工程")}),
    # a place as a whole (全省) acts
    ("眼下，湖州全市正在加速推进城镇老旧厂房改造试点。",
     {("湖州全市", "IMPLEMENTS", "城镇老旧厂房改造试点")}),
    # a clause without subject that opens with a phrase of topic (聚焦…问题开展Y)
    ("今年，湖州市政府强化市场监管，聚焦居民投诉较多的乱停车、乱摆摊等问题开展市容环境整治。",
     {("湖州市政府", "IMPLEMENTS", "市容环境整治")}),
    # an organisation that speaks of its own work, then (将)在全市推出Y
    ("绵阳市商务局表示，将在全市推出8项便民消费举措。",
     {("绵阳市商务局", "IMPLEMENTS", "8项便民消费举措")}),
])
def test_actor_reach(text, expected):
    assert expected <= edges(extract(text))


@pytest.mark.parametrize("text, actor", [
    # another subject in the clause: the actor of the clause before is not carried
    ("湖州部署开展安全生产专项整治，各县区组织开展消防宣传月活动。", "湖州"),
    # a speaker that is a person, or speech about others' duties
    ("湖州市市长李明表示，将在全市推出8项便民消费举措。", "湖州市"),
    # 在X的支持下: X's support, not a place where the speaker acts
    ("绵阳市商务局表示，在龙头企业带动下推出8项便民消费举措。", "绵阳市商务局"),
])
def test_actor_reach_stops(text, actor):
    bad = {e for e in edges(extract(text)) if e[0] == actor and e[1] == "IMPLEMENTS"
           and e[2] in ("消防宣传月活动", "8项便民消费举措")}
    assert not bad


def test_organisers_listed_after_a_guiding_body():
    got = edges(extract("由省体育局指导、宜宾市人民政府和省广播电视台共同主办的"
                        "第五届长江龙舟节昨天开幕。"))
    assert {("宜宾市人民政府", "IMPLEMENTS", "第五届长江龙舟节"),
            ("省广播电视台", "IMPLEMENTS", "第五届长江龙舟节")} <= got


@pytest.mark.parametrize("text, actor, other", [
    # a clause that opens with another body (with a cue word but no implementing verb)
    ("湖州强化农机服务，宜宾组织了多支农机巡修小分队，同时推出农机补贴政策。", "宜宾", "湖州"),
    # a clause without any cue that opens with another body, after the first actor acted
    ("湖州推出美食文化节，宜宾加大农机投入力度，同时推出农机补贴政策。", "宜宾", "湖州"),
])
def test_an_intervening_subject_takes_over(text, actor, other):
    got = edges(extract(text))
    assert (actor, "IMPLEMENTS", "农机补贴政策") in got
    assert (other, "IMPLEMENTS", "农机补贴政策") not in got


def test_the_actor_carries_when_no_subject_intervenes():
    got = edges(extract("湖州市政府推出美食文化节，加大农机投入力度，同时推出农机补贴政策。"))
    assert ("湖州市政府", "IMPLEMENTS", "农机补贴政策") in got


def test_a_relative_clause_after_a_manner_verb_is_no_act():
    got = edges(extract("这几天，宜宾独立研发的新型智能播种机正式发布。"))
    assert not {e for e in got if e[0] == "宜宾" and e[1] == "IMPLEMENTS"}


@pytest.mark.parametrize("text, expected", [
    ("湖州开展农业机械化示范区创建。", ("湖州", "IMPLEMENTS", "农业机械化示范区创建")),
    ("湖州市政府启动食品安全执法检查。", ("湖州市政府", "IMPLEMENTS", "食品安全执法检查")),
])
def test_a_campaign_conducted_is_an_initiative(text, expected):
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    "湖州开展法治宣传教育。",      # education in general names no campaign
    "湖州市商务局开展检查。",      # a bare campaign noun names none either
    "湖州市政府加快农业机械化示范区创建。",  # not a verb of conducting
])
def test_no_campaign_without_a_conduct_verb_and_a_name(text):
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}
