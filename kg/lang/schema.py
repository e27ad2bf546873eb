"""What each language data file may hold. The loader and `kg lang check` both read this."""
from __future__ import annotations

from ..vocab import DOC_TYPES, LEVELS, ORG_TYPES, ROLES

# Entry keys of list files: key -> (python type, required)
BODY_KEYS = {
    "id": (str, True), "type": (str, True), "forms": (list, True), "key": (str, False),
    "subject": (str, False), "parent": (str, False), "level": (str, False), "national": (bool, False),
    "plural": (bool, False), "cased": (bool, False), "needs_place": (bool, False),
    "takes_subject": (bool, False), "needs_subject": (bool, False), "known_subject": (bool, False), "needs_parent": (bool, False),
    "national_unless_placed": (bool, False), "lowercase_name": (bool, False),
    "subject_first": (bool, False), "own_place_only": (bool, False),
    "usual_level": (str, False), "unit_types": (list, False), "city": (bool, False),
    "type_by_parent": (dict, False),
    "note": (str, False),
}
ROLE_KEYS = {
    "id": (str, True), "role": (str, True), "forms": (list, True), "plurals": (list, False), "body": (str, False),
    "by_body": (dict, False), "needs_body": (bool, False), "body_head": (bool, False), "place_body": (str, False), "level": (str, False),
    "context_types": (list, False), "heading_types": (list, False), "unit_types": (list, False),
    "city": (bool, False), "delegation_body": (str, False), "note": (str, False),
}
PLACE_TYPE_KEYS = {
    "id": (str, True), "levels": (list, True), "unit_types": (list, True), "forms": (list, True),
    "plurals": (list, False), "adjective": (bool, False), "note": (str, False),
}
PLACE_NAME_KEYS = {"name": (str, True), "forms": (list, True), "code": (str, False), "note": (str, False)}
DOC_TYPE_KEYS = {"id": (str, True), "type": (str, True), "forms": (list, True), "note": (str, False)}
TRIGGER_KEYS = {"id": (str, True), "kind": (str, True), "forms": (list, True), "note": (str, False)}
SUBJECT_KEYS = {"id": (str, True), "forms": (list, True), "heads": (list, False), "note": (str, False)}
STATUS_KEYS = {"id": (str, True), "status": (str, True), "forms": (list, True), "note": (str, False)}

WORD_CLASSES = (
    "of", "the", "and", "cum", "in_charge", "former", "new", "new_title", "honorifics", "abbreviations", "pronouns",
    "list_intro", "appointment", "position", "copula", "former_copula", "leave", "generic", "subject_stop", "event_date", "page_end", "credit", "facility", "attributive", "relative", "issue_verbs", "infinitive", "generic_after", "not_body", "not_title", "holder_intro", "holder_position", "position_label", "subordinator", "clause_link", "also", "locative", "partitive", "number_words", "subject_for", "party_name", "according_to", "convey", "modal", "not_modal", "year_names", "passive", "leaders", "reporting", "unread_body", "members_intro", "join", "foreign", "candidate", "event", "unnamed_holder", "kin", "body_pronouns", "moved_from", "moved_to", "subject_about", "together", "answer", "attend", "authority", "origin", "nominate", "demonstrative", "name_end", "exhort", "position_nouns", "head_of", "especially", "passive_by", "opinions", "topic", "elected_list", "reason", "land_measure", "on_behalf", "possessive", "male_pronouns", "female_name_marks", "road", "fronted_to", "plural_of", "gathering", "home_country", "not_generic_after", "first_person", "past", "addressed_topic", "sent_to", "confer",
)
TRIGGER_KINDS = ("active", "passive", "agentless", "nominal", "possessive", "none", "scope", "complainant", "petition",
                 "locative", "obligation")
# What a status word says of the post a title names (statuses.yaml); `replaces`: the person
# named after it held the post before ("thay ông X", "menggantikan X", "replacing X").
STATUS_KINDS = ("appointed", "elected", "dismissed", "acting", "replaces")

# File name -> allowed top-level keys (a list file has None)
FILES = {
    "language.yaml": {"name": str, "head_first": bool, "match_diacritics": bool, "labels": dict,
                      "lowercase_syllables": bool, "target_reach": int, "bare_cued_names": bool},
    "bodies.yaml": None,
    "roles.yaml": None,
    "subjects.yaml": None,
    "directs.yaml": None,
    "statuses.yaml": None,
    "places.yaml": {"types": list, "names": list},
    "words.yaml": {c: list for c in WORD_CLASSES},
    "documents.yaml": {"types": list, "number_marks": list, "date_marks": list, "issuer_marks": list},
    "dates.yaml": {"months": dict, "numeric_order": str},
    "names.yaml": {"family_names": list, "middle_names": list, "syllable": str},
    "codes.yaml": {"types": dict, "issuers": dict},
}
LIST_FILE_KEYS = {
    "bodies.yaml": BODY_KEYS, "roles.yaml": ROLE_KEYS, "subjects.yaml": SUBJECT_KEYS,
    "directs.yaml": TRIGGER_KEYS, "statuses.yaml": STATUS_KEYS,
}
NESTED_LIST_KEYS = {
    ("places.yaml", "types"): PLACE_TYPE_KEYS, ("places.yaml", "names"): PLACE_NAME_KEYS,
    ("documents.yaml", "types"): DOC_TYPE_KEYS,
}
ISSUER_KEYS = {"body": str, "level": str, "subject": str, "national": bool}

# Values that must come from a code list: (file, key) -> allowed values
NOTATIONS = {
    ("bodies.yaml", "type"): ORG_TYPES,
    ("bodies.yaml", "level"): LEVELS,
    ("bodies.yaml", "usual_level"): LEVELS,
    ("roles.yaml", "role"): ROLES,
    ("roles.yaml", "context_types"): ORG_TYPES,
    ("roles.yaml", "heading_types"): ORG_TYPES,
    ("roles.yaml", "level"): LEVELS,
    ("documents.yaml", "type"): DOC_TYPES,
    ("places.yaml", "levels"): LEVELS,
    ("directs.yaml", "kind"): TRIGGER_KINDS,
    ("statuses.yaml", "status"): STATUS_KINDS,
}
