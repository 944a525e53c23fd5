"""Who provides in ``为 B 提供/注入 …`` (:class:`.cue_provide.DriveProvide`) when the
clause of 为 names no subject of its own right before 为:

* ``甲项目建成后将为B注入动能``: a clause of time before the modal words (the thing it says is
  done, :func:`.time_clauses.time_clause_thing`);
* ``人才回流和技能提升，正在为B提供支撑``: the clause before is only a noun phrase (or a few
  joined by 和/与/及) and this clause has only adverbs and modal words before 为: each of those
  phrases provides;
* ``乙公司投资建设的甲物流园一期建成投运，新增…，为B提供支撑`` and ``去年上线运行的“甲平台”，
  已汇聚…，也为B提供支撑``: an earlier clause of the sentence names a thing after a relative
  clause (X的A) and says only that it is done or put in force (``drive_time_clause_predicates``,
  a phase word such as 一期 between): A, not the body of the relative clause.
"""

from __future__ import annotations

from collections.abc import Collection

from ...zh import shipped
from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .time_clauses import acted_thing_span

__all__ = ["chained_task_objects", "done_named_thing", "listed_task_objects",
           "noun_clause_subjects", "only_modals_before", "opening_subject", "tasks_only_after"]

_Span = tuple[int, int]
_PHASE = shipped().regex("project_phase")
_JOINS = shipped().words("item_joins")
_WHEN = shipped().words("time_point_nouns")


def only_modals_before(toks: list[Tok], wei: int, modals: Collection[str]) -> bool:
    """Only adverbs, modal words and punctuation before 为 at ``wei`` (or nothing)."""
    return all(t.tag in ("x", "d", "ad", "t", "c") or t.text in modals for t in toks[:wei])


def noun_clause_subjects(ctx: SentenceContext, before: _Span | None, acts: Collection[str],
                         manners: Collection[str]) -> list[_Span]:
    """The noun phrases that make up the whole clause ``before`` (人才回流和技能提升: two;
    甲技术的推广应用: one, a thing, 的 and one of ``acts``), else []: the clause must hold no
    predicate (a verb other than a nominal one or one closing a phrase as its process, 人才回流),
    no adverb and no preposition."""
    if before is None:
        return []
    words = [t for t in ctx.tokens(before) if t.tag != "x" or t.text in ("、", "“", "”")]
    if not words or ctx.sim[before[1]:before[1] + 1] not in ("，", ","):
        return []
    if words[0].text in ctx.lex.wordset("drive_subject_possessives"):
        words = words[1:]  # 其A，将为B带来动能: A (its A)
    if len(words) > 2 and words[0].text in ctx.lex.wordset("drive_subject_time_modifiers") and \
            words[1].text == "的":
        words = words[2:]  # 后续的A: A (the time of the process is no part of it)
    if not words:
        return []
    if any(t.tag in ("p", "r", "m", "q", "t", "d", "ad") or t.text in ctx.args.copulas
           for t in words):
        return []
    items: list[list[Tok]] = [[]]
    for t in words:
        if t.text in _JOINS:
            items.append([])
        else:
            items[-1].append(t)
    out: list[_Span] = []
    for item in items:
        if not item:
            return []
        de = max((k for k, t in enumerate(item) if t.text == "的"), default=None)
        verbal = any(t.tag in ("v", "i", "l") or t.text in ctx.args.cue_verbs
                     or t.text in ctx.args.light for t in item[:-1]) or (
            len(item) > 1 and item[-1].verb and item[-2].tag in ("a", "ad", "d")) or any(
            t.tag in ("nr", "nrfg", "nrt") for t in item)
        # (A明显提高，: a state with its manner, no name of a process, whatever its tags)
        if de is None and (verbal or not item[0].noun or
                           not ctx.args.phrase_ok(item, final_verb=True)):
            return []  # (加快建设，为B提供支撑: a task, no thing)
        if de is not None and (de == 0 or not item[de - 1].noun or any(
                t.tag == "uj" or t.text in ctx.args.light for t in item[:de]) or
                acted_thing_span(ctx, (item[0].start, item[-1].end), acts, manners) is None):
            return []  # 甲技术的推广应用: a thing and its process
        out.append((item[0].start, item[-1].end))
    return out


