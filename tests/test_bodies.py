import pytest

from kg.facts import extract
from kg.article import make_article

from .conftest import read, read_vinews


def keys(doc):
    return {b.key for b in doc.bodies if b.key}


def vi_keys(text: str) -> list[str]:
    """The keys of the bodies a Vietnamese text names, in text order."""
    return [b.key for b in read(text, "vi").bodies if b.key]


def test_generic_district_bodies_of_two_districts_are_never_one_node():
    a = extract(make_article("Kien An District of Hai Phong. The District People's Committee met.", "a.txt", language="en"))
    b = extract(make_article("Hong Bang District of Hai Phong. The District People's Committee met.", "b.txt", language="en"))
    assert "307/peoples-committee" in a.bodies and "303/peoples-committee" in b.bodies
    assert not set(a.bodies) & set(b.bodies) - {"31/peoples-committee"}


def test_same_body_one_key_across_forms_and_languages():
    en = keys(read("The People's Committee of Dak Nong Province met."))
    id_ = keys(read("Komite Rakyat Provinsi Dak Nong mengadakan rapat.", "id"))
    assert en == id_ == {"67/peoples-committee"}


def test_sub_bodies_and_their_parents():
    doc = read("The Standing Committee of the Da Nang City Party Committee and the City Party Committee's "
               "Organization Committee met.")
    assert {"48/party-committee/standing-committee", "48/party-committee/board/organization"} <= keys(doc)


def test_party_committee_at_a_state_body_belongs_to_it():
    doc = read("The Party Civil Affairs Committee at the People's Committee of Hai Phong City was reviewed.")
    assert keys(doc) == {"31/peoples-committee/party-personnel-committee", "31/peoples-committee"}


def test_department_belongs_to_the_peoples_committee():
    doc = read("The Department of Home Affairs of Da Nang City announced the decision.")
    assert keys(doc) == {"48/peoples-committee/department/home-affairs"}


def test_dash_joined_bodies_share_their_place():
    doc = read("With the direction of the City Party Committee - People's Council - People's Committee of Hai Phong, "
               "the district grew.")
    assert {"31/party-committee", "31/peoples-council", "31/peoples-committee"} <= keys(doc)


def test_national_bodies_have_no_place():
    doc = read("The Politburo and the Secretariat of the Party Central Committee decided in Hanoi.")
    assert {"politburo", "secretariat"} <= keys(doc)


def test_national_name_with_a_place_word_is_not_the_national_body():
    assert "government" not in keys(read("The delegation from the Houaphanh Provincial Government arrived."))


def test_plural_and_generic_names_are_no_body():
    doc = read("People's Committees at all levels and relevant departments of Hai Phong must act.")
    assert keys(doc) == set()


def test_a_plural_level_word_with_no_place_names_no_body():
    """'UBND các tỉnh, thành phố' is every province's People's Committee, not the article's."""
    doc = read("Tỉnh Hà Giang đã họp. Bộ Nội vụ đề nghị UBND các tỉnh, thành phố tạm dừng việc sắp xếp.", "vi")
    assert keys(doc) == {"ministry/home-affairs"}
    doc = read("Thủ tướng đề nghị UBND các tỉnh Hưng Yên, Hà Nam sớm nghiên cứu.", "vi")
    assert "33/peoples-committee" in keys(doc)


def test_plural_name_with_places_is_one_body_each():
    doc = read("It follows a conclusion of the Party Executive Committees of Thai Nguyen and Bac Kan provinces.")
    assert {"19/party-committee/executive-committee", "06/party-committee/executive-committee"} <= keys(doc)


def test_another_countrys_ministry_is_no_body():
    assert keys(read("The Chinese Foreign Ministry said on Monday.")) == set()
    assert keys(read("The Foreign Ministry said on Monday.")) == {"ministry/foreign-affairs"}


