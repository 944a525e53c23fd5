"""DRIVES from engine-noun frames (A是/成为B的引擎, 把A作为B的抓手): the subject after words
such as 正在, the thing after 把/将, two things joined by 和, a people-headed event as B, and
the body whose B it is left out of B. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_subject_before_zhengzai_and_people_headed_event():
    assert ("茶旅融合", "牧民增收") in _drives("茶旅融合正在成为牧民增收的主引擎。")
    assert ("冰雪运动", "牧户增收") in _drives("冰雪运动是牧户增收的新引擎。")


def test_disposal_frame_names_the_engine():
    got = _drives("集团把材料创新作为壮大海洋经济的核心引擎，研发投入持续提高。")
    assert ("材料创新", "海洋经济") in got
    got = _drives("公司将数字化改造作为提升运营效率的核心抓手。")
    assert ("数字化改造", "运营效率") in got


def test_joined_engines_and_owner_word_left_out():
    got = _drives("海水淡化和潮汐发电已经成为集团壮大海洋经济的关键引擎。")
    assert ("海水淡化", "海洋经济") in got and ("潮汐发电", "海洋经济") in got
    assert not any(dst.startswith("集团") for _, dst in got)


def test_frames_that_must_not_drive():
    # no engine noun: a duty, a plain role
    assert not _drives("保障房建设是政府的重要任务。")
    # an organisation is no engine, even after 把
    assert not _drives("我们把甲乙电力公司作为推动绿色转型的重要力量。")
    # a scope word stays on the driven thing (only the owner's own body is dropped)
    got = _drives("冰雕节庆是带动全县文旅消费的重要引擎。")
    assert ("冰雕节庆", "全县文旅消费") in got
    # A与B的融合 is one engine, not two
    got = _drives("渔港资源与冷链物流的深度融合是带动沿海片区繁荣的强劲引擎。")
    assert not any(src == "冷链物流" for src, _ in got)


def test_action_target_and_joined_whole_give_nothing():
    # B opening with a verb is an action, not a thing
    assert not any(dst == "调布局" for _, dst in _drives("我们把发展风电作为调布局的主攻方向。"))
    # two joined things never drive as one
    got = _drives("数据和算法是养老服务提质增效的关键要素。")
    assert not any(src == "数据和算法" for src, _ in got)


def test_each_object_of_a_list_of_tasks_is_driven():
    for text in ("潮汐能是培育海岛微网、推动渔港转型升级的重要引擎。",
                 "潮汐能是园区培育海岛微网、推动渔港转型升级的重要引擎。",
                 "潮汐能的高效配置，是培育海岛微网、推动渔港转型升级的重要动力。"):
        got = _drives(text)
        assert {("潮汐能", "海岛微网"), ("潮汐能", "渔港转型升级")} <= got
        assert all("、" not in t for _, t in got)


def test_a_list_with_an_item_of_no_verb_is_no_list_of_tasks():
    got = _drives("潮汐能是培育海岛微网、渔港居民增收的重要引擎。")
    assert ("潮汐能", "海岛微网") not in got


def test_zheng_shi_is_a_copula_of_the_engine_frame():
    got = _drives("潮汐能的持续提升，正是渔港转型升级的动力源泉。")
    assert ("潮汐能", "渔港转型升级") in got
    assert not _drives("潮汐能的持续提升，正是渔港转型升级的关键时期。")


def test_an_engine_of_a_listed_object_drives_each_item():
    got = _drives("云计算成为推动工业增效、企业增收、园区繁荣的重要引擎。")
    assert {("云计算", "工业增效"), ("云计算", "企业增收"), ("云计算", "园区繁荣")} <= got
    assert not any("、" in t for _s, t in got)


def test_a_list_that_is_no_object_of_the_cue_is_no_engine_list():
    # 与A、B并重的X: A and B stand beside X, nothing here drives them
    got = _drives("算力正在成为与资本、人才并重的关键生产要素。")
    assert not any(t.endswith("并重") for _s, t in got)


def test_items_that_share_a_change_or_sum_up_as_a_kind_are_no_engine_list():
    got = _drives("云计算成为推动制造业、服务业高质量发展的重要引擎。")
    assert ("云计算", "制造业") not in got
    got = _drives("云计算成为推动技术、人才等要素流动的重要引擎。")
    assert ("云计算", "人才等要素流动") not in got