def done_named_thing(ctx: SentenceContext, words: list[Tok], predicates: Collection[str],
                     manners: Collection[str]) -> _Span | None:
    """The span of A in ``…的A(一期)(已/正式)建成投运`` or ``…建成运行的“A”`` (a clause whose
    thing comes after a relative clause and is said only to be done or in force), else None."""
    n = len(words)
    while n and words[n - 1].tag == "x" and words[n - 1].text != "”":
        n -= 1
    de = next((k for k in range(n - 1, -1, -1) if words[k].text == "的"), None)
    if de is None or de == 0 or de + 1 >= n or not (words[de - 1].verb or
                                                    words[de - 1].tag == "vn"):
        return None  # (带来城市里的A: the relative clause must end with its verb)
    if any(t.text in ctx.args.copulas for t in words[:de]):
        return None  # (X是承载Y的A: A says what X is)
    k = de + 1
    if words[k].text == "“":
        close = next((j for j in range(k + 1, n) if words[j].text == "”"), None)
        if close is None or close == k + 1:
            return None
        span, j = (words[k].start, words[close].end), close + 1
    else:
        j = k
        while j < n and not (_PHASE.match(words[j].text) or words[j].tag in ("d", "ad")
                             or words[j].text in predicates
                             or (words[j].text in manners and len(words[j].text) > 1)):
            j += 1  # (和, 及: joined parts of the name, not manner words)
        if j == k or words[j - 1].end - words[k].start < 3 or not words[j - 1].noun or any(
                (t.tag in ("p", "uj", "m", "r") or (t.tag == "v" and len(t.text) > 1))
                and t.text not in ctx.args.nominal for t in words[k:j]):
            return None
        span = (words[k].start, words[j - 1].end)
    if ctx.args.organisation(*span) is not None:
        return None
    rest = words[j:n]
    done = False
    for t in rest:
        if t.text in predicates or any(t.text.endswith(p) and t.text[:-len(p)] in manners
                                       for p in predicates if len(p) < len(t.text)):
            done = True
        elif not (_PHASE.match(t.text) or t.text in manners or t.tag in ("d", "ad")):
            return None
    if not rest:  # 去年上线运行的“A”，, 乙公司投资建设的A，: a clause that only names A
        done = not words[0].verb and any(t.verb or t.tag == "vn" for t in words[:de])
        # (打造…的A，: a task; 正值…的关键节点: when)
        done = done and not ctx.sim[span[0]:span[1]].endswith(_WHEN)
    return span if done else None


def listed_task_objects(ctx: SentenceContext, before: _Span | None) -> list[_Span]:
    """稳定就业、增加居民收入，才能为B提供支撑: the objects of a subjectless clause that lists
    two or more tasks (a verb and its object each, split at 、), each a provider; else []."""
    if before is None or ctx.sim[before[1]:before[1] + 1] not in ("，", ","):
        return []
    items: list[list[Tok]] = [[]]
    for t in ctx.tokens(before):
        if t.text == "、":
            items.append([])
        elif t.tag != "x":
            items[-1].append(t)
    if len(items) < 2:
        return []
    out: list[_Span] = []
    for n, item in enumerate(items):
        item = _task_verb_first(ctx, item, first=n == 0)  # (应坚持A、大力推动B: 坚持A, 推动B)
        if len(item) < 2 or len(item[0].text) < 2 or not (
                item[0].verb or item[0].tag in ("a", "ad") or item[0].text in ctx.args.light):
            return []
        rest = item[1:]
        if rest[0].text in ctx.args.light or rest[0].text in ctx.args.cue_verbs or \
                not ctx.args.phrase_ok(rest, final_verb=True) or \
                any(t.tag in ("p", "m", "r", "uj") for t in rest):
            return []
        out.append((rest[0].start, rest[-1].end))
    return out


def _task_verb_first(ctx: SentenceContext, words: list[Tok], first: bool) -> list[Tok]:
    """``words`` from the task's verb on: adverbs before it (大力, 进一步) dropped, and in the
    first task of a list a word of obligation too (应坚持A: 坚持A)."""
    modals = ctx.lex.wordset("reported_subject_modals") if first else frozenset()
    k = 0
    while k + 1 < len(words) and (words[k].text in modals or (
            words[k].text in ctx.args.lead and not words[k].verb) or (
            words[k].tag in ("d", "ad", "i") and words[k].text not in ctx.args.nominal)):
        k += 1  # (an idiom before the verb says how: 坚定不移扩大A)
    return words[k:]


def chained_task_objects(ctx: SentenceContext, cl: _Span) -> list[_Span]:
    """两个以上的任务分句，为B注入动力 (推动A，扩大B，为C注入动力; 甲省加快X，着力推进A、B等C，
    为D…): the object of each task clause right before ``cl`` (the clause of 为), nearest last,
    when there are two or more; a clause with a subject opens the chain only when it is a
    body that acts, and a clause that opens with a word of duty (要, 应) opens it too. [] when
    a clause before is no task (a state, a figure, a thing acting)."""
    out: list[_Span] = []
    for c in reversed([c for c in ctx.clauses if c[1] <= cl[0]]):
        words = [t for t in ctx.tokens(c) if t.tag != "x" or t.text in ("、",)]
        if any(ch.isdigit() for ch in ctx.sim[c[0]:c[1]]):
            break
        task = _task_verb_first(ctx, words, first=True)
        opener = bool(words) and words[0].text in ctx.lex.wordset("reported_subject_modals")
        # (甲推进A，要注重运用B，为C注入活力: a task said as a duty opens a chain of its own)
        if not task or not task[0].verb:
            head = next((j for j, t in enumerate(words) if t.verb), None)
            subject = ctx.args.subject(words, head) if head else None
            ent = ctx.args.entity(*subject, "cue_drives_provide") if subject else None
            if ent is None or ent.type != "Organization":
                break
            task, opener = _task_verb_first(ctx, words[head:], first=True), True
        obj = _task_object_span(ctx, task)
        if obj is None:
            break
        out.append(obj)
        if opener:
            break
    return out[::-1] if len(out) >= 2 else []


