import pytest

from .conftest import read, read_page, read_vinews


def posts(doc):
    return {(p.person.name, p.title.role, p.title.body.key) for p in doc.posts}


@pytest.mark.parametrize("text,expected", [
    ("Chairman of the People's Committee of Hai Phong City Le Ngoc Chau spoke.",
     {("Le Ngoc Chau", "chair", "31/peoples-committee")}),
    ("Le Ngoc Chau, Chairman of the Hai Phong City People's Committee, spoke.",
     {("Le Ngoc Chau", "chair", "31/peoples-committee")}),
    ("Hai Phong City Party Secretary Le Tien Chau spoke.",
     {("Le Tien Chau", "secretary", "31/party-committee")}),
    ("Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Committee "
     "of Phu Tho Tran Duy Dong presided.",
     {("Tran Duy Dong", "deputy-secretary", "25/party-committee"), ("Tran Duy Dong", "chair", "25/peoples-committee")}),
])
def test_title_shapes(text, expected):
    assert posts(read(text)) == expected


def test_vice_chairmen_list():
    doc = read("The Hanoi People's Committee has Vice Chairmen Nguyen Manh Quyen, Duong Duc Tuan and Ha Minh Hai.")
    assert {p[0] for p in posts(doc)} == {"Nguyen Manh Quyen", "Duong Duc Tuan", "Ha Minh Hai"}


def test_chain_after_a_name_stops_at_the_next_person():
    doc = read("Attending were Mr. Le Ngoc Chau - Deputy Secretary of the Hai Phong City Party Committee, Chairman of "
               "the City People's Committee, Mr. Le Van Hieu, Chairman of the City People's Council.")
    assert posts(doc) == {("Le Ngoc Chau", "deputy-secretary", "31/party-committee"),
                          ("Le Ngoc Chau", "chair", "31/peoples-committee"),
                          ("Le Van Hieu", "chair", "31/peoples-council")}


def test_semicolon_ends_a_chain_before_a_plural_title():
    doc = read("Mr. Do Manh Hien - Standing Deputy Secretary of the Hai Phong City Party Committee; "
               "Members of the Standing Committee of the City Party Committee attended.")
    assert posts(doc) == {("Do Manh Hien", "standing-deputy-secretary", "31/party-committee")}


def test_position_after_an_appointment_verb():
    doc = read("The Standing Committee appointed Mr. Bui Hung Thien to hold the position of Chief of the "
               "Hai Phong City Party Committee Office.")
    assert ("Bui Hung Thien", "chief-of-office", "31/party-committee/office") in posts(doc)


def test_title_before_is_and_a_name():
    doc = read("The Chief of Office of the Hai Phong City People's Council is Mr. Le Hong Dien.")
    assert posts(doc) == {("Le Hong Dien", "chief-of-office", "31/peoples-council/office")}


def test_former_posts_are_marked():
    doc = read("The list includes former directors of the Son La provincial health department Trinh Huu Hung "
               "and Hoang Sy Binh.")
    assert {(p.person.name, p.title.former) for p in doc.posts} == {("Trinh Huu Hung", True), ("Hoang Sy Binh", True)}


@pytest.mark.parametrize("held", ["từng giữ các chức vụ", "từng kinh qua các chức vụ", "từng giữ chức"])
def test_a_career_list_is_former(held):
    doc = read(f"Trước khi được bầu làm Bí thư Tỉnh uỷ Quảng Ninh, ông Nguyễn Văn Tuấn {held} Giám đốc Sở Tài chính "
               "tỉnh Quảng Ninh, Bí thư Thành uỷ Móng Cái.", "vi")
    assert {(p.title.body.key, p.title.former) for p in doc.posts if p.title.former} == {
        ("22/peoples-committee/department/finance", True), ("194/party-committee", True)}


def test_short_reference_is_the_person_named_before():
    doc = read("Mr. Le Trung Chinh, Chairman of the People's Committee of Da Nang City, spoke. "
               "Mr. Chinh also suggested more teams.")
    assert [p.key for p in doc.persons] == ["le-trung-chinh", "le-trung-chinh"]


@pytest.mark.parametrize("text,lang", [
    ("General Secretary To Lam received the delegation. The visit was the first since To Lam became General "
     "Secretary of the Party.", "en"),
    ("Sekjen To Lam menerima delegasi itu. Kunjungan ini pertama kali bagi To Lam sebagai Sekjen PKV.", "id"),
])
def test_a_short_name_cued_once_is_a_name_where_it_stands_alone(text, lang):
    doc = read(text, lang)
    assert [p.name for p in doc.persons] == ["To Lam", "To Lam"]
    assert {(p.person.start, p.title.role) for p in doc.posts} >= {(doc.persons[1].start, "general-secretary")}


def test_vietnamese_organisation_words_cued_once_stay_words():
    # 'Đoàn Thanh' has a title before it once ('Bí thư Đoàn Thanh niên'); Vietnamese names short
    # people with 'ông/bà', so the bare words elsewhere are the Youth Union, not a man
    doc = read("Ông Nguyễn Lam từng là Bí thư Đoàn Thanh niên cứu quốc. Năm 1937, ông hoạt động trong phong trào "
               "Đoàn Thanh niên Dân chủ Đông Dương.", "vi")
    assert sum(p.name == "Đoàn Thanh" for p in doc.persons) <= 1


def test_a_title_then_the_country_and_a_comma_before_the_name_on_a_real_page():
    doc = read_page("pages/071.txt")  # '..., Perdana Menteri (PM) Vietnam, Pham Minh Chinh dan rombongan ...'
    assert ("Pham Minh Chinh", "Perdana Menteri") in {(p.person.name, doc.span_text(p.title.start, p.title.end))
                                                      for p in doc.posts}


def test_a_rank_word_that_ends_a_title_opens_no_name():
    # 'Jenderal' (General) is an honorific before a name, but here it ends 'Sekretaris Jenderal'
    doc = read("Presiden Prabowo Subianto menerima Sekretaris Jenderal Partai Komunis Vietnam To Lam di Istana "
               "Merdeka.", "id")
    assert posts(doc) == {("To Lam", "general-secretary", "central-committee")}


def test_the_last_name_of_a_list_keeps_the_title_when_the_next_title_is_another_ones():
    doc = read("Attending were Hanoi Deputy Chairpersons Nguyen Trong Dong, Duong Duc Tuan, Nguyen Manh Quyen, and "
               "Vu Thu Ha, Chief of the Office of the People's Committee Truong Viet Dung.")
    assert ("Vu Thu Ha", "vice-chair", "01/peoples-committee") in posts(doc)
    assert ("Vu Thu Ha", "chief-of-office", "01/peoples-committee/office") not in posts(doc)


def test_bare_title_takes_the_body_named_before():
    doc = read("The Tay Ninh Provincial People's Committee assigned tasks. Vice Chairman Nguyen Hong Thanh is in "
               "charge of industry.")
    assert ("Nguyen Hong Thanh", "vice-chair", "80-2025/peoples-committee") in posts(doc)


def test_names_in_pinyin_are_not_persons():
    doc = read("The meeting was chaired by Deputy Secretary Cao Linhu and Han Shengcai.")
    assert doc.persons == []


def test_title_and_name_around_a_tenure():
    doc = read("The PM fired Vice Chairman of the Khanh Hoa provincial People's Committee in the 2016-2021 tenure "
               "Dao Cong Thien.")
    assert ("Dao Cong Thien", "vice-chair", "56/peoples-committee") in posts(doc)


@pytest.mark.parametrize("text,code,name", [
    ("Chủ tịch Hà Nội Nguyễn Đức Chung đã yêu cầu Sở Văn hoá chuyển giao sân.", "vi", "Nguyễn Đức Chung"),
    ("Chairman of Hanoi Nguyen Duc Chung asked the department.", "en", "Nguyen Duc Chung"),
    ("President Ho Chi Minh visited the province.", "en", "Ho Chi Minh"),
])
def test_a_province_after_a_title_is_not_part_of_the_name(text, code, name):
    assert [p.name for p in read(text, code).persons] == [name]


def test_a_province_that_is_also_its_city_is_not_part_of_the_name():
    """An article naming 'TP Hà Tĩnh' as often as 'tỉnh Hà Tĩnh': 'Chủ tịch Hà Tĩnh Đặng Quốc
    Khánh' is the province's chairman, not a person called 'Hà Tĩnh Đặng Quốc Khánh'."""
    doc = read_vinews("train/101529")["train/101529"]
    assert {p.name for p in doc.persons} >= {"Đặng Quốc Khánh"}
    assert not any(p.name.startswith("Hà Tĩnh") for p in doc.persons)
    assert posts(doc) == {("Đặng Quốc Khánh", "chair", "42/peoples-committee")}


@pytest.mark.parametrize("text,code,expected", [
    ("Nguyen Van Hung was appointed Director of the Hanoi Department of Construction.", "en",
     {("Nguyen Van Hung", "director", "01/peoples-committee/department/construction")}),
    ("Nguyen Van Hung was elected Chairman of the Hanoi People's Council for the 2021-2026 term.", "en",
     {("Nguyen Van Hung", "chair", "01/peoples-council")}),
    ("Ông Nguyễn Văn Hùng được bổ nhiệm Giám đốc Sở Xây dựng thành phố Hà Nội.", "vi",
     {("Nguyễn Văn Hùng", "director", "01/peoples-committee/department/construction")}),
    ("Ông Nguyễn Văn Hùng giao Chủ tịch UBND huyện Kiến An chỉ đạo.", "vi", set()),
])
def test_a_title_right_after_an_appointment_goes_to_the_one_appointed(text, code, expected):
    assert posts(read(text, code)) == expected


def test_the_post_taken_up_after_resigning_is_not_former():
    doc = read("Tran Sy Thanh resigned from the position of Secretary of the Party Committee of Hanoi "
               "to be appointed Deputy Secretary of the Hai Phong City Party Committee.")
    assert {(p.title.role, p.title.body.key, p.title.former) for p in doc.posts} == {
        ("secretary", "01/party-committee", True), ("deputy-secretary", "31/party-committee", False)}


@pytest.mark.parametrize("title", ["Chairman of the Board of Directors of Vietcombank",
                                   "Secretary of the Personnel Committee of the State Audit Party"])
def test_a_title_of_an_unread_name_takes_no_body_from_context(title):
    doc = read(f"The Hanoi Party Committee and the Hanoi People's Committee met. Nguyen Van Hung, {title}, spoke.")
    assert posts(doc) == set()


def test_a_title_of_one_generic_word_still_refers_back():
    doc = read("The Hanoi People's Committee met. Nguyen Van Hung, Vice Chairman of the Committee, spoke.")
    assert posts(doc) == {("Nguyen Van Hung", "vice-chair", "01/peoples-committee")}


def test_stripped_of_a_status_is_former():
    doc = read("The Prime Minister stripped Nguyen Chien Thang from his status as Chairman of the "
               "Khanh Hoa Provincial People's Committee between 2011 and 2016.")
    assert [(p.title.role, p.title.former) for p in doc.posts] == [("chair", True)]


def test_lower_case_ministry_and_department_before_a_known_subject():
    """'Thứ trưởng bộ Y tế', 'Giám đốc sở Nông nghiệp và PTNT': Bộ and Sở written lower-case are
    bodies when a subject the language data knows follows; 'toàn bộ Hà Nội' is not."""
    doc = read("Thủ tướng bổ nhiệm ông Nguyễn Văn Hùng, Giám đốc bệnh viện Chợ Rẫy, giữ chức vụ Thứ trưởng bộ Y tế. "
               "Ông Trần Văn Nam, Giám đốc sở Nông nghiệp và PTNT tỉnh Bình Thuận, cho biết toàn bộ Hà Nội ngập.", "vi")
    assert posts(doc) == {("Nguyễn Văn Hùng", "deputy-minister", "ministry/health"),
                          ("Trần Văn Nam", "director", "60/peoples-committee/department/agriculture-rural-development")}


def test_minister_title_takes_the_whole_known_subject():
    doc = read("Ông Lê Văn Minh, Phó Thủ tướng, Bộ trưởng Ngoại giao, cho biết.", "vi")
    assert ("Lê Văn Minh", "minister", "ministry/foreign-affairs") in posts(doc)


def test_appointed_deputy_ministers_of_lower_case_ministries_on_a_real_page():
    doc = read_page("vi-pages/vn024.txt")
    got = {(name, role, key) for name, role, key in posts(doc) if role == "deputy-minister"}
    assert ("Lê Hải An", "deputy-minister", "ministry/education-training") in got
    assert ("Phùng Đức Tiến", "deputy-minister", "ministry/agriculture-rural-development") in got


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Xuân Sáng, chủ tịch hội đồng quản trị Công ty Tiên Phong, cho biết.",
    "UBND tỉnh An Giang họp. Ông Nguyễn Ngọc Xuân, chủ tịch Hiệp hội Vận tải ôtô tỉnh An Giang, cho biết.",
    "Ông Trần Văn Nam, Giám đốc sở Tư pháp, Chủ tịch Hội Luật gia tỉnh Lào Cai, phát biểu.",
])
def test_a_title_of_a_body_outside_the_state_takes_no_body_from_context(text):
    """'Chủ tịch HĐQT', 'Chủ tịch Tổng LĐLĐ', 'chủ tịch Hiệp hội': the title names a body the
    language data cannot read; neither a body named before it nor the locality of a title
    joined to it stands in."""
    assert {p for p in posts(read(text, "vi")) if p[1] == "chair"} == set()


def test_chairs_of_companies_and_associations_on_real_articles():
    docs = read_vinews("test/003864", "test/003871", "test/004006")
    named = {"Nguyễn Ngọc Xuân", "Nguyễn Xuân Sáng", "Phạm Bắc Bình"}
    assert {p for d in docs.values() for p in posts(d) if p[0] in named} == set()


def test_a_pronoun_takes_the_titles_of_a_biography():
    """'He held the positions of A; B', 'Ông từng giữ chức A, B': the person the article was
    just about; not when someone else was named with an honorific we could not read."""
    doc = read("Vu Dai Thang was elected Secretary of the Quang Binh provincial Party Committee. Previously, he held "
               "the positions of Vice Chairman of the Hanoi People's Committee; Secretary of the Ba Vi District Party "
               "Committee.")
    assert posts(doc) == {("Vu Dai Thang", "secretary", "44/party-committee"),
                          ("Vu Dai Thang", "vice-chair", "01/peoples-committee"),
                          ("Vu Dai Thang", "secretary", "271/party-committee")}
    doc = read("Ông Nguyễn Văn Nam sinh năm 1970. Ông từng giữ chức Phó Chủ tịch UBND tỉnh Quảng Ninh, "
               "Bí thư Huyện ủy Vân Đồn.", "vi")
    assert posts(doc) == {("Nguyễn Văn Nam", "vice-chair", "22/peoples-committee"),
                          ("Nguyễn Văn Nam", "secretary", "203/party-committee")}
    doc = read("Ông Nguyễn Phú Trọng tiếp ông Tập. Sự kiện ông được tái bầu làm Tổng bí thư.", "vi")
    assert posts(doc) == set()


def test_a_list_of_names_before_an_appointment_takes_its_titles():
    """'A and B were elected Vice Chairmen of X'; as many titles as names: one each, in order."""
    doc = read("Nguyen Thi Ha and Tran Van Nam were elected Vice Chairmen of the Hai Phong City People's Council.")
    assert posts(doc) == {("Nguyen Thi Ha", "vice-chair", "31/peoples-council"),
                          ("Tran Van Nam", "vice-chair", "31/peoples-council")}
    doc = read("Nguyen Thi Ha and Tran Van Nam were re-elected as Vice Chairwoman and Vice Chairman of the Hai Phong "
               "City People's Council.")
    assert posts(doc) == {("Nguyen Thi Ha", "vice-chair", "31/peoples-council"),
                          ("Tran Van Nam", "vice-chair", "31/peoples-council")}


def test_a_facility_word_inside_a_vietnamese_name_is_a_syllable():
    doc = read("Thủ tướng bổ nhiệm ông Nguyễn Trường Sơn, Giám đốc bệnh viện Chợ Rẫy giữ chức vụ Thứ trưởng bộ Y tế. "
               "Học sinh trường Nguyễn Trường Tộ tham gia.", "vi")
    assert posts(doc) == {("Nguyễn Trường Sơn", "deputy-minister", "ministry/health")}
    assert [p.name for p in doc.persons] == ["Nguyễn Trường Sơn"]


@pytest.mark.parametrize("text,expected", [
    ("Ông Lê Đức Vinh - phó bí thư Tỉnh uỷ, bí thư Ban cán sự Đảng, chủ tịch UBND tỉnh Khánh Hoà chịu trách nhiệm.",
     {("Lê Đức Vinh", "deputy-secretary", "56/party-committee"), ("Lê Đức Vinh", "chair", "56/peoples-committee"),
      ("Lê Đức Vinh", "secretary", "56/peoples-committee/party-personnel-committee")}),
    ("Nguyên Phó Bí thư Tỉnh ủy, nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Khánh Hòa Nguyễn Tấn Tuân "
     "phát biểu.",
     {("Nguyễn Tấn Tuân", "deputy-secretary", "56/party-committee"), ("Nguyễn Tấn Tuân", "chair", "56/peoples-committee"),
      ("Nguyễn Tấn Tuân", "secretary", "56/peoples-committee/party-personnel-committee")}),
    ("Ông Lê Văn Tuyên, bí thư chi bộ BQL dự án huyện Hà Trung, bị kỷ luật.", set()),
    ("Từ năm 2008 ông Võ Văn Minh làm bí thư tỉnh đoàn Bình Dương.", set()),
])
def test_party_bodies_inside_other_bodies_are_not_the_party_committee_and_do_not_break_chains(text, expected):
    """'Bí thư Ban cán sự đảng', 'bí thư chi bộ', 'bí thư tỉnh đoàn' hold no post of the Party
    Committee (the first is of the Party personnel committee of the next title's body); the
    titles around them in a chain still go to the person. ('Tỉnh đoàn' is read
    as the Youth Union only with its capital: lower-case 'tỉnh đoàn' is mostly 'tỉnh đoàn kết'.)"""
    assert posts(read(text, "vi")) == expected


@pytest.mark.parametrize("text,code", [
    ("Tổng Bí thư Nguyễn Phú Trọng và Thủ tướng Hun Sen chứng kiến lễ ký.", "vi"),
    ("Chủ tịch nước Trần Đại Quang và Thủ tướng Shinzo Abe đã có cuộc hội đàm.", "vi"),
    ("General Secretary Nguyen Phu Trong and Prime Minister Hun Sen attended.", "en"),
])
def test_a_title_joined_by_and_before_a_name_we_cannot_read_is_that_names(text, code):
    assert {p[1] for p in posts(read(text, code))} <= {"general-secretary", "president"}


@pytest.mark.parametrize("text,code,expected", [
    ("Ban Thường vụ Tỉnh ủy Bình Dương gồm các ông Nguyễn Văn An, Trần Văn Bình và bà Lê Thị Cúc.", "vi",
     {(n, "member", "74/party-committee/standing-committee") for n in ("Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Cúc")}),
    ("Trong 6 Phó Chủ tịch UBND tỉnh Bình Dương gồm các ông Nguyễn Văn An, Trần Văn Bình.", "vi",
     {(n, "vice-chair", "74/peoples-committee") for n in ("Nguyễn Văn An", "Trần Văn Bình")}),
    ("The congress elected the Standing Board of the Hai Phong City Party Committee, including Le Van Thanh and "
     "Do Manh Hien.", "en",
     {(n, "member", "31/party-committee/standing-committee") for n in ("Le Van Thanh", "Do Manh Hien")}),
    ("Bộ Công thương: ông Trần Tuấn Anh không biết có công văn.", "vi", set()),
])
def test_the_names_a_body_lists_are_its_members(text, code, expected):
    assert posts(read(text, code)) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Ông Trần Văn Nam được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Bình Dương.", "vi",
     {("Trần Văn Nam", "member", "74/party-committee/executive-committee", False),
      ("Trần Văn Nam", "member", "74/party-committee/standing-committee", False)}),
    ("Ông Trần Văn Nam thôi tham gia Ban Chấp hành Đảng bộ tỉnh Bình Dương.", "vi",
     {("Trần Văn Nam", "member", "74/party-committee/executive-committee", True)}),
    ("Tran Van Nam was elected to the Politburo.", "en", {("Tran Van Nam", "member", "politburo", False)}),
    ("Vu Dai Thang spoke. In July, he was appointed by the Politburo to join the Quang Binh provincial Standing "
     "Board and the Quang Binh provincial Executive Party Committee.", "en",
     {("Vu Dai Thang", "member", "44/party-committee/standing-committee", False),
      ("Vu Dai Thang", "member", "44/party-committee/executive-committee", False)}),
])
def test_bodies_after_a_joining_word_have_the_sentences_person_as_member(text, code, expected):
    got = {(p.person.name, p.title.role, p.title.body.key, p.title.former) for p in read(text, code).posts}
    assert got == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Bộ trưởng Quốc phòng Nga Sergei Shoigu gặp Bộ trưởng Quốc phòng Ngô Xuân Lịch.", "vi",
     {("Ngô Xuân Lịch", "minister", "ministry/national-defence")}),
    ("Thủ tướng Nhật Bản Shinzo Abe hội đàm với Thủ tướng Nguyễn Xuân Phúc.", "vi",
     {("Nguyễn Xuân Phúc", "prime-minister", "government")}),
    ("Ông Sergei Shoigu được bổ nhiệm làm Bộ trưởng Bộ Quốc phòng Nga.", "vi", set()),
    ("Tháng 11-2012, ông Tập Cận Bình được bầu làm Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc.",
     "vi", set()),
    ("Ông Thongloun Sisoulith là Tổng Bí thư Đảng Nhân dân Cách mạng Lào.", "vi", set()),
    ("Chinese Foreign Minister Wang Yi met Deputy Prime Minister Pham Binh Minh.", "en",
     {("Pham Binh Minh", "deputy-prime-minister", "government")}),
])
def test_another_countrys_bodies_and_titles_are_not_vietnams(text, code, expected):
    doc = read(text, code)
    assert posts(doc) == expected
    assert not {p.name for p in doc.persons} & {"Nhật Bản", "Hàn Quốc", "Thái Lan"}


