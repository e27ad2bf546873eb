from kg.doc import PersonMention, PlaceMention

from .conftest import read


def pairs(doc):
    def name(m):
        if isinstance(m, PersonMention):
            return m.name
        return m.unit.name if isinstance(m, PlaceMention) else m.key
    return {(name(d.agent), name(d.target)) for d in doc.directs}


def test_subject_is_the_first_agent_of_its_clause():
    doc = read("The Politburo decided to give a warning to Mai Van Ninh and requested the Party Central Committee "
               "to issue disciplinary measures.")
    assert pairs(doc) == {("politburo", "central-committee")}


def test_targets_end_at_an_infinitive_and_the_object_acts_next():
    doc = read("Chairman of the Hai Phong City People's Committee Le Ngoc Chau assigned the Department of Finance "
               "to take the lead in urging the Department of Construction.")
    assert pairs(doc) == {("Le Ngoc Chau", "31/peoples-committee/department/finance"),
                          ("31/peoples-committee/department/finance", "31/peoples-committee/department/construction")}


def test_pronoun_and_subjectless_sentence_take_the_previous_subject():
    doc = read("Mr. Nguyen Van Ut is Chairman of the Tay Ninh Provincial People's Committee.\n"
               "He is also a liaison with the Government and the Prime Minister.\n"
               "Directly direct the Department of Home Affairs and the Provincial Inspectorate.")
    assert pairs(doc) == {("Nguyen Van Ut", "80-2025/peoples-committee/department/home-affairs"),
                          ("Nguyen Van Ut", "80-2025/peoples-committee/department/inspection")}


def test_places_can_be_targets():
    doc = read("Mr. Le Trung Chinh, Chairman of the People's Committee of Da Nang City, suggested that Thanh Khe "
               "and Hai Chau districts establish teams.")
    assert pairs(doc) == {("Le Trung Chinh", "Thanh Khê"), ("Le Trung Chinh", "Hải Châu")}


def test_unnamed_official_directs_through_the_body():
    doc = read("Speaking at the Conference, the Head of the Organizing Committee of the Hai Phong City Party Committee "
               "acknowledged the results. At the same time, he requested the Ngo Quyen District Party Committee to "
               "continue.")
    assert pairs(doc) == {("31/party-committee/board/organization", "304/party-committee")}


def test_generic_targets_are_left_out():
    assert pairs(read("The Chairman of the Hanoi People's Committee requested relevant departments to act.")) == set()


def test_reported_speech_has_its_own_subject():
    doc = read("At the meeting, the Chairman of the Da Nang City People's Committee said the Da Nang City Party "
               "Committee assigned the City People's Committee to choose the plan.")
    assert pairs(doc) == {("48/party-committee", "48/peoples-committee")}
