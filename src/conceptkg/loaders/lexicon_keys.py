"""The keys a lexicon file may hold besides ``terms``, ``relations`` and ``patterns``: the word
lists of the language data (``cues.yaml``, ``generic.yaml``, ``grammar.yaml``), the older names
of some of them, and the lists whose entries are ``word|NodeType`` pairs."""

from __future__ import annotations

__all__ = ["LIST_KEYS", "RENAMED_KEYS", "TYPED_KEYS"]

#: list keys of earlier versions, merged into others (a file that uses them keeps working)
RENAMED_KEYS = {"drive_founding_verbs": "founding_verbs", "counted_task_verbs": "list_task_verbs",
                "facility_count_openers": "facility_run_openers"}
#: the keys of the word lists a lexicon file may hold (besides terms, relations, patterns)
LIST_KEYS = (
    "places", "definition_leads", "process_manners", "viewpoint_ends", "thing_pronouns",
    "sequence_openers", "ordinal_kind_units", "ordinal_intro_verbs", "tally_heads", "total_words",
    "mutual_words", "mutual_joins", "head_determiners", "event_determiners",
    "head_closing_adverbs", "head_time_words", "head_predicate_words", "category_heads",
    "head_measure_words", "about_list_tails", "etc_quality_words", "change_tails",
    "drive_growth_tails", "drive_frame_task_verbs", "drive_frame_task_frames",
    "engine_disposals", "disposal_preps", "engine_causatives", "engine_owners", "engine_joins",
    "engine_copulas",
    "target_joins",
    "joint_tails", "drive_joint_words", "drive_group_heads", "group_growth_tails",
    "shared_list_heads",
    "drive_target_cut_verbs", "drive_discourse_heads", "drive_bare_group_heads",
    "shared_conj_heads",
    "drive_pair_process_ends",
    "drive_setting_localizers",
    "copula_chain_openers",
    "bare_growth_words", "head_aspect_words", "instrument_pair_verbs",
    "clause_time_ends", "list_demonstratives", "party_adverbs", "range_nouns", "effect_heads",
    "source_tail_words", "drive_time_clause_ends", "drive_time_clause_predicates",
    "drive_time_clause_manners", "drive_time_clause_modals", "drive_bare_back_heads",
    "drive_bare_back_reach", "drive_thing_acts", "drive_thing_act_manners",
    "drive_means_preps", "drive_means_verbs",
    "drive_carry_reach", "drive_carry_launch_verbs", "drive_carry_frame_words",
    "drive_carry_report_leads", "drive_carry_use_verbs", "drive_source_localizers",
    "drive_target_scopes",
    "drive_event_motion_verbs", "drive_counted_work_heads",
    "drive_contribution_goal_nouns", "drive_contribution_goal_tails", "drive_vitality_nouns",
    "drive_provide_aspects", "drive_create_objects", "drive_provide_modifiers",
    "drive_frame_growth_verbs", "drive_condition_openers", "drive_condition_results",
    "figure_level_words", "demonstrative_chars",
    "drive_subject_possessives", "drive_subject_time_modifiers", "drive_model_heads",
    "drive_bare_sources", "commentary_labels", "term_copulas", "place_levels", "counted_parties",
    "own_builder_manners", "anaphoric_determiners", "abbreviated_anaphors", "standalone_pointers",
    "pointed_event_heads",
    "attributive_verb_suffixes", "comparative_counts",
    "defining_copulas", "route_words",
    "partner_unit_labels", "lead_unit_labels", "speaker_post_committees", "speaker_committee_posts",
    "task_body_launch_verbs", "item_determiners", "task_body_launch_adverbs", "charge_works",
    "vehicle_roles",
    "offered_kinds",
    "enrolment_verbs", "event_close_verbs", "event_held_verbs", "enrolment_scopes",
    "launch_close_verbs", "figure_verbs", "joined_event_heads",
    "verbal_adjectives",
    "postposed_lead_verbs", "postposed_lead_joins", "subsidiary_qualifiers",
    "task_work_references", "task_work_manners",
    "issuer_launch_verbs", "issuer_body_suffixes", "first_person_pronouns",
    "document_self_references",
    "org_suffixes", "org_core_words", "org_self_mentions", "pronouns",
    "initiative_heads", "factor_heads", "org_heads", "body_group_heads", "concept_heads",
    "stop_heads",
    "strip_prefixes", "node_name_leads", "strip_suffixes", "alias_suffixes", "term_extension_heads",
    "term_extension_modifiers", "phrase_stops",
    "name_left_stops",
    "not_org_words", "person_titles", "speech_verbs", "drive_belief_verbs",
    "drive_provide_preps", "drive_fare_whole_tails",
    "process_change_verbs", "control_verbs", "policy_heads",
    "non_initiative_tails", "org_name_verbs", "name_inner_nouns", "modifier_prefixes",
    "gov_dept_words",
    "gov_dept_suffixes", "unit_suffixes", "quoted_heads", "quoted_product_heads",
    "quoted_product_verbs", "quoted_closing_heads", "section_labels", "programme_heads",
    "counted_programme_heads", "counted_tally_verbs", "scope_frame_tails",
    "programme_process_tails", "programme_process_heads", "park_suffixes",
    "facility_process_heads", "facility_process_tails",
    "park_self_mentions", "committee_self_mentions", "branch_self_mentions",
    "lead_words", "light_verbs", "count_words", "arg_stops",
    "subject_blockers", "weak_args", "self_references", "acting_parties", "party_patterns",
    "nominal_verbs", "noun_words", "modifier_words", "predicate_words", "copulas", "taken_as_verbs",
    "comparison_words", "relative_agents", "quality_suffixes", "aim_heads",
    "drive_carry_launch_leads",
    "false_org_endings",
    "non_party_words", "modal_verbs", "copula_leads",
    "place_patterns", "minor_place_suffixes", "surnames", "manner_nouns", "dateline_words",
    "actor_chars", "short_place_suffixes", "place_anaphors", "mission_suffixes",
    "abbreviated_body_names", "reported_subject_modals", "branch_group_prefixes",
    "branch_trade_words", "subsidiary_words",
    "profile_name_stops", "conversion_verbs",
    # grammar.yaml: word lists, character sets (*_chars) and head|Type pairs (made_heads)
    "task_verbs", "measure_names", "offer_verbs", "list_task_verbs", "list_object_verbs",
    "list_opening_verbs", "frame_preps", "list_determiners", "instance_classifiers",
    "instance_heads",
    "document_task_verbs",
    "agreement_title_heads",
    "founding_verbs",
    "institute_heads",
    "group_heads", "scope_words", "thing_heads", "outside_heads", "field_heads",
    "record_heads", "record_preps", "part_unit_heads", "having_verbs", "having_aspect_marks",
    "object_aspect_marks",
    "comitative_preps", "comitative_verbs", "bare_factor_heads", "generic_kind_qualifiers",
    "generic_kind_nouns", "bare_kind_heads", "instrument_kinds", "named_kind_qualifiers",
    "programme_activity_nouns", "programme_activity_qualifiers", "event_period_words",
    "content_subjects", "plan_summary_heads",
    "not_subject_words", "land_nouns", "conjunctions", "shared_head_conjunctions", "range_words",
    "not_yi_words", "org_generic_starts", "org_descriptor_heads", "bare_body_heads",
    "bare_body_rivals", "founder_span_verbs", "commitment_verbs", "commitment_roles",
    "facility_heads", "facility_left_cues", "facility_run_openers", "facility_inner_stops",
    "facility_inner_keeps", "facility_inner_joins", "facility_build_verbs",
    "capacity_project_heads", "facility_line_heads",
    "body_levels", "level_body_openers", "level_body_suffixes", "level_body_name_words",
    "level_bare_bodies", "level_bare_unit_chars", "group_legal_heads",
    "gov_after_place", "made_heads", "time_start_chars", "time_end_chars", "label_colon_chars",
    "branch_self_stop_chars", "founded_body_endings",
    "non_time_words", "verb_complements", "amount_label_separators",
    "arg_bad_first_chars", "frame_localizer_chars", "list_scope_prefixes",
    "arg_bad_last_chars", "phrase_bad_start_chars", "phrase_bad_end_chars", "list_open_chars",
    "org_left_stop_chars", "org_measure_chars", "org_number_chars", "not_place_start_chars",
    "self_mention_bound_chars", "verbal_name_heads", "subject_boundaries",
    # plans
    "task_title_verbs", "task_title_results", "task_clause_verbs", "appositive_words",
    "report_title_words",
    # DRIVES: who acts in a consequence clause
    "topic_copulas", "time_clause_openers",
    # IMPLEMENTS: a commitment's actor after a date clause
    "date_clause_end_chars",
    # the one-character marks joining a list's items
    "list_join_marks",
    # a bare kind word closing a list of known terms (A、B等要素)
    "kind_list_heads", "kind_list_preps", "kind_head_compounds",
    # names of events held (举办X节)
    "event_hold_verbs", "event_heads", "event_list_joins",
    # the legal forms of a registered company (有限公司)
    "registered_company_suffixes",
    # company names in apposition (家电企业甲乙电器推出)
    "appositive_kinds", "appositive_bare_kinds", "appositive_closers",
    # short company names as partners (与甲乙汽车合作)
    "partner_openers", "partner_closers", "partner_trade_heads",
    # a group's numbered unit by its brand (甲乙一局)
    "numbered_unit_groups", "numbered_unit_heads",
    # verbs that launch a quoted name without head (推出“甲乙贷”)
    "quoted_launch_verbs",
    # names of funds set up (设立X资金池)
    "fund_set_verbs", "fund_name_heads",
    # names of systems set up (建立X机制)
    "system_set_verbs", "system_verb_tails", "system_heads",
    # names of campaigns carried out (推进X改造)
    "activity_verbs", "activity_heads", "activity_verb_tails", "held_name_openers",
    # the action closing a 等-list's clause (推动A、B等重点产业加快发展)
    "etc_action_tails", "etc_action_manners", "list_experience_verbs",
    "etc_talk_verbs", "etc_talk_manners", "etc_topic_openers", "outside_list_classes",
    "field_kind_heads",
    # joins, numerals and small word classes of single components (grammar.yaml, last section)
    "item_joins", "body_joins", "unit_list_splits", "series_joins", "series_words",
    "quote_predicate_chars", "list_close_chars", "attribute_particles", "numeral_values",
    "time_point_nouns", "speech_localizers", "admin_level_chars", "warm_up_text",
    "task_topic_heads",
)
#: the lists whose entries are ``word|NodeType`` pairs
TYPED_KEYS = ("kind_list_heads", "made_heads")