def test_a_foreign_government_is_no_body_and_a_country_no_person():
    doc = read("Chính phủ Mỹ đóng cửa. Thủ tướng Thái Lan đến hiện trường. Chính phủ họp phiên thường kỳ.", "vi")
    assert [b.key for b in doc.bodies] == ["government"]
    assert doc.persons == []


def test_the_central_blocs_party_committees_are_national_and_no_bare_titles_context():
    doc = read("Ông Phạm Viết Thanh (Bí thư Đảng uỷ Khối Doanh nghiệp Trung ương) tham gia Ban chấp hành Đảng bộ "
               "tỉnh Tây Ninh. Ông Cao Duy Hải, phó Bí thư Đảng uỷ, thành viên HĐTV tổng công ty, bị cách chức.", "vi")
    got = posts(doc)
    assert ("Phạm Viết Thanh", "secretary", "central-enterprises-party-committee") in got
    assert not any(p[0] == "Cao Duy Hải" and p[2].startswith("central-") for p in got)


@pytest.mark.parametrize("text,expected", [
    ("Theo phân công, ông Phạm Minh Chính làm Trưởng ban Tổ chức Trung ương, ông Hoàng Trung Hải làm Bí thư Hà Nội.",
     {("Phạm Minh Chính", "head", "central-committee/board/organization"),
      ("Hoàng Trung Hải", "secretary", "01/party-committee")}),
    ("Tiếp thu chỉ đạo của Thủ tướng, ông Lê Minh Khái, Tổng Thanh tra Chính phủ nói.",
     {("Lê Minh Khái", "head", "government/inspectorate")}),
    ("Chủ tịch UBND TP Hà Nội, ông Nguyễn Đức Chung, cho biết.", {("Nguyễn Đức Chung", "chair", "01/peoples-committee")}),
])
def test_a_title_before_a_comma_and_a_name_is_not_that_names_when_the_text_says_otherwise(text, expected):
    """'A làm X, ông B ...': X is A's; 'của Thủ tướng, ông B, Tổng Thanh tra': B has his own title."""
    assert posts(read(text, "vi")) == expected


def test_a_bare_party_committee_is_placed_by_its_own_words_or_its_communes_title_chain():
    """'bí thư Đảng ủy, tổng giám đốc Tổng công ty ...' is a company's committee, 'phó bí thư Đảng ủy,
    phó giám đốc Công an tỉnh' the police's: never the article's main locality's. 'phó bí thư Đảng
    ủy, chủ tịch UBND xã X' is commune X's, and chains go on past the committees nothing places."""
    docs = read_vinews("train/011523", "train/011849", "train/012916")
    commune = {(p.person.name, p.title.role, p.title.body.key) for p in docs["train/011523"].posts}
    assert ("Lương Thế Tài", "deputy-secretary", "16210/party-committee") in commune
    assert ("Lương Thế Tài", "chair", "16210/peoples-committee") in commune
    police = {(p.person.name, p.title.role, p.title.body.key) for p in docs["train/011849"].posts}
    assert ("Nguyễn Văn Kim", "deputy-director", "75/police") in police
    assert not {post for post in police if post[2] == "75/party-committee" and post[1] != "member"}
    company = docs["train/012916"]
    assert not [p for p in company.posts if p.title.body.key.endswith("party-committee")]


def test_a_common_noun_ending_in_a_type_word_gives_a_title_no_level():
    """'chủ nhiệm Hợp tác xã Sơn Dương' (a cooperative): the reading went on to a crash before."""
    doc = read_vinews("test/016363")["test/016363"]
    assert not [p for p in doc.posts if p.person.name == "Phạm Văn Minh"]


def test_council_boards_written_without_dashes_and_a_new_position():
    """'trưởng Ban Kinh tế ngân sách HĐND TP Hà Nội' is the council's board, not the Party's
    economic board; 'ông B giữ chức vụ mới Phó Trưởng Ban Văn hoá Xã hội HĐND TP. HCM'."""
    docs = read_vinews("train/019048", "train/012047")
    hanoi = {(p.person.name, p.title.role, p.title.body.key) for p in docs["train/019048"].posts}
    assert ("Hồ Vân Nga", "head", "01/peoples-council/council-board/economy-budget") in hanoi
    hcm = {(p.person.name, p.title.role, p.title.body.key) for p in docs["train/012047"].posts}
    assert ("Nguyễn Văn Đạt", "deputy-head", "79/peoples-council/council-board/culture-society") in hcm


def test_a_facility_word_is_the_last_syllable_of_a_name_when_it_names_nothing_after_it():
    """'ông Nguyễn Xuân Đường, chủ tịch UBND tỉnh Nghệ An', 'thượng tướng Bế Xuân Trường - thứ trưởng
    Bộ Quốc phòng': 'Đường' (road) and 'Trường' (school) come before the names of what they name."""
    docs = read_vinews("train/014290", "train/010556")
    assert ("Nguyễn Xuân Đường", "chair", "40/peoples-committee") in {
        (p.person.name, p.title.role, p.title.body.key) for p in docs["train/014290"].posts}
    assert ("Bế Xuân Trường", "deputy-minister", "ministry/national-defence") in {
        (p.person.name, p.title.role, p.title.body.key) for p in docs["train/010556"].posts}


def test_subjects_are_read_as_news_writes_them_without_their_and_or_with_dashes():
    """'Bộ Thông tin truyền thông', 'Bộ trưởng Văn hoá Thể thao Du lịch', 'Sở TN - MT' name the
    ministries and departments the language data lists as 'Thông tin và Truyền thông' ..."""
    docs = read_vinews("train/017663", "test/021560", "train/017322")
    got = {(p.person.name, p.title.role, p.title.body.key) for d in docs.values() for p in d.posts}
    assert ("Trương Minh Tuấn", "minister", "ministry/information-communications") in got
    assert ("Nguyễn Ngọc Thiện", "minister", "ministry/culture-sports-tourism") in got
    assert ("Chu Ngọc Anh", "minister", "ministry/science-technology") in got
    assert not [key for _, _, key in got if key.startswith("ministry/") and key.split("/")[1] in ("thong-tin", "khoa-hoc")]


@pytest.mark.parametrize("text,expected", [
    ("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng chủ trì họp Bộ Chính trị.",
     {("Nguyễn Phú Trọng", "general-secretary", "central-committee")}),
    ("Phát biểu tại cuộc làm việc, Chủ tịch Uỷ ban Trung ương MTTQ VN Trần Thanh Mẫn cho rằng.",
     {("Trần Thanh Mẫn", "chair", "fatherland-front")}),
    ("Thay mặt Bộ trưởng Bộ GD-ĐT, Thứ trưởng Bộ GD-ĐT Nguyễn Thị Nghĩa gửi lời chia buồn.",
     {("Nguyễn Thị Nghĩa", "deputy-minister", "ministry/education-training")}),
    ("Tại Phủ Chủ tịch, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh đã gặp gỡ các nữ thương binh.", set()),
    ("Theo phân công của Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng, đồng chí Nguyễn Xuân Phúc, Uỷ viên Bộ Chính trị, "
     "Thủ tướng Chính phủ điều hành.",
     {("Nguyễn Phú Trọng", "general-secretary", "central-committee"), ("Nguyễn Xuân Phúc", "member", "politburo"),
      ("Nguyễn Xuân Phúc", "prime-minister", "government")}),
])
def test_chains_pass_over_the_state_presidents_title_and_stop_at_a_rival_post(text, expected):
    """The President has no body in the contract, but a chain passes over the title; a post of
    the same body (minister, deputy minister) starts another person's chain; 'Phủ Chủ tịch' is a
    palace; a list of names ends where a name has its own title after it."""
    assert posts(read(text, "vi")) == expected


def test_subject_words_end_where_the_known_subject_ends():
    """'Bộ GD-ĐT đã ký': the subject is 'GD-ĐT', not 'GD-ĐT đã' (a ministry 'gddt-da')."""
    doc = read("Ông Phùng Xuân Nhạ, Bộ trưởng Bộ GD-ĐT đã ký quyết định.", "vi")
    assert [b.key for b in doc.bodies] == ["ministry/education-training"]
    assert posts(doc) == {("Phùng Xuân Nhạ", "minister", "ministry/education-training")}


@pytest.mark.parametrize("text,expected", [
    ("Ngày 18-1, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã ký quyết định cách chức phó chủ tịch UBND tỉnh Thanh Hoá "
     "(nhiệm kỳ 2016-2021) đối với ông Ngô Văn Tuấn.",
     {("Nguyễn Xuân Phúc", "prime-minister", "government"), ("Ngô Văn Tuấn", "vice-chair", "38/peoples-committee")}),
    ("HĐND TP cũng miễn nhiệm chức danh uỷ viên UBND TP Đà Nẵng đối với ông Trần Đình Quỳnh và ông Lâm Quang Minh.",
     {("Trần Đình Quỳnh", "member", "48/peoples-committee"), ("Lâm Quang Minh", "member", "48/peoples-committee")}),
    ("Theo ông Trương Quang Nghĩa, thành phố sẽ kiện toàn chức danh chủ tịch HĐND TP Đà Nẵng.", set()),
    ("Ông Nguyễn Xuân Dương bị cách chức Bí thư Đảng uỷ phường Tân Định, quận 1.",
     {("Nguyễn Xuân Dương", "secretary", "26734/party-committee")}),
])
def test_the_holder_a_post_is_named_for_comes_after_it(text, expected):
    """'cách chức / miễn nhiệm chức danh T đối với ông X': X holds T, not the person who signs;
    'chức danh T' without a holder is a post nobody is named for."""
    assert posts(read(text, "vi")) == expected


def test_a_provinces_party_committee_is_a_provinces_and_a_citys_a_citys():
    """'Tỉnh ủy' never stands for a centrally-run city named before it ('tại Hà Nội, Ban Bí thư
    ... uỷ viên Ban Thường vụ Tỉnh uỷ, ... giám đốc Công an tỉnh Đồng Nai'); a bare 'Thành uỷ' is
    a provincial city's too ('bí thư Thành uỷ, chủ tịch HĐND TP Pleiku'); 'Huyện uỷ' is placed by
    the district the chain names after it; 'Bà Rịa - Vũng Tàu' is a province, not 'Bà' (Mrs)."""
    docs = read_vinews("train/011849", "test/002941", "train/010919", "test/018493")
    got = {(p.person.name, p.title.role, p.title.body.key) for d in docs.values() for p in d.posts}
    assert ("Huỳnh Tiến Mạnh", "member", "75/party-committee/standing-committee") in got
    assert not {post for post in got if post[0] == "Huỳnh Tiến Mạnh" and post[2].startswith("01/")}
    assert ("Trịnh Duy Thuân", "secretary", "622/party-committee") in got
    assert ("Trịnh Duy Thuân", "chair", "622/peoples-council") in got
    assert ("Đinh Khoa Toàn", "deputy-secretary", "911/party-committee") in got
    assert ("Nguyễn Văn Trình", "chair", "77/peoples-committee") in got


@pytest.mark.parametrize("text,expected", [
    ("Tại TP HCM, Uỷ ban Kiểm tra Trung ương cho biết bà Phan Thị Mỹ Thanh, Tỉnh uỷ viên, Giám đốc Sở Công thương "
     "tỉnh Đồng Nai vi phạm.", ("Phan Thị Mỹ Thanh", "member", "75/party-committee")),
    ("Uỷ ban kiểm tra Tỉnh uỷ Phú Yên kết luận vi phạm của ông Nguyễn Lương Sinh - thành uỷ viên, phó chủ tịch UBND "
     "TP Tuy Hoà.", ("Nguyễn Lương Sinh", "member", "555/party-committee")),
])
def test_a_provincial_party_member_is_a_provinces_and_a_city_party_member_a_citys(text, expected):
    """'Tỉnh uỷ viên' never takes a centrally-run city named before it; 'Thành uỷ viên' takes a city."""
    assert expected in posts(read(text, "vi"))


@pytest.mark.parametrize("text,expected", [
    ("The 16th Hanoi People's Council elected Deputy Secretary of the Hanoi Party Committee Tran Sy Thanh as the "
     "city's mayor for the 2021-2026 term.",
     {("Tran Sy Thanh", "chair", "01/peoples-committee"), ("Tran Sy Thanh", "deputy-secretary", "01/party-committee")}),
    ("The Politburo has assigned Nguyen Manh Dung, Deputy Secretary of the Party Committee of Ha Giang province to "
     "hold the position of Acting Secretary of the provincial Party Committee.",
     {("Nguyen Manh Dung", "deputy-secretary", "02/party-committee"), ("Nguyen Manh Dung", "secretary", "02/party-committee")}),
    ("Nguyen Van An was named Director of the Department of Finance of Hai Phong City.",
     {("Nguyen Van An", "director", "31/peoples-committee/department/finance")}),
    ("Mr. Nguyen Duy An was once Deputy Secretary of the City Party Committee, Chairman of the People's Committee of "
     "the old Tam Ky City.", {("Nguyen Duy An", "deputy-secretary", "502/party-committee"),
                              ("Nguyen Duy An", "chair", "502/peoples-committee")}),
])
def test_a_position_word_before_an_acting_word_a_possessive_or_a_copula(text, expected):
    """'to hold the position of Acting Secretary', 'as the city's mayor', 'was named', 'was once';
    a place after 'of the old' or 'of former' is still the body's."""
    assert posts(read(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Health Minister Dao Hong Lan said.", {("Dao Hong Lan", "minister", "ministry/health")}),
    ("Deputy Health Minister Tran Van Thuan said.", {("Tran Van Thuan", "deputy-minister", "ministry/health")}),
    ("Deputy Prime Minister and Foreign Minister Bui Thanh Son spoke.",
     {("Bui Thanh Son", "deputy-prime-minister", "government"), ("Bui Thanh Son", "minister", "ministry/foreign-affairs")}),
    ("Japanese Foreign Minister Taro Kono met Foreign Minister Pham Binh Minh.",
     {("Pham Binh Minh", "minister", "ministry/foreign-affairs")}),
])
def test_a_ministrys_subject_written_before_the_title(text, expected):
    """'Health Minister X', 'Deputy Health Minister X': English news writes the subject first."""
    assert posts(read(text)) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Da Nang City held a meeting. Mr. Nguyen Duy An was once Deputy Secretary of the City Party Committee, Chairman "
     "of the People's Committee of Tam Ky City.", "en",
     {("Nguyen Duy An", "deputy-secretary", "502/party-committee"), ("Nguyen Duy An", "chair", "502/peoples-committee")}),
    ("Đà Nẵng họp. Ông Nguyễn Văn An, Phó Bí thư Thành uỷ, Chủ tịch UBND TP Tam Kỳ phát biểu.", "vi",
     {("Nguyễn Văn An", "deputy-secretary", "502/party-committee"), ("Nguyễn Văn An", "chair", "502/peoples-committee")}),
    ("TP HCM họp. Ông Nguyễn Văn An, Thành uỷ viên, Bí thư Thành uỷ Thủ Đức phát biểu.", "vi",
     {("Nguyễn Văn An", "member", "79/party-committee"), ("Nguyễn Văn An", "secretary", "769/party-committee")}),
])
def test_a_level_body_in_a_chain_is_of_the_locality_the_chain_names(text, code, expected):
    """'Phó Bí thư Thành uỷ, Chủ tịch UBND TP Tam Kỳ': the city's Party Committee is Tam Kỳ's,
    not the article's; a body of the same kind ('Thành uỷ viên, Bí thư Thành uỷ Thủ Đức') stays
    the article's."""
    assert posts(read(text, code)) == expected


def test_a_lunar_year_is_no_person():
    """'Tết Đinh Dậu' after a title chain is a year; 'ông Đinh Dậu' is still a man."""
    doc = read("Chủ tịch nước Trần Đại Quang chúc Tết Đinh Dậu đồng bào cả nước.", "vi")
    assert [p.name for p in doc.persons] == ["Trần Đại Quang"]
    doc = read("Dịp Tết Giáp Ngọ, ông Đinh Dậu, Chủ tịch UBND xã Tân Phú thăm hỏi các gia đình.", "vi")
    assert "Đinh Dậu" in {p.name for p in doc.persons}


@pytest.mark.parametrize("page,post", [
    ("pages/067.txt", ("Ho Van Muoi", "chair", "68/emulation-council")),
    ("pages/060.txt", ("Nguyen Khac Than", "chair", "34/emulation-council")),
])
def test_an_item_of_duties_that_is_only_titles_goes_to_the_official_of_its_heading(page, post):
    """'Duties of Chairman ... - Ho Van Muoi' ... 'Chairman of the Provincial Emulation and
    Reward Council; Head of the Steering Committee for ...'."""
    assert post in posts(read_page(page))


def test_a_sentence_opening_with_one_title_is_no_duty_item():
    doc = read("Ho Van Muoi spoke. The Chairman of the Provincial People's Committee of Lam Dong leads all activities.")
    assert posts(doc) == set()


@pytest.mark.parametrize("text,code,expected", [
    ("Mr. Nguyen Van Anh, born in 1970, is Vice Chairman of the Nghe An Provincial People's Committee.", "en",
     {("Nguyen Van Anh", "vice-chair", "40/peoples-committee", False)}),
    ("In the new tenure, Le Hong Vinh remains Vice Chairman of the Nghe An Provincial People's Committee.", "en",
     {("Le Hong Vinh", "vice-chair", "40/peoples-committee", False)}),
    ("Ông Nguyễn Văn Anh, sinh năm 1970, hiện là Phó Chủ tịch UBND tỉnh Nghệ An.", "vi",
     {("Nguyễn Văn Anh", "vice-chair", "40/peoples-committee", False)}),
    ("Ông Nguyễn Văn Anh từng là Giám đốc Sở Tài chính tỉnh Nghệ An.", "vi",
     {("Nguyễn Văn Anh", "director", "40/peoples-committee/department/finance", True)}),
    ("Ông Nguyễn Văn Anh nói rằng người chịu trách nhiệm là Chủ tịch UBND tỉnh Nghệ An.", "vi", set()),
])
def test_a_copula_between_a_subject_and_a_title_gives_the_subject_the_post(text, code, expected):
    """'A (, born in 1970,) is / remains Vice Chairman of ...', 'ông A hiện là / từng là ...':
    only the subject right before the copula takes it; 'từng là' makes it former."""
    got = {(p.person.name, p.title.role, p.title.body.key, p.title.former) for p in read(text, code).posts}
    assert got == expected


def test_copulas_in_real_biographies():
    docs = read_vinews("test/004262", "test/008881")
    assert ("Nguyễn Phú Trọng", "secretary", "01/party-committee") in posts(docs["test/008881"])
    former = {(p.person.name, p.title.role, p.title.former) for p in docs["test/004262"].posts}
    assert ("Nguyễn Hữu Trí", "vice-chair", True) in former  # 'nguyên là phó chủ tịch UBND thị trấn'


@pytest.mark.parametrize("text,code,expected", [
    ("Chủ tịch UBND tỉnh trao quyết định cho ông Nguyễn Văn Dũng, tân Giám đốc Sở Tài chính tỉnh Nghệ An.", "vi",
     ("Nguyễn Văn Dũng", "director", "40/peoples-committee/department/finance")),
    ("Ông Nguyễn Văn Dũng, quyền Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết.", "vi",
     ("Nguyễn Văn Dũng", "director", "40/peoples-committee/department/finance")),
    ("The decision was handed to Mr. Nguyen Van Dung, the newly elected Chairman of the Nghe An Provincial "
     "People's Council.", "en", ("Nguyen Van Dung", "chair", "40/peoples-council")),
    ("A warning was given to Duong Ngoc Long, ex-chairman of the Thai Nguyen People’s Committee.", "en",
     ("Duong Ngoc Long", "chair", "19/peoples-committee")),
    ("Nguyen Van Anh, Deputy Secretary of the Ca Mau Provincial Party Committee; Chairman of the Ca Mau Provincial "
     "People's Committee; and Secretary of the Ca Mau Provincial Party Committee, spoke.", "en",
     ("Nguyen Van Anh", "secretary", "96/party-committee")),
])
def test_a_title_after_a_name_may_open_with_new_acting_or_ex_and_a_chain_with_and(text, code, expected):
    """'ông X, tân / quyền Giám đốc Sở ...', 'X, the newly elected Chairman', 'X, ex-chairman of',
    '...; Chairman of ...; and Secretary of ...'."""
    assert expected in posts(read(text, code))


def test_the_permanent_member_of_the_secretariat_is_a_member_of_it():
    doc = read_page("pages/044.txt")
    assert ("Vo Van Thuong", "member", "secretariat") in posts(doc)
    doc = read("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Quốc Vượng phát biểu chỉ đạo hội nghị.", "vi")
    assert posts(doc) == {("Trần Quốc Vượng", "member", "politburo"), ("Trần Quốc Vượng", "member", "secretariat")}