def test_committees_of_the_national_assembly_give_their_chairs_posts():
    """A list of the chairs of the National Assembly's council and committees ('Chủ tịch Hội
    đồng Dân tộc Ksor Phước, Chủ nhiệm Uỷ ban Tài chính - Ngân sách Phùng Quốc Hiển, ...'):
    each is a post in its own committee under the National Assembly."""
    doc = read_vinews("test/019975")["test/019975"]
    posts = {(p.person.name, p.title.role, p.title.body.key) for p in doc.posts}
    # (not yet Phùng Quốc Hiển's 'Uỷ ban Tài chính - Ngân sách': the article's 'Kim Ngân' makes
    # 'Ngân' of 'Ngân sách' a mention of her)
    assert {("Nguyễn Kim Khoa", "chair", "national-assembly/na-committee/defence-security"),
            ("Nguyễn Văn Hiện", "chair", "national-assembly/na-committee/judicial"),
            ("Trương Thị Mai", "chair", "national-assembly/na-committee/social-affairs"),
            ("Đào Trọng Thi", "chair", "national-assembly/na-committee/culture-education")} <= posts
    committee = next(b for b in doc.bodies if b.key == "national-assembly/na-committee/judicial")
    assert committee.type == "national-assembly" and committee.entry.national


def test_a_body_that_ends_the_text_is_read():
    """A signature line that ends the article with the body ('Ông X, Chủ tịch UBND TP Hải
    Phòng', no full stop after it) was an IndexError that lost the whole article."""
    doc = read("Hội nghị tổng kết.\nÔng Nguyễn Văn Tùng, Chủ tịch UBND TP Hải Phòng", "vi")
    assert ("Nguyễn Văn Tùng", "chair", "peoples-committee") in \
        {(p.person.name, p.title.role, p.title.body.type) for p in doc.posts}


def test_a_plural_department_with_no_list_after_it_is_every_provinces():
    """'các Sở Giao thông': no one department; 'các Sở Y tế, Giáo dục' and 'các phó thủ tướng'
    (the Government a title implies) stay specific."""
    keys = lambda s: {b.key for b in read(s, "vi").bodies}
    assert keys("Hà Nội: Bộ cũng chỉ đạo các Sở Giao thông đôn đốc đơn vị.") == set()
    assert "01/peoples-committee/department/health" in keys(
        "Hà Nội: UBND thành phố yêu cầu các Sở Y tế, Giáo dục và Đào tạo kiểm tra.")
    posts = {(p.person.name, p.title.body.key) for p in read(
        "Thủ tướng Nguyễn Xuân Phúc cùng các phó thủ tướng Trương Hoà Bình, Trịnh Đình Dũng dự họp.", "vi").posts}
    assert ("Trịnh Đình Dũng", "government") in posts


def test_a_department_joined_to_a_districts_committee_stays_the_provinces():
    doc = read("UBND tỉnh Đồng Nai vừa chỉ đạo Sở Xây dựng và UBND huyện Long Thành quan tâm việc quy hoạch.", "vi")
    assert {b.key for b in doc.bodies} == {"75/peoples-committee", "75/peoples-committee/department/construction",
                                          "740/peoples-committee"}


def test_a_street_after_a_house_number_is_no_person():
    doc = read("Sở giao đất tại số 419 Lê Hồng Phong để giao quận xây dựng trường.", "vi")
    assert doc.persons == []
    doc = read("Chủ tịch UBND Quận 1 Trần Thế Thuận và đại biểu Quốc hội khoá 14 Nguyễn Thị Kim Thuý dự họp.", "vi")
    assert {p.name for p in doc.persons} == {"Trần Thế Thuận", "Nguyễn Thị Kim Thuý"}
    docs = read_vinews("test/013603")
    assert "Trần Hưng Đạo" not in {p.name for p in docs["test/013603"].persons}
    # a number with a letter, before a title that would otherwise be the street's
    doc = read("Về dự án số 8B Lê Trực, Thủ tướng đã chỉ đạo UBND TP Hà Nội kiểm tra.", "vi")
    assert doc.persons == [] and [d.agent.start for d in doc.directs] != []


def test_a_body_that_fixes_its_level_reads_its_place_at_that_level_on_a_real_article():
    """A round-up of provincial congresses: 'Tỉnh uỷ Khánh Hoà' is the province (56), not the
    commune Khánh Hòa of Ninh Bình, the province the article names most."""
    doc = read_vinews("train/097023")["train/097023"]
    keys = {b.key for b in doc.bodies}
    assert "56/party-committee" in keys and "14569/party-committee" not in keys


@pytest.mark.parametrize("text,key", [
    ("UBND tỉnh Đăk Nông yêu cầu Sở Y tế báo cáo.", "67/peoples-committee"),
    ("UBND tỉnh Đăk Lăk yêu cầu Sở Y tế báo cáo.", "66/peoples-committee"),
    ("UBND xã Đăk Nông, huyện Ngọc Hồi, tỉnh Kon Tum cho biết.", "23386/peoples-committee"),
])
def test_older_spellings_of_a_province_name_still_the_commune_written_so(text, key):
    assert key in {b.key for b in read(text, "vi").bodies}