def _task_object_span(ctx: SentenceContext, task: list[Tok]) -> _Span | None:
    """The object of one task (a verb, perhaps a light verb after it, and one phrase to the
    clause's end); after a 等-list, the head the list closes with (推动A、B等C: C)."""
    if len(task) < 2 or len(task[0].text) < 2 or task[0].text in ctx.args.copulas:
        return None
    rest = task[1:]
    if rest[0].text in ctx.args.light and len(rest) > 1:
        rest = rest[1:]
    etc = max((j for j, t in enumerate(rest) if t.text == "等"), default=None)
    if etc is not None:
        rest = rest[etc + 1:]
    if not rest or any(t.text == "、" or t.tag in ("p", "m", "r", "uj") for t in rest) or \
            any(t.verb for t in rest[:-1]) \
            or not ctx.args.phrase_ok(rest, final_verb=True):
        return None
    return rest[0].start, rest[-1].end


def opening_subject(ctx: SentenceContext, clauses: list[_Span],
                    speech: Collection[str] = ()) -> _Span | None:
    """The subject the sentence opens with (平台已服务X，累计投放Y，为B…: 平台): in the first of
    ``clauses`` (the clauses before the clause of 为) that is no short frame (截至年末，,
    据测算，), the words before its first adverb or verb; else None. None too when that verb is
    one of ``speech`` (会议指出，…，为B…: the meeting reports, it provides nothing)."""
    for c in clauses:
        words = [t for t in ctx.tokens(c) if t.tag != "x" or t.text in ("“", "”")]
        if not words or words[0].tag == "p" or ctx.args.is_time(words[0]):
            continue
        k = next((j for j, t in enumerate(words) if t.tag in ("d", "ad", "p")
                  or (t.verb and t.text not in ctx.args.nominal)), None)
        if k == 0 and len(words) <= 2:
            continue  # 截至年末，: a short frame of time or source, no subject
        if k is None or k == 0:
            return None
        de = max((j for j, t in enumerate(words) if t.text == "的"), default=-1)
        if de > k and not any(t.verb for t in words[de + 1:]) and \
                not (k + 1 < de and (words[k + 1].verb or words[k + 1].tag == "vn")):
            return None  # 园区提供的A服务，: the clause names A, 园区 is in its relative clause
            # (not 甲规则旨在解决X的Y: a verb taking a verb, the clause is a predicate)
        if words[k].text in speech:
            return None
        return ctx.args.subject(words, k)
    return None


def tasks_only_after(ctx: SentenceContext, clauses: list[_Span], opening: _Span) -> bool:
    """Whether each of ``clauses`` after the one holding ``opening`` opens with a verb (after
    adverbs): tasks the opening subject carries out (A旨在解决X，填补Y，提高Z，为B…), none
    with a subject of its own; and the opening subject says no intent (甲方愿…, 乙要…: a party
    that acts, whatever its type)."""
    own = next((c for c in clauses if c[0] <= opening[0] < c[1]), None)
    if own is None:
        return False
    words = [t for t in ctx.tokens(own) if t.tag != "x"]
    if not words or words[0].start != opening[0] or "的" in ctx.sim[opening[0]:opening[1]] or \
            any(ch.isdigit() for ch in ctx.sim[own[0]:clauses[-1][1]]) \
            or any(t.verb and t.text not in ctx.args.nominal for t in ctx.tokens(opening)):
        return False  # (每年培训X，…; 甲利率下降0.4个百分点，…; 乙建设的X建成，…: no thing
        # opens the sentence, or the clauses say how it fared)
    after = [t for t in words if t.start >= opening[1]][:3]
    intent = ctx.lex.wordset("reported_subject_modals") | ctx.lex.wordset("modal_verbs")
    if any(t.text in intent for t in after):
        return False  # (甲方愿加强X，增进Y，为B提供保障: a party that means to act, no thing)
    later = [c for c in clauses if c[0] >= opening[1]]
    for c in later:
        words = [t for t in ctx.tokens(c) if t.tag != "x"]
        k = next((j for j, t in enumerate(words) if t.tag not in ("d", "ad", "c")), None)
        if k is None or not words[k].verb or words[k].text in ctx.args.nominal:
            return False
    return True