def test_the_lines_of_a_biography_that_open_with_years_are_the_subjects_posts():
    text = ("Nguyen Van Anh was born in 1965 in Nghe An province.\n"
            "- From 2005 to 2010: Deputy Secretary of the Nghe An Provincial Party Committee.\n"
            "- 2010-2015: Chairman of the Nghe An Provincial People's Committee.\n"
            "- From 2015: Secretary of the Nghe An Provincial Party Committee.")
    got = {(p.person.name, p.title.role, p.title.former) for p in read(text).posts}
    assert got == {("Nguyen Van Anh", "deputy-secretary", True), ("Nguyen Van Anh", "chair", True),
                   ("Nguyen Van Anh", "secretary", False)}
    # a real one: 'Từ tháng 4-2006 đến tháng 1-2011: uỷ viên Ban Chấp hành Trung ương Đảng khóa X, ...'
    doc = read_vinews("train/018093")["train/018093"]
    assert ("Trần Đại Quang", "member", "central-committee") in posts(doc)
    # a news line that opens with a year and a title names someone else: no holder is guessed
    assert posts(read("Nguyen Van Anh spoke. In 2015, Chairman of the Nghe An Provincial People's Committee "
                      "signed the plan.")) == set()


def test_profile_lines_a_month_a_comma_after_a_term_and_a_position_label():
    """A profile's lines: 'Since October 2020:', a term closed by a comma when the titles run
    to the line's end, 'Current position:'; 'previously held' makes a post former. A line
    after the name is never a remark about it."""
    text = ("Full name: Nguyen Van Anh\n"
            "Current position: Secretary of the Nghe An Provincial Party Committee\n"
            "- From 2003 to 2010, Director of the Department of Home Affairs of Nghe An province.\n"
            "- Since October 2020: Head of the Nghe An Provincial National Assembly Delegation.")
    got = {(p.person.name, p.title.role, p.title.former) for p in read(text).posts}
    assert got == {("Nguyen Van Anh", "secretary", False), ("Nguyen Van Anh", "director", True),
                   ("Nguyen Van Anh", "head", False)}
    # a term and a comma before a clause is news about an unnamed holder
    assert posts(read("Nguyen Van Anh spoke. From 2016 to 2020, Chairman of the Nghe An Provincial People's "
                      "Committee signed 12 plans.")) == set()
    doc = read("Mr. Nguyen Van Anh previously held the position of Chairman of the Nghe An Provincial People's "
               "Committee.")
    assert [(p.title.role, p.title.status) for p in doc.posts] == [("chair", "former")]


def test_a_pronoun_reaches_back_over_a_biographys_lines_to_its_subject():
    """'Từ tháng 2/2003 đến tháng 5/2007: Ông là Uỷ viên Ban Thường vụ Quận uỷ, ...' several
    lines after the name: the biography's subject, the nearest person named before."""
    doc = read_vinews("test/015136")["test/015136"]
    assert {("Ngô Minh Châu", "head", "776/police"), ("Ngô Minh Châu", "deputy-head", "776/police")} <= posts(doc)


@pytest.mark.parametrize("text,code,expected", [
    ("Mr. Nguyen Van Anh has held many positions, including Deputy Secretary of the Nghe An Provincial Party "
     "Committee and Minister of Home Affairs.", "en",
     {("Nguyen Van Anh", "deputy-secretary", "40/party-committee"), ("Nguyen Van Anh", "minister", "ministry/home-affairs")}),
    ("Tran Van Binh, 55, was Secretary of the Ha Tinh Provincial Party Committee before becoming Minister of "
     "Transport.", "en",
     {("Tran Van Binh", "secretary", "42/party-committee"), ("Tran Van Binh", "minister", "ministry/transport")}),
    ("Ông Nguyễn Văn Anh từng đảm nhiệm nhiều chức vụ quan trọng như Phó Bí thư Tỉnh ủy Nghệ An, Chủ tịch UBND "
     "tỉnh Nghệ An.", "vi",
     {("Nguyễn Văn Anh", "deputy-secretary", "40/party-committee"), ("Nguyễn Văn Anh", "chair", "40/peoples-committee")}),
])
def test_positions_listed_after_including_or_taken_after_becoming(text, code, expected):
    assert posts(read(text, code)) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Tại Quốc hội, ông Bùi Văn Cường - Chủ tịch Tổng liên đoàn Lao động Việt Nam cho biết.", "vi",
     {("Bùi Văn Cường", "chair", "labour-federation")}),
    ("Bà Nguyễn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Nghệ An phát biểu.", "vi",
     {("Nguyễn Thị Hoa", "chair", "40/womens-union")}),
    ("Le Quang Tung spoke. He once served as Secretary of the Youth Union of Bac Kan province and Director of the "
     "provincial Department of Home Affairs.", "en",
     {("Le Quang Tung", "secretary", "06/youth-union"),
      ("Le Quang Tung", "director", "06/peoples-committee/department/home-affairs")}),
])
def test_the_fronts_mass_organisations_are_bodies(text, code, expected):
    """The Farmers', Women's, Veterans' and Youth Unions and the Labour Federation, national
    when named with the country, local only with their place."""
    assert posts(read(text, code)) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Phó thủ tướng Trịnh Đình Dũng và các bộ trưởng Xây dựng, Kế hoạch đầu tư, Tài chính đã họp.", "vi",
     {("Trịnh Đình Dũng", "deputy-prime-minister", "government")}),
    ("Deputy Prime Minister Trinh Dinh Dung and the Ministers of Construction and Finance attended.", "en",
     {("Trinh Dinh Dung", "deputy-prime-minister", "government")}),
    ("Ông Nguyễn Văn An, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Nghệ An dự.", "vi",
     {("Nguyễn Văn An", "secretary", "40/party-committee"), ("Nguyễn Văn An", "chair", "40/peoples-committee")}),
])
def test_a_plural_title_joined_after_a_name_is_other_peoples(text, code, expected):
    assert posts(read(text, code)) == expected


def test_a_title_chain_does_not_run_out_of_a_parenthesis():
    """'ông A (..., nguyên giám đốc Sở Lao động ...) và Giám đốc Sở Nội vụ tỉnh B': the titles
    inside the parenthesis are A's remark, not B's chain."""
    doc = read("Ban chấp hành đã kỷ luật ông Lưu Văn Bản (Bí thư Thị uỷ Chí Linh, nguyên giám đốc Sở Lao động - "
               "Thương Binh và Xã hội) và Giám đốc Sở Nội vụ tỉnh Hải Dương Phạm Văn Tỏ.", "vi")
    assert {p for p in posts(doc) if p[0] == "Phạm Văn Tỏ"} == {
        ("Phạm Văn Tỏ", "director", "30/peoples-committee/department/home-affairs")}


def test_a_remark_with_a_number_between_a_name_and_its_title_on_real_articles():
    """'A, SN 1975, hiện là Chủ tịch ...', 'A (64 tuổi, nguyên chánh văn phòng ...)': the title
    is A's, not the next name's."""
    docs = read_vinews("train/000139", "test/019580")
    assert ("Trần Xuân Cảnh", "chair", "23977/peoples-committee") in posts(docs["train/000139"])
    assert not any(p[0] == "Lê Văn Toan" and p[1] == "chair" for p in posts(docs["train/000139"]))
    assert ("Nguyễn Văn Cán", "chief-of-office", "48/peoples-committee/office") in posts(docs["test/019580"])


def test_ranks_and_academic_titles_stand_before_a_name_like_an_honorific():
    docs = read_vinews("train/019065", "test/003464")
    got = posts(docs["train/019065"])
    assert ("Ngô Xuân Lịch", "minister", "ministry/national-defence") in got
    assert not any(p[0] == "Nguyễn Xuân Phúc" and p[1] == "minister" for p in got)
    assert ("Nguyễn Tấn Bỉnh", "director", "79/peoples-committee/department/health") in posts(docs["test/003464"])


def test_a_title_after_of_and_a_comma_is_not_the_clause_subjects():
    """'Theo quyết định của Thủ tướng, ông X sẽ đảm nhiệm ...', 'Giải đáp câu hỏi của thành viên
    Uỷ ban Tư pháp, thượng tướng X cho biết': X is someone else; an apposition closed by a comma
    ('theo đề nghị của Chủ tịch UBND tỉnh, ông A, ...') stays A's."""
    docs = read_vinews("test/020388", "train/011809")
    assert not any(p[0] == "Nguyễn Đình Khang" and p[1] == "prime-minister" for p in posts(docs["test/020388"]))
    assert not any(p[0] == "Lê Quý Vương" and p[1] == "member" for p in posts(docs["train/011809"]))
    doc = read("Theo đề nghị của Chủ tịch UBND tỉnh Quảng Nam, ông Nguyễn Văn An, Bộ đã đồng ý.", "vi")
    assert posts(doc) == {("Nguyễn Văn An", "chair", "49/peoples-committee")}


def test_a_name_with_its_own_title_after_it_does_not_take_the_title_before_the_comma():
    docs = read_vinews("test/019675")
    assert not any(p[0] == "Nguyễn Hồng Thái" and p[1] == "minister" for p in posts(docs["test/019675"]))
    doc = read("Chất vấn Bộ trưởng Bộ Lao động - thương binh và xã hội (LĐ - TB & XH) Đào Ngọc Dung, đại biểu "
               "Trần Văn Lâm (Bắc Giang) đặt vấn đề.", "vi")
    assert ("Đào Ngọc Dung", "minister", "ministry/labour-invalids-social-affairs") in posts(doc)


def test_an_ampersand_joins_a_known_subject():
    docs = read_vinews("train/010028")
    assert ("Bùi Quang Vinh", "minister", "ministry/planning-investment") in posts(docs["train/010028"])


def test_a_short_reference_matches_the_given_name_with_its_diacritics():
    """'P. Trường Thạnh' is a ward, not Mr. Thanh: the acting chair named after it keeps his post."""
    got = posts(read_vinews("train/019502")["train/019502"])
    assert ("Hồ Ngọc Tùng", "chair", "26854/peoples-committee") in got
    assert not any(p[0] == "Nguyễn Chí Thanh" and p[2] == "26854/peoples-committee" for p in got)


def test_a_bare_title_in_charge_of_a_body_of_its_kind_is_that_bodys():
    """'phó chủ tịch phụ trách HĐND TP' is the council's vice-chair; 'phó giám đốc phụ trách Sở X'
    the department's; a vice-chairman in charge of a department stays the committee's."""
    got = posts(read_vinews("train/011918")["train/011918"])
    assert ("Nguyễn Nho Trung", "vice-chair", "48/peoples-council") in got
    assert ("Nguyễn Nho Trung", "vice-chair", "48/peoples-committee") not in got
    doc = read("Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Quảng Nam phụ trách Sở Nông nghiệp, cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Văn An", "vice-chair", "49/peoples-committee")}



def test_a_title_then_a_dash_and_a_rank_or_honorific_before_the_name():
    """'Thứ trưởng Bộ Công an - Trung tướng Nguyễn Văn Sơn': the dash joins the title to the name
    after a rank or an honorific (without it, identity lost the deputy minister's post)."""
    doc = read("Chủ trì buổi họp báo là Thứ trưởng Bộ Công an - Trung tướng Nguyễn Văn Sơn, thông tin trên Zing.", "vi")
    assert posts(doc) == {("Nguyễn Văn Sơn", "deputy-minister", "ministry/public-security")}


def test_a_post_named_with_its_term_goes_to_the_one_after_doi_voi_or_voi():
    """'phê chuẩn miễn nhiệm chức vụ Phó chủ tịch UBND TP HCM nhiệm kỳ 2016-2021 với ông X':
    X's post, not the Prime Minister's who approved it."""
    doc = read("Thủ tướng Nguyễn Xuân Phúc đã phê chuẩn miễn nhiệm chức vụ Phó chủ tịch UBND TP HCM nhiệm kỳ "
               "2016-2021 với ông Lê Văn Khoa để nghỉ công tác.", "vi")
    assert posts(doc) == {("Nguyễn Xuân Phúc", "prime-minister", "government"),
                          ("Lê Văn Khoa", "vice-chair", "79/peoples-committee")}


def test_a_bare_title_after_a_source_phrase_is_the_clause_subject():
    """'Theo Bộ trưởng X, Thủ tướng đã ...': the Prime Minister is someone else; an apposition
    after the source closes with a comma or a dash and stays the source's."""
    got = posts(read_vinews("train/020350")["train/020350"])
    assert not any(p[0] == "Mai Tiến Dũng" and p[1] == "prime-minister" for p in got)
    doc = read("Theo bà Nguyễn Thị Hữu Hoà, Giám đốc Sở Xây dựng TP.HCM, đây là một dự án quan trọng.", "vi")
    assert posts(doc) == {("Nguyễn Thị Hữu Hoà", "director", "79/peoples-committee/department/construction")}


def test_uong_is_a_family_name():
    doc = read("Phó Chủ tịch Quốc hội Uông Chu Lưu điều hành phiên họp.", "vi")
    assert posts(doc) == {("Uông Chu Lưu", "vice-chair", "national-assembly")}


def test_a_list_after_a_bare_name_ends_at_a_name_with_its_own_honorific():
    """'... của Trưởng ban Tổ chức Trung ương Tô Huy Rứa, ông A và ông B mong muốn ...': names
    that share a title are written alike; 'ông' starts the next clause's subject."""
    doc = read("Tiếp thu ý kiến chỉ đạo của Trưởng ban Tổ chức Trung ương Tô Huy Rứa, ông Nguyễn Văn Thành "
               "và ông Dương Anh Điền mong muốn tiếp tục nhận được sự tạo điều kiện của Trung ương.", "vi")
    assert posts(doc) == {("Tô Huy Rứa", "head", "central-committee/board/organization")}
    doc = read("Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Ánh, Trần Văn Bình và Lê Văn Cường dự họp.", "vi")
    assert len(posts(doc)) == 3
    got = posts(read_vinews("train/011191")["train/011191"])  # 'cho Chủ tịch Nguyễn Thành Phong và ông Nguyễn Hồng Điệp'
    assert not any(p[0] == "Nguyễn Hồng Điệp" for p in got)


def test_a_chief_of_office_heads_the_office_of_the_body_named():
    """'Chánh văn phòng UBND tỉnh Đắk Nông' is the chief of the Office of the provincial People's
    Committee (GUIDELINES: Văn phòng = office), 'Deputy Chief of the Office of the ... Party
    Committee' its deputy head."""
    got = posts(read_vinews("train/011885")["train/011885"])
    assert ("Ngô Xuân Lộc", "chief-of-office", "67/peoples-committee/office") in got
    assert ("Ngô Xuân Lộc", "chief-of-office", "67/peoples-committee") not in got
    got = posts(read_page("vi-pages/vn016.txt"))
    assert ("Nguyễn Nho Trung", "chief-of-office", "48/party-committee/office") in got
    doc = read("Nguyen Van Anh, Deputy Chief of the Office of the Nghe An Provincial Party Committee, said.")
    assert posts(doc) == {("Nguyen Van Anh", "deputy-head", "40/party-committee/office")}


def test_a_caption_remark_in_parentheses_between_a_name_and_its_title():
    """Captions place people: 'Ông A (giữa) - bí thư ...', 'ông B (trái), Chủ tịch ...'; the
    title after the remark is the name's, and the one in the middle holds a company's post."""
    docs = read_vinews("train/010592", "train/020557")
    assert ("Nguyễn Văn Đọc", "secretary", "22/party-committee") in posts(docs["train/010592"])
    got = posts(docs["train/020557"])
    assert ("Lê Đức Vinh", "chair", "56/peoples-committee") in got
    assert ("Đào Công Thiên", "vice-chair", "56/peoples-committee") in got
    doc = read("Ông Trần Ngọc Căng (trái), Chủ tịch UBND tỉnh Quảng Ngãi, ông Trịnh Văn Quyết (giữa) chủ tịch "
               "tập đoàn FLC và ông Lê Viết Chữ (phải), bí thư Tỉnh uỷ Quảng Ngãi, trong buổi làm việc.", "vi")
    assert posts(doc) == {("Trần Ngọc Căng", "chair", "51/peoples-committee"),
                          ("Lê Viết Chữ", "secretary", "51/party-committee")}


def test_a_title_after_a_position_word_is_not_the_next_names_chain():
    """'A được đề cử làm Chủ tịch UBND TP Hà Nội - Phó bí thư thành uỷ B cho hay': the chair is
    A's new post; B is the deputy secretary only."""
    got = posts(read_vinews("train/102416")["train/102416"])
    assert ("Đào Đức Toàn", "chair", "01/peoples-committee") not in got
    assert ("Đào Đức Toàn", "deputy-secretary", "01/party-committee") in got
    assert ("Nguyễn Đức Chung", "chair", "01/peoples-committee") in got


def test_paired_titles_each_with_its_holder_after_doi_voi():
    """'miễn nhiệm chức trưởng Ban Đô thị HĐND TP đối với ông A, và phó trưởng Ban Kinh tế -
    ngân sách HĐND TP đối với ông B': each title is its own holder's, both left."""
    got = posts(read_vinews("val/003904")["val/003904"])
    assert ("Tô Văn Hùng", "head", "48/peoples-council/council-board/urban") in got
    assert ("Lê Văn Quang", "deputy-head", "48/peoples-council/council-board/economy-budget") in got
    assert not any(p[0] == "Tô Văn Hùng" and p[1] == "deputy-head" for p in got)


def test_a_title_after_of_is_not_the_chain_of_a_name_that_reports():
    """'báo cáo với đoàn làm việc của Bí thư Thành uỷ TP HCM, Phó giám đốc Sở Xây dựng A cho hay':
    the secretary leads the delegation; A, who speaks, is the deputy director only."""
    got = posts(read_vinews("train/098594")["train/098594"])
    assert ("Nguyễn Phi Hùng", "deputy-director", "79/peoples-committee/department/construction") in got
    assert ("Nguyễn Phi Hùng", "secretary", "79/party-committee") not in got


def test_ministries_of_earlier_governments_in_a_biography():
    """'nguyên Uỷ viên Trung ương Đảng, nguyên Bộ trưởng Thương mại, nguyên Bí thư Tỉnh uỷ tỉnh
    Nghệ An': the Ministry of Trade (to 2007) is read whole, and the chain goes on past it."""
    got = posts(read_vinews("train/100918")["train/100918"])
    assert ("Trương Đình Tuyển", "minister", "ministry/trade") in got
    assert ("Trương Đình Tuyển", "secretary", "40/party-committee") in got
    doc = read("Tiến sĩ Vũ Tiến Lộc - chủ tịch Phòng Thương mại và công nghiệp Việt Nam (VCCI) - cho biết.", "vi")
    assert posts(doc) == set()  # the chamber of commerce is no state body


def test_rosters_of_a_name_line_and_a_titles_line_pair_them_in_the_order_they_open():
    """'Ông A' / 'Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh' / 'Ông B' / ...: each titles line is the
    name's above it when the roster opens with a name, the name's below it when it opens with
    titles; a line that goes on past its titles is news, not a roster line."""
    names_first = ("Ông Võ Văn Minh\nPhó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Bình Dương\n"
                   "Ông Mai Hùng Dũng\nPhó Chủ tịch Thường trực UBND tỉnh Bình Dương")
    titles_first = ("Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Bình Dương\nÔng Võ Văn Minh\n"
                    "Phó Chủ tịch Thường trực UBND tỉnh Bình Dương\nÔng Mai Hùng Dũng")
    expected = {("Võ Văn Minh", "deputy-secretary", "74/party-committee"), ("Võ Văn Minh", "chair", "74/peoples-committee"),
                ("Mai Hùng Dũng", "permanent-vice-chair", "74/peoples-committee")}
    assert posts(read(names_first, "vi")) == posts(read(titles_first, "vi")) == expected
    assert posts(read("Võ Văn Minh\nChủ tịch UBND tỉnh Bình Dương phát biểu tại hội nghị.", "vi")) == set()
    # a real one: a letter signed with the name above the titles
    doc = read_vinews("train/063467")["train/063467"]
    assert {("Nguyễn Xuân Phúc", "prime-minister", "government"), ("Nguyễn Xuân Phúc", "member", "politburo")} <= posts(doc)


def test_a_heading_in_capitals_names_the_body_of_the_bare_titles_under_it():
    """"PEOPLE'S COMMITTEE OF X" / 'Chairman: A' / 'Vice Chairmen: B, C': the capital 'S is a
    possessive too, and a body on the line before a title is not the title's own."""
    doc = read("PEOPLE'S COMMITTEE OF BINH DUONG PROVINCE\nChairman: Vo Van Minh\n"
               "Vice Chairmen: Mai Hung Dung, Nguyen Van Loc")
    assert posts(doc) == {("Vo Van Minh", "chair", "74/peoples-committee"),
                          ("Mai Hung Dung", "vice-chair", "74/peoples-committee"),
                          ("Nguyen Van Loc", "vice-chair", "74/peoples-committee")}


