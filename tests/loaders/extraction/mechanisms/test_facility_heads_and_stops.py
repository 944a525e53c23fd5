"""Facility names on texts of our own, with the heads of places built or run that a plan or a
news report names (超级工厂, 测试场, 综合管廊, 度假区, 综合体, 码头, 样本库, 能源站, 示范点,
产业园区, 绿色通道, 生活圈, 服务圈, 特大桥, 数据空间) and the verbs of doing that end what
comes before such a name inside a run (成立, 牵头, 开展, 新建, 新增, 获评, 是, 没有, 包括). A
bare award (智能工厂) or a manufacturing line (生产线) is no facility name, nor is a kind of
zone (产业集聚区)."""

from tests.loaders.extraction_helpers import extract, node_types


def _inits(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Initiative"}


def test_more_heads_of_places_built_or_run():
    got = _inits("青川公司计划在滨江建设甲乙动力电池超级工厂。"
                 "今年将加快建设丙丁老街商业综合体。"
                 "记者了解到，集团还计划在东港新建戊己散货码头。")
    assert {"甲乙动力电池超级工厂", "丙丁老街商业综合体", "戊己散货码头"} <= got


def test_channels_circles_bridges_and_data_spaces():
    got = _inits("开辟甲乙审批绿色通道，打造十五分钟丙丁生活圈。乙方承建的戊己特大桥主体完工。"
                 "鼓励园区建设庚辛行业数据空间。")
    assert {"甲乙审批绿色通道", "十五分钟丙丁生活圈", "戊己特大桥", "庚辛行业数据空间"} <= got


def test_a_name_after_a_listing_or_a_copula_starts_after_the_verb():
    got = _inits("年内计划开工项目5个，其中包括庚辛垃圾焚烧厂扩建工程。"
                 "双方首个合作项目是壬癸作业区散货码头。")
    assert {"庚辛垃圾焚烧厂扩建工程", "壬癸作业区散货码头"} <= got
    assert not any(n.startswith(("其中", "包括", "首个")) for n in got)


def test_a_plan_task_opens_its_name_after_the_verb():
    got = _inits("四是加强传承保护。开展甲乙非遗传承示范区创建，"
                 "在丙镇、丁镇建设戊己智慧果园示范点5个。")
    assert {"甲乙非遗传承示范区", "戊己智慧果园示范点"} <= got
    assert not any(n.startswith("开展") for n in got)


def test_a_name_after_a_join_and_a_long_run_after_a_count():
    got = _inits("研究院由甲乙检测场、丙丁实验室和戊己中试基地组成。"
                 "庚辛公司投运全省首个十万千瓦级壬癸液流储能示范电站。")
    assert {"戊己中试基地", "十万千瓦级壬癸液流储能示范电站"} <= got


def test_awards_and_production_lines_are_no_facility_names():
    got = _inits("甲乙公司去年获评省级绿色工厂。技术人员走上生产线，查看丙丁智能产线。"
                 "全市建设现代产业集聚区。")
    assert not any(n.endswith(("工厂", "生产线", "产线", "集聚区")) for n in got)