def test_a_body_that_names_its_level_is_no_part_of_the_next_one_in_a_list():
    """'Uỷ ban Kiểm tra Trung ương yêu cầu Tỉnh uỷ, Ban Thường vụ Tỉnh uỷ Thanh Hoá ...': the
    Tỉnh uỷ is the province's, not a body inside the Standing Committee's Tỉnh uỷ (keys like
    '38/party-committee/party-committee'); 'Ban Tổ chức, Ban Tuyên giáo Tỉnh uỷ' still share it."""
    doc = read_vinews("test/022149")["test/022149"]
    assert not [b for b in doc.bodies if "party-committee/party-committee" in b.key]
    doc = read("Ban Tổ chức, Ban Tuyên giáo Tỉnh uỷ Nghệ An họp.", "vi")
    assert {b.key for b in doc.bodies} >= {"40/party-committee/board/organization", "40/party-committee/board/propaganda"}


def test_a_level_after_a_body_names_every_body_of_that_level():
    """'giao Uỷ ban nhân dân cấp tỉnh quy định ...': every province's committee, none in particular
    (a real article, held out), while 'giao UBND tỉnh' is the article's province's."""
    doc = read("Quảng Nam. Thủ tướng Nguyễn Xuân Phúc giao Uỷ ban nhân dân cấp tỉnh quy định mức hỗ trợ.", "vi")
    assert not [b for b in doc.bodies if b.key]
    doc = read("Quảng Nam. Thủ tướng Nguyễn Xuân Phúc giao UBND tỉnh quy định mức hỗ trợ.", "vi")
    assert [b.key for b in doc.bodies if b.key] == ["49/peoples-committee"]


def test_both_countries_governments_are_no_particular_body():
    """'đề nghị Chính phủ hai nước tăng cường chỉ đạo ...' (a held-out article): the governments of
    both countries, not Vietnam's directed by the Assembly's chair."""
    doc = read("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đề nghị Chính phủ hai nước tăng cường chỉ đạo.", "vi")
    assert not doc.directs


def test_a_bare_head_with_a_demonstrative_is_the_body_of_its_kind_named_last():
    doc = read("UBND thành phố Hà Nội chấp thuận báo cáo của Sở Xây dựng, giao Sở này hướng dẫn nhà đầu tư. "
               "Giám đốc Sở này Nguyễn Văn Hùng cho biết.", "vi")
    department = "01/peoples-committee/department/construction"
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [("01/peoples-committee", department)]
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [("Nguyễn Văn Hùng", department)]
    # several ('sáu bộ này') or none named before: no body
    assert read("Sáu bộ này phải báo cáo trước ngày 30/6.", "vi").bodies == []
    # written in lower case too, as news mostly writes it ('sở này' outnumbers 'Sở này' five to one)
    doc = read("Ông Trần Đức Thắng, Cục trưởng Cục Quản lý công sản (Bộ Tài chính), cho biết bộ này vừa có "
               "công văn đề nghị UBND TP Hà Nội rà soát.", "vi")
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [("ministry/finance", "01/peoples-committee")]
    assert read("Ông A cho biết bộ này sẽ trình.", "vi").bodies == []  # none named before


def test_a_general_department_is_a_body_with_a_known_subject_only():
    doc = read("Bộ Giao thông vận tải giao Tổng cục Đường bộ Việt Nam chủ trì, phối hợp với các địa phương. "
               "Phó tổng cục trưởng Tổng cục Đường bộ Nguyễn Mạnh Thắng cho biết.", "vi")
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [("ministry/transport", "general-department/roads")]
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [("Nguyễn Mạnh Thắng", "general-department/roads")]
    # a subject the data does not know has no extent we can trust: no body
    assert read("Bị cáo không chỉ đạo Tổng cục IV có văn bản thông báo.", "vi").bodies == []
    # a general department's subject does not cut another head's name short
    assert [b.key for b in read("UBND quận 8 chỉ đạo Phòng Cảnh sát PCCC quận 8 bố trí xe chữa cháy.", "vi").bodies][-1] \
        == "776/peoples-committee/department/canh-sat-pccc"