def test_an_item_of_duties_that_is_only_a_title_goes_to_the_official_of_its_heading():
    """'e) Head of the Provincial Steering Committee for Tourism Development.', 'Concurrently
    holding the positions: A; B': a lettered item or one opening with a position word; a
    steering committee's subject may follow 'for'; a numbered item's number on the next line
    is no district of the line before."""
    doc = read("TASK ASSIGNMENT OF THE BINH DUONG PROVINCIAL PEOPLE'S COMMITTEE\n"
               "1. Mr. Vo Van Minh - Chairman of the Provincial People's Committee\n"
               "a) Leading and managing all activities of the Provincial People's Committee.\n"
               "b) Concurrently holding the positions: Chairman of the Provincial Emulation and Reward Council; "
               "Head of the Provincial Steering Committee for Anti-corruption.\n"
               "c) Head of the Provincial Steering Committee for Tourism Development.\n"
               "2. Mr. Tran Thanh Liem, Chief Inspector of the province\n"
               "3. Mr. Mai Hung Dung - Standing Vice Chairman of the Provincial People's Committee")
    assert posts(doc) == {("Vo Van Minh", "chair", "74/peoples-committee"),
                          ("Vo Van Minh", "chair", "74/emulation-council"),
                          ("Vo Van Minh", "head", "74/steering-committee/anti-corruption"),
                          ("Vo Van Minh", "head", "74/steering-committee/tourism-development"),
                          ("Tran Thanh Liem", "head", "74/peoples-committee/department/inspection"),
                          ("Mai Hung Dung", "permanent-vice-chair", "74/peoples-committee")}
    # a line that only opens with a dash may list a decision's recipients
    assert posts(read("Mr. Vo Van Minh signed the decision.\n- Chairman of the Binh Duong Provincial People's Council;")) == set()


def test_stripped_and_dismissed_posts_on_real_pages():
    """'bị xoá tư cách nguyên Thứ trưởng ...' (passive, past 'nguyên'); 'xoá tư cách nguyên Phó chủ
    tịch ... nhiệm kỳ 2005 - 2010, nguyên Chủ tịch ... nhiệm kỳ 2010 - 2015 đối với ông X' (a career
    across terms, to the holder after them); 'cách chức ... (bao gồm cách chức cả các chức vụ: A, B,
    C)': every post, former."""
    doc = read_page("vi-pages/vn033.txt")
    got = {(p.person.name, p.title.role, p.title.body.key, p.title.former) for p in doc.posts}
    assert {("Nguyễn Thái Lai", "deputy-minister", "ministry/natural-resources-environment", True),
            ("Bùi Cách Tuyến", "deputy-minister", "ministry/natural-resources-environment", True),
            ("Võ Kim Cự", "vice-chair", "42/peoples-committee", True),
            ("Võ Kim Cự", "chair", "42/peoples-committee", True),
            ("Võ Kim Cự", "deputy-secretary", "42/party-committee", True),
            ("Võ Kim Cự", "secretary", "42/party-committee", True)} <= got


def test_the_positions_listed_after_a_colon_are_a_career():
    """'từng kinh qua các chức vụ: giám đốc Công an tỉnh Nghệ An, chủ tịch UBND tỉnh Nghệ An, bí
    thư Tỉnh uỷ Nghệ An, ...' on a real article."""
    doc = read_vinews("train/020440")["train/020440"]
    assert {("Phan Đình Trạc", "director", "40/police"), ("Phan Đình Trạc", "chair", "40/peoples-committee"),
            ("Phan Đình Trạc", "secretary", "40/party-committee")} <= posts(doc)


def test_the_names_a_partitive_title_picks_out():
    """'Trong 6 Phó chủ tịch UBND TP được lấy phiếu, có 4 người ..., gồm: ông A 12 phiếu; ông B 10
    phiếu ...' (a real page); 'Among the six Vice Chairmen of X, four ..., including A and B'; a
    bare 'trong' is only 'in'."""
    doc = read_page("vi-pages/vn034.txt")
    names = {p.person.name for p in doc.posts if p.title.role == "vice-chair" and p.title.body.key == "01/peoples-committee"}
    assert {"Nguyễn Quốc Hùng", "Ngô Văn Quý", "Lê Hồng Sơn", "Nguyễn Doãn Toản"} <= names
    doc = read("Among the six Vice Chairmen of the Hanoi People's Committee, four received low confidence votes, "
               "including Nguyen Quoc Hung and Ngo Van Quy.")
    assert posts(doc) == {("Nguyen Quoc Hung", "vice-chair", "01/peoples-committee"),
                          ("Ngo Van Quy", "vice-chair", "01/peoples-committee")}
    assert posts(read("Trong Phó chủ tịch UBND TP Hà Nội có sự thay đổi, gồm: ông Nguyễn Quốc Hùng.", "vi")) == set()


def test_a_position_word_holds_no_title_and_a_zones_name_is_no_person():
    """'giữ chức vụ Trưởng phòng Tài chính' has no 'Vụ trưởng' in it; 'Khu Kinh tế mở Chu Lai'
    names a zone, so 'Chu Lai' takes no title (real articles); a facility does not reach past
    'và ông' to the next name."""
    doc = read_vinews("test/000112")["test/000112"]
    assert ("Nguyễn Văn Hoà", "head", "239/peoples-committee/department/finance") in posts(doc)
    assert not any("vụ" in doc.span_text(t.start, t.end).split()[0] for t in doc.titles)
    doc = read_vinews("train/017118")["train/017118"]
    assert "Chu Lai" not in {p.name for p in doc.persons}
    doc = read("Khởi tố ông Đào Tấn Bằng, Bí thư Đảng uỷ khối các Khu công nghiệp thành phố và ông Nguyễn Viết "
               "Vĩnh, nguyên Trưởng phòng Quản lý đô thị UBND TP. Đà Nẵng.", "vi")
    assert ("Nguyễn Viết Vĩnh", "head", "48/peoples-committee/department/urban-management") in posts(doc)


def test_a_country_is_no_ministrys_subject_nor_a_name_and_a_place_after_a_locative_no_person():
    """'Bộ trưởng Bồ Đào Nha' is Portugal's minister, not a 'Bộ Bồ' and a person 'Đào Nha';
    'từ cầu Vĩnh Tuy đến Mai Động' and 'từ Nguyễn Văn Cừ đến ...' name places (real articles)."""
    assert posts(read("Bộ trưởng Bồ Đào Nha từ chức sau cháy rừng.", "vi")) == set()
    doc = read("Dự án đường Vành đai 2 từ cầu Vĩnh Tuy đến Mai Động, Trưởng đoàn đại biểu Quốc hội Hà Nội cho "
               "biết, thành phố rất quan tâm.", "vi")
    assert doc.persons == [] and posts(doc) == set()
    doc = read_vinews("test/020966")["test/020966"]
    assert "Nguyễn Văn Cừ" not in {p.name for p in doc.persons}


def test_a_place_before_a_title_is_part_of_it_and_a_count_may_stand_before_the_members():
    """'Politburo member and Hanoi Party Chief X': the chain reaches the place that opens the
    second title; 'the Standing Board comprises 15 members, including A, B and C'."""
    doc = read("Politburo member and Hanoi Party Chief Dinh Tien Dung attended.")
    assert posts(doc) == {("Dinh Tien Dung", "member", "politburo"), ("Dinh Tien Dung", "secretary", "01/party-committee")}
    doc = read("The Ha Tinh provincial Party Committee's Standing Board comprises 15 members, including Nguyen Van An, "
               "Tran Van Binh and Le Thi Cuc.")
    assert {p[0] for p in posts(doc) if p[2] == "42/party-committee/standing-committee"} == \
        {"Nguyen Van An", "Tran Van Binh", "Le Thi Cuc"}


def test_a_career_list_may_open_with_titles_whose_bodies_are_not_read():
    """'Ông từng kinh qua các vị trí Trưởng ban Quốc tế báo Thanh Niên, Phó giám đốc Trung tâm
    ..., Bí thư quận Liên Chiểu, ...': the list still follows its position word (a real
    article); never one that ends the sentence before."""
    doc = read_vinews("test/021168")["test/021168"]
    got = {(p.title.role, p.title.body.key) for p in doc.posts if p.person.name.endswith("Xuân Anh")}
    assert {("secretary", "490/party-committee"), ("deputy-secretary", "48/party-committee")} <= got
    doc = read_vinews("test/019942")["test/019942"]
    assert ("Lê Phước Hoài Bảo", "chair", "49/peoples-committee") not in posts(doc)


def test_a_pronoun_after_a_name_in_its_sentence_is_that_name_and_a_bare_city_its_sentences_city():
    """'Chủ tịch UBND TP Hội An Nguyễn Văn Dũng nói bản thân ông là chủ tịch TP': 'ông' is Dũng,
    named in the sentence, not the official of the sentences before; 'TP' is Hội An, the city
    the sentence names, though Hà Nội is a centrally-run city named in the article."""
    doc = read("Ông Hồ Tấn Cường, phó giám đốc Sở Văn hoá Quảng Nam, cho biết buổi họp đã diễn ra ở Hà Nội. "
               "Chủ tịch UBND TP Hội An Nguyễn Văn Dũng nói bản thân ông là chủ tịch TP nhưng không được biết.", "vi")
    assert ("Nguyễn Văn Dũng", "chair", "503/peoples-committee") in posts(doc)
    assert not [p for p in posts(doc) if p[0] == "Hồ Tấn Cường" and p[1] == "chair"]
    assert not [p for p in posts(doc) if p[2] == "01/peoples-committee"]


def test_a_seat_in_a_body_gives_a_bare_title_no_context():
    """'... giới thiệu người ứng cử đại biểu Quốc hội. Phó chủ tịch X cho biết': the Front's vice
    chairman named before, not the National Assembly's, whose name only stands in a seat."""
    doc = read("Ngày 24/2, Ban Thường trực Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức hội nghị hướng dẫn "
               "giới thiệu người ứng cử đại biểu Quốc hội. Phó chủ tịch Nguyễn Văn Pha cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Văn Pha", "vice-chair", "fatherland-front")}


def test_a_division_of_the_police_is_the_polices():
    """'Trưởng phòng CSGT Công an TP Đà Nẵng': a division of the city police, not a department
    'CSGT Công an' of the People's Committee (a real article); a subject ends where a placed
    body begins."""
    doc = read_vinews("test/003917")["test/003917"]
    assert ("Lê Ngọc", "head", "48/police/department/csgt") in posts(doc)
    doc = read("Ông Nguyễn Văn An, Trưởng phòng Tài nguyên và Môi trường huyện Nghi Lộc cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Văn An", "head", "429/peoples-committee/department/natural-resources-environment")}


def test_what_a_board_or_department_manages_is_no_commune():
    """'Sở Du lịch' is the tourism department, not a department of a commune 'Du'; 'Ban Quản lý
    Lăng Chủ tịch Hồ Chí Minh' manages the mausoleum (real articles)."""
    doc = read_vinews("train/010549")["train/010549"]
    assert ("Trần Đức Hải", "director", "01/peoples-committee/department/tourism") in posts(doc)
    doc = read("Thủ tướng Nguyễn Xuân Phúc yêu cầu Ban Quản lý Lăng Chủ tịch Hồ Chí Minh làm chủ nhiệm vụ.", "vi")
    assert not [m for m in doc.places if m.name == "Lăng"]


def test_a_chain_that_ends_in_a_foreign_countrys_title_is_that_countrys():
    """'phó thủ tướng Chính phủ, bộ trưởng Bộ Quốc phòng Vương quốc Campuchia', 'Tổng bí thư, Chủ
    tịch Trung Quốc Tập Cận Bình' (real articles): the chain's national titles are the foreign
    country's, not Vietnam's Government or Central Committee, nor the Vietnamese leader's beside."""
    doc = read_vinews("train/013799")["train/013799"]
    assert not [p for p in posts(doc) if p[0] == "Samdech Tea Banh"]
    doc = read("Tổng Bí thư Nguyễn Phú Trọng cùng Tổng bí thư, Chủ tịch Trung Quốc Tập Cận Bình đi dạo.", "vi")
    assert posts(doc) == {("Nguyễn Phú Trọng", "general-secretary", "central-committee")}
    doc = read("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Bộ trưởng Ngoại giao Campuchia.", "vi")
    assert posts(doc) == {("Phạm Bình Minh", "deputy-prime-minister", "government"),
                          ("Phạm Bình Minh", "minister", "ministry/foreign-affairs")}


def test_one_syllable_after_a_body_head_is_no_commune_of_it():
    """'Chủ nhiệm Uỷ ban Khoa học, Công nghệ và Môi trường của Quốc hội Phan Xuân Dũng': 'Phan' is
    his family name, not a commune of the National Assembly; 'đảng uỷ Tư lệnh' is no commune 'Tư'
    (real articles)."""
    doc = read_vinews("train/013825")["train/013825"]
    assert ("Phan Xuân Dũng", "chair", "national-assembly/na-committee/science-technology-environment") in posts(doc)
    doc = read("Thiếu tướng Nguyễn Hồng Thái, Phó bí thư đảng uỷ Tư lệnh Bộ Tư lệnh Thủ đô, phát biểu.", "vi")
    assert not [m for m in doc.places if m.name == "Tư"]


def test_a_name_that_ends_a_fronted_clause_takes_no_title_from_the_main_one():
    """'Sau khi miễn nhiệm ông Lý Hoàng Trung, Chủ tịch UBND tỉnh Cà Mau có quyết định ...': the
    chair is the main clause's subject; 'Sau khi ông A, Bí thư Tỉnh uỷ, phát biểu' is A's."""
    doc = read("Sau khi miễn nhiệm ông Lý Hoàng Trung, Chủ tịch UBND tỉnh Cà Mau có quyết định điều động ông Hồ "
               "Tấn Luật.", "vi")
    assert not [p for p in posts(doc) if p[0] == "Lý Hoàng Trung"]
    doc = read("Sau khi ông Nguyễn Văn An, Bí thư Tỉnh uỷ Nghệ An, phát biểu, hội nghị bế mạc.", "vi")
    assert posts(doc) == {("Nguyễn Văn An", "secretary", "40/party-committee")}
    # a fronted phrase of 'cùng với', 'ngoài', 'liên quan đến', also after a short lead
    doc = read("Như đã đưa tin, cùng với quyết định kỷ luật ông Phạm Văn Tám, chủ tịch UBND tỉnh Trà Vinh cũng đã ra "
               "quyết định kỷ luật ông Diệp Văn Thạnh.", "vi")
    assert not [p for p in posts(doc) if p[0] == "Phạm Văn Tám"]
    doc = read("Cùng với việc bổ nhiệm ông Lê Hải An, Thủ tướng Chính phủ cũng ký 2 quyết định bổ nhiệm.", "vi")
    assert posts(doc) == set()


def test_a_bare_title_in_a_chain_takes_the_chains_locality_over_the_context():
    """'... nguyên là Chánh văn phòng Huyện uỷ Quảng Xương được điều động về giữ chức Bí thư kiêm
    Chủ tịch UBND xã Quảng Lộc': the Bí thư is the commune's, not the district's named before."""
    doc = read("Theo cơ quan chức năng, ông Bùi Minh Thành nguyên là Chánh văn phòng Huyện uỷ Quảng Xương được "
               "điều động về giữ chức Bí thư kiêm Chủ tịch UBND xã Quảng Lộc 5 năm trước.", "vi")
    assert ("Bùi Minh Thành", "secretary", "16546/party-committee") in posts(doc)
    assert ("Bùi Minh Thành", "secretary", "406/party-committee") not in posts(doc)


def test_a_title_reaches_the_next_lines_name_only_from_a_line_of_titles():
    """A line that names someone before its title keeps the title ('Mr. A - Chairman ...' /
    'Mr. B - Vice Chairman ...'); a title ending a sentence in 'TP.' is not the next sentence's
    opening name's (real article); a list the break cut still reaches on ('A và Chủ tịch UBND TP.'
    / 'Hà Nội B')."""
    roster = ("Leaders of Binh Duong Provincial People's Committee\n"
              "Mr. Vo Van Minh - Chairman of the Provincial People's Committee\n"
              "Mr. Mai Hung Dung - Standing Vice Chairman of the Provincial People's Committee")
    assert posts(read(roster)) == {("Vo Van Minh", "chair", "74/peoples-committee"),
                                   ("Mai Hung Dung", "permanent-vice-chair", "74/peoples-committee")}
    doc = read_vinews("train/020659")["train/020659"]
    assert ("Lê Trung Chinh", "vice-chair", "48/peoples-committee") in posts(doc)
    assert not [p for p in posts(doc) if p[0] == "Chinh" and p[1] == "vice-chair"]
    doc = read("Chiều 27/8, Phó Tổng thanh tra Chính phủ Nguyễn Văn Thanh và Chủ tịch UBND TP.\n"
               "Hà Nội Nguyễn Đức Chung đã có buổi làm việc.", "vi")
    assert ("Nguyễn Đức Chung", "chair", "01/peoples-committee") in posts(doc)
    assert ("Nguyễn Văn Thanh", "chair", "01/peoples-committee") not in posts(doc)


@pytest.mark.parametrize("text,expected", [
    ("Ông Phan Việt Cường giữ thêm chức chủ tịch HĐND tỉnh Quảng Nam", ("Phan Việt Cường", "chair", "49/peoples-council")),
    ("Ông Võ Văn Thưởng nhậm chức Trưởng ban Tuyên giáo Trung ương",
     ("Võ Văn Thưởng", "head", "central-committee/board/propaganda")),
    ("Ông Võ Thành Thống tái đắc cử Chủ tịch UBND TP Cần Thơ.", ("Võ Thành Thống", "chair", "92/peoples-committee")),
    ("Ông Đặng Việt Dũng quay lại ghế phó chủ tịch UBND Đà Nẵng", ("Đặng Việt Dũng", "vice-chair", "48/peoples-committee")),
    ("Ông Nguyễn Thiện Nhân sau 1 năm 7 tháng giữ cương vị Bí thư Thành uỷ TP. HCM.",
     ("Nguyễn Thiện Nhân", "secretary", "79/party-committee")),
])
def test_headline_verbs_of_taking_a_post(text, expected):
    """Headlines and leads name the post right after a verb of taking it (real headlines)."""
    assert expected in posts(read(text, "vi"))


def test_a_seat_one_leaves_or_runs_for_is_no_post():
    """'rời ghế thủ tướng', 'tranh ghế thủ tướng': the seat is left or sought, not held."""
    doc = read("Ông Stefan Lofven phải rời ghế thủ tướng sau một cuộc bỏ phiếu tín nhiệm.", "vi")
    assert not [p for p in doc.posts if p.title.status == "current"]


def test_a_bare_title_in_a_section_takes_the_body_its_heading_names():
    """An organisation page lists each body on a heading line and its leaders under it, the
    titles bare ('Giám đốc: Ông A', 'Mr. B - Director'); a heading that names no department
    places nothing, and a body named in a line between closes the section."""
    page = ("Binh Duong province\nDepartment of Home Affairs\nDirector: Truong Van Hai\n"
            "Deputy Directors: Le Van Hung, Tran Thi Thu\nDepartment of Finance:\nMr. Nguyen Van Ba - Director\n"
            "Provincial Inspectorate\nChief Inspector: Pham Van Dung\nOther units\nDirector: Le Van Cuong")
    assert posts(read(page)) == {
        ("Truong Van Hai", "director", "74/peoples-committee/department/home-affairs"),
        ("Le Van Hung", "deputy-director", "74/peoples-committee/department/home-affairs"),
        ("Tran Thi Thu", "deputy-director", "74/peoples-committee/department/home-affairs"),
        ("Nguyen Van Ba", "director", "74/peoples-committee/department/finance"),
        ("Pham Van Dung", "head", "74/peoples-committee/department/inspection")}
    doc = read("Sở Nội vụ tỉnh Bình Dương\nGiám đốc: Ông Trương Văn Hải\nPhó Giám đốc: Ông Lê Văn Hùng", "vi")
    assert posts(doc) == {("Trương Văn Hải", "director", "74/peoples-committee/department/home-affairs"),
                          ("Lê Văn Hùng", "deputy-director", "74/peoples-committee/department/home-affairs")}
    news = read("Sở Nội vụ tỉnh Bình Dương tổ chức hội nghị. Giám đốc Trương Văn Hải cho biết sở sẽ tuyển thêm.", "vi")
    assert not posts(news)  # in running text a bare 'Giám đốc' is too often a company's


def test_a_name_ending_a_line_is_not_typed_by_the_next_line():
    """'Tran Hung Dao Ward' is a ward, but a name ending a headline is not one because the next
    line opens with a place type ('... đón Thủ tướng Nguyễn Xuân Phúc' / 'Thành phố ...'; real)."""
    doc = read_vinews("test/003990")["test/003990"]
    assert ("Nguyễn Xuân Phúc", "prime-minister", "government") in posts(doc)
    assert not read("Director: Le Van Cuong\nProvincial Inspectorate").persons == []


@pytest.mark.parametrize("text,code,names", [
    ("The congress elected Nguyen Van Loi as Secretary and Nguyen Hoang Thao and Vo Van Minh as Deputy "
     "Secretaries of the Binh Duong Provincial Party Committee for the 2020-2025 tenure.", "en",
     ("Nguyen Van Loi", "Nguyen Hoang Thao", "Vo Van Minh")),
    ("Đại hội bầu ông Nguyễn Văn Lợi giữ chức Bí thư, ông Nguyễn Hoàng Thao và ông Võ Văn Minh giữ chức Phó Bí "
     "thư Tỉnh uỷ Bình Dương nhiệm kỳ 2020-2025.", "vi", ("Nguyễn Văn Lợi", "Nguyễn Hoàng Thao", "Võ Văn Minh")),
])
def test_parallel_posts_after_names_share_the_body_named_last(text, code, names):
    """'elected A as Secretary and B and C as Deputy Secretaries of X': the bare first title is
    X's too."""
    first, *deputies = names
    assert posts(read(text, code)) == {(first, "secretary", "74/party-committee")} | {
        (d, "deputy-secretary", "74/party-committee") for d in deputies}


