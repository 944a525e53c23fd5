"""Plain DRIVES shapes: a one-word means (以改革推动B), the thing a clause of figures reports
on (A已兑付N亿元，拉动B), a level reached or a count of people around the target (带动B突破N
亿元, 带动就业N万人), and sources broken from their words (一新倡议, 下活动) that drive nothing."""

from tests.loaders.extraction_helpers import drive_pairs


def test_one_word_means_drives():
    assert ("改革", "乡村振兴") in drive_pairs("岚州以改革助推乡村振兴。")
    assert ("开放", "港口经济") in drive_pairs("溪宁市以开放带动港口经济。")


def test_one_word_means_not_in_paired_slogans():
    assert not drive_pairs("以创新牵引转型、以转型创造需求。")
    assert not drive_pairs("以进一步推动乡村振兴。")


def test_the_thing_a_clause_of_figures_reports_on_drives():
    got = drive_pairs("我国家用空调以旧换新共回收旧机、售出新机各3.1万台，拉动空调销售5.6亿元。")
    assert ("家用空调以旧换新", "空调销售") in got


def test_a_body_reporting_figures_drives_nothing():
    assert not drive_pairs("去年，恒拓集团合计投资3亿元，拉动汽车销售10亿元。")
    assert not drive_pairs("岚州合计兑付补贴3亿元，拉动汽车销售10亿元。")


def test_a_level_reached_closes_the_target():
    assert ("数字经济", "文旅消费") in drive_pairs("数字经济带动文旅消费突破180亿元。")
    # a change keeps its word: 利润增长
    got = drive_pairs("渔业产值同比增长12%，拉动全县企业利润增长0.8个百分点。")
    assert any(t.endswith("利润增长") for _, t in got), got


def test_a_phrase_cut_from_its_pointing_word_drives_nothing():
    got = drive_pairs("这一重大举措将助推湖区生态保护。")
    assert not any(s.startswith("一") for s, _ in got), got


def test_a_phrase_opening_with_a_cut_localizer_drives_nothing():
    got = drive_pairs("岚州文旅局组织了新颖的线上线下展览，推动文艺惠民。")
    assert not any(s.startswith("下") for s, _ in got), got


def test_a_count_of_people_around_the_target_is_no_part_of_it():
    got = drive_pairs("去年，溪宁稳岗补贴政策带动3300名山区青年就业。")
    assert any(t == "山区青年就业" for _, t in got), got
    got = drive_pairs("湖畔民宿集群已接待团队超4万批次，带动就业3万人。")
    assert any(t == "就业" for _, t in got), got


def test_under_frame_past_a_clause_of_time():
    got = drive_pairs("在数字化转型带动下，今年前三季度，江南省装备制造业产值同比增长7.5%。")
    assert any(s == "数字化转型" and t.endswith("装备制造业产值") for s, t in got), got


def test_under_frame_driver_after_de_or_a_list_head():
    got = drive_pairs("近年来，在持续升温的冰雪旅游需求带动下，江南省民宿网络持续优化。")
    assert any(s == "冰雪旅游需求" for s, _ in got), got
    got = drive_pairs("在消费券加力扩围和夜市提档升级等惠民政策推动下，湖区餐饮市场活力明显回升。")
    assert any(s == "惠民政策" for s, _ in got), got


def test_under_frame_no_person_drives():
    assert not drive_pairs("在主任的亲自推动下，岚州民宿网络不断完善。")