def test_a_ministry_agency_is_national_unless_a_place_names_its_branch():
    doc = read("Bà Lê Thị Thu Hiền, Cục trưởng Cục Di sản văn hoá, cho biết. "
               "Ông Trần Ngọc Tâm, Cục trưởng Cục Thuế TP. HCM, cho biết.", "vi")
    assert [(p.person.name, p.title.entry.role, p.title.body.key) for p in doc.posts] == [
        ("Lê Thị Thu Hiền", "head", "agency/di-san-van-hoa"), ("Trần Ngọc Tâm", "head", "79/agency/thue")]
    assert {b.type for b in doc.bodies} == {"department"}


def test_a_ministry_unit_belongs_to_the_ministry_named_after_it():
    doc = read("Cục trưởng Cục Quản lý dược (Bộ Y tế) Vũ Tuấn Cường cho biết. "
               "Ông Nguyễn Huy Quang, Vụ trưởng Vụ Pháp chế, Bộ Y tế cho biết.", "vi")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [
        ("Vũ Tuấn Cường", "ministry/health/agency/quan-ly-duoc"),
        ("Nguyễn Huy Quang", "ministry/health/ministry-unit/phap-che")]
    # every ministry has a 'Vụ Pháp chế': without its ministry, no body
    assert read("Vụ trưởng Vụ Pháp chế Nguyễn Văn A cho biết.", "vi").posts == []


def test_an_agency_name_in_lower_case_ends_where_the_text_clearly_ends_it():
    # real input: the name runs to the bracket ('Vụ Vận tải (Bộ Giao thông)') or to 'hằng năm'
    docs = read_vinews("test/019401", "train/015272")
    assert ("Trần Bảo Ngọc", "ministry/transport/ministry-unit/van-tai") in {
        (p.person.name, p.title.body.key) for p in docs["test/019401"].posts}
    assert "agency/dang-kiem-viet-nam" in {d.target.key for d in docs["train/015272"].directs}
    # lower-case words that run on with the order are not the name: 'Cục Thú y [đánh giá lại ...]'
    doc = read("Bộ trưởng Nguyễn Xuân Cường yêu cầu Cục Thú y đánh giá lại toàn bộ nguyên nhân gây bệnh.", "vi")
    assert [b.key for b in doc.bodies] == ["agency/thu-y"]
    assert [b.key for b in read("Cục Quản lý dược cho biết đã thu hồi.", "vi").bodies] == ["agency/quan-ly-duoc"]


def test_an_office_of_two_bodies_joined_by_and_is_the_office_of_the_first_placed_by_the_second():
    # since 2021 each province has one 'Văn phòng Đoàn ĐBQH và HĐND'; districts had 'Văn phòng HĐND và UBND'
    doc = read("Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Nam Nguyễn Văn Hùng cho biết.", "vi")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [
        ("Nguyễn Văn Hùng", "49/national-assembly-delegation/office")]
    doc = read("In Hai Phong City, the Chief of Office of the National Assembly Delegation and the City "
               "People's Council is Mr. Le Hong Dien.", "en")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [
        ("Le Hong Dien", "31/national-assembly-delegation/office")]
    doc = read_vinews("train/012592")["train/012592"]  # real input
    assert ("Trần Tuấn Ngọc", "79/national-assembly-delegation/office") in {
        (p.person.name, p.title.body.key) for p in doc.posts}


def test_the_vietnam_fatherland_front_is_national_unless_a_place_follows_even_past_its_abbreviation():
    assert vi_keys("Chủ tịch Uỷ ban MTTQ Việt Nam Trần Thanh Mẫn thăm tỉnh Hà Giang.")[0] == "fatherland-front"
    assert vi_keys("Bà Nguyễn Thị A, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam, phát biểu.")[0] == "49/fatherland-front"
    assert vi_keys("Bà Tô Thị Bích Châu - Chủ tịch Mặt trận Tổ quốc Việt Nam (MTTQVN) TP HCM - cho rằng.")[0] == "79/fatherland-front"
    assert vi_keys("Ông Lê Phước Hoài Bảo, giám đốc Sở Kế hoạch đầu tư (KH - ĐT) tỉnh Quảng Nam, cho biết.")[0] == \
        "49/peoples-committee/department/planning-investment"
    assert vi_keys("Ông Tô Văn Hùng, Trưởng ban Đô thị Hội đồng nhân dân (HĐND) TP. Đà Nẵng nhận định.")[0] == \
        "48/peoples-council/council-board/urban"