def test_a_table_row_pairs_a_name_with_the_title_in_the_next_cell():
    """Organisation pages list leaders as table rows ('1 | Vo Van Minh | Chairman of ... | phone'):
    a cell rule separates a name from its title like a dash."""
    table = ("Leaders of Binh Duong Provincial People's Committee\nNo. | Full name | Position | Phone\n"
             "1 | Vo Van Minh | Chairman of the Provincial People's Committee | 0274 3822 000\n"
             "2 | Mai Hung Dung | Vice Chairman of the Provincial People's Committee | 0274 3822 001")
    assert posts(read(table)) == {("Vo Van Minh", "chair", "74/peoples-committee"),
                                  ("Mai Hung Dung", "vice-chair", "74/peoples-committee")}


def test_a_name_after_a_subject_ending_in_a_facility_word_is_a_person():
    """'Môi trường' ends the subject of 'Sở Tài nguyên - Môi trường', it is no school ('Trường')
    before the name: every 'Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà' had lost its
    minister (real articles)."""
    doc = read("Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà cho biết như vậy.", "vi")
    assert posts(doc) == {("Trần Hồng Hà", "minister", "ministry/natural-resources-environment")}
    doc = read_vinews("test/020701")["test/020701"]
    assert "Nguyễn Thị Thanh Mỹ" in {p.name for p in doc.persons}
    assert not read("Học sinh Trường Nguyễn Trường Tộ được nghỉ.", "vi").persons


def test_a_full_name_after_a_level_word_is_no_unknown_place():
    """'Chủ tịch quận Nguyễn Văn Dũng', 'phó chủ tịch huyện Tăng Văn Dũng': a full name the
    gazetteer does not know is the holder, not a district of that name (real articles)."""
    doc = read("Tại Đà Nẵng, phó chủ tịch huyện Hoà Vang Tăng Văn Dũng và Chủ tịch quận Nguyễn Văn Dũng phát biểu.", "vi")
    assert not [m for m in doc.places if m.unit is None]
    assert "Nguyễn Văn Dũng" in {p.name for p in doc.persons}


@pytest.mark.parametrize("text,code", [
    ("Sáng 7/5, là ứng cử viên đại biểu Quốc hội khoá XIV, Bí thư Thành uỷ TP HCM Đinh La Thăng gặp gỡ cử tri.", "vi"),
    ("Nguyen Van An, a candidate for Chairman of the Hanoi People's Committee, met voters.", "en"),
])
def test_a_title_a_candidate_seeks_is_no_post(text, code):
    """'ứng cử viên đại biểu Quốc hội', 'a candidate for Chairman': sought, not held."""
    assert not [p for p in posts(read(text, code)) if p[1] in ("member", "delegate", "chair")]


def test_a_chief_inspector_heads_the_inspectorate_of_the_body_named():
    """'Chánh Thanh tra Bộ Thông tin và Truyền thông', 'Chánh Thanh tra Sở Xây dựng Hà Nội': the
    head of that ministry's or department's inspectorate, not of the ministry (real articles)."""
    doc = read("Bắt tạm giam Chánh Thanh tra bộ Thông tin và Truyền thông Đặng Anh Tuấn.", "vi")
    assert posts(doc) == {("Đặng Anh Tuấn", "head", "ministry/information-communications/department/inspection")}
    doc = read("Ông Nguyễn Việt Dũng, Chánh Thanh tra sở Xây dựng Hà Nội, cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Việt Dũng", "head", "01/peoples-committee/department/construction/department/inspection")}
    doc = read("Ông Nguyễn Văn Việt, Chánh thanh tra tỉnh Nghệ An cho hay.", "vi")
    assert posts(doc) == {("Nguyễn Văn Việt", "head", "40/peoples-committee/department/inspection")}
    doc = read("Ngày 4/4, ông Nguyễn Huy Bằng, Chánh thanh tra Bộ Giáo dục và Đào tạo cho biết.", "vi")  # lower-case
    assert posts(doc) == {("Nguyễn Huy Bằng", "head", "ministry/education-training/department/inspection")}


def test_a_body_the_pipeline_does_not_read_keeps_its_organs_and_chairs():
    """'Chủ tịch Ban chấp hành trung ương Hội khoá VI' is the association's, not the Party's
    Central Committee's; a bare 'Chủ tịch' or 'Phó Chủ tịch' right after an association or a
    company is named is its chair, not the People's Committee's named earlier (real articles)."""
    doc = read("Ông Thào Xuân Sùng, Chủ tịch Ban chấp hành trung ương Hội khoá VI, phát biểu.", "vi")
    assert not posts(doc)
    doc = read("UBND TP HCM họp. Đại hội đã ra mắt Ban Chấp hành Hội Luật gia TP. HCM nhiệm kỳ VIII là Chủ tịch Võ "
               "Thị Kim Hồng và các Phó Chủ tịch gồm ông Nguyễn Đức Sáu, Nguyễn Văn Hậu.", "vi")
    assert not posts(doc)
    doc = read("UBND tỉnh Quảng Nam họp sáng nay. Phó Chủ tịch Nguyễn Văn An phát biểu.", "vi")
    assert posts(doc) == {("Nguyễn Văn An", "vice-chair", "49/peoples-committee")}


def test_an_events_organising_committee_is_no_party_board():
    """'Trưởng ban tổ chức lễ hội đền Hùng', 'Trưởng Ban tổ chức lễ tang': an event's organisers,
    not the Party committee's Organisation Board; a bare one in a Party article still is (real)."""
    doc = read("Ông Hồ Đại Dũng, phó chủ tịch UBND tỉnh Phú Thọ, trưởng ban tổ chức lễ hội đền Hùng 2019, cho biết.", "vi")
    assert posts(doc) == {("Hồ Đại Dũng", "vice-chair", "25/peoples-committee")}
    doc = read("Thành uỷ TP HCM họp. Ban Thường vụ Thành uỷ phân công ông Nguyễn Hữu Hiệp, trưởng ban tổ chức, giữ "
               "chức trưởng Ban dân vận Thành uỷ.", "vi")
    assert ("Nguyễn Hữu Hiệp", "head", "79/party-committee/board/organization") in posts(doc)
    doc = read("UBND tỉnh Quảng Nam giải quyết dứt điểm vụ việc.", "vi")
    assert [b.key for b in doc.bodies] == ["49/peoples-committee"]


def test_a_title_after_a_name_and_and_opens_the_next_persons_chain():
    """'Giám đốc Sở Du lịch A và Giám đốc Sở Văn hoá – Thể thao B': the second title is B's (an en
    dash reads as the lexicon's hyphen); 'Phó thủ tướng X và Bộ trưởng Bộ Khoa học ...': the
    minister is someone else (real articles)."""
    doc = read("TP HCM. Giám đốc Sở Du lịch Nguyễn Thị Bạch Tuyết và Giám đốc Sở Văn hoá – Thể thao Phan Nguyễn Như "
               "Khuê được điều động.", "vi")
    assert posts(doc) == {("Nguyễn Thị Bạch Tuyết", "director", "79/peoples-committee/department/tourism"),
                          ("Phan Nguyễn Như Khuê", "director", "79/peoples-committee/department/culture-sports-tourism")}
    doc = read("Phó thủ tướng Vũ Đức Đam cùng Bộ trưởng Bộ Khoa học và Công nghệ tặng hoa.", "vi")
    assert posts(doc) == {("Vũ Đức Đam", "deputy-prime-minister", "government")}
    doc = read("Ông Nguyễn Đức Thanh (ngoài cùng bên phải) - bí thư tỉnh uỷ Ninh Thuận kiểm tra.", "vi")
    assert posts(doc) == {("Nguyễn Đức Thanh", "secretary", "58/party-committee")}


def test_a_document_word_may_close_a_name():
    """'Đỗ Lai Luật cho biết': 'Luật' (law) ends the name; 'ký Luật Đất đai' is a law (real)."""
    assert [p.name for p in read("Phó chủ tịch UBND huyện Quốc Oai Đỗ Lai Luật cho biết.", "vi").persons] == ["Đỗ Lai Luật"]
    assert [p.name for p in read("Chủ tịch nước Trần Đại Quang ký Luật Đất đai.", "vi").persons] == ["Trần Đại Quang"]


def test_no_ministry_subject_starts_with_and():
    """'khi giữ chức vụ Bộ trưởng và Ban bí thư ...' names no 'Ministry of và Ban' (real)."""
    doc = read("Ông Hoàng vi phạm khi giữ chức vụ Bộ trưởng và Ban bí thư cũng đã thi hành kỷ luật.", "vi")
    assert not [t for t in doc.titles if t.body is not None and "va-ban" in t.body.key]


def test_officials_of_other_countries_hold_no_vietnamese_post():
    """A name none of whose words is a Vietnamese syllable is another country's official, even
    when the country is named elsewhere ('ông Sokhonn trên cương vị bộ trưởng ngoại giao', 'Thủ
    tướng Abe'); names of ethnic minorities keep their posts ('Y Thanh Hà Niê Kđăm')."""
    doc = read("Ông Taro Aso sẽ tiếp tục làm bộ trưởng tài chính, vị trí ông giữ từ khi Thủ tướng Abe nắm quyền.", "vi")
    assert [p.name for p in doc.persons][:1] == ["Taro Aso"] and not posts(doc)
    doc = read("Ông Y Thanh Hà Niê Kđăm, Bí thư Thành uỷ Buôn Ma Thuột, phát biểu.", "vi")
    assert [p[0] for p in posts(doc)] == ["Y Thanh Hà Niê Kđăm"]


def test_a_division_the_lexicon_does_not_know_is_placed_by_nothing_but_its_own_name():
    """'trưởng phòng Tham mưu, người phát ngôn công an tỉnh Gia Lai', 'trưởng Phòng CSĐT tội phạm
    ...': police and hospital divisions are no district departments the context places; a known
    district department still is ('Phó Trưởng phòng Kế hoạch - Tài chính, UBND TP. Vũng Tàu')."""
    doc = read("Thị xã Ayun Pa. Trung tá Trần Ngọc Anh - trưởng phòng Tham mưu, người phát ngôn công an tỉnh Gia Lai, "
               "cho biết.", "vi")
    assert not posts(doc)
    doc = read("Ông Nguyễn Quốc Trí, Phó Trưởng phòng Kế hoạch - Tài chính, UBND TP. Vũng Tàu cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Quốc Trí", "deputy-head", "747/peoples-committee/department/finance")}


def test_a_title_reported_to_or_given_to_someone_unnamed_is_nobodys_post():
    """'Báo cáo với Bí thư Thành uỷ, Giám đốc Sở X Nguyễn Điểu cho biết': the secretary is
    reported to; 'phân công cán bộ giữ chức Bí thư Tỉnh uỷ Sóc Trăng': an official not named;
    'Chủ tịch Phòng Thương mại & Công nghiệp Việt Nam' is the chamber's (real articles)."""
    doc = read("Đà Nẵng. Báo cáo với Bí thư Thành uỷ, Giám đốc Sở Tài nguyên Môi trường Nguyễn Điểu cho biết nguyên nhân.", "vi")
    assert posts(doc) == {("Nguyễn Điểu", "director", "48/peoples-committee/department/natural-resources-environment")}
    doc = read("Ông Nguyễn Thiện Nhân, Uỷ viên Bộ Chính trị, đã trao Quyết định của Bộ Chính trị về việc điều động, phân "
               "công cán bộ giữ chức Bí thư Tỉnh uỷ Sóc Trăng.", "vi")
    assert posts(doc) == {("Nguyễn Thiện Nhân", "member", "politburo")}
    doc = read("Đây là băn khoăn của đại biểu Vũ Tiến Lộc - Chủ tịch Phòng Thương mại & Công nghiệp Việt Nam.", "vi")
    assert not posts(doc)


def test_a_new_unnamed_appointee_or_a_group_inside_a_body_holds_no_post_of_the_speaker():
    """'Việc chỉ định người mới làm cục trưởng ...': the new head is not named; 'chủ tịch nhóm đại
    biểu Quốc hội trẻ' chairs a group of deputies, not the Assembly; but 'A - người mới giữ chức
    chủ tịch UBND P. X' is A's post (real articles)."""
    doc = read("Ông Phong nói: Việc chỉ định người mới làm cục trưởng Cục Quản lý thị trường mà Thành uỷ không biết.", "vi")
    assert not posts(doc)
    doc = read("Quốc hội họp. Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong - chủ tịch nhóm đại biểu Quốc hội trẻ khoá "
               "XIV, đã báo cáo.", "vi")
    assert ("Lê Quốc Phong", "chair", "national-assembly") not in posts(doc)
    doc = read("Theo ông Trần Minh Hiển - người mới giữ chức chủ tịch UBND phường Phước Long, TP Nha Trang, việc này còn chờ.", "vi")
    assert {role for _, role, _ in posts(doc)} == {"chair"}


def test_the_head_of_a_sub_department():
    """'Chi cục trưởng Chi cục Kiểm lâm tỉnh Quảng Trị', 'phó chi cục trưởng Chi cục Thú y tỉnh
    Thanh Hoá' (real articles): a province's sub-department, its head and deputy."""
    doc = read("Năm 2018, ông Trần Văn Tý, chi cục trưởng Chi cục Kiểm lâm tỉnh Quảng Trị khẳng định ngay rằng đó không phải là rừng "
               "tự nhiên. Bà Nguyễn Thị Lan được bổ nhiệm làm phó chi cục trưởng Chi cục Thú y tỉnh Thanh Hoá.", "vi")
    assert posts(doc) == {("Trần Văn Tý", "head", "45/sub-department/kiem-lam"),
                          ("Nguyễn Thị Lan", "deputy-head", "38/sub-department/thu-y")}


def test_a_standing_member_is_a_member_of_the_committee():
    doc = read("Ông Lê Thanh Vân, Uỷ viên thường trực Uỷ ban Tài chính Ngân sách của Quốc hội, cho biết.", "vi")
    assert posts(doc) == {("Lê Thanh Vân", "member", "national-assembly/na-committee/finance-budget")}


def test_a_given_name_inside_a_body_name_is_no_short_reference():
    """'Bộ Chính trị' beside Mr. Phạm Minh Chính: 'Chính' is the Politburo's, and the title after
    it goes to the sentence's subject (real articles)."""
    doc = read("Trưởng Ban Tổ chức Trung ương Phạm Minh Chính trao quyết định. Ông Bùi Văn Cường bày tỏ được Bộ Chính "
               "trị phân công giữ chức vụ bí thư Tỉnh uỷ Đắk Lắk là một vinh dự.", "vi")
    assert posts(doc) == {("Phạm Minh Chính", "head", "central-committee/board/organization"),
                          ("Bùi Văn Cường", "secretary", "66/party-committee")}


def test_a_bare_title_after_a_topic_place_is_of_that_place():
    doc = read("Phó chủ tịch UBND tỉnh Bình Dương Trần Thanh Liêm cho biết tỉnh đã chuẩn bị. Về phía TP HCM, Chủ tịch "
               "Nguyễn Thành Phong cho biết thành phố sẽ hỗ trợ.", "vi")
    assert ("Nguyễn Thành Phong", "chair", "79/peoples-committee") in posts(doc)


def test_the_inspectorate_of_a_bare_ministry_is_the_ministry_the_article_names():
    doc = read("Bộ NN-PTNT họp ở Hà Nội. Ông Nguyễn Văn Việt, Chánh Thanh tra Bộ, cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Văn Việt", "head", "ministry/agriculture-rural-development/department/inspection")}
    assert not posts(read("Ở Hà Nội, ông Nguyễn Văn Việt, Chánh Thanh tra Bộ, cho biết.", "vi"))  # no ministry named


def test_the_members_elected_to_a_body_listed_after_an_elected_word():
    doc = read_page("pages/032.txt")
    members = {name for name, role, body in posts(doc) if role == "member" and body == "central-committee"}
    assert {"To Lam", "Tran Cam Tu", "Tran Thanh Man", "Le Minh Hung", "Do Tien Sy"} <= members


def test_a_bare_title_is_of_the_body_the_article_names_for_that_person_and_role():
    doc = read("Chủ tịch Uỷ ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân giám sát khai thác cát ở Hà Nội. Phó chủ tịch "
               "UBND TP Hà Nội Nguyễn Quốc Hùng báo cáo. Chủ tịch Nguyễn Thiện Nhân cho biết Quốc hội sắp họp.", "vi")
    assert ("Nguyễn Thiện Nhân", "chair", "01/peoples-committee") not in posts(doc)
    assert ("Nguyễn Thiện Nhân", "chair", "fatherland-front") in posts(doc)


def test_a_plural_title_after_a_name_opens_a_group_not_the_names_chain():
    doc = read("Dự phiên họp có Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, các Phó chủ tịch Quốc hội, Uỷ viên Uỷ ban Thường "
               "vụ Quốc hội.", "vi")
    assert posts(doc) == {("Nguyễn Thị Kim Ngân", "chair", "national-assembly")}


def test_an_unnamed_sources_title_is_not_the_next_names():
    doc = read("Theo Phó chủ tịch UBND huyện Mê Linh, bà Đỗ Thị Chăm là lãnh đạo trường Mầm non Tam Đồng từ năm 2014.", "vi")
    assert not posts(doc)
    doc = read("Theo Chủ tịch UBND tỉnh Nghệ An, ông Nguyễn Xuân Đường, tỉnh đã chuẩn bị.", "vi")  # an apposition
    assert posts(doc) == {("Nguyễn Xuân Đường", "chair", "40/peoples-committee")}


def test_the_central_committee_abbreviated():
    """'Uỷ viên BCH TW', 'BCH TƯ': the Party Central Committee, not a province's executive committee."""
    doc = read("Tham dự có ông Phan Xuân Dũng, Uỷ viên BCH TW Đảng, Bí thư Tỉnh uỷ Hà Tĩnh.", "vi")
    assert ("Phan Xuân Dũng", "member", "central-committee") in posts(doc)


def test_a_relative_named_in_an_apposition_is_not_whom_the_sentence_is_about():
    """'Ông Nguyễn Bá Cảnh, con trai cố ... Bí thư Thành uỷ Đà Nẵng Nguyễn Bá Thanh, trúng cử đại
    biểu HĐND TP': the son wins the seat; the father keeps his own titles (real articles)."""
    doc = read("Ông Nguyễn Bá Cảnh, con trai cố Trưởng ban Nội chính Trung ương, Bí thư Thành uỷ Đà Nẵng Nguyễn Bá "
               "Thanh, trúng cử đại biểu HĐND TP Đà Nẵng.", "vi")
    got = posts(doc)
    assert ("Nguyễn Bá Cảnh", "member", "48/peoples-council") in got
    assert ("Nguyễn Bá Thanh", "secretary", "48/party-committee") in got
    assert not [p for p in got if p[0] == "Nguyễn Bá Thanh" and p[2] == "48/peoples-council"]
    # after a parenthetical, with no comma: 'ông A (32 tuổi) con trai ông B được bổ nhiệm ...'
    doc = read("Ông Lê Văn Trang (32 tuổi) con trai ông Lê Văn Sang được bổ nhiệm Bí thư xã An Phú, thành phố Pleiku.",
               "vi")
    assert {p[0] for p in posts(doc)} == {"Lê Văn Trang"}


def test_titles_after_from_are_the_former_posts_of_a_move():
    """'ông A từ Phó Giám đốc sở X làm Phó Bí thư Thành uỷ Y; ông B từ ... sang làm ...',
    'moved Mr. A from Deputy Secretary of X to Secretary of Y': the titles after 'from' that lead
    to the new post are the person's former posts, a body-less one ('Vụ trưởng') passed over."""
    doc = read_vinews("train/069769")["train/069769"]
    found = {(p.person.name, p.title.body.key, p.title.former) for p in doc.posts}
    assert ("Nguyễn Đình Kha", "52/peoples-committee/department/finance", True) in found
    assert ("Nguyễn Đình Kha", "540/party-committee", False) in found
    assert ("Trần Đình Chương", "52/peoples-committee/department/science-technology", False) in found
    doc = read("Ông Hải cho biết việc điều chuyển ông Trịnh Xuân Thanh từ Vụ trưởng, Chánh văn phòng Ban cán sự đảng "
               "Bộ Công thương làm phó chủ tịch UBND tỉnh Hậu Giang là đúng.", "vi")
    assert posts(doc) == {("Trịnh Xuân Thanh", "chief-of-office", "ministry/industry-trade/party-personnel-committee/office"),
                          ("Trịnh Xuân Thanh", "vice-chair", "93/peoples-committee")}
    doc = read("The Politburo moved Mr. Nguyen Van A from Deputy Secretary of the Nghe An Provincial Party Committee "
               "to Secretary of the Ha Tinh Provincial Party Committee.", "en")
    assert {(p.title.body.key, p.title.former) for p in doc.posts} == {("40/party-committee", True),
                                                                      ("42/party-committee", False)}


def test_a_bodys_abbreviation_in_parentheses_does_not_end_a_title_chain():
    """'ông Đoàn Xuân Hiếu, uỷ viên Đảng đoàn Hội đồng nhân dân (HĐND), uỷ viên ..., chánh Văn
    phòng HĐND TP Đà Nẵng': the Party group of the council is read with its body, and the chain
    goes on past '(HĐND)'."""
    doc = read_vinews("train/012567")["train/012567"]
    assert {("Đoàn Xuân Hiếu", "member", "48/peoples-council/party-personnel-committee"),
            ("Đoàn Xuân Hiếu", "chief-of-office", "48/peoples-council/office")} <= posts(doc)


