"""``A对B带动作用``, ``A对B带动明显``, ``发挥A对B的促进作用`` (促进作用 one word), ``A对B发挥
引领作用``: a role phrase after 对B makes A drive B, with or without 的, a cue fused with its
role noun, or a word of degree (``DRIVES.role_degrees``) in place of the noun; B ends before the
verb that takes the role (``DRIVES.role_takes``). Bodies play roles, they drive nothing."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_role_without_de():
    got = _drives("以旧换新补贴对汽车零售带动作用逐月增强。")
    assert ("以旧换新补贴", "汽车零售") in got, got


def test_degree_in_place_of_role_noun():
    got = _drives("同时，风电装备对机械制造业带动明显。")
    assert ("风电装备", "机械制造业") in got, got


def test_fused_role_after_role_verb():
    got = _drives("要充分发挥智能算力对跨境物流的促进作用。")
    assert ("智能算力", "跨境物流") in got, got


def test_object_ends_before_taking_verb():
    got = _drives("智能算力对制造业转型发挥了关键引领作用。")
    assert ("智能算力", "制造业转型") in got, got
    got = _drives("智能算力对制造业转型起到支撑作用。")
    assert ("智能算力", "制造业转型") in got, got


def test_body_or_no_role_gives_none():
    assert not _drives("恒拓集团对岚州经济带动明显。")
    assert not _drives("岚州对企业推动改革进行了部署。")
    assert not _drives("居民对家电零售变化感受明显。")