def test_a_ministry_is_one_vietnam_has_not_a_foreign_one_or_a_cut_name():
    assert "ministry/hai" not in vi_keys("Ông Ray Mabus, Bộ trưởng Hải quân Mỹ khẳng định, việc hợp tác sẽ góp phần quan trọng.")
    assert vi_keys("Phó Thủ tướng yêu cầu Bộ CA điều tra tiêu cực 2 gói thầu xe buýt.") == ["ministry/public-security"]
    assert vi_keys("Chính phủ đã chỉ đạo Bộ NN & PTNN kiểm dịch.")[-1] == "ministry/agriculture-rural-development"


def test_a_board_belongs_to_the_party_committee_or_council_named_after_a_comma_not_a_list_neighbour():
    assert vi_keys("Huyện Tương Dương bị kiểm tra. Theo thông tin từ ban Nội chính, Tỉnh uỷ Nghệ An, đơn vị này đã "
                "chỉ đạo.")[0] == "40/party-committee/board/internal-affairs"
    assert vi_keys("Ở quận Gò Vấp, ông Trương Trung Kiên - trưởng Ban đô thị, HĐND TP. HCM - cho rằng.")[-2] == \
        "79/peoples-council/council-board/urban"
    assert vi_keys("UBND TP. HCM đã giao Sở Văn hoá và Thể thao, UBND quận 2 khẩn trương hoàn thiện thủ tục.")[1] == \
        "79/peoples-committee/department/culture-sports-tourism"


def test_an_agency_named_by_an_abbreviation_ends_with_it():
    assert vi_keys("Bộ Công an giao Cục CSGT đảm bảo trật tự ở các trạm BOT.") == ["ministry/public-security", "agency/csgt"]
    assert vi_keys("Ông A giao Cục Cảnh sát PCCC và cứu nạn kiểm tra.")[-1] == "agency/canh-sat-pccc-va-cuu-nan"


def test_a_place_alone_in_brackets_places_the_body_before_it():
    """'Đoàn đại biểu Quốc hội (TP HCM)', 'Đoàn ĐBQH (TP HCM)': the city's delegation."""
    assert "79/national-assembly-delegation" in keys(read("Đoàn đại biểu Quốc hội (TP HCM) sẽ đề nghị Sở Xây dựng cùng dự.", "vi"))
    assert "79/national-assembly-delegation" in keys(read("Đoàn ĐBQH (TP HCM) sẽ tiếp xúc cử tri.", "vi"))


def test_a_body_named_with_no_place_is_of_the_province_its_sentence_names():
    """A bare 'Party Chief', 'HĐND' whose place only the article's context gives: the one province named
    before it in its sentence, not the article's most named one ('HĐND tỉnh Thanh Hoá ... tiếp tục bầu
    ông Trịnh Văn Chiến ... giữ chức Chủ tịch HĐND', a vi-news record; 'officials from Vinh Phuc province,
    in the north: Party Chief X ...' in a story about Quang Ngai)."""
    doc = read_vinews("test/020527")["test/020527"]
    assert any(p.person.name == "Trịnh Văn Chiến" and p.title.body.key == "38/peoples-council" for p in doc.posts)
    doc = read("Quang Ngai's leaders were detained. Quang Ngai police said the case of Quang Ngai was grave. "
               "The committee proposed disciplinary measures for two officials from Vinh Phuc province, in the north: "
               "Party Chief Hoang Thi Thuy Lan and Chairman of People's Committee Le Duy Thanh.")
    assert {p.title.body.key for p in doc.posts} == {"26/party-committee", "26/peoples-committee"}


def test_a_body_before_lien_quan_den_is_specific():
    """'các sở, ngành liên quan' are the relevant ones (generic); 'văn bản của UBND TP Đà Nẵng liên quan
    đến ...' is the city's (a verb 'concerning' follows it)."""
    doc = read("Sau khi nhận được văn bản của UBND TP Đà Nẵng liên quan đến nguồn nước, Bộ đã trả lời.", "vi")
    assert "48/peoples-committee" in {b.key for b in doc.bodies}
    doc = read("UBND TP Đà Nẵng yêu cầu các sở liên quan phối hợp.", "vi")
    assert [b.key for b in doc.bodies if b.key] == ["48/peoples-committee"]