def test_a_bare_party_organ_chained_to_an_agencys_title_is_that_agencys():
    """'bí thư đảng uỷ, giám đốc Sở GD-ĐT tỉnh Sơn La', 'Bí thư Ban cán sự đảng, Bộ trưởng Bộ
    Công Thương': the Party organ inside the next title's body; before a locality's council the
    bare 'Đảng ủy' stays the locality's ('Bí thư Đảng ủy, Chủ tịch HĐND phường ...')."""
    doc = read_vinews("train/011670")["train/011670"]
    assert ("Hoàng Tiến Đức", "secretary", "14/peoples-committee/department/education-training/party-committee") \
        in posts(doc)
    doc = read("Ông Trần Tuấn Anh, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Công Thương phát biểu.", "vi")
    assert ("Trần Tuấn Anh", "secretary", "ministry/industry-trade/party-personnel-committee") in posts(doc)
    doc = read("Ông Trần Văn B, Bí thư Đảng ủy, Chủ tịch HĐND phường Bàn Thạch, thành phố Đà Nẵng phát biểu.", "vi")
    assert ("Trần Văn B", "secretary", "20335-2025/party-committee") in posts(doc)


def test_short_forms_of_standing_titles_and_of_the_assemblys_deputies():
    """'Phó Chủ tịch TT HĐND huyện' is the standing vice-chair; 'ĐBQH X' a deputy of the National
    Assembly, and '(Đoàn Đồng Tháp)' after it his delegation, not a person; 'cố Thủ tướng' the late."""
    doc = read_page("pages/023.txt")
    assert ("Nguyễn Khắc Kiên", "permanent-vice-chair", "167/peoples-council") in posts(doc)
    doc = read_vinews("train/071362")["train/071362"]
    assert {("Phạm Văn Hoà", "member", "national-assembly"), ("Phạm Văn Hoà", "member", "national-assembly/na-committee/law")} \
        <= posts(doc)
    assert not any(p.name == "Đoàn Đồng Tháp" for p in doc.persons)
    doc = read("Lễ an táng cố Thủ tướng Phan Văn Khải bắt đầu.", "vi")
    assert [p.title.former for p in doc.posts] == [True]


def test_a_delegate_named_with_a_province_in_parentheses_is_a_deputy_of_the_assembly():
    """'Đại biểu Nguyễn Thanh Phương (Cần Thơ) cho rằng ...': the province is his delegation's, so
    the title is the National Assembly's (a council's delegates are named by their council)."""
    doc = read_vinews("train/020856")["train/020856"]
    assert ("Nguyễn Thanh Phương", "member", "national-assembly") in posts(doc)
    doc = read("Đại biểu Nguyễn Văn Sơn phát biểu tại kỳ họp thứ 7.", "vi")
    assert posts(doc) == set()


def test_the_national_steering_committees_by_subject():
    """'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng', 'Central Steering Committee on
    Anti-Corruption': one national body per subject, the same in every language; a subject they
    alone have ('phòng chống tham nhũng') does not make a district's 'Phòng' a department."""
    keys = {b.key for b in read("Tổng bí thư yêu cầu Ban Chỉ đạo trung ương về phòng chống tham nhũng khẩn trương "
                                "thanh tra.", "vi").bodies}
    assert "steering-committee/anti-corruption" in keys
    keys = {b.key for b in read("The Central Steering Committee on Preventing and Combating Corruption and Negativity "
                                "met in Hanoi.", "en").bodies}
    assert keys == {"steering-committee/anti-corruption"}
    doc = read_vinews("train/068531")["train/068531"]
    assert not any(p.title.body.key.endswith("department/anti-corruption") for p in doc.posts)


def test_one_named_as_another_countrys_official_holds_no_post_of_ours_in_the_article():
    """'Thủ tướng Singapore Lý Hiển Long' once: 'Thủ tướng Lý Hiển Long' elsewhere in the article is
    Singapore's too; Vietnam's Prime Minister in the same article keeps his post."""
    doc = read_vinews("test/005863")["test/005863"]
    assert {p.person.name for p in doc.posts} == {"Nguyễn Xuân Phúc"}
    doc = read("Ông Lý Hiển Long, Thủ tướng Singapore, đến Hà Nội. Thủ tướng Lý Hiển Long phát biểu.", "vi")
    assert posts(doc) == set()
    doc = read("Theo lời mời của Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng, Chủ tịch Triều Tiên Kim Jong-un "
               "thăm Việt Nam.", "vi")
    assert ("Nguyễn Phú Trọng", "general-secretary", "central-committee") in posts(doc)


def test_a_title_before_together_with_is_someone_elses():
    """'Phó thủ tướng cùng Bí thư Tỉnh uỷ Hoàng Đăng Quang': the Deputy Prime Minister is another man."""
    doc = read_vinews("val/022004")["val/022004"]
    assert ("Hoàng Đăng Quang", "deputy-prime-minister", "government") not in posts(doc)
    assert any(name == "Hoàng Đăng Quang" and role == "secretary" for name, role, _ in posts(doc))


def test_organs_joined_before_the_post_taken_are_of_that_posts_committee():
    """'phân công ông Trương Quang Nghĩa tham gia ban chấp hành, ban thường vụ và giữ chức bí thư
    Thành uỷ Đà Nẵng': a member of the city Party Committee's executive and standing committees;
    'thôi tham gia ... và thôi giữ chức ...': former member."""
    doc = read_vinews("train/011319")["train/011319"]
    assert {("Trương Quang Nghĩa", "member", "48/party-committee/executive-committee"),
            ("Trương Quang Nghĩa", "member", "48/party-committee/standing-committee"),
            ("Trương Quang Nghĩa", "secretary", "48/party-committee")} <= posts(doc)
    doc = read("Bộ Chính trị điều động ông Nguyễn Đình Khang thôi tham gia Ban Chấp hành, Ban Thường vụ và thôi giữ "
               "chức Bí thư Tỉnh uỷ Hà Nam.", "vi")
    assert {(p.title.body.key, p.title.former) for p in doc.posts} == {
        ("35/party-committee", True), ("35/party-committee/executive-committee", True),
        ("35/party-committee/standing-committee", True)}
    doc = read("Mr. Nguyen Van A was appointed to join the Party Executive Committee, the District Party Standing "
               "Committee and hold the position of Secretary of the Dong Anh District Party Committee.", "en")
    assert {key for _, _, key in posts(doc)} == {"017/party-committee", "017/party-committee/executive-committee",
                                                 "017/party-committee/standing-committee"}


def test_a_term_after_a_title_does_not_end_the_chain():
    """'ông Lê Phước Thanh, bí thư Tỉnh uỷ nhiệm kỳ 2010-2015, bí thư Ban cán sự Đảng, chủ tịch
    UBND tỉnh Quảng Nam nhiệm kỳ 2011-2016': every title of the chain is his."""
    doc = read_vinews("train/010940")["train/010940"]
    assert {("Lê Phước Thanh", "secretary", "49/party-committee"),
            ("Lê Phước Thanh", "secretary", "49/peoples-committee/party-personnel-committee"),
            ("Lê Phước Thanh", "chair", "49/peoples-committee")} <= posts(doc)


def test_a_body_named_by_its_level_takes_the_province_its_chain_names():
    # the province named before the sentence is another official's; the chain runs through
    # a Party organ ('Bí thư Đảng uỷ') to the department that names Phú Yên
    doc = read("Ông Trần Văn An, Phó trưởng ban Tổ chức Tỉnh uỷ Hậu Giang, bị cảnh cáo. "
               "Ủy ban Kiểm tra Trung ương kỷ luật ông Lê Văn Bình, Tỉnh uỷ viên, Bí thư Đảng uỷ, "
               "Giám đốc Sở Y tế Phú Yên.", "vi")
    assert ("Lê Văn Bình", "member", "54/party-committee") in posts(doc)
    assert ("Lê Văn Bình", "member", "93/party-committee") not in posts(doc)



def test_a_hometown_is_no_context_for_a_bare_party_committee():
    doc = read("HĐND tỉnh Quảng Ninh bầu ông Nguyễn Văn Cường làm Chủ tịch HĐND tỉnh. Ông Cường sinh năm 1972, "
               "quê huyện Xuân Trường, tỉnh Nam Định. Ông Cường là Phó Bí thư Tỉnh uỷ.", "vi")
    assert ("Nguyễn Văn Cường", "deputy-secretary", "22/party-committee") in posts(doc)
    assert not any(key.startswith("36/") for _, _, key in posts(doc))


def test_a_post_someone_is_nominated_for_is_not_held():
    doc = read("Ban Thường vụ Tỉnh uỷ giới thiệu ông Trần Văn Nam, Phó Chủ tịch UBND huyện Thạch Hà, để HĐND "
               "huyện bầu giữ chức Chủ tịch UBND huyện. Ông Lê Văn Hùng giữ chức Phó bí thư Huyện uỷ và được "
               "giới thiệu để HĐND huyện Thạch Hà bầu giữ chức Chủ tịch huyện.", "vi")
    assert {(p.person.name, p.title.role) for p in doc.posts} == {
        ("Trần Văn Nam", "vice-chair"), ("Lê Văn Hùng", "deputy-secretary")}


def test_the_national_courts_procuracy_audit_and_state_bank_have_heads():
    doc = read("Chánh án TAND tối cao Nguyễn Hòa Bình, Viện trưởng VKSND tối cao Lê Minh Trí, Tổng Kiểm toán Nhà nước "
               "Hồ Đức Phớc và Thống đốc Ngân hàng Nhà nước Lê Minh Hưng dự phiên họp. Ông Trần Quốc Hà, Giám đốc "
               "NHNN chi nhánh TP Cần Thơ, cho biết.", "vi")
    assert posts(doc) == {("Nguyễn Hòa Bình", "head", "supreme-court"), ("Lê Minh Trí", "head", "supreme-procuracy"),
                          ("Hồ Đức Phớc", "head", "state-audit"), ("Lê Minh Hưng", "head", "government/state-bank"),
                          ("Trần Quốc Hà", "director", "92/state-bank-branch")}


def test_a_title_after_of_is_no_unnamed_appointee():
    # 'quyết định của Chánh án TAND Tối cao': the one who decides, not someone appointed
    doc = read("Phó Chánh án TAND Tối cao Nguyễn Thuý Hiền trao quyết định của Chánh án TAND Tối cao bổ nhiệm chức vụ "
               "Phó Chánh án TAND tỉnh Bắc Giang đối với ông Lương Xuân Lộc.", "vi")
    assert ("Lương Xuân Lộc", "deputy-head", "24/court") in posts(doc)


def test_dismissed_by_a_body_and_stripped_of_titles_of_a_person():
    doc = read("Ông Võ Kim Cự sinh năm 1957. Ông Cự đã bị Ban Bí thư kỷ luật cách chức Bí thư Tỉnh uỷ Hà Tĩnh. "
               "Thủ tướng quyết định xoá tư cách nguyên Chủ tịch UBND tỉnh Hà Tĩnh nhiệm kỳ 2010 - 2015 của ông "
               "Võ Kim Cự.", "vi")
    got = {(p.title.body.key, p.title.status, p.title.former) for p in doc.posts}
    assert any(key == "42/party-committee" and status == "dismissed" for key, status, _ in got), got
    assert any(key == "42/peoples-committee" and former for key, _, former in got), got


def test_a_party_organ_chained_to_a_minister_named_by_subject_is_the_ministry_s():
    doc = read("Ông Nguyễn Minh Quang, nguyên Bí thư Ban cán sự đảng, nguyên Bộ trưởng Tài nguyên và Môi trường "
               "chịu trách nhiệm.", "vi")
    assert ("Nguyễn Minh Quang", "secretary", "ministry/natural-resources-environment/party-personnel-committee") \
        in posts(doc)


def test_a_listed_family_name_that_is_no_vietnamese_syllable_opens_a_name():
    # 'Ksor', 'Rơ' are family names of the Central Highlands: the title before is the next name's
    doc = read("Chưa thống nhất với phần giải trình của Bộ trưởng Nguyễn Bắc Son, Chủ tịch Hội đồng Dân tộc Ksor "
               "Phước nói.", "vi")
    assert ("Ksor Phước", "chair", "national-assembly/ethnic-council") in posts(doc)
    assert not [p for p in posts(doc) if p[0] == "Nguyễn Bắc Son" and p[1] == "chair"]


def test_short_deputy_titles_are_deputies_of_their_body():
    doc = read("Ông Nguyễn Hoàng Việt, Phó ban Tổ chức Trung ương, ký văn bản. "
               "Bà Nguyễn Thị Ngọc Nga, Phó Chánh Thanh tra Thành phố Hồ Chí Minh, cho biết. "
               "Ông Nguyễn Nam Bình - cục phó Cục Thuế TP. HCM - cho biết.", "vi")
    assert [(p.person.name, p.title.entry.role, p.title.body.key) for p in doc.posts] == [
        ("Nguyễn Hoàng Việt", "deputy-head", "central-committee/board/organization"),
        ("Nguyễn Thị Ngọc Nga", "deputy-head", "79/peoples-committee/department/inspection"),
        ("Nguyễn Nam Bình", "deputy-head", "79/agency/thue")]
    # 'vụ' is also a case: 'vụ Phó Giám đốc Sở ...' is about a deputy director, who stays one
    doc = read("Liên quan đến vụ Phó Giám đốc Sở Tư pháp Hậu Giang - ông Nguyễn Thành Nhơn - từ chối nhận quyết định.", "vi")
    assert [(p.person.name, p.title.entry.role) for p in doc.posts] == [("Nguyễn Thành Nhơn", "deputy-director")]


def test_a_two_syllable_name_after_an_honorific_is_the_person_named_in_full():
    doc = read("Bà Nguyễn Thị Kim Ngân sinh năm 1954. Với trình độ thạc sĩ Kinh tế, bà Kim Ngân từng kinh qua "
               "các vị trí: giám đốc Sở Tài chính tỉnh Bến Tre, Thứ trưởng Tài chính.", "vi")
    assert [(p.person.name, p.title.body.key, p.title.status) for p in doc.posts] == [
        ("Nguyễn Thị Kim Ngân", "83/peoples-committee/department/finance", "former"),
        ("Nguyễn Thị Kim Ngân", "ministry/finance", "former")]
    # not a name nobody was named in full with
    assert [p.name for p in read("Ông Nguyễn Văn Hùng và bà Kim Ngân dự họp.", "vi").persons] == ["Nguyễn Văn Hùng"]
    # ... nor after a capitalised honorific, where it was read as a name of its own
    doc = read("Ông Nguyễn Xuân Anh sinh năm 1976. Ông Xuân Anh từng kinh qua các vị trí Bí thư quận Liên Chiểu.", "vi")
    assert [(p.person.name, p.person.key, p.title.body.key) for p in doc.posts] == [
        ("Nguyễn Xuân Anh", "nguyen-xuan-anh", "490/party-committee")]


def test_a_career_list_after_the_positions_it_names_is_former():
    doc = read("Ông Phan Việt Cường từng đảm nhận các chức vụ: Phó Chánh Thanh tra tỉnh Quảng Nam, "
               "Phó Bí thư Huyện uỷ Tây Giang.", "vi")
    assert [(p.title.body.key, p.title.status) for p in doc.posts] == [
        ("49/peoples-committee/department/inspection", "former"), ("504/party-committee", "former")]


def test_a_copula_after_the_comma_that_closes_a_name_gives_its_title_to_that_name():
    doc = read("Phó thủ tướng Vương Đình Huệ, cũng là Trưởng Ban chỉ đạo Tây Nam Bộ, phát biểu.", "vi")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [
        ("Vương Đình Huệ", "government"), ("Vương Đình Huệ", "steering-committee/southwest")]


def test_a_title_after_a_position_word_goes_to_no_name_past_a_semicolon():
    # the first name is not read ('Thi' is a rare family name); the next clause's is not its holder
    doc = read("HĐND TP HCM cũng bầu bà Thi Thị Tuyết Nhung giữ chức Trưởng Ban Văn hoá Xã hội HĐND TP; "
               "ông Cao Thanh Bình giữ chức Phó ban.", "vi")
    assert [(p.person.name, p.title.entry.role) for p in doc.posts if p.person.name == "Cao Thanh Bình"] == []


def test_a_chain_of_a_post_and_a_function_of_one_body_is_one_persons():
    doc = read("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, quyền Chủ tịch nước Đặng Thị Ngọc Thịnh, Phó chủ tịch, "
               "Tổng thư ký Uỷ ban Trung ương MTTQ Việt Nam Hầu A Lềnh đã dẫn đầu đoàn.", "vi")
    assert {(p.person.name, p.title.entry.role) for p in doc.posts if p.title.body.type == "fatherland-front"} == {
        ("Hầu A Lềnh", "vice-chair"), ("Hầu A Lềnh", "other")}


def test_a_title_followed_by_a_copula_and_a_name_opens_the_next_pair():
    doc = read("Thủ tướng là ông Nguyễn Xuân Phúc, Chủ tịch Quốc hội là bà Nguyễn Thị Kim Ngân.", "vi")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [
        ("Nguyễn Xuân Phúc", "government"), ("Nguyễn Thị Kim Ngân", "national-assembly")]


def test_an_events_organising_committee_is_no_party_board():
    doc = read("Lâm Đồng họp. Ông Nguyễn Văn Hùng, phó ban tổ chức Mùa hội cỏ hồng cho biết.", "vi")
    assert doc.posts == []
    # 'giải' is no event word: 'Chủ tịch UBND quận Hoàng Mai giải thích ...' keeps its post
    doc = read("Ông Nguyễn Quang Hiếu - Chủ tịch UBND quận Hoàng Mai giải thích về việc này.", "vi")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [("Nguyễn Quang Hiếu", "008/peoples-committee")]


def test_the_years_a_post_was_held_do_not_end_a_chain():
    """'Chairman of X in 2015-2020, member of Y', 'Secretary of X (2014-2016); Head of Y',
    'chủ tịch UBND thị xã Dĩ An (5-2012 - 8-2013), trưởng Ban ...': the years belong to the post
    before them; the chain goes on."""
    doc = read("Mr. Tran Huy Tuan was elected. After that, he worked as Secretary of the Van Yen District Party "
               "Committee, Chairman of Van Yen District People's Council in 2015-2020, member of the Provincial "
               "Party Committee.")
    assert ("Tran Huy Tuan", "member", "15/party-committee") in posts(doc)
    doc = read("The new Party chief of Ha Tinh is Mr. Hoang Trung Dung. Previously, he was Secretary of the Ha Tinh "
               "City Party Committee (2014-2016); Head of Propaganda Department of Ha Tinh Provincial Party "
               "Committee (February 2019 to October 2020); Permanent Deputy Secretary of the Ha Tinh Provincial "
               "Party Committee.")
    assert {("Hoang Trung Dung", "head", "42/party-committee/board/propaganda"),
            ("Hoang Trung Dung", "standing-deputy-secretary", "42/party-committee")} <= posts(doc)
    doc = read_vinews("train/017915")["train/017915"]
    assert {("Võ Văn Minh", "chair", "724/peoples-committee"),
            ("Võ Văn Minh", "head", "74/party-committee/board/internal-affairs"),
            ("Võ Văn Minh", "vice-chair", "74/peoples-committee")} <= posts(doc)


@pytest.mark.parametrize("text,expected", [
    ("Nguyen Thanh Binh, Chairman of An Giang Provincial People's Committee, spoke.",
     ("Nguyen Thanh Binh", "chair", "91-2025/peoples-committee")),
    ("Mr. Tran Van Hai, Secretary of An Nhon Town Party Committee, attended.",
     ("Tran Van Hai", "secretary", "549/party-committee")),
])
def test_a_place_whose_first_word_is_an_article_keeps_it(text, expected):
    """'of An Giang': 'An' opens the province's name; it is not the article 'an'."""
    assert expected in posts(read(text))


def test_a_plural_title_lists_names_with_titles_of_their_own_and_takes_an_implied_body():
    """'The two Deputy Secretaries of Thai Nguyen are Mr. A, <title>, and Mr. B, <title>': both
    (a count before a title counts persons, not bodies); 'X has been re-elected the Party
    Secretary ... The two vice secretaries are A and B': the body the first title implies."""
    doc = read("Ms. Nguyen Thanh Hai was re-elected Secretary of the Thai Nguyen Provincial Party Committee. The two "
               "Deputy Secretaries of Thai Nguyen are Mr. Trinh Viet Hung, Standing Vice Chairman of the Provincial "
               "People's Committee and Mr. Pham Ngoc Son, Head of the Provincial Party Committee's Organization "
               "Committee.")
    assert {("Trinh Viet Hung", "deputy-secretary", "19/party-committee"),
            ("Pham Ngoc Son", "deputy-secretary", "19/party-committee"),
            ("Pham Ngoc Son", "head", "19/party-committee/board/organization")} <= posts(doc)
    doc = read("In the central province of Quang Nam, Mr. Phan Viet Cuong has been re-elected the Party Secretary for "
               "the term 2020-2025. The two vice secretaries are Mr. Le Van Dung and Mr. Le Tri Thanh.")
    assert posts(doc) == {("Phan Viet Cuong", "secretary", "49/party-committee"),
                          ("Le Van Dung", "deputy-secretary", "49/party-committee"),
                          ("Le Tri Thanh", "deputy-secretary", "49/party-committee")}


def test_a_described_province_places_the_title_and_an_origin():
    """'Party Committee Secretary of the Mekong Delta's province of Dong Thap': that province,
    not the one the article names most; 'born in the northern province of Hung Yen' is an
    origin, not the 'municipal' department's city."""
    doc = read("Hue is the venue. Tran Van Hue met leaders of Hue. Le Quoc Phong was voted Party Committee Secretary "
               "of the Mekong Delta's province of Dong Thap in October.")
    assert ("Le Quoc Phong", "secretary", "82-2025/party-committee") in posts(doc)
    doc = read("The Hanoi People's Council met. Mr. Duong Duc Tuan, born in the northern province of Hung Yen, held "
               "the post of deputy director of the municipal Department of Planning and Architecture.")
    assert ("Duong Duc Tuan", "deputy-director", "01/peoples-committee/department/planning-architecture") in posts(doc)


def test_a_copula_reaches_its_subject_past_titles_ages_and_origins_in_apposition():
    """'Mr. Ha Minh Hai, party chief of X, 51, from the central province of Thanh Hoa, was head
    of Y and director of Z': the subject is named before the appositions."""
    doc = read("Mr. Ha Minh Hai, party chief of Dong Da district's Party Committee, 51, from the central province of "
               "Thanh Hoa, was head of the Hanoi Tax Department and director of the municipal Department of Finance.")
    assert {("Ha Minh Hai", "head", "01/peoples-committee/department/tax"),
            ("Ha Minh Hai", "director", "01/peoples-committee/department/finance")} <= posts(doc)
    doc = read_vinews("test/021373")["test/021373"]
    assert ("Phạm Vũ Luận", "member", "central-committee") in posts(doc)


def test_positions_held_listed_after_a_colon():
    """'She used to hold various positions: A; B', 'held the positions of A; B'."""
    doc = read("Ms. Bui Thi Quynh Van was approved. She used to hold various positions: Secretary of Quang Ngai "
               "Provincial Youth Union; Secretary of Tu Nghia District Party Committee; Party Secretary of Ly Son "
               "District.")
    assert posts(doc) == {("Bui Thi Quynh Van", "secretary", "51/youth-union"),
                          ("Bui Thi Quynh Van", "secretary", "528/party-committee"),
                          ("Bui Thi Quynh Van", "secretary", "536/party-committee")}


def test_names_listed_after_a_colon_hold_the_plural_title_but_not_one_they_are_chosen_for():
    """', including: A, B', 'có 5 phó chủ tịch, gồm: ông A, ...': each name; 'chọn 3 người cho
    chức danh bí thư tỉnh uỷ gồm: ông A, ...': candidates, not holders."""
    doc = read("Five of them are members of the 12th Party Central Committee, including: Le Thi Thuy, Hoang Thi Thuy "
               "Lan, Nguyen Thanh Hai.")
    assert {p[0] for p in posts(doc)} == {"Le Thi Thuy", "Hoang Thi Thuy Lan", "Nguyen Thanh Hai"}
    docs = read_vinews("train/014960", "train/010316", "train/014086")
    assert {("Lê Thanh Liêm", "vice-chair", "79/peoples-committee"),
            ("Huỳnh Cách Mạng", "vice-chair", "79/peoples-committee")} <= posts(docs["train/014960"])
    for record in ("train/010316", "train/014086"):
        assert ("Huỳnh Thanh Tạo", "secretary", "93/party-committee") not in posts(docs[record])


def test_a_lower_case_honorific_cues_a_name_of_two_syllables():
    """'Hiện ông Trần Thọ giữ chức Chủ tịch HĐND TP Đà Nẵng', 'đối với ông Nguyễn Cư': a person;
    not a name read short ('ông Nguyễn Quang Hiếu') nor one in a sentence about another
    country ('Quốc hội Trung Quốc đã thông qua đề cử ông Hàn Chính')."""
    doc = read_vinews("test/019615")["test/019615"]
    assert ("Trần Thọ", "chair", "48/peoples-council") in posts(doc)
    doc = read("Đối với ông Nguyễn Cư, Uỷ ban kiểm tra Thành uỷ cho rằng ông Cư đã chỉ đạo UBND huyện báo cáo.", "vi")
    assert "Nguyễn Cư" in {p.name for p in doc.persons}
    doc = read("Quốc hội Trung Quốc đã thông qua đề cử ông Hàn Chính làm Phó Thủ tướng.", "vi")
    assert not doc.persons


@pytest.mark.parametrize("text,lang", [
    ("On behalf of the Prime Minister, Nguyen Hoa Binh will directly supervise the areas of crime prevention.", "en"),
    ("Thay mặt Thủ tướng, ông Trương Hòa Bình trao quyết định.", "vi"),
])
def test_a_title_spoken_for_is_not_the_speakers(text, lang):
    """'On behalf of the Prime Minister, A ...', 'Thay mặt Thủ tướng, ông A ...': A speaks for
    the Prime Minister; he is not the Prime Minister."""
    assert not any(role == "prime-minister" for _, role, _ in posts(read(text, lang)))


def test_a_title_spoken_for_on_a_real_article():
    doc = read_vinews("train/074277")["train/074277"]
    assert ("Bùi Văn Linh", "minister", "ministry/education-training") not in posts(doc)


def test_a_one_word_province_ends_a_full_name_and_a_school_is_no_person():
    """'Vuong Dinh Hue' (no diacritics: Hue is also the city) is a person; 'Trường THCS Trần
    Quang Khải', 'Trường ĐH Nông Lâm Huế' are schools, not persons."""
    doc = read("Vuong Dinh Hue was appointed Deputy Prime Minister.")
    assert {p.name for p in doc.persons} == {"Vuong Dinh Hue"}
    doc = read("Năm học này, Trường THCS Trần Quang Khải mở lớp tích hợp. Ông nhận bằng tại Trường ĐH Nông Lâm Huế.", "vi")
    assert not doc.persons


def test_a_profile_under_a_heading_name_gives_its_lines_of_titles_to_that_person():
    """'2. Vuong Dinh Hue' / 'Date of birth: ...' / 'Politburo member' / 'NA Deputy in the 13th
    tenure' / 'Previous positions: A, B and C': every title is the heading's person's; the
    place of the line before ('Long An province') is no level of the next line's body."""
    doc = read("Brief biographies:\n\n1. Vuong Dinh Hue\n\nDate of birth: March 15, 1957\n\nNative place: Central "
               "Nghe An province\n\nPolitburo member\n\nNA Deputy in the 13th and 14th tenures\n\nPrevious positions: "
               "Deputy State Auditor General, Minister of Finance and Head of the Party Central Committee's Economic "
               "Commission.\n\n2. Trinh Dinh Dung\n\nDate of birth: August 25, 1956\n\nParty Central Committee member "
               "in the 10th, 11th and 12th tenures")
    assert {("Vuong Dinh Hue", "member", "politburo"), ("Vuong Dinh Hue", "member", "national-assembly"),
            ("Vuong Dinh Hue", "minister", "ministry/finance"),
            ("Vuong Dinh Hue", "head", "central-committee/board/economic"),
            ("Trinh Dinh Dung", "member", "central-committee")} <= posts(doc)
    doc = read("He was Chairman of the provincial Vinh Phuc People's Committee.")
    assert any(t.body.key == "26/peoples-committee" and doc.span_text(t.start, t.end).endswith("Committee")
               for t in doc.titles)


def test_plural_titles_shared_by_a_list_of_names():
    """'A, B and C have been assigned to the post of Deputy Prime Ministers', '... has five other
    vice-chairs – A, B and C': each name holds the plural title."""
    doc = read("Truong Hoa Binh, Vuong Dinh Hue and Trinh Dinh Dung have been assigned to the post of Deputy Prime "
               "Ministers by the National Assembly.")
    assert {p[0] for p in posts(doc) if p[1] == "deputy-prime-minister"} == {"Truong Hoa Binh", "Vuong Dinh Hue",
                                                                            "Trinh Dinh Dung"}
    doc = read("The Hanoi People's Committee has five other vice-chairs – Nguyen Van Hai, Tran Van Binh and Le Van Cuong.")
    assert {p[0] for p in posts(doc) if p[1:] == ("vice-chair", "01/peoples-committee")} == {
        "Nguyen Van Hai", "Tran Van Binh", "Le Van Cuong"}


def test_the_party_civil_affairs_board_at_a_peoples_committee():
    """'Secretary of the Party civil affairs boards at the People's Committee of Da Nang and
    Chairman of the People's Committee of Da Nang': the committee's Party board, and the chair."""
    doc = read("Le Trung Chinh, Vice Secretary of the municipal Party Committee, Secretary of the Party civil affairs "
               "boards at the People's Committee of Da Nang and Chairman of the People's Committee of Da Nang, spoke.")
    assert {("Le Trung Chinh", "secretary", "48/peoples-committee/party-personnel-committee"),
            ("Le Trung Chinh", "chair", "48/peoples-committee")} <= posts(doc)


def test_a_post_one_is_to_be_nominated_for_after_an_infinitive_is_not_held():
    """'về công tác tại Ban X để chuẩn bị giới thiệu bầu làm Trưởng Ban X', 'để giới thiệu HĐND
    TP bầu ông Chinh làm phó chủ tịch': put forward, not held."""
    doc = read("Ông Phạm Tấn Xử - Phó bí thư Quận uỷ Liên Chiểu, về công tác tại Ban văn hoá - xã hội HĐND TP Đà Nẵng để "
               "chuẩn bị giới thiệu bầu làm Trưởng Ban văn hoá - xã hội HĐND TP Đà Nẵng.", "vi")
    assert posts(doc) == {("Phạm Tấn Xử", "deputy-secretary", "490/party-committee")}
    doc = read_vinews("train/011842")["train/011842"]
    assert not any("Chinh" in p[0] and p[1:] == ("vice-chair", "48/peoples-committee") for p in posts(doc))


def test_each_holder_of_a_plural_title_of_a_level_takes_the_place_after_his_name():
    """'The six provincial Party Secretaries are Ms. A of Ha Nam Province, Ms. B of An Giang
    province, ...': each her own province's; 'Four Provincial Party Secretaries - A, B, C, D -
    are not natives ...': several provinces, none named: no post from the article's context."""
    doc = read("The six female provincial Party Secretaries are Ms. Le Thi Thuy of Ha Nam Province, Ms. Dao Hong Lan of "
               "Bac Ninh Province, and Ms. Hoang Thi Thuy Lan of Vinh Phuc province.")
    assert posts(doc) == {("Le Thi Thuy", "secretary", "35/party-committee"),
                          ("Dao Hong Lan", "secretary", "27/party-committee"),
                          ("Hoang Thi Thuy Lan", "secretary", "26/party-committee")}
    doc = read("Vinh Phuc is one of them. Four Provincial Party Secretaries - Le Thi Thuy, Dao Hong Lan, Lam Thi Phuong "
               "Thanh, Nguyen Thanh Hai – are not native residents of the provinces where they were elected.")
    assert posts(doc) == set()


def test_one_persons_career_may_hold_two_posts_of_one_body():
    """'ông Phan Việt Cường đã kinh qua các chức vụ như phó chánh thanh tra tỉnh, chánh thanh tra
    tỉnh, trưởng Ban nội chính Tỉnh uỷ', 'từng làm Phó Chủ tịch, Chủ tịch UBND thị xã Bến Cát':
    one subject's posts one after another; another's post with its own copula, or a plural one,
    is not his."""
    docs = read_vinews("train/010520", "train/001609")
    held = posts(docs["train/010520"])
    assert {("Phan Việt Cường", "deputy-head", "49/peoples-committee/department/inspection"),
            ("Phan Việt Cường", "head", "49/peoples-committee/department/inspection"),
            ("Phan Việt Cường", "head", "49/party-committee/board/internal-affairs")} <= held
    assert {("Nguyễn Hồng Khanh", "vice-chair", "721/peoples-committee"),
            ("Nguyễn Hồng Khanh", "chair", "721/peoples-committee")} <= posts(docs["train/001609"])
    doc = read("Ông Nguyễn Văn An hiện là Phó Chủ tịch UBND tỉnh Nghệ An, Chủ tịch UBND tỉnh Nghệ An là ông "
               "Trần Văn Bình.", "vi")
    assert posts(doc) == {("Nguyễn Văn An", "vice-chair", "40/peoples-committee"),
                          ("Trần Văn Bình", "chair", "40/peoples-committee")}
    doc = read("Nguyen Thanh Phong is the municipal chairman and vice-chairs of Ho Chi Minh City.", "en")
    assert {role for _, role, _ in posts(doc)} == {"chair"}


def test_a_chain_passes_a_title_of_no_body_on_to_the_name():
    """'Phó thủ tướng, Bộ trưởng Phạm Bình Minh', 'Politburo member, President Luong Cuong',
    'Politburo member and State President Luong Cuong': the bare or bodiless title is one more of
    the name's; not after 'of', a plural word or 'on behalf of' ('Thay mặt Bộ trưởng Bộ GD-ĐT,
    Thứ trưởng X'), nor past 'and' to another's name."""
    docs = read_vinews("test/009741", "test/003143")
    assert ("Phạm Bình Minh", "deputy-prime-minister", "government") in posts(docs["test/009741"])
    assert not any(name == "Nguyễn Thị Nghĩa" and role == "minister" for name, role, _ in posts(docs["test/003143"]))
    for text in ("Politburo member, President Luong Cuong attended.", "Politburo member and State President Luong Cuong attended."):
        assert posts(read(text, "en")) == {("Luong Cuong", "member", "politburo")}
    doc = read("Politburo member, Permanent member of the Party Central Committee's Secretariat and Secretary of the Party "
               "Committee of Central Party Agencies Tran Cam Tu attended.", "en")
    assert posts(doc) == {("Tran Cam Tu", "member", "politburo"), ("Tran Cam Tu", "member", "secretariat"),
                          ("Tran Cam Tu", "secretary", "central-party-agencies-party-committee")}
    doc = read("Vậy xin Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ và Thứ trưởng Đỗ Thắng Hải cho biết.", "vi")
    assert posts(doc) == set()


def test_elected_or_appointed_to_the_post_of_a_title():
    """'tái đắc cử chức danh Chủ tịch UBND TP Cần Thơ', 'trúng cử chức danh Phó chủ tịch UBND tỉnh',
    'được Thủ tướng bổ nhiệm làm Thứ trưởng': the post is the subject's; the one who appoints
    is no holder in between, unless a pronoun stands for others ('Bộ trưởng Tô Lâm chúc mừng hai ông
    vinh dự được Thủ tướng bổ nhiệm giữ chức vụ thứ trưởng')."""
    docs = read_vinews("test/020605", "train/017898", "test/022032", "train/010877")
    assert ("Võ Thành Thống", "chair", "92/peoples-committee") in posts(docs["test/020605"])
    assert ("Trần Văn Tân", "vice-chair", "49/peoples-committee") in posts(docs["train/017898"])
    assert ("Lê Văn Thanh", "deputy-minister", "ministry/labour-invalids-social-affairs") in posts(docs["test/022032"])
    assert not any(name == "Tô Lâm" and role == "deputy-minister" for name, role, _ in posts(docs["train/010877"]))


def test_a_plural_title_before_a_colon_lists_its_holders():
    """'nine Deputy Prime Ministers: Nguyen Hoa Binh (Permanent Deputy Prime Minister), Tran Hong Ha, ...'."""
    doc = read("The Government has nine Deputy Prime Ministers: Nguyen Hoa Binh (Permanent Deputy Prime Minister), "
               "Tran Hong Ha, Le Thanh Long and Bui Thanh Son.", "en")
    assert {name for name, role, _ in posts(doc) if role == "deputy-prime-minister"} == {
        "Nguyen Hoa Binh", "Tran Hong Ha", "Le Thanh Long", "Bui Thanh Son"}


def test_a_provinces_party_committee_of_agencies_is_not_the_provinces_own():
    """'bí thư Đảng uỷ khối các cơ quan tỉnh Lâm Đồng', 'Secretary of the Party Committee of the
    Provincial Agencies', 'Secretary of the Party Committee of Central Party Agencies'."""
    doc = read_vinews("train/012126")["train/012126"]
    assert ("Vũ Kim Sinh", "secretary", "68/agencies-party-committee") in posts(doc)
    assert ("Vũ Kim Sinh", "secretary", "68/party-committee") not in posts(doc)
    doc = read("Mr. Nguyen Van Son, Secretary of the Party Committee of the Provincial Agencies of Hai Duong province, and "
               "Mr. Tran Cam Tu, Secretary of the Party Committee of Central Party Agencies, attended.", "en")
    assert posts(doc) == {("Nguyen Van Son", "secretary", "30/agencies-party-committee"),
                          ("Tran Cam Tu", "secretary", "central-party-agencies-party-committee")}


def test_a_board_named_after_its_councils_possessive():
    """"Head of the Provincial People's Council's Economy - Budget Board", "Chairman of the 14th NA's
    Foreign Affairs Committee": the board or committee, not the council or the Assembly."""
    doc = read("Mr. Ho Trung Phuoc, Head of the Provincial People's Council's Economy - Budget Board of Binh Thuan "
               "province, and Mr. Nguyen Van Giau, Chairman of the 14th NA's Foreign Affairs Committee, spoke.", "en")
    assert posts(doc) == {("Ho Trung Phuoc", "head", "60/peoples-council/council-board/economy-budget"),
                          ("Nguyen Van Giau", "chair", "national-assembly/na-committee/external-relations")}


def test_careers_written_as_previous_positions_or_with_a_bracketed_term():
    """'His previous positions include A, B and C'; 'Ông từng đảm nhiệm chức vụ A (nhiệm kỳ
    2011-2015); B; C'; 'Phó Bí thư Tỉnh ủy nhiệm kì 2015-2020, Chủ tịch UBND tỉnh': each a former post."""
    doc = read("Mr. Nguyen Van Thang was appointed Minister of Finance. His previous positions include Chairman of the "
               "Hanoi People's Committee, Secretary of the Dien Bien Provincial Party Committee and Director of the "
               "Hanoi Department of Finance.", "en")
    former = {(p.person.name, p.title.role, p.title.body.key) for p in doc.posts if p.title.status == "former"}
    assert former == {("Nguyen Van Thang", "chair", "01/peoples-committee"),
                      ("Nguyen Van Thang", "secretary", "11/party-committee"),
                      ("Nguyen Van Thang", "director", "01/peoples-committee/department/finance")}
    doc = read("Ông Nguyễn Văn Thắng từng đảm nhiệm chức vụ Chủ tịch UBND TP Hà Nội (nhiệm kỳ 2011-2015); Bí thư Tỉnh "
               "ủy Điện Biên. Ông Trần Văn Bình từng là Phó Bí thư Tỉnh ủy Nghệ An nhiệm kì 2015-2020, Chủ tịch UBND "
               "tỉnh Nghệ An.", "vi")
    former = {(p.person.name, p.title.body.key) for p in doc.posts if p.title.status == "former"}
    assert former == {("Nguyễn Văn Thắng", "01/peoples-committee"), ("Nguyễn Văn Thắng", "11/party-committee"),
                      ("Trần Văn Bình", "40/party-committee"), ("Trần Văn Bình", "40/peoples-committee")}


def test_a_body_of_the_new_or_old_unit_after_a_title():
    """'Chairman of the newly merged Ho Chi Minh City People's Committee', 'Secretary of the new
    Tuyen Quang Provincial Party Committee', 'Department of Internal Affairs' (Sở Nội vụ)."""
    doc = read("Mr. Nguyen Van Duoc has been appointed as Chairman of the newly merged Ho Chi Minh City People's "
               "Committee. Mr. Hau A Lenh was appointed Secretary of the new Tuyen Quang Provincial Party Committee. "
               "Mr. Vo Ngoc Quoc Thuan was elected Director of the Hanoi Department of Internal Affairs.", "en")
    assert posts(doc) == {("Nguyen Van Duoc", "chair", "79/peoples-committee"),
                          ("Hau A Lenh", "secretary", "08/party-committee"),
                          ("Vo Ngoc Quoc Thuan", "director", "01/peoples-committee/department/home-affairs")}


def test_indonesian_titles_of_diplomatic_news():
    """'Ketua Majelis Nasional Vietnam, H.E. Tran Thanh Man' (initials end no sentence), 'Ketua Partai
    Komunis Vietnam' and 'Sekjen Partai Komunis Vietnam' (the General Secretary), 'Menteri Kebudayaan,
    Olahraga, dan Pariwisata' (a comma before the last 'and'), 'Letnan Jenderal Senior' (a rank)."""
    doc = read("Presiden Vietnam, H.E. To Lam, dan Ketua Majelis Nasional Vietnam, H.E. Tran Thanh Man, menerima "
               "delegasi. Ketua Partai Komunis Vietnam Nguyen Phu Trong dan Menteri Kebudayaan, Olahraga, dan Pariwisata "
               "Nguyen Van Hung hadir. Letnan Jenderal Senior Nguyen Tan Cuong juga hadir.", "id")
    assert posts(doc) == {("Tran Thanh Man", "chair", "national-assembly"),
                          ("Nguyen Phu Trong", "general-secretary", "central-committee"),
                          ("Nguyen Van Hung", "minister", "ministry/culture-sports-tourism")}
    assert "Nguyen Tan Cuong" in {p.name for p in doc.persons}


def test_names_listed_bare_before_their_shared_titles_and_ethnic_family_names():
    """'... đối với: ...; ông A, ông B, ông C, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh Sơn La': an item a
    semicolon opens lists names that share the titles after the last; not a bracket after the last
    ('các ông: A, B, C (phó chánh văn phòng UBND TP)'); 'Tráng Thị Xuân', 'Kpă Thuyên' are names."""
    doc = read("Thủ tướng phê chuẩn kết quả bầu Phó chủ tịch UBND tỉnh Sơn La đối với: bà Tráng Thị Xuân, Ủy viên Ban "
               "Thường vụ Tỉnh ủy; ông Lò Minh Hùng, ông Nguyễn Quốc Khánh, ông Phạm Văn Thủy, Tỉnh ủy viên, Phó chủ "
               "tịch UBND tỉnh Sơn La.", "vi")
    vice = {name for name, role, key in posts(doc) if role == "vice-chair" and key == "14/peoples-committee"}
    assert vice == {"Lò Minh Hùng", "Nguyễn Quốc Khánh", "Phạm Văn Thủy"}
    assert ("Tráng Thị Xuân", "member", "14/party-committee/standing-committee") in posts(doc)
    doc = read_vinews("train/010453")["train/010453"]
    assert not any(name in ("Nguyễn Hữu Tín", "Đào Anh Kiệt") and key == "79/peoples-committee/office"
                   for name, _, key in posts(doc))


def test_a_nominee_holds_no_post_and_one_we_cannot_name_takes_none_of_the_giver():
    """'có ý kiến giới thiệu ông Nguyễn Văn Giàu, Chủ nhiệm Uỷ ban Kinh tế Quốc hội khoá 13 làm Phó
    chủ tịch Quốc hội khoá 14': proposed, not held (his present post is); 'Bí thư Thành uỷ A đã trao
    quyết định bổ nhiệm ông Sử Ngọc Anh làm Bí thư Quận uỷ Gò Vấp': the giver does not get it; a
    rank before a body ('phong hàm Đại tá Công an Nhân dân và bổ nhiệm giữ chức ...') is no name."""
    docs = read_vinews("train/101350", "val/002371")
    assert ("Nguyễn Văn Giàu", "vice-chair", "national-assembly") not in posts(docs["train/101350"])
    assert ("Nguyễn Thiện Nhân", "secretary", "764/party-committee") not in posts(docs["val/002371"])
    doc = read("Theo đó, ông Võ Trọng Hải, Trưởng ban Nội chính Tỉnh uỷ Hà Tĩnh được phong hàm Đại tá Công an Nhân dân và "
               "bổ nhiệm giữ chức Giám đốc Công an tỉnh này.", "vi")
    assert ("Võ Trọng Hải", "director", "42/police") in posts(doc)


def test_the_object_of_a_position_word_is_not_the_next_names():
    """'Sau khi Bộ trưởng Đinh La Thăng nhận nhiệm vụ Bí thư Thành uỷ TP HCM, Thứ trưởng Nguyễn Hồng
    Trường được giao ...': the secretaryship is Thăng's, not Trường's."""
    doc = read("Sau khi Bộ trưởng Đinh La Thăng nhận nhiệm vụ Bí thư Thành uỷ TP HCM, Thứ trưởng Nguyễn Hồng Trường được "
               "giao phụ trách.", "vi")
    assert posts(doc) == {("Đinh La Thăng", "secretary", "79/party-committee")}


def test_a_bare_title_after_a_phrase_to_someone_opens_the_main_clause():
    """'Gửi lời chia buồn sâu sắc đến gia đình thượng sĩ Trung, Thủ tướng yêu cầu ...': the Prime
    Minister asks; the pilot is no prime minister."""
    doc = read("Gửi lời chia buồn sâu sắc đến gia đình thượng sĩ Phạm Đức Trung, Thủ tướng yêu cầu các đơn vị liên quan "
               "thực hiện tốt chế độ chính sách.", "vi")
    assert posts(doc) == set()


def test_titles_whose_bodies_are_not_read_open_a_career_list_through_semicolons():
    """'Ông đã trải qua nhiều chức vụ như Phó ban Tư tưởng - Văn hoá Trung ương; Bí thư Tỉnh uỷ Hà
    Nam, Bộ trưởng Văn hoá Thông tin': items a semicolon separates, the first one's body not read."""
    doc = read_vinews("test/021594")["test/021594"]
    assert {("Phạm Quang Nghị", "secretary", "35/party-committee"),
            ("Phạm Quang Nghị", "minister", "ministry/culture-sports-tourism")} <= posts(doc)


def test_a_plural_title_gives_every_name_of_its_colon_list_with_titles_between_semicolons():
    """'Party Central Committee members: A, Chief of X; B, Permanent Deputy Chief of Y; C, ...':
    each one listed is a member, and has his own title."""
    doc = read("Attending the conference were Party Central Committee members: Pham Gia Tuc, Chief of the Central "
               "Party Office; Lam Thi Phuong Thanh, Permanent Deputy Chief of the Central Party Office; Hoang Dang "
               "Quang, Deputy Head of the Central Organization Commission.")
    assert posts(doc) == {("Pham Gia Tuc", "member", "central-committee"),
                          ("Lam Thi Phuong Thanh", "member", "central-committee"),
                          ("Hoang Dang Quang", "member", "central-committee"),
                          ("Pham Gia Tuc", "chief-of-office", "central-committee/office"),
                          ("Lam Thi Phuong Thanh", "deputy-head", "central-committee/office"),
                          ("Hoang Dang Quang", "deputy-head", "central-committee/board/organization")}


def test_a_title_that_owns_what_follows_is_no_post_of_the_name_before():
    """'under the direction of General Secretary To Lam and the Prime Minister's Decision', 'Head of
    the Party Central Committee's Commission for X': a title before "'s" is a possessor."""
    doc = read("The working session was held under the direction of General Secretary To Lam and the Prime "
               "Minister's Decision.")
    assert {(n, b) for n, _, b in posts(doc)} == {("To Lam", "central-committee")}


def test_a_title_of_no_body_joined_by_and_passes_the_chain_on():
    """'Vu Duc Dam, Minister and Chairman of the Government Office', 'Le Hong Nam, Director and
    Party Secretary of X': the bare title before 'and' no longer cuts the chain; one a dash or a
    comma ends does ('Phó thủ tướng A, bộ trưởng - chủ nhiệm Văn phòng Chính phủ, bộ trưởng các bộ
    ...' lists other officials, unnamed)."""
    doc = read("Vu Duc Dam, Minister and Chairman of the Government Office, received 84 percent of the votes.")
    assert posts(doc) == {("Vu Duc Dam", "chair", "government/office")}
    doc = read("Phó thủ tướng Trương Hoà Bình, bộ trưởng - chủ nhiệm Văn phòng Chính phủ, bộ trưởng các bộ Nội vụ, "
               "Giáo dục - Đào tạo đã dự.", "vi")
    assert posts(doc) == {("Trương Hoà Bình", "deputy-prime-minister", "government")}


def test_a_term_between_a_plural_title_and_its_list():
    """'... Uỷ viên Ban Bí thư khoá XII gồm: ông A và ông B' (a vi-news record), '... for the
    2025-2030 term, including A, B and C': the term does not cut the list off its title."""
    doc = read_vinews("train/013989")["train/013989"]
    assert {("Trần Thanh Mẫn", "secretariat"), ("Trần Cẩm Tú", "secretariat")} <= {
        (name, key) for name, _, key in posts(doc)}
    doc = read("The Politburo has appointed Deputy Secretaries of the Ho Chi Minh City Party Committee "
               "for the 2025-2030 term, including Mr. Nguyen Van Duoc, Mr. Vo Van Minh and Mr. Nguyen Phuoc Loc.")
    assert posts(doc) == {
        (name, "deputy-secretary", "79/party-committee") for name in ("Nguyen Van Duoc", "Vo Van Minh", "Nguyen Phuoc Loc")}


def test_a_term_of_several_ordinals_passes_a_career_chain_on():
    """'a member of the Party Central Committee in the 7th, 8th, 9th and 10th tenures; Secretary of ...':
    the term does not end the chain of posts."""
    doc = read("Truong Vinh Trong was born in 1942. He was a member of the Party Central Committee in the 7th, 8th, "
               "9th and 10th tenures; Secretary of the Party Central Committee in the 9th and 10th tenures; "
               "a Politburo member in the 10th tenure.")
    assert posts(doc) == {("Truong Vinh Trong", "member", "central-committee"),
                          ("Truong Vinh Trong", "member", "secretariat"), ("Truong Vinh Trong", "member", "politburo")}


def test_the_country_between_a_title_and_its_holder():
    """'Thủ tướng Việt Nam Nguyễn Xuân Phúc', 'Phó Thủ tướng, Bộ trưởng Ngoại giao Việt Nam Phạm Bình Minh' (a
    vi-news record), 'Menteri Luar Negeri Vietnam Pham Binh Minh', 'Prime Minister of Viet Nam X'."""
    doc = read_vinews("train/054234")["train/054234"]
    assert {("Nguyễn Xuân Phúc", "prime-minister", "government"),
            ("Phạm Bình Minh", "minister", "ministry/foreign-affairs")} <= posts(doc)
    assert posts(read("Menteri Luar Negeri Vietnam Pham Binh Minh menyambangi Indonesia.", "id")) == {
        ("Pham Binh Minh", "minister", "ministry/foreign-affairs")}
    assert posts(read("Prime Minister of Viet Nam Nguyen Xuan Phuc received the delegation.")) == {
        ("Nguyen Xuan Phuc", "prime-minister", "government")}


def test_family_names_of_officials_the_list_lacked():
    """'Phó Bí thư thường trực Thành uỷ TP. HCM Tất Thành Cang', 'Phó chủ tịch Quốc hội Tòng Thị Phóng'
    (vi-news records); 'Văn' starts a name ('Văn Hữu Chiến'), but not after a capitalised syllable that
    is a family name the list lacks ('ông Lang Văn Khang - nguyên chủ tịch UBND xã ...': no 'Văn Khang')."""
    docs = read_vinews("train/075168", "test/002474", "train/076739")
    assert ("Tất Thành Cang", "standing-deputy-secretary", "79/party-committee") in posts(docs["train/075168"])
    assert ("Tòng Thị Phóng", "vice-chair", "national-assembly") in posts(docs["test/002474"])
    assert "Văn Khang" not in {p.name for p in docs["train/076739"].persons}
    assert posts(read("Chủ tịch UBND TP Đà Nẵng Văn Hữu Chiến dự họp.", "vi")) == {
        ("Văn Hữu Chiến", "chair", "48/peoples-committee")}


def test_a_plural_title_before_a_list_of_items_that_semicolons_separate():
    """'Politburo members: Head of the Central Organization Committee Le Minh Hung; General Phan Van
    Giang - Minister of National Defence; ...', 'Các Uỷ viên Bộ Chính trị gồm: ông A, Trưởng Ban ...; ông
    B, Bộ trưởng ...': each item's one name holds the plural title, and its own titles too."""
    doc = read("Politburo members: Head of the Central Organization Committee Le Minh Hung; General Phan Van Giang - "
               "Minister of National Defence; General Luong Tam Quang - Minister of Public Security.")
    assert {(name, key) for name, _, key in posts(doc)} == {
        ("Le Minh Hung", "politburo"), ("Phan Van Giang", "politburo"), ("Luong Tam Quang", "politburo"),
        ("Le Minh Hung", "central-committee/board/organization"), ("Phan Van Giang", "ministry/national-defence"),
        ("Luong Tam Quang", "ministry/public-security")}
    doc = read("Các Uỷ viên Bộ Chính trị gồm: ông Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương; ông Phan Văn Giang, "
               "Bộ trưởng Quốc phòng; ông Lương Tam Quang, Bộ trưởng Công an.", "vi")
    assert {name for name, _, key in posts(doc) if key == "politburo"} == {"Lê Minh Hưng", "Phan Văn Giang", "Lương Tam Quang"}
    doc = read("Anggota Badan Sekretariat KS PKV, Vo Van Thuong melakukan kunjungan kerja.", "id")
    assert posts(doc) == {("Vo Van Thuong", "member", "secretariat")}


def test_a_party_organ_named_alone_is_of_the_next_titles_body():
    """'HANOI - Nguyen Xuan Phuc, former Politburo member, Secretary of the Party Delegation, and Prime
    Minister, ...': the Government's Party delegation, not one the dateline's city places."""
    doc = read("HANOI - Nguyen Xuan Phuc, former Politburo member, Secretary of the Party Delegation, and Prime "
               "Minister, was found to have violated regulations.")
    assert ("Nguyen Xuan Phuc", "secretary", "government/party-personnel-committee") in posts(doc)


def test_a_career_after_tung_lam_is_former():
    """'Ông Nguyễn Văn Đọc ..., từng làm Giám đốc Sở Giao thông Vận tải, Bí thư Thị uỷ Uông Bí, ...' (a vi-news
    record): each post of the career is former."""
    doc = read_vinews("val/019170")["val/019170"]
    career = [p for p in doc.posts if p.person.name == "Nguyễn Văn Đọc" and p.title.body.key == "196/party-committee"]
    assert career and all(p.title.status == "former" for p in career)


def test_ethnic_family_names_hold_their_posts():
    """'ông Cà Văn Lả, Chủ tịch UBND xã Quài Tở', 'ông Lô Văn Mão - trưởng Công an xã Thanh Sơn' (vi-news
    records): Thai and Muong family names the list lacked; the name is whole, not 'Văn Lả'."""
    docs = read_vinews("train/004828", "train/015664")
    assert any(name == "Cà Văn Lả" and role == "chair" for name, role, _ in posts(docs["train/004828"]))
    assert any(name == "Lô Văn Mão" for name, _, _ in posts(docs["train/015664"]))


def test_an_item_after_a_semicolon_with_a_name_of_its_own_holds_its_own_titles():
    """'A is now Minister of X; Vice Chairman of the Party Central Committee's Y Commission B
    has become ...': the titles after the semicolon are B's, not more of A's."""
    doc = read("Director of the Hanoi Department of Health Le Van Thanh is now Minister of Health; Vice Chairman "
               "of the Party Central Committee's Popularisation and Education Commission Pham Quang Hieu has become "
               "Minister of Industry and Trade; and Secretary of the Nam Dinh provincial Party Committee Tran Van "
               "Tuan is now Inspector General of the Government Inspectorate.")
    got = posts(doc)
    assert ("Le Van Thanh", "vice-chair", "central-committee") not in got
    assert ("Pham Quang Hieu", "vice-chair", "central-committee/board/propaganda") in got
    assert ("Pham Quang Hieu", "secretary", "36/party-committee") not in got
    assert ("Tran Van Tuan", "secretary", "36/party-committee") in got


def test_a_name_begins_where_the_province_before_it_ends():
    """'phó giám đốc Sở GD-ĐT Sơn La Trần Xuân Yến': 'La' of 'Sơn La' is a family name too, but
    no name begins inside a province's name; nor in English ('delegation of Nam Dinh Doan ...')."""
    doc = read_vinews("train/074647")["train/074647"]
    assert ("Trần Xuân Yến", "deputy-director", "14/peoples-committee/department/education-training") in posts(doc)
    doc = read("Head of the NA deputies' delegation of Nam Dinh Doan Hong Phong attended the meeting.")
    assert [p.key for p in doc.persons] == ["doan-hong-phong"]


def test_a_term_that_lists_numbers_does_not_end_a_career_chain():
    """'uỷ viên Trung ương Đảng khoá 10, 11, 12; uỷ viên Bộ Chính trị khoá 11, 12; đại biểu Quốc
    hội khoá 11, 13': each title after the list of terms is his too; 'Thứ trưởng Thường trực Bộ
    NN - PTNT' is a deputy minister of the ministry, not of a standing board of it."""
    docs = read_vinews("test/019791", "train/019753")
    career = posts(docs["test/019791"])
    assert {("Nguyễn Xuân Phúc", "member", "politburo"), ("Nguyễn Xuân Phúc", "member", "national-assembly")} <= career
    assert ("Hà Công Tuấn", "deputy-minister", "ministry/agriculture-rural-development") in posts(docs["train/019753"])


def test_a_term_between_a_body_and_its_place_does_not_hide_the_place():
    """'..., phó bí thư tỉnh uỷ, chủ tịch UBND tỉnh, trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh Hà
    Tĩnh': the delegation is Hà Tĩnh's, and so are the bare 'tỉnh uỷ' and 'UBND tỉnh' of the
    chain (the article names Hà Giang before); 'Đại biểu Quốc hội khoá XIV tỉnh Quảng Nam' is
    still a member of the National Assembly."""
    got = posts(read_vinews("train/020169")["train/020169"])
    assert {("Đặng Quốc Khánh", "head", "42/national-assembly-delegation"),
            ("Đặng Quốc Khánh", "chair", "42/peoples-committee")} <= got
    assert ("Đặng Quốc Khánh", "chair", "02/peoples-committee") not in got
    doc = read("Ngày 8/6/2016, ông Nguyễn Quốc Khánh trúng cử Đại biểu Quốc hội khoá XIV tỉnh Quảng Nam.", "vi")
    assert ("Nguyễn Quốc Khánh", "member", "national-assembly") in posts(doc)


@pytest.mark.parametrize("text", [
    "Về trường hợp ông Trần Văn Minh (cựu Chủ tịch Đà Nẵng), Tổng bí thư nêu rõ việc xử lý là cần thiết.",
    "Đối với ông Trần Văn Minh, Tổng bí thư nêu rõ việc xử lý là cần thiết.",
])
def test_a_bare_title_after_a_topic_or_a_closed_remark_opens_the_main_clause(text):
    # the General Secretary speaks about Minh; he is not Minh's title
    assert not [p for p in read(text, "vi").posts if p.title.role == "general-secretary"]


@pytest.mark.parametrize("text,giver,given", [
    ("Thủ tướng Nguyễn Xuân Phúc vừa phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Gia Lai.",
     "Nguyễn Xuân Phúc", "vice-chair"),
    ("Sáng 19-11, Phó chủ tịch UBND TP. HCM Trần Vĩnh Tuyến trao quyết định tiếp nhận và bổ nhiệm chức vụ phó giám "
     "đốc Sở Thông tin - truyền thông cho ông Từ Lương.", "Trần Vĩnh Tuyến", "deputy-director"),
])
def test_who_confers_a_post_does_not_take_it(text, giver, given):
    assert not [p for p in read(text, "vi").posts if p.person.name == giver and p.title.role == given]


def test_one_named_with_a_dismissal_remark_keeps_his_posts():
    # '... đối với ông Võ Kim Cự (bao gồm cách chức cả các chức vụ: ..., Bí thư Tỉnh uỷ Hà Tĩnh ...)': his
    doc = read("Ban Bí thư cách chức Uỷ viên Ban Thường vụ Tỉnh uỷ đối với ông Võ Kim Cự (bao gồm cách chức cả các "
               "chức vụ: Phó bí thư Tỉnh uỷ, Bí thư Tỉnh uỷ Hà Tĩnh theo quy định).", "vi")
    assert ("Võ Kim Cự", "secretary", "42/party-committee") in posts(doc)


def test_a_caption_line_is_no_antecedent_of_he():
    """A photo caption ('Binh Phuoc province's Party Secretary Nguyen Van Loi') between a
    biography's paragraphs: 'he' in the next paragraph is still the biography's subject."""
    doc = read("Tran Huy Tuan was elected chairman of the Yen Bai Provincial People's Committee.\n\n"
               "Tuan was previously an official of the Irrigation Department of Yen Bai Province.\n\n"
               "Binh Phuoc province's Party Secretary Nguyen Van Loi\n\n"
               "After that, he worked as Secretary of the Van Yen District Party Committee.")
    got = posts(doc)
    assert ("Tran Huy Tuan", "secretary", "136/party-committee") in got
    assert not [p for p in got if p[0] == "Nguyen Van Loi" and p[2] == "136/party-committee"]


def test_names_listed_with_remarks_share_the_post_after_them():
    """'bầu Giám đốc Sở Kế hoạch đầu tư Nguyễn Chí Hiến (55 tuổi) và ông Phan Đình Phùng (53 tuổi) ...
    giữ chức Phó chủ tịch UBND tỉnh': a remark in parentheses after a name does not end the list."""
    got = posts(read_vinews("test/020671")["test/020671"])
    assert ("Nguyễn Chí Hiến", "vice-chair", "54/peoples-committee") in got


def test_a_counted_title_shares_its_post_with_the_list_it_introduces():
    """'Bầu bổ sung hai Uỷ viên Ban Bí thư khoá XII là ông A, ..., và ông B, ...', 'bốn Phó chánh
    văn phòng gồm ông A; ông B; ông C và ông D': a count before the title makes it plural."""
    got = posts(read_vinews("train/019847")["train/019847"])
    assert {("Trần Thanh Mẫn", "member", "secretariat"), ("Trần Cẩm Tú", "member", "secretariat")} <= got
    doc = read("UBND tỉnh Nghệ An có bốn Phó chánh văn phòng UBND tỉnh gồm ông Nguyễn Thanh Công; ông Võ Hồng "
               "Dương; ông Phan Đức Sơn và ông Hồ Xuân Bảy.", "vi")
    assert len([p for p in doc.posts if p.title.role == "deputy-head"]) == 4


@pytest.mark.parametrize("text,post", [
    ("Bà Phạm Thị Thanh Trà sinh năm 1964. Bà Trà từng trải qua các cương vị: Phó Chủ tịch UBND huyện Trấn Yên, "
     "Bí thư Huyện uỷ Trấn Yên, Chủ tịch UBND tỉnh Yên Bái.", ("pham-thi-thanh-tra", "secretary", "138/party-committee")),
    ("Năm 2003, ông Lâm Tiến Dũng khi đó giữ chức Phó Chủ tịch thường trực UBND huyện Kiên Lương.",
     ("lam-tien-dung", "permanent-vice-chair", "902/peoples-committee")),
])
def test_a_career_told_in_the_past_is_former(text, post):
    # 'từng trải qua các cương vị: ...', 'khi đó giữ chức ...': held then, not now
    doc = read(text, "vi")
    assert [p.title.former for p in doc.posts if (p.person.key, p.title.role, p.title.body.key) == post] == [True]
