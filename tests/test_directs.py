import pytest

from kg.doc import BodyMention, PersonMention, PlaceMention

from .conftest import read, read_page, read_vinews


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


def test_every_member_of_a_list_counts_past_an_unknown_item():
    doc = read("Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bình Thuận yêu cầu Sở TNMT, Thanh tra tỉnh, Cục thuế, "
               "Công an tỉnh và UBND H.Bắc Bình kiểm tra.", "vi")
    assert {t for _, t in pairs(doc)} == {"60/peoples-committee/department/natural-resources-environment",
                                          "60/peoples-committee/department/inspection", "60/police",
                                          "596/peoples-committee"}


def test_colon_list_of_a_duty_item_goes_to_the_official_of_the_heading():
    doc = read("1. Comrade Nguyen Van Ut, Chairman of the Tay Ninh Provincial People's Committee\n"
               "a) Leading and comprehensively managing all activities within the functions, tasks and powers of "
               "the Provincial People's Committee.\n"
               "b) Directly directing the following fields:\n- Planning.\n- Finance.\n"
               "c) Monitoring and directing: Provincial Police, Provincial Military Command.")
    assert pairs(doc) == {("Nguyen Van Ut", "80-2025/peoples-committee"), ("Nguyen Van Ut", "80-2025/police"),
                          ("Nguyen Van Ut", "80-2025/military-command")}


def test_agentless_passive_takes_the_last_agent_and_its_own_subject():
    doc = read("Phó chủ tịch UBND TP HCM Lê Văn Khoa giao Sở Tài nguyên và Môi trường hoàn chỉnh đề án. "
               "UBND huyện Hóc Môn được yêu cầu giám sát trạm xử lý chất thải tại xã Đông Thạnh.", "vi")
    assert ("Lê Văn Khoa", "784/peoples-committee") in pairs(doc)
    assert not any(t.endswith("dongthanh") or t == "Đông Thạnh" for _, t in pairs(doc))


def test_a_city_government_and_a_task_given_to_an_official_go_to_the_body():
    doc = read("Ông Nguyễn Hồng Lĩnh, Bí thư Tỉnh uỷ Bà Rịa - Vũng Tàu khảo sát bãi biển TP Vũng Tàu, "
               "đồng thời chỉ đạo chính quyền thành phố tạo điều kiện cho doanh nghiệp. "
               "Thủ tướng uỷ quyền Bộ trưởng Bộ Công Thương phê duyệt phương án.", "vi")
    got = pairs(doc)
    assert ("Nguyễn Hồng Lĩnh", "747/peoples-committee") in got
    assert any(t.startswith("ministry/industry-trade") for _, t in got)


def test_proposals_upward_and_requests_of_voters_direct_nobody():
    doc = read("Ông Phan Văn Kha, Giám đốc Sở Công thương TP Đà Nẵng, đề nghị UBND TP Đà Nẵng có cơ chế đặc biệt. "
               "Cử tri Nguyễn Văn Sáu đề nghị UBND TP Đà Nẵng hỗ trợ người dân. "
               "UBND tỉnh Kon Tum đề nghị Bộ Giao thông Vận tải sửa chữa mặt đường. "
               "Thanh tra Chính phủ kiến nghị Thủ tướng ban hành quyết định.", "vi")
    assert pairs(doc) == set()


def test_the_leaders_of_a_level_word_direct_and_a_speaker_only_reports_them():
    """'X cho biết, lãnh đạo tỉnh đã yêu cầu UBND huyện ...': the province's People's Committee
    directs, not the office chief who reports it; 'Lãnh đạo thành phố yêu cầu UBND quận ...'."""
    doc = read("Ông Lê Đức Cường, Chánh văn phòng UBND tỉnh Nghệ An cho biết, chiều 21/6, lãnh đạo tỉnh đã yêu "
               "cầu UBND huyện Thanh Chương báo cáo lý do.", "vi")
    assert pairs(doc) == {("40/peoples-committee", "428/peoples-committee")}
    doc = read("Tại Hà Nội, lãnh đạo thành phố yêu cầu UBND quận Long Biên chủ trì, phối hợp với Sở Quy hoạch.", "vi")
    assert pairs(doc) == {("01/peoples-committee", "004/peoples-committee")}


def test_someone_whose_title_is_a_companys_directs_nobody():
    """'Ông X - Giám đốc Công ty TNHH Y đề nghị Chủ tịch tỉnh xem xét ...': a request from
    outside the state, like a voter's."""
    doc = read("Ông Nguyễn Văn Chiến - Giám đốc Công ty TNHH Chiến Thắng đề nghị Chủ tịch UBND tỉnh Thanh Hoá xem xét "
               "cho công ty đưa 70 xe điện vào hoạt động.", "vi")
    assert pairs(doc) == set()
    doc = read("Ông Nguyễn Văn Chiến - Giám đốc Sở Xây dựng tỉnh Thanh Hoá đề nghị UBND huyện Hoằng Hoá kiểm tra.", "vi")
    assert pairs(doc) == {("Nguyễn Văn Chiến", "399/peoples-committee")}


@pytest.mark.parametrize("text,code,expected", [
    ("Theo ông Lê Thành Long, Chính phủ cần thêm thời gian và đã giao Bộ Tài nguyên Môi trường đánh giá toàn diện "
     "các quy định.", "vi", {("government", "ministry/natural-resources-environment")}),
    ("Theo ông Diễn, Tỉnh uỷ Đắk Nông cũng yêu cầu UBND tỉnh Đắk Nông chỉ đạo cơ quan chức năng.", "vi",
     {("67/party-committee", "67/peoples-committee")}),
    ("According to Mr. Nguyen Van Binh, the Hanoi People's Committee has asked the Department of Construction "
     "to inspect the site.", "en", {("01/peoples-committee", "01/peoples-committee/department/construction")}),
])
def test_a_source_named_before_a_comma_is_no_agent(text, code, expected):
    """'Theo ông X, <subject> đã yêu cầu ...': X only reports what the subject did."""
    assert pairs(read(text, code)) == expected


def test_a_phrase_put_before_the_subject_holds_no_agent():
    """'Làm việc với Bí thư X sáng 17/2, Giám đốc Sở Y đề nghị ...': X is who Y met."""
    doc = read("Làm việc với UBND huyện Quan Sơn, Chủ tịch UBND tỉnh Thanh Hoá Nguyễn Đình Xứng chỉ đạo UBND huyện "
               "Quan Sơn di dân phòng chống lũ.", "vi")
    assert pairs(doc) == {("Nguyễn Đình Xứng", "387/peoples-committee")}


@pytest.mark.parametrize("text,expected", [
    ("Uỷ ban Kiểm tra Trung ương đã đề nghị Bộ Chính trị thi hành kỷ luật.", set()),
    ("Uỷ ban kiểm tra Tỉnh uỷ Quảng Ngãi đề nghị Ban thường vụ Tỉnh uỷ Quảng Ngãi xem xét.", set()),
    ("Bộ trưởng Tư pháp Hà Hùng Cường đã đề nghị Quốc hội cho phép lùi dự án.", set()),
    ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân yêu cầu Chính phủ báo cáo.", {("Nguyễn Thị Kim Ngân", "government")}),
    ("Bộ Chính trị yêu cầu Ban Thường vụ Tỉnh uỷ Quảng Ngãi kiểm điểm.",
     {("politburo", "51/party-committee/standing-committee")}),
])
def test_a_request_up_the_national_top_or_to_ones_own_standing_committee_is_a_proposal(text, expected):
    """A ministry or the Central Inspection Commission asking the Government, the National
    Assembly, the Secretariat or the Politburo proposes; a Party committee's board asking that
    committee's Standing Committee proposes too."""
    assert pairs(read(text, "vi")) == expected


def test_a_lower_localitys_official_of_any_body_proposes_to_a_higher_one():
    """A district's Party secretary 'đề nghị thành phố ...' proposes: a Party committee leads
    only the People's Committee of its own area."""
    doc = read("Tại kỳ họp HĐND TP Hà Nội, Bí thư quận Hoàn Kiếm Dương Đức Tuấn đề nghị UBND thành phố Hà Nội "
               "xem xét cống hoá sông Tô Lịch.", "vi")
    assert pairs(doc) == set()
    doc = read("Bí thư Tỉnh uỷ Thanh Hoá Trịnh Văn Chiến yêu cầu UBND tỉnh Thanh Hoá kiểm tra.", "vi")
    assert pairs(doc) == {("Trịnh Văn Chiến", "38/peoples-committee")}


@pytest.mark.parametrize("text,expected", [
    ("Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến của Phó thủ tướng Trịnh Đình Dũng, giao Bộ Giao thông "
     "vận tải chịu trách nhiệm xem xét.", {("Trịnh Đình Dũng", "ministry/transport")}),
    ("Văn phòng Chính phủ đã có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng về việc kiểm tra thông tin.", set()),
    # the leader right after the words, without 'của'
    ("Văn phòng Chính phủ có văn bản truyền đạt ý kiến Phó thủ tướng Vương Đình Huệ giao Bộ Tài chính chủ trì.",
     {("Vương Đình Huệ", "ministry/finance")}),
    ("Văn phòng Chính phủ thông báo ý kiến Thủ tướng giao Bộ Nội vụ hoàn thiện đề án.", {("government", "ministry/home-affairs")}),
])
def test_an_office_that_conveys_a_leaders_words_neither_directs_nor_is_directed(text, expected):
    assert pairs(read(text, "vi")) == expected


def test_the_committees_of_counted_units_are_not_the_committee_in_context():
    doc = read("Chủ tịch UBND TP HCM Nguyễn Thành Phong chỉ đạo Sở Giao thông vận tải và UBND 24 quận huyện kiểm tra.", "vi")
    assert pairs(doc) == {("Nguyễn Thành Phong", "79/peoples-committee/department/transport")}
    doc = read("UBND tỉnh Cà Mau yêu cầu UBND hai huyện Thới Bình và Cái Nước vận động nhân dân di dời.", "vi")
    assert pairs(doc) == {("96/peoples-committee", "Thới Bình"), ("96/peoples-committee", "Cái Nước")}


def test_a_bare_title_directs_as_its_holder_named_last_and_not_a_late_one():
    doc = read("Phó thủ tướng Trương Hoà Bình yêu cầu Bộ Công Thương kiểm tra. Văn phòng Chính phủ truyền đạt ý kiến của "
               "Phó thủ tướng Vương Đình Huệ về phí cảng biển. Theo đó, Phó thủ tướng giao Bộ Tài chính chủ trì.", "vi")
    assert pairs(doc) == {("Trương Hoà Bình", "ministry/industry-trade"), ("Vương Đình Huệ", "ministry/finance")}
    doc = read("Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp. Dự án đã được cố Thủ tướng Võ Văn Kiệt phê duyệt năm 1996. "
               "Thủ tướng giao Thanh tra Chính phủ rà soát.", "vi")
    assert pairs(doc) == {("Nguyễn Xuân Phúc", "government/inspectorate")}


def test_the_fatherland_front_asking_the_state_proposes():
    doc = read("Chủ tịch Uỷ ban MTTQ Việt Nam Trần Thanh Mẫn đề nghị Bộ GD-ĐT tiếp tục rà soát quy chế thi.", "vi")
    assert pairs(doc) == set()


def test_the_head_of_a_body_named_in_the_article_speaks_for_it():
    doc = read("Bí thư Thành uỷ TP HCM Đinh La Thăng dự họp. Người đứng đầu Thành uỷ TP HCM yêu cầu Sở Xây dựng kiểm tra.", "vi")
    assert pairs(doc) == {("Đinh La Thăng", "79/peoples-committee/department/construction")}
    doc = read("Người đứng đầu Thành uỷ TP HCM yêu cầu Sở Xây dựng kiểm tra.", "vi")  # no head named: the body
    assert pairs(doc) == {("79/party-committee", "79/peoples-committee/department/construction")}


@pytest.mark.parametrize("text,expected", [
    # a name right after a plain member of a generic plural is its place: the city's boards, not the city
    ("Ông Huỳnh Đức Thơ, Chủ tịch UBND TP Đà Nẵng, chỉ đạo các ban, ngành TP. Đà Nẵng phối hợp.", set()),
    ("Thủ tướng Nguyễn Xuân Phúc yêu cầu các bộ, nhất là Bộ Kế hoạch và Đầu tư, Bộ Tài chính phối hợp.",
     {("Nguyễn Xuân Phúc", "ministry/planning-investment"), ("Nguyễn Xuân Phúc", "ministry/finance")}),
    ("UBND tỉnh Đồng Nai đã chỉ đạo các sở, ngành, địa phương cùng công an tỉnh này rà soát.",
     {("75/peoples-committee", "75/police")}),
])
def test_the_named_members_after_a_generic_plural(text, expected):
    assert pairs(read(text, "vi")) == expected


def test_a_passive_with_its_agent_before_the_verb_directs_the_subject_body():
    doc = read("Sở Tài chính TP HCM được UBND TP HCM giao thẩm định hồ sơ bồi thường.", "vi")
    assert pairs(doc) == {("79/peoples-committee", "79/peoples-committee/department/finance")}
    doc = read("Khu đất ở phường Bình An, quận 2 được UBND TP HCM giao cho công ty Trường Thịnh.", "vi")
    assert pairs(doc) == set()  # a place that ends a thing's name is no one asked


@pytest.mark.parametrize("text,expected", [
    # opinions reported by their reporter
    ("Theo Tổng thư ký Quốc hội Nguyễn Hạnh Phúc, có ý kiến thảo luận tại Đoàn đề nghị Uỷ ban Thường vụ Quốc hội "
     "sớm cung cấp sơ yếu lý lịch.", set()),
    # a penalty proposed for a body
    ("Uỷ ban Kiểm tra Trung ương chỉ đề nghị khiển trách với Ban cán sự Đảng Bộ Công thương.", set()),
    # the competent authority named: authority delegated, not a task
    ("Phó Thủ tướng Trịnh Đình Dũng họp về phương án giao UBND tỉnh Điện Biên là cơ quan nhà nước có thẩm quyền quản "
     "lý cảng hàng không.", set()),
    # a body before a clause of reason
    ("Giao UBND TP Thanh Hoá phối hợp với nhà đầu tư điều chỉnh thời gian thực hiện hợp đồng do trước đó bị tạm dừng "
     "theo chỉ đạo của Thủ tướng.", set()),
    # a title of a foreign name we cannot read: another country's minister
    ("Đây là diễn biến tiếp theo của việc Bộ trưởng Tư pháp Tarek William yêu cầu Toà án Tối cao điều tra.", set()),
    # their (another country's) Prime Minister
    ("Thủ tướng của họ đã nhấn mạnh nắng nóng kéo dài và chỉ thị Bộ Công nghiệp, thương mại và tài nguyên xem xét.", set()),
    # a site handed over
    ("Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Quảng Ngãi, đã giao mặt bằng cho UBND huyện Bình Sơn để thi công.", set()),
    # an office announcing a leader's direction is not directed; 'các UBND tỉnh, TP liên quan' is every one's
    ("Trước đó, Văn phòng Chính phủ thông báo chỉ đạo của Thủ tướng về việc cá chết bất thường ở Hồ Tây.", set()),
    ("Văn phòng Chính phủ vừa có văn bản thông báo chỉ đạo của Thủ tướng đối với các bộ, ngành và các UBND tỉnh, TP "
     "liên quan đến kiến nghị của Công ty TNHH Sơn Trường ở tỉnh Quảng Bình.", set()),
    # a partner to coordinate with
    ("Theo chỉ đạo của Chính phủ, UBND các tỉnh, thành phố nêu trên phải phối hợp với Bộ Giao thông Vận tải và các "
     "bộ, ngành liên quan nghiên cứu, lập dự án.", set()),
    # a nomination for a council to elect
    ("Ông Nguyễn Văn Hoạt được chỉ định giữ chức Phó bí thư Huyện uỷ và đề nghị giới thiệu để HĐND huyện Mỹ Đức bầu "
     "giữ chức Chủ tịch UBND huyện.", set()),
    # land allotted by its area
    ("UBND tỉnh Khánh Hoà giao 20ha đất TP Nha Trang cho công ty.", set()),
    ("UBND tỉnh Khánh Hoà giao Sở Tài nguyên và Môi trường rà soát 20 ha đất.",
     {("56/peoples-committee", "56/peoples-committee/department/natural-resources-environment")}),
    # after an apposition's comma the opinion is the subject's own
    ("Phó Thủ tướng Thường trực Trương Hoà Bình, Trưởng Ban Chỉ đạo 389 quốc gia, có ý kiến chỉ đạo Bộ Tài chính "
     "khẩn trương xác minh.", {("Trương Hoà Bình", "ministry/finance")}),
])
def test_what_directs_nobody_and_what_an_apposition_keeps(text, expected):
    assert pairs(read(text, "vi")) == expected


def test_a_body_of_several_listed_units_is_each_ones():
    doc = read("Năm 2018, ông Đặng Đại Tình, Chủ tịch UBND huyện Lệ Thuỷ, tỉnh Quảng Bình, cho biết đã đề nghị Đảng uỷ các xã "
               "Tân Thuỷ, Hồng Thuỷ, Mỹ Thuỷ xem xét kỷ luật.", "vi")
    assert {d.target.key for d in doc.directs} == {"19294/party-committee", "19252/party-committee", "19303/party-committee"}


def test_a_ministrys_department_asking_a_ministry_proposes():
    doc = read("Tuần trước, Cục Hàng không đã có văn bản đề nghị Bộ Giao thông dừng thu tiền sử dụng đường dẫn.", "vi")
    assert pairs(doc) == set()
    doc = read("Bộ Giao thông vận tải yêu cầu Cục Hàng không kiểm tra.", "vi")
    assert pairs(doc) == {("ministry/transport", "agency/hang-khong")}


def test_the_body_joined_after_an_assignment_is_not_addressed():
    doc = read("Ông Phan Văn Sáu được Bộ Chính trị phân công tham gia Ban Chấp hành, Ban Thường vụ Tỉnh uỷ Sóc Trăng.", "vi")
    assert pairs(doc) == set()


def test_a_clause_put_before_the_subject_of_reported_speech_holds_no_agent():
    """'X cho biết ngay sau khi ... ông Y bị đe doạ, lãnh đạo huyện đã giao ...': Y is who was
    threatened; the district's leaders give the task."""
    doc = read("Ông Nguyễn Ngọc Sẫm - chủ tịch UBND huyện Tứ Kỳ - cho biết ngay sau khi nhận được thông tin ông "
               "Nguyễn Công Thân bị đe doạ, lãnh đạo huyện đã có văn bản giao trưởng Công an huyện Tứ Kỳ xác minh.", "vi")
    assert pairs(doc) == {("298/peoples-committee", "298/police")}


@pytest.mark.parametrize("text,code,expected", [
    ("Tôi đề nghị trong kỳ họp tới, Quốc hội cần ra nghị quyết yêu cầu Chính phủ báo cáo.", "vi", set()),
    ("Bộ trưởng cho rằng Chính phủ cần giao Bộ Tư pháp chủ trì soạn thảo.", "vi", set()),
    ("Chủ tịch TP Cần Thơ cũng yêu cầu Công an TP Cần Thơ tạo mọi điều kiện cần thiết.", "vi",
     {("92/peoples-committee", "92/police")}),
    ("Do có ý kiến chưa đồng thuận nên UBND thành phố Hà Nội đã giao UBND quận Hoàn Kiếm xem xét.", "vi",
     {("01/peoples-committee", "002/peoples-committee")}),
    ("The provincial People's Committee of Ha Nam should assign the Department of Construction to inspect.", "en", set()),
    ("Thủ tướng yêu cầu UBND tỉnh Hà Nam phải chỉ đạo Sở Xây dựng kiểm tra.", "vi",
     {("government", "35/peoples-committee"), ("35/peoples-committee", "35/peoples-committee/department/construction")}),
])
def test_what_should_or_must_be_done_is_no_act(text, code, expected):
    """A modal word before a trigger makes it a recommendation or a duty; the request that
    carries it is still an act."""
    assert pairs(read(text, code)) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Ông Đỗ Tiến Đạt - Phó giám đốc Sở Giao thông tỉnh Quảng Ngãi cho biết, đầu năm 2016, Sở đã đề nghị huyện "
     "Lý Sơn khuyến cáo người dân.", "vi", {("51/peoples-committee/department/transport", "Lý Sơn")}),
    ("Sở Xây dựng TP Hà Nội đã kiểm tra. Sở cũng yêu cầu UBND quận Hoàn Kiếm xử lý.", "vi",
     {("01/peoples-committee/department/construction", "002/peoples-committee")}),
    ("The Ministry of Health held a meeting. The Ministry also asked the Hanoi People's Committee to act.", "en",
     {("ministry/health", "01/peoples-committee")}),
])
def test_a_body_head_written_alone_is_the_body_of_its_kind_named_before(text, code, expected):
    """'Sở đã đề nghị ...' after the department was named: the department asks, not the
    deputy director who reports it."""
    assert pairs(read(text, code)) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Đại biểu Ngô Văn Minh đề nghị Bộ Công an làm rõ trách nhiệm.", "vi", set()),
    ("Anggota MN Ngo Van Minh meminta Kementerian Keamanan Publik menjelaskan tanggung jawabnya.", "id", set()),
    ("Uỷ ban Kiểm tra Trung ương quyết định khiển trách ông Lê Dân; đề nghị Ban Bí thư xem xét, kỷ luật.", "vi", set()),
    ("UBND tỉnh Hà Tĩnh khiển trách ông Nguyễn Văn An; yêu cầu Sở Xây dựng tỉnh Hà Tĩnh kiểm điểm.", "vi",
     {("42/peoples-committee", "42/peoples-committee/department/construction")}),
    ("UBND TP HCM đã họp. TP HCM được giao nghiên cứu phương án vay vốn ODA.", "vi", set()),
])
def test_deputies_the_disciplined_and_a_bodys_own_place_are_no_pair(text, code, expected):
    """A deputy's request is a proposal; the clause after ';' has the sentence's subject, not
    the person disciplined; a body does not direct its own locality."""
    assert pairs(read(text, code)) == expected


@pytest.mark.parametrize("text,expected", [
    ("UBND tỉnh Đắk Lắk đề nghị Ban Thường vụ Tỉnh uỷ Đắk Lắk xem xét kỷ luật.", set()),
    ("Sở Nội vụ tỉnh Đắk Lắk đề nghị Tỉnh uỷ Đắk Lắk xem xét.", set()),
    ("Ban Thường vụ Tỉnh uỷ Đắk Lắk yêu cầu UBND tỉnh Đắk Lắk kiểm điểm.",
     {("66/party-committee/standing-committee", "66/peoples-committee")}),
    ("Sau khi có chỉ đạo của Bộ Văn hoá Thể thao và Du lịch, UBND TP Uông Bí đã rà soát các hoạt động.",
     {("ministry/culture-sports-tourism", "196/peoples-committee")}),
])
def test_the_state_proposes_to_the_party_of_its_area_and_direction_given_before_counts(text, expected):
    assert pairs(read(text, "vi")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Làm việc với Bí thư Thành uỷ TP HCM Đinh La Thăng sáng 17/2, Giám đốc Sở Khoa học - Công nghệ Nguyễn Việt "
     "Dũng đề nghị thành phố bỏ quy định về hộ khẩu.", set()),
    ("Trước đó, Văn phòng UBND TP Hà Nội thông báo ý kiến của lãnh đạo thành phố giao Sở Văn hoá nghiên cứu đặt tên "
     "theo số.", {("01/peoples-committee", "01/peoples-committee/department/culture-sports-tourism")}),
])
def test_a_department_asking_its_own_city_proposes_and_an_office_conveys_the_leaders_words(text, expected):
    assert pairs(read(text, "vi")) == expected


@pytest.mark.parametrize("text,expected", [
    # an agency of the city asks its government: a proposal, like a department's
    ("Thiếu tướng Nguyễn Đức Chung, Giám đốc Công an Hà Nội, đề nghị UBND thành phố cho phép thí điểm phạt nguội.",
     set()),
    # a peer: one province asks another
    ("UBND TP HCM đề nghị UBND tỉnh Bình Dương tiếp tục hỗ trợ các đơn vị liên quan.", set()),
    # a place that opens the clause speaks through its People's Committee
    ("Hà Nội yêu cầu các quận Ba Đình, Đống Đa kiểm tra.",
     {("01/peoples-committee", "Ba Đình"), ("01/peoples-committee", "Đống Đa")}),
    # ... and not the source the sentence cites; asking a ministry is a proposal
    ("Theo Chi cục trưởng Chăn nuôi và Thú y Hà Tĩnh Trần Hùng, tỉnh Hà Tĩnh đã đề nghị Bộ Nông nghiệp và Phát "
     "triển nông thôn đưa hươu sao ra khỏi danh mục.", set()),
    # a place after a comma that describes the body before it is no subject
    ("UBND huyện Nghi Lộc, tỉnh Nghệ An đã chỉ đạo UBND xã Nghi Thiết họp kiểm điểm.",
     {("429/peoples-committee", "17845/peoples-committee")}),
])
def test_agencies_peers_and_places_as_subjects(text, expected):
    assert pairs(read(text, "vi")) == expected


def test_peers_and_council_boards_on_real_articles():
    docs = read_vinews("test/014579", "train/013869", "train/017920")
    # the head of a council's board asks the provincial government: a proposal
    assert not any(t == "42/peoples-committee" for _, t in pairs(docs["test/014579"]))
    # Ho Chi Minh City asks Binh Duong province: peers
    assert not any(t == "Bình Dương" for _, t in pairs(docs["train/013869"]))
    # 'TP Hà Nội đang chỉ đạo 5 huyện Hoài Đức, Đan Phượng, ...': the city's government directs each
    assert {("01/peoples-committee", "Hoài Đức"), ("01/peoples-committee", "Gia Lâm")} <= pairs(docs["train/017920"])


def test_an_office_conveying_its_heads_words_gives_its_body_as_agent():
    """'Văn phòng Bộ Y tế truyền đạt ý kiến của Bộ trưởng đề nghị Sở Y tế Nghệ An ...': the
    minister is unnamed, so the ministry speaks; the office only conveys."""
    doc = read_vinews("train/101852")["train/101852"]
    assert ("ministry/health", "40/peoples-committee/department/health") in pairs(doc)
    assert not any(a == "ministry/health/office" for a, _ in pairs(doc))


@pytest.mark.parametrize("text,code,expected", [
    ("Chủ tịch UBND tỉnh Nghệ An cho biết, tỉnh đã chỉ đạo Sở Tài chính kiểm tra.", "vi",
     {("40/peoples-committee", "40/peoples-committee/department/finance")}),
    ("Hanoi Chairman Tran Sy Thanh said the city has asked Ba Dinh District to check.", "en",
     {("01/peoples-committee", "Ba Đình")}),
    ("Menurut Ketua Komite Rakyat Provinsi Lam Dong Tran Hong Thai, provinsi telah meminta Dinas Pertanian untuk "
     "meninjau.", "id", {("68/peoples-committee", "68/peoples-committee/department/agriculture-rural-development")}),
])
def test_a_level_word_that_opens_the_reported_clause_is_its_government_not_the_speaker(text, code, expected):
    assert pairs(read(text, code)) == expected


@pytest.mark.parametrize("text,code,expected", [
    # what a superior is asked to do is not done
    ("Vì vậy, TP Hà Nội đề nghị Thủ tướng chỉ đạo Bộ trưởng Văn hoá, Thể thao và Du lịch xem xét quy hoạch.", "vi",
     set()),
    # ministries ask each other as peers
    ("Bộ Công an đề nghị Bộ Giao thông vận tải báo cáo Chính phủ.", "vi", set()),
    # a condition is no act
    ("Theo ông Xuyền, nếu giao Bộ Công an chủ trì soạn thảo luật thì có cái khó.", "vi", set()),
    # an agentless passive takes no agent from more than three sentences away
    ("UBND thành phố Hà Nội yêu cầu Sở Y tế kiểm tra. Dự án khởi công năm 2015. Nhiều hộ dân chưa bàn giao mặt "
     "bằng. Công trình chậm tiến độ. Các quận Tây Hồ, Ba Đình được yêu cầu vận động người dân.", "vi",
     {("01/peoples-committee", "01/peoples-committee/department/health")}),
    # ... but the one asked by the Prime Minister still directs
    ("Thủ tướng yêu cầu Bộ Công an chỉ đạo Công an TP Hà Nội điều tra.", "vi",
     {("government", "ministry/public-security"), ("ministry/public-security", "01/police")}),
])
def test_proposals_peers_conditions_and_distant_passives_direct_nobody(text, code, expected):
    assert pairs(read(text, code)) == expected


@pytest.mark.parametrize("text,expected", [
    # a petition to a superior: what the superior is asked to do is not done
    ("Thanh tra Chính phủ kiến nghị Thủ tướng chỉ đạo Bộ Công an khẩn trương điều tra những sai phạm.", set()),
    # a member asks the body he sits in: a proposal
    ("Ông Đoàn Ngọc Hải – Phó chủ tịch UBND quận 1 (TP HCM) - gửi văn bản đề nghị UBND quận luân chuyển ông Trần "
     "Trọng Nghĩa.", set()),
    # ... its head directs it
    ("Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung yêu cầu UBND tỉnh rà soát.",
     {("Nguyễn Đức Trung", "40/peoples-committee")}),
])
def test_petitions_and_members_asking_their_own_body_direct_nobody(text, expected):
    assert pairs(read(text, "vi")) == expected


def test_the_chair_of_a_national_assembly_committee_asks_as_a_deputy():
    doc = read("Chủ nhiệm Uỷ ban Tư pháp của Quốc hội Lê Thị Nga phát biểu. Bà Nga đề nghị Chính phủ và các bộ liên "
               "quan kiểm tra làm rõ.", "vi")
    assert pairs(doc) == set()
    # the committee itself, in its verification report, speaks for the National Assembly
    assert pairs(read("Uỷ ban Kinh tế của Quốc hội đề nghị Chính phủ làm rõ kết quả.", "vi")) == {
        ("national-assembly/na-committee/economic", "government")}


def test_a_body_outside_the_party_asks_its_areas_party_committee():
    doc = read("Bí thư Thành Đoàn Hà Nội Nguyễn Văn Thắng cũng đề nghị Thành uỷ chỉ đạo các quận, huyện quan tâm.", "vi")
    assert pairs(doc) == set()


def test_a_person_with_neither_post_nor_title_directs_nobody_on_real_articles():
    """An expert, a lawyer, a citizen asking the city ('TS David Neale đề nghị UBND thành phố Hải
    Phòng ...', 'Luật sư Hoài cũng đề nghị UBND TP ...') proposes; an official still directs."""
    docs = read_vinews("train/015560", "train/019266", "train/017252")
    for rid in ("train/015560", "train/019266"):
        assert not [d for d in docs[rid].directs if isinstance(d.agent, PersonMention)]
    president = [d for d in docs["train/017252"].directs if getattr(d.agent, "name", "") == "Trần Đại Quang"]
    assert president  # 'Chủ tịch nước Trần Đại Quang chỉ đạo UBND thành phố ...': a title, no body


def test_no_direction_up_to_the_council_from_an_association_or_by_a_parallel_clause():
    """A People's Committee asks its People's Council (the council elects and oversees it); the
    chair of an association named by an unread title before his name is no official; '...,
    HĐND TP cũng giám sát' is a clause of its own, not a target (real articles)."""
    docs = read_vinews("test/022034", "train/069919", "train/019515")
    assert not [p for p in pairs(docs["test/022034"]) if p[1].endswith("peoples-council")]
    assert not [p for p in pairs(docs["train/069919"]) if p[0] == "Nguyễn Văn Quyền"]
    assert not [p for p in pairs(docs["train/019515"]) if "natural-resources-environment" in p[1]]
    doc = read("Quốc hội đã giám sát, HĐND TP Hà Nội cũng giám sát dự án này.", "vi")
    assert pairs(doc) == set()
    doc = read("Phó Thủ tướng Trương Hoà Bình yêu cầu, Bộ GTVT chỉ đạo Cục Hàng không Việt Nam điều tra.", "vi")
    assert ("Trương Hoà Bình", "ministry/transport") in pairs(doc)
    assert ("79/peoples-council", "79/peoples-committee") in pairs(read("HĐND TP HCM yêu cầu UBND TP báo cáo.", "vi"))


def test_the_one_asked_directs_what_follows_not_the_one_who_asks():
    """'Ban thường vụ Thành uỷ giao Ban cán sự Đảng UBND TP chỉ đạo UBND quận 2 ...': the one
    asked directs the district, not the Standing Board that asks (real articles); 'phân công ông
    chỉ đạo X': he directs X; after ';' a new clause keeps its own subject."""
    docs = read_vinews("train/012452", "test/021585")
    district = {a for a, t in pairs(docs["train/012452"]) if t.endswith("quan2/peoples-committee")}
    assert "79/peoples-committee/party-personnel-committee" in district and not any("standing" in a for a in district)
    assert {a for a, t in pairs(docs["test/021585"]) if t.endswith("department/construction")} \
        == {"01/peoples-committee/party-personnel-committee"}
    doc = read("Ông Phạm Quang Nghị, nguyên Bí thư Thành uỷ Hà Nội, nói về nhiệm kỳ. Theo ông Nghị, Bộ Chính trị "
               "tiếp tục phân công ông chỉ đạo Đảng bộ thành phố.", "vi")
    assert {a for a, _ in pairs(doc)} == {"Phạm Quang Nghị"}
    doc = read("Chủ tịch UBND tỉnh Thanh Hoá có văn bản yêu cầu công ty Thăng Long thực hiện nghĩa vụ ký quỹ; giao "
               "sở Kế hoạch và Đầu tư theo dõi.", "vi")
    assert pairs(doc) == {("38/peoples-committee", "38/peoples-committee/department/planning-investment")}


def test_bodies_in_general_before_a_verb_are_its_subject_not_the_speaker():
    """'ông X nói ... là thẩm quyền của UBND quận, huyện giao UBND phường, xã thực hiện': district
    committees in general assign, not the one who speaks."""
    doc = read("Ông Lê Hồng Sơn, Giám đốc Sở GD-ĐT Hà Nội, nói quy trình cấp phép là thẩm quyền của UBND quận, "
               "huyện giao UBND phường, xã thực hiện.", "vi")
    assert pairs(doc) == set()
    doc = read("Ông Lê Hồng Sơn, Giám đốc Sở GD-ĐT Hà Nội, yêu cầu UBND quận Hoàn Kiếm báo cáo.", "vi")
    assert pairs(doc) == {("Lê Hồng Sơn", "002/peoples-committee")}


def test_after_a_fronted_purpose_the_citys_government_is_the_subject():
    """'để giao đất cho Bộ Quốc phòng xây dựng sân bay Miếu Môn, thành phố đã chỉ đạo UBND huyện Mỹ
    Đức ...': the city directs the district, not the ministry of the purpose clause; a named place
    after a body is its apposition ('UBND huyện Nghi Lộc, tỉnh Nghệ An đã chỉ đạo ...')."""
    doc = read("Theo thanh tra TP Hà Nội, để giao đất cho Bộ Quốc phòng xây dựng sân bay Miếu Môn, thành phố đã chỉ "
               "đạo UBND huyện Mỹ Đức giải phóng mặt bằng.", "vi")
    assert {a for a, _ in pairs(doc)} == {"01/peoples-committee"}
    doc = read("UBND huyện Nghi Lộc, tỉnh Nghệ An đã chỉ đạo UBND xã Nghi Thiết họp kiểm điểm.", "vi")
    assert {a for a, _ in pairs(doc)} == {"429/peoples-committee"}


def test_a_linking_word_opens_a_clause_with_its_own_subject():
    """'Sau khi có ý kiến từ Bộ Văn hoá ... nên UBND tỉnh Nghệ An đã chỉ đạo cho UBND TP Vinh ...':
    the province directs the city, not the ministry whose opinion came first (a real article)."""
    doc = read_vinews("train/020079")["train/020079"]
    assert ("40/peoples-committee", "412/peoples-committee") in pairs(doc)
    assert not [p for p in pairs(doc) if p[0].startswith("ministry/")]


def test_advice_to_a_superior_directs_nobody():
    """'phòng đã tham mưu cho lãnh đạo UBND huyện có văn bản đề nghị Sở TN - MT ...': advice, and
    what it advises is not done yet (a real article)."""
    doc = read_vinews("train/010822")["train/010822"]
    assert not [p for p in pairs(doc) if p[1].endswith("department/natural-resources-environment")]


def test_a_peoples_committee_asking_a_board_of_the_party_asks_upward():
    """'Chủ tịch UBND TP đề nghị Uỷ ban Kiểm tra Thành uỷ làm rõ ...' (a real article): the Party's
    boards of an area lead its government as its committees do."""
    doc = read_vinews("train/017632")["train/017632"]
    assert not [p for p in pairs(doc) if p[0] == "Nguyễn Thành Phong" and p[1].endswith("board/inspection")]


def test_a_submission_that_asks_the_national_assembly_is_a_petition():
    """'Chủ tịch nước ... trình bày tờ trình đề nghị Quốc hội phê chuẩn ...' (a real article): a
    submission asks the Assembly to decide; it directs nobody."""
    doc = read_vinews("train/014398")["train/014398"]
    assert not [p for p in pairs(doc) if p[1] == "national-assembly"]
    doc = read("Chủ tịch nước Nguyễn Phú Trọng yêu cầu Bộ Công an điều tra làm rõ.", "vi")
    assert ("Nguyễn Phú Trọng", "ministry/public-security") in pairs(doc)


def test_a_list_of_agents_that_closes_its_clause_has_no_target_in_it():
    """'theo đúng chỉ đạo của UBND tỉnh, sở GD & ĐT.': the department is one more whose direction
    is followed, not the one directed; a body after a list that goes on is the main clause's
    subject, directed ('theo chỉ đạo của UBND tỉnh Long An, huyện Cần Giuộc đang ...'). A review
    of the Politburo's and the Secretariat's leadership directs nobody (real articles)."""
    doc = read("Việc chấm dứt hợp đồng được địa phương thực hiện theo đúng chỉ đạo của UBND tỉnh Cà Mau, Sở Nội vụ "
               "tỉnh Cà Mau.", "vi")
    assert not pairs(doc)
    doc = read("Ông Thanh cho biết theo chỉ đạo của UBND tỉnh Long An, huyện Cần Giuộc đang lên kế hoạch tháo dỡ.", "vi")
    assert pairs(doc) == {("80/peoples-committee", "Cần Giuộc")}
    doc = read_vinews("train/011593")["train/011593"]
    assert not [p for p in pairs(doc) if p[1] == "secretariat"]


def test_a_request_to_direct_is_asked_of_someone_unnamed():
    """'... Chủ tịch UBND Hà Nội Nguyễn Đức Chung đề nghị chỉ đạo Công an quận Tây Hồ xem xét lại':
    the newspaper asks the chairman to direct; nobody has directed yet. 'Bộ đề nghị chỉ đạo Sở
    Giao thông ...' likewise (real articles); 'chỉ đạo giao Sở Du lịch ...' gives the direction."""
    doc = read("Ngày 3/10, báo Tuổi trẻ cho biết đã gửi công văn đến Chủ tịch UBND Hà Nội Nguyễn Đức Chung đề nghị "
               "chỉ đạo Công an Hà Nội và Công an quận Tây Hồ xem xét lại quyết định.", "vi")
    assert not pairs(doc)
    doc = read("Lãnh đạo UBND tỉnh Khánh Hoà cũng chỉ đạo giao Sở Du lịch tỉnh công khai các khách sạn vi phạm.", "vi")
    assert ("56/peoples-committee", "56/peoples-committee/department/tourism") in pairs(doc)


def test_a_duty_clause_after_a_semicolon_keeps_the_sentences_subject():
    """'Vice Chairman X is in charge of ...; directly monitors and directs the Department of ...':
    the clause has no subject of its own, past an adverb ('directly', 'đồng thời')."""
    doc = read("The Lam Dong Provincial People's Committee announced the division of duties. Vice Chairman Nguyen Van "
               "Son is in charge of agriculture; directly monitors and directs the Department of Agriculture and "
               "Environment.")
    assert ("Nguyen Van Son", "68/peoples-committee/department/agriculture-environment") in pairs(doc)
    doc = read("Phó thủ tướng Trương Hoà Bình gửi lời chia buồn tới các nạn nhân; đồng thời đề nghị UBND tỉnh Long An "
               "chỉ đạo công an tỉnh điều tra.", "vi")
    assert ("Trương Hoà Bình", "80/peoples-committee") in pairs(doc)


def test_a_clause_opened_by_after_is_no_subject():
    """'sau khi UBND TP và Sở Kế hoạch và đầu tư báo cáo, UBND tỉnh Phú Yên ... giao UBND TP Tuy
    Hoà ...': the province assigns, not the department that reported (a real article)."""
    doc = read("Theo chủ tịch UBND TP Tuy Hoà, sau khi UBND TP và Sở Kế hoạch và đầu tư báo cáo, UBND tỉnh Phú Yên có "
               "thông báo yêu cầu doanh nghiệp dừng ngay, đồng thời giao UBND TP Tuy Hoà lập biên bản.", "vi")
    assert pairs(doc) == {("54/peoples-committee", "555/peoples-committee")}


def test_a_clause_linked_by_while_has_its_own_subject():
    """'Chính phủ đã giao Bộ Nội vụ chủ trì, còn Quốc hội giao Uỷ ban Pháp luật ...': the
    Assembly assigns its committees; the ministry directs nobody (a real article)."""
    doc = read("Ông Nguyễn Hạnh Phúc cho hay, Chính phủ đã giao Bộ Nội vụ chủ trì, còn Quốc hội giao Uỷ ban Pháp luật "
               "và Ban Công tác Đại biểu nghiên cứu.", "vi")
    assert {a for a, _ in pairs(doc)} == {"government", "national-assembly"}


def test_a_body_whose_meeting_it_is_is_not_directed():
    """'chỉ đạo tại cuộc họp Thường trực Chính phủ', 'phát biểu chỉ đạo tại kỳ họp HĐND TP':
    chairing or speaking at a body's meeting directs nobody (GUIDELINES; real articles)."""
    doc = read("Thủ tướng Nguyễn Tấn Dũng vừa chỉ đạo tại cuộc họp Thường trực Chính phủ về vị trí xây dựng.", "vi")
    assert not pairs(doc)
    doc = read("At a meeting of the Hanoi People's Committee, Chairman Tran Sy Thanh directed the Department of "
               "Construction to inspect the project.")
    assert pairs(doc) == {("Tran Sy Thanh", "01/peoples-committee/department/construction")}


def test_a_place_after_a_locative_is_not_the_one_a_nominal_directs():
    """'... thanh tra tại bộ Y tế ... theo chỉ đạo của Thủ tướng', '... khu rừng ở xã Tiên Lãnh
    ..., sau khi có chỉ đạo của UBND tỉnh': where the work is done, not who is directed (real)."""
    doc = read("Kế hoạch thanh tra định kỳ tại bộ Y tế khác với vụ việc sẽ thanh tra đột xuất theo chỉ đạo của Thủ "
               "tướng Nguyễn Xuân Phúc.", "vi")
    assert not pairs(doc)


def test_the_and_a_bodys_last_word_refer_to_that_body():
    """'The Party Central Committee's Inspection Commission held its meeting. The commission asked
    the Standing Board of ...': the commission named before asks."""
    doc = read("The Party Central Committee's Inspection Commission held its 20th meeting in Hanoi. The commission "
               "asked the Standing Board of the Quang Ninh Provincial Party Committee to review its responsibility.")
    assert pairs(doc) == {("central-committee/board/inspection", "22/party-committee/standing-committee")}


def test_it_stands_for_the_body_the_sentence_before_opens_with():
    """'The ... Inspection Commission held its meeting and concluded ... It also asked the Standing
    Board of ...': 'It' is the commission; a sentence that does not open with a body gives 'It'
    nothing to stand for."""
    doc = read("The Party Central Committee's Inspection Commission held its 20th meeting in Hanoi and concluded that "
               "the Quang Ninh Provincial Party Committee had violated the rules. It also asked the Standing Board of "
               "the Quang Ninh Provincial Party Committee to review its responsibility.")
    assert pairs(doc) == {("central-committee/board/inspection", "22/party-committee/standing-committee")}
    doc = read("It is necessary for the Hanoi People's Committee to act. It also asked the Department of Construction "
               "to report.")
    assert not pairs(doc)


def test_a_plural_list_of_levels_is_no_subject():
    """'yêu cầu các huyện, thành phố chỉ đạo phòng GD & ĐT ...': every district and city directs
    its own office, not the one of the article's city ('thành phố' continues the plural list)."""
    doc = read_vinews("train/071286")["train/071286"]
    said = [doc.span_text(*doc.sentences[d.sentence]) for d in doc.directs]
    assert said and not any("các huyện, thành phố" in s for s in said)  # the district's own order is kept
    doc = read("UBND tỉnh Lâm Đồng họp. Bộ GD&ĐT đề nghị UBND các tỉnh, thành phố chỉ đạo sở GD&ĐT rà soát "
               "đội ngũ giáo viên.", "vi")
    assert pairs(doc) == set()
    doc = read("UBND tỉnh Lâm Đồng họp. Ông A cho biết tỉnh đã chỉ đạo Sở Y tế kiểm tra.", "vi")
    assert pairs(doc) == {("68/peoples-committee", "68/peoples-committee/department/health")}


def test_lax_leadership_that_allowed_violations_directs_those_who_violated():
    """Inspection conclusions: 'X loosened leadership and direction, allowing Z to violate ...'
    and 'The committees also showed ... lax leadership that allowed for wrongdoings among Z'
    count as X directing Z (GUIDELINES); 'The committees' is the plural body named before."""
    assert pairs(read_page("pages/056.txt")) == {("02/party-committee/standing-committee", "02/peoples-committee")}
    found = pairs(read_page("pages/058.txt"))
    assert ("38/party-committee/standing-committee", "38/peoples-committee/party-personnel-committee") in found
    assert ("38/party-committee/standing-committee", "38/peoples-council/party-committee") in found
    doc = read("Ban Thường vụ Tỉnh ủy Quảng Nam thiếu trách nhiệm, buông lỏng lãnh đạo, để UBND tỉnh vi phạm.", "vi")
    assert pairs(doc) == {("49/party-committee/standing-committee", "49/peoples-committee")}
    # 'ban cán sự đảng Bộ Thông tin truyền thông ... buông lỏng lãnh đạo, chỉ đạo, kiểm tra, giám sát, để Bộ TT - TT
    # và Tổng công ty ... vi phạm': the ministry's Party organ and the ministry it leads
    doc = read_vinews("train/020088")["train/020088"]
    assert ("ministry/information-communications/party-personnel-committee", "ministry/information-communications") in pairs(doc)


def test_a_list_headed_by_a_body_has_it_as_the_subject_of_its_items():
    """'* Ban cán sự Đảng UBND tỉnh Quảng Nam nhiệm kỳ 2011-2016 có các vi phạm: ... - Buông lỏng
    lãnh đạo, để UBND tỉnh ...': the Party organ of the heading, not an official named before it;
    it leads the People's Committee it sits in."""
    doc = read_vinews("train/010940")["train/010940"]
    assert ("49/peoples-committee/party-personnel-committee", "49/peoples-committee") in pairs(doc)
    assert not any(a == "Lê Phước Hoài Bảo" for a, _ in pairs(doc))


def test_every_subject_listed_after_a_head_is_a_target():
    """'yêu cầu các phòng Nội vụ, Giáo dục và Đào tạo, Tài chính và Kế hoạch, Tư pháp, ...': each
    division is asked; 'Bộ Văn hoá - Thể thao và Du lịch' stays one ministry."""
    found = pairs(read_page("vi-pages/vn039.txt"))
    asked = {t.rsplit("/", 1)[-1] for a, t in found if a == "Đinh Xuân Hướng"}
    assert {"home-affairs", "education-training", "finance", "justice"} <= asked
    doc = read("Thủ tướng Nguyễn Xuân Phúc yêu cầu Bộ Văn hoá - Thể thao và Du lịch nghiên cứu.", "vi")
    assert pairs(doc) == {("Nguyễn Xuân Phúc", "ministry/culture-sports-tourism")}


def test_a_question_or_authority_given_directs_nobody():
    """'ông Vượt nói và đề nghị Bộ trưởng Tài nguyên cho biết thực trạng': a deputy's question;
    'giao cho UBND TP. HCM quyền lựa chọn nhà đầu tư': authority delegated (GUIDELINES); a task
    given is still a direction."""
    docs = read_vinews("train/105146", "val/014090")
    assert not any(a == "Đinh Duy Vượt" for a, _ in pairs(docs["train/105146"]))
    assert ("Trần Hồng Hà", "Bình Thuận") in pairs(docs["train/105146"])
    assert not any(t == "79/peoples-committee" for _, t in pairs(docs["val/014090"]))
    doc = read("UBND TP Hà Nội giao Sở Xây dựng chủ trì thẩm định dự án.", "vi")
    assert pairs(doc) == {("01/peoples-committee", "01/peoples-committee/department/construction")}


def test_an_invitation_to_attend_directs_nobody():
    """'Đoàn đại biểu Quốc hội sẽ đề nghị Thường trực UBND TP HCM, các sở ... cùng dự để trả lời
    thắc mắc của người dân': asked to come to a voters' meeting, not given a task; a request
    with a task is still a direction."""
    doc = read_vinews("val/020371")["val/020371"]
    assert not any(t.startswith("79/peoples-committee") for _, t in pairs(doc))
    doc = read("UBND tỉnh Nghệ An đề nghị Sở Y tế có mặt tại buổi họp. UBND tỉnh Nghệ An đề nghị Sở Tài "
               "chính rà soát.", "vi")
    assert {t.rsplit("/", 1)[-1] for _, t in pairs(doc)} == {"finance"}
    doc = read("The Prime Minister asked the Ministry of Finance to attend the meeting. The Prime Minister "
               "asked the Ministry of Construction to review the plan.", "en")
    assert {t for _, t in pairs(doc)} == {"ministry/construction"}


def test_land_allotted_by_its_area_directs_nobody_on_a_real_article():
    """'báo cáo Thủ tướng việc giao 180ha biển Quảng Ngãi': sea allotted, not a task."""
    doc = read_vinews("val/002905")["val/002905"]
    assert not any(t == "Quảng Ngãi" or t.startswith("51") for _, t in pairs(doc))


def test_every_item_of_a_proposal_is_only_proposed_and_a_proposal_named_proposes_nothing():
    """'Tỉnh Thanh Hoá kiến nghị Thủ tướng giao Bộ A ...; giao Bộ Công an chỉ đạo Công an tỉnh ...':
    the items after ';' are proposed too; 'Đồng ý với kết luận và kiến nghị của Thanh tra Chính phủ;
    ...' names a proposal and the direction after it stands."""
    docs = read_vinews("train/097992", "train/064507")
    assert not any(t.endswith("/police") for _, t in pairs(docs["train/097992"]))
    assert ("Trương Hoà Bình", "ministry/finance") in pairs(docs["train/064507"])


def test_named_targets_after_a_generic_plural_that_opens_the_list():
    doc = read("Thủ tướng yêu cầu các bộ liên quan và thành phố Đà Nẵng sớm có báo cáo. UBND TP.HCM chỉ đạo các sở "
               "ngành, quận 12 và huyện Hóc Môn kiểm tra.", "vi")
    got = {(doc.span_text(d.agent.start, d.agent.end), doc.span_text(d.target.start, d.target.end)) for d in doc.directs}
    assert got == {("Thủ tướng", "thành phố Đà Nẵng"), ("UBND TP.HCM", "quận 12"), ("UBND TP.HCM", "huyện Hóc Môn")}
    # the generic plural alone names no target
    assert read("Thủ tướng yêu cầu các bộ, ngành liên quan khẩn trương báo cáo.", "vi").directs == []


def test_a_semicolon_clause_after_a_reported_one_keeps_the_reported_subject():
    doc = read("Ông Nguyễn Hạnh Phúc cho hay, ngày 4/5 Ban Bí thư đã quyết định cách chức bà Phan Thị Mỹ Thanh; "
               "đề nghị Đảng đoàn Quốc hội chỉ đạo thực hiện quy trình bãi nhiệm.", "vi")
    assert [(doc.span_text(d.agent.start, d.agent.end), d.target.key) for d in doc.directs] == [
        ("Ban Bí thư", "national-assembly/party-personnel-committee")]


def test_a_title_word_further_back_makes_no_official():
    # 'các thành viên dòng họ để ông X': a title word in the sentence, not X's title; X is a private person
    doc = read("Việc uỷ quyền của các thành viên dòng họ để ông Vương Duy Bảo yêu cầu phân chia tiền là khác. "
               "Vì vậy, ông Vương Duy Bảo đề nghị tỉnh Hà Giang xem xét, xử lý tình trạng này.", "vi")
    assert doc.directs == []
    doc = read("Vì vậy, Bí thư Tỉnh uỷ, ông Vương Duy Bảo đề nghị UBND tỉnh Hà Giang xem xét, xử lý.", "vi")
    assert [d.target.key for d in doc.directs] == ["02/peoples-committee"]


def test_the_standing_committee_of_the_national_assembly_written_short():
    doc = read("Thường vụ Quốc hội đã giao Uỷ ban Pháp luật thẩm tra dự án luật.", "vi")
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [
        ("national-assembly/standing-committee", "national-assembly/na-committee/law")]


def test_no_official_but_the_general_secretary_directs_the_politburo_secretariat_or_central_committee():
    # real input: the Central Inspection Commission asks the Politburo to discipline a former Deputy PM
    doc = read_vinews("val/020570")["val/020570"]
    assert not [d for d in doc.directs if d.target.type == "politburo"]
    doc = read("Tổng Bí thư Nguyễn Phú Trọng yêu cầu Ban Bí thư chỉ đạo tổng kết.", "vi")
    assert [(d.agent.name, d.target.type) for d in doc.directs] == [("Nguyễn Phú Trọng", "secretariat")]


def test_a_name_that_is_also_a_trigger_word_is_a_name():
    # 'Giao' (assign) is also a given name: 'ông Giao cho biết' is no 'giao cho' (assign to)
    doc = read("Ông Đặng Huy Giao, Trưởng ban Tổ chức Tỉnh uỷ Quảng Ninh dự họp. Giải thích về tình trạng này, "
               "ông Giao cho biết, Sở Kế hoạch và Đầu tư chuẩn bị có 3 phó giám đốc nghỉ hưu.", "vi")
    assert [p.name for p in doc.persons] == ["Đặng Huy Giao", "Đặng Huy Giao"] and doc.directs == []
    doc = read("UBND tỉnh Quảng Ninh giao cho Sở Kế hoạch và Đầu tư chủ trì.", "vi")
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [
        ("22/peoples-committee", "22/peoples-committee/department/planning-investment")]


def test_pursuant_to_a_direction_the_one_then_assigned_is_not_directed_by_its_source():
    # real input: 'thực hiện ý kiến chỉ đạo của Thường trực Thành uỷ, giao sở Xây dựng chủ trì': the
    # Standing Board directs whoever assigns (not named), not the department (GUIDELINES)
    doc = read_vinews("val/013247")["val/013247"]
    assert not [d for d in doc.directs if d.target.key == "48/peoples-committee/department/construction"]
    doc = read("Theo chỉ đạo của UBND tỉnh, Sở Y tế Quảng Nam đã kiểm tra.", "vi")
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [("49/peoples-committee", "49/peoples-committee/department/health")]


def test_a_direction_fronted_by_thi_directs_the_subject_right_after_it():
    doc = read("Qua đề nghị của quận Liên Chiểu, chỉ đạo của UBND TP. Đà Nẵng thì sở Xây dựng đã làm việc với chủ đầu tư.", "vi")
    assert [(d.agent.key, d.target.key) for d in doc.directs] == [
        ("48/peoples-committee", "48/peoples-committee/department/construction")]


def test_a_party_personnel_committee_written_without_dang_is_still_the_party_organ():
    # real input: 'Ban Thường vụ cũng giao Ban cán sự UBND tỉnh đề nghị UBND thu hồi quyết định ...'
    doc = read_vinews("val/022041")["val/022041"]
    assert ("52/party-committee/standing-committee", "52/peoples-committee/party-personnel-committee") in {
        (d.agent.key, d.target.key) for d in doc.directs}


def test_every_subject_a_plural_head_lists_is_asked():
    """'requested the Ministries of Finance, Construction and Transport': the first subject's
    item starts at the head the list shares, so 'of' before it is no possessive."""
    doc = read("Prime Minister Pham Minh Chinh requested the Ministries of Finance, Construction and Transport "
               "to review the plan.")
    assert pairs(doc) == {("Pham Minh Chinh", "ministry/finance"), ("Pham Minh Chinh", "ministry/construction"),
                          ("Pham Minh Chinh", "ministry/transport")}


def test_the_bodies_a_task_list_opens_its_items_with_are_given_the_tasks():
    """A heading that gives tasks and ends with a colon, then items that open with a body
    ('1. The Department of X shall ...', '- Sở Y tế chủ trì ...', or lines with no marker):
    the heading's agent directs each; a line with a tasking verb of its own ends the list."""
    doc = read("The Nghe An Provincial People's Committee issued Official Dispatch No. 5830/UBND-NC, assigning tasks "
               "to departments, branches and localities:\n1. The provincial police direct local police to inspect.\n"
               "2. The Department of Industry and Trade shall preside over the inspection.\n3. The Department of "
               "Construction, the Department of Transport shall strengthen inspection.")
    agent = "40/peoples-committee"
    assert pairs(doc) == {(agent, "40/police"), (agent, "40/peoples-committee/department/industry-trade"),
                          (agent, "40/peoples-committee/department/construction"),
                          (agent, "40/peoples-committee/department/transport")}
    doc = read("Thường trực UBND tỉnh Khánh Hoà yêu cầu:\nSở Xây dựng thống nhất với Sở Tài chính trong việc phong toả "
               "tài khoản.\nUBND tỉnh Khánh Hoà yêu cầu UBND TP Nha Trang tiếp tục phối hợp.\nSở Y tế báo cáo.", "vi")
    assert {t for _, t in pairs(doc)} == {"56/peoples-committee/department/construction", "568/peoples-committee"}
    doc = read_vinews("train/072192")["train/072192"]
    assert {("Nguyễn Đức Chung", "01/peoples-committee/department/natural-resources-environment"),
            ("Nguyễn Đức Chung", "01/peoples-committee/department/health")} <= pairs(doc)


def test_duties_divided_with_management_verbs_and_shared_head_lists():
    """'has been assigned to manage the departments of Finance, Industry and Trade, Tax',
    'has delegated tasks to the departments of Planning and Investment, Home Affairs': each
    department; a subject the language data knows is read whole ('and' and all)."""
    doc = read("Vice Chairwoman of the HCMC People's Committee Phan Thi Thang has been assigned to manage the "
               "departments of Finance, Industry and Trade, Tax. Chairman Phan Van Mai has delegated tasks to the "
               "departments of Planning and Investment, Home Affairs.")
    dept = "79/peoples-committee/department/"
    assert pairs(doc) == {("Phan Thi Thang", dept + "finance"), ("Phan Thi Thang", dept + "industry-trade"),
                          ("Phan Thi Thang", dept + "tax"), ("Phan Van Mai", dept + "planning-investment"),
                          ("Phan Van Mai", dept + "home-affairs")}


def test_a_direction_after_a_semicolon_of_a_request_is_the_one_asked_to_give():
    """'yêu cầu Chủ tịch UBND huyện Thanh Trì kiểm tra ...; chỉ đạo UBND xã Duyên Hà ...': what
    the district is asked to do; the city asks the district, the district directs the commune."""
    docs = read_vinews("train/097962", "train/017797")
    got = pairs(docs["train/097962"])
    assert {("Nguyễn Đức Chung", "020/peoples-committee"), ("020/peoples-committee", "00670/peoples-committee")} <= got
    assert ("Nguyễn Đức Chung", "00670/peoples-committee") not in got
    got = pairs(docs["train/017797"])
    assert ("92/peoples-committee/party-personnel-committee", "92/peoples-committee") in got
    assert ("central-committee/board/inspection", "92/peoples-committee") not in got


def test_responsibility_for_a_body_or_a_level_government_is_oversight():
    """'remains responsible for all the activities of the municipal government': the city's
    People's Committee; 'responsible for guiding the Ministry of Construction': the ministry;
    'responsible for delegating works to X': the verb after it is what is done, once."""
    doc = read("HCMC Chairman Nguyen Thanh Phong remains responsible for all the activities of the municipal government.")
    assert pairs(doc) == {("Nguyen Thanh Phong", "79/peoples-committee")}
    doc = read("Deputy Prime Minister Tran Hong Ha is also responsible for guiding the Ministry of Construction.")
    assert pairs(doc) == {("Tran Hong Ha", "ministry/construction")}
    doc = read("Vice Chairman of the HCMC People's Committee Le Hoa Binh will be responsible for delegating works to the "
               "departments of Construction, Transport.")
    assert pairs(doc) == {("Le Hoa Binh", "79/peoples-committee/department/construction"),
                          ("Le Hoa Binh", "79/peoples-committee/department/transport")}


def test_an_urgent_dispatch_sent_to_bodies_directs_them():
    """'Bộ GTVT vừa có công điện khẩn gửi UBND tỉnh Đồng Tháp, Sở GTVT tỉnh Đồng Tháp ...':
    each addressee is asked to act."""
    doc = read_vinews("train/072167")["train/072167"]
    assert {("ministry/transport", "87/peoples-committee"),
            ("ministry/transport", "87/peoples-committee/department/transport")} <= pairs(doc)
    doc = read("Prime Minister Pham Minh Chinh sent a telegram to the People's Committee of Thanh Hoa Province on the storm.")
    assert pairs(doc) == {("Pham Minh Chinh", "38/peoples-committee")}


def test_bodies_listed_after_a_colon_are_each_directed():
    """'yêu cầu các Bộ: Công an, Giao thông vận tải, Quốc phòng', 'yêu cầu UBND các huyện, thị xã,
    thành phố: Điện Bàn, Duy Xuyên, ...': each ministry and each district's committee."""
    docs = read_vinews("train/066617", "train/071028")
    asked = {t for _, t in pairs(docs["train/066617"])}
    assert {"ministry/public-security", "ministry/transport", "ministry/national-defence"} <= asked
    assert not any(t.endswith("/police") for t in asked)  # 'Công an' of the list is the ministry's subject
    asked = {t for _, t in pairs(docs["train/071028"])}
    assert {"502/peoples-committee", "507/peoples-committee", "508/peoples-committee"} <= asked


def test_a_dispatch_directs_every_addressee_of_its_list():
    """'Công điện gửi UBND tỉnh Thanh Hoá; UBND các tỉnh: Quảng Ninh, Lạng Sơn, ...; ...': the list
    runs through its semicolons; the signer named before is the agent."""
    doc = read_vinews("test/015015")["test/015015"]
    sent = {t for a, t in pairs(doc) if a == "Trịnh Đình Dũng"}
    assert {"38/peoples-committee", "22/peoples-committee", "20/peoples-committee", "40/peoples-committee"} <= sent
    doc = read("Deputy Prime Minister Trinh Dinh Dung has signed the Prime Minister's Official Dispatch. Telegram sent "
               "to the People's Committee of Thanh Hoa province; People's Committees of the provinces: Quang Ninh, Lang "
               "Son, Ha Giang; National Committee for Incident Response, Natural Disasters and Search and Rescue; "
               "Ministries: National Defense, Public Security, Transport.", "en")
    assert {t for _, t in pairs(doc)} == {"38/peoples-committee", "22/peoples-committee", "20/peoples-committee",
                                           "02/peoples-committee", "ministry/national-defence",
                                           "ministry/public-security", "ministry/transport"}


def test_one_asked_by_title_and_name_directs_what_he_is_asked_to():
    """'assigned Deputy Prime Minister Pham Binh Minh to supervise the Ministry of X', 'giao Phó
    Thủ tướng Trịnh Đình Dũng chỉ đạo Bộ Giao thông vận tải': the one named after his title directs;
    'track and steer', 'directly headed' are division-of-duties verbs."""
    doc = read("The Prime Minister assigned Deputy Prime Minister Pham Binh Minh to track and steer the Ministry of "
               "National Defence and the Ministry of Public Security.", "en")
    assert pairs(doc) == {("Pham Binh Minh", "ministry/national-defence"), ("Pham Binh Minh", "ministry/public-security")}
    doc = read("Thủ tướng giao Phó Thủ tướng Trịnh Đình Dũng chỉ đạo Bộ Giao thông vận tải kiểm tra.", "vi")
    assert ("Trịnh Đình Dũng", "ministry/transport") in pairs(doc)
    doc = read("Mr. Nguyen Van Phong, Vice Chairman of the Binh Duong Provincial People's Committee, directly headed the "
               "Department of Planning and Investment.", "en")
    assert pairs(doc) == {("Nguyen Van Phong", "74/peoples-committee/department/planning-investment")}


def test_the_issuer_of_a_document_assigns_the_subject_of_an_agentless_passive():
    """'Theo Quyết định số 123/QĐ-UBND của UBND tỉnh Nghệ An, Sở Xây dựng được giao chủ trì ...';
    'The Prime Minister issued Decision No. 123/QD-TTg ... The Ministry of X has been assigned to ...'."""
    doc = read("Theo Quyết định số 123/QĐ-UBND của UBND tỉnh Nghệ An, Sở Xây dựng được giao chủ trì thẩm định.", "vi")
    assert pairs(doc) == {("40/peoples-committee", "40/peoples-committee/department/construction")}
    doc = read("The Prime Minister issued Decision No. 123/QD-TTg on the plan. The Ministry of Planning and Investment "
               "has been assigned to guide localities.", "en")
    assert {t for _, t in pairs(doc)} == {"ministry/planning-investment"}


def test_one_in_charge_of_a_body_directs_it_even_as_its_member():
    """'phân công ông Nguyễn Nho Trung - ..., phó chủ tịch HĐND TP - chỉ đạo, điều hành hoạt động của
    HĐND TP', 'giao ông X, Phó chủ tịch thường trực HĐND tỉnh, phụ trách, điều hành hoạt động của HĐND
    tỉnh': one put in charge directs the body he is a deputy of; a deputy's request to his own
    body is still no direction."""
    doc = read_vinews("train/009821")["train/009821"]
    assert ("Nguyễn Nho Trung", "48/peoples-council") in pairs(doc)
    doc = read("Bộ trưởng Công an giao Đại tá Đỗ Đức Trịnh - Phó Giám đốc Công an tỉnh Bắc Giang phụ trách Công an tỉnh "
               "Bắc Giang. Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nghệ An, đề nghị UBND tỉnh Nghệ An xem xét.", "vi")
    assert pairs(doc) == {("Đỗ Đức Trịnh", "24/police")}


def test_a_parent_in_brackets_is_no_agent_and_advice_directs_nobody():
    """'Cục văn hoá cơ sở (Bộ Văn hoá, thể thao và du lịch) đã có văn bản đề nghị Sở Văn hoá Hà Nội
    ...': the unread department asks, not its ministry; 'Sở Nội vụ đã tham mưu thành phố thành lập
    Ban giám sát ... do Thanh tra chủ trì': advice to a superior."""
    doc = read_vinews("train/096753")["train/096753"]
    assert not any(a == "ministry/culture-sports-tourism" for a, _ in pairs(doc))
    doc = read("Sở Nội vụ Hà Nội đã tham mưu thành phố thành lập Ban giám sát độc lập do Thanh tra thành phố chủ trì.", "vi")
    assert pairs(doc) == set()


def test_a_title_addressed_is_its_body_and_a_right_to_propose_directs_nobody():
    """'yêu cầu chánh thanh tra TP Đà Nẵng và chủ tịch UBND huyện Hoà Vang': the inspectorate, not
    the city named in the title; 'Đại biểu HĐND có quyền đề nghị Thường trực HĐND yêu cầu Sở Y tế
    ...': a right, not a request, nor is what it would ask done."""
    doc = read("Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ yêu cầu chánh thanh tra TP Đà Nẵng và chủ tịch UBND huyện Hoà "
               "Vang kiểm tra.", "vi")
    assert {t for _, t in pairs(doc)} == {"48/peoples-committee/department/inspection", "497/peoples-committee"}
    doc = read("Đại biểu HĐND tỉnh Nghệ An có quyền đề nghị Thường trực HĐND tỉnh Nghệ An yêu cầu Sở Y tế báo cáo.", "vi")
    assert pairs(doc) == set()


def test_bodies_met_with_under_a_direction_are_not_directed():
    """'theo chỉ đạo của Thủ tướng, Bộ Tài chính có chủ trì họp với Kiểm toán Nhà nước, Thanh tra
    Chính phủ ...': the ministry is directed; those it meets are not (nor those a body is asked to
    meet)."""
    doc = read("Cách đây 2 tuần theo chỉ đạo của Thủ tướng, Bộ Tài chính có chủ trì họp với Kiểm toán Nhà nước, Thanh "
               "tra Chính phủ, bộ Tư pháp để bàn phương án. UBND tỉnh Nghệ An yêu cầu Sở Tài chính họp với Sở Xây dựng.",
               "vi")
    assert {t for _, t in pairs(doc)} == {"ministry/finance", "40/peoples-committee/department/finance"}


def test_one_who_tasks_no_one_named_asks_the_subjects_of_the_agentless_passives_after():
    """'Ông yêu cầu các bên làm đúng quy trình ... Bộ Văn hoá ... được giao chủ trì': the Prime
    Minister asked no body by name, then the ministry is assigned, by him; 'PM Chinh ordered
    local leaders to ... The Ministry of Construction was ordered to ...', a few sentences on.
    A task passed on in the same sentence ('giao sở X chỉ đạo ...', 'X was requested to
    instruct ...') is not a new one asking."""
    doc = read_vinews("test/021884")["test/021884"]
    assert ("Nguyễn Xuân Phúc", "ministry/culture-sports-tourism") in pairs(doc)
    doc = read("PM Chinh ordered local leaders to keep close tabs on the affected areas. Provinces must arrange forces "
               "to instruct residents. He stated that such essential services as electricity must be restored soon. "
               "The Ministry of National Defence and Ministry of Public Security were directed to mobilise forces. "
               "The Ministry of Construction was ordered to clear landslides on key transport routes.", "en")
    assert pairs(doc) == {("government", "ministry/national-defence"), ("government", "ministry/public-security"),
                          ("government", "ministry/construction")}
    doc = read("Deputy Prime Minister Pham Binh Minh asked the Ministry of Industry and Trade to act. The Ministry of "
               "Public Security was asked to instruct local police to ensure security. The Ministry of Health was "
               "requested to prepare medicine.", "en")
    assert {a for a, _ in pairs(doc)} == {"Pham Binh Minh"}


def test_each_place_named_after_a_plural_of_places_is_asked():
    """'asked the Ministry of Transport and the governments of Ninh Binh, Thanh Hoa ... and Dong
    Nai to ...', 'the provinces of A, B and C': each one named is a target."""
    doc = read("The deputy prime minister Trinh Dinh Dung asked the Ministry of Transport and the governments of "
               "Ninh Binh, Thanh Hoa, Nghe An and Dong Nai to swiftly solve problems with the site clearance.", "en")
    assert {t for _, t in pairs(doc)} == {"ministry/transport", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Đồng Nai"}
    doc = read("The Prime Minister asked the provinces of Dien Bien and Son La to evacuate residents.", "en")
    assert {t for _, t in pairs(doc)} == {"Điện Biên", "Sơn La"}


def test_a_direction_of_an_official_named_after_the_title_directs():
    """'theo chỉ đạo của Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung', 'nhận được chỉ đạo của
    Bộ trưởng Bộ Y tế, Sở Y tế ...', 'Thực hiện công điện của Thủ tướng, UBND tỉnh ...': the
    official named (or the body of the title) directs; the body he holds a post in is not led by
    him ('the Government, under the leadership of PM X'), nor is what the direction is about
    ('VPCP truyền đạt ý kiến chỉ đạo của Thủ tướng X về quy hoạch khu vực ga Hà Nội')."""
    doc = read_vinews("train/016348")["train/016348"]
    assert ("Nguyễn Đức Chung", "01/peoples-committee/department/inspection") in pairs(doc)
    assert pairs(read("Nhận được chỉ đạo của Bộ trưởng Bộ Y tế, Sở Y tế Hà Nội đã cử đoàn công tác.", "vi")) == {
        ("ministry/health", "01/peoples-committee/department/health")}
    assert pairs(read("Thực hiện công điện của Thủ tướng, UBND tỉnh Quảng Ninh đã sơ tán dân.", "vi")) == {
        ("government", "22/peoples-committee")}
    assert pairs(read("He expressed the belief that the Government, under the leadership of Prime Minister Pham Minh "
                      "Chinh, will continue to reap new achievements.", "en")) == set()
    assert pairs(read("Ngày 28/9, Văn phòng Chính phủ truyền đạt ý kiến chỉ đạo của Thủ tướng Nguyễn Xuân Phúc về quy "
                      "hoạch xây dựng khu vực ga Hà Nội.", "vi")) == set()


def test_a_task_given_to_an_official_by_title_and_name_goes_to_his_body():
    """'ông Võ Văn Thưởng đề nghị Phó Chủ tịch UBND tỉnh Đồng Nai Trần Văn Vĩnh ... chỉ đạo rà soát':
    the province's People's Committee is asked (GUIDELINES); a post given ('phân công Chủ nhiệm
    UBKT Trung ương Trần Quốc Vượng tham gia Thường trực Ban Bí thư'), a colleague of the agent's
    own body, or one by whom a thing is said ('Đề nghị được Bộ trưởng X đưa ra') is not."""
    doc = read_vinews("train/069672", "test/019969")
    assert ("Võ Văn Thưởng", "75/peoples-committee") in pairs(doc["train/069672"])
    assert not any(t == "central-committee/board/inspection" for _, t in pairs(doc["test/019969"]))
    assert pairs(read("Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ giao Phó chủ tịch Nguyễn Ngọc Tuấn chủ trì phối hợp.",
                      "vi")) == set()
    assert pairs(read("Đề nghị được Bộ trưởng Quốc phòng Ngô Xuân Lịch đưa ra trong cuộc hội đàm.", "vi")) == set()


@pytest.mark.parametrize("text,code", [
    ("Perdana Menteri Pham Minh Chinh memimpin pertemuan dengan para pemimpin provinsi Dien Bien.", "id"),
    ("Presiden To Lam memimpin temu kerja dengan Provinsi Phu Tho tentang akibat topan Yagi.", "id"),
    ("Prime Minister Pham Minh Chinh led a working delegation to Dien Bien province.", "en"),
])
def test_one_who_leads_a_meeting_or_a_delegation_directs_no_one_met(text, code):
    assert pairs(read(text, code)) == set()


def test_the_one_directed_who_asks_on_and_a_reason_clause_pass_no_agent_to_a_passive():
    """'Sau chỉ đạo của Thường trực Thành uỷ, UBND TP HCM đã yêu cầu nhiều sở ngành ... Sở Tài nguyên và
    Môi trường được giao ...': the city's committee assigns, not the Party standing board that
    directed it; 'Nguyên Phó chủ tịch X được thông báo kết luận vì đã trực tiếp chỉ đạo ...': a
    reason clause asks no one now."""
    doc = read("Sau chỉ đạo của Thường trực Thành uỷ, UBND TP HCM đã yêu cầu nhiều sở ngành, địa phương vào cuộc. "
               "Cá chết trắng kênh Nhiêu Lộc. Sở Tài nguyên và Môi trường được giao tăng tần suất quan trắc.", "vi")
    assert ("79/peoples-committee", "79/peoples-committee/department/natural-resources-environment") in pairs(doc)
    assert not any(t.endswith("natural-resources-environment") and a != "79/peoples-committee" for a, t in pairs(doc))
    doc = read("Nguyên Phó chủ tịch UBND TP Hà Nội Nguyễn Văn Khôi được thông báo kết luận vì đã trực tiếp chỉ đạo xây "
               "dựng đề án. Sở Xây dựng được yêu cầu xem xét giáng chức.", "vi")
    assert not any(a == "Nguyễn Văn Khôi" for a, _ in pairs(doc))


def test_a_plural_title_asks_the_body_of_each_subject_it_lists():
    """'requested the Ministers of National Defence, Public Security, Agriculture and Environment,
    and Construction to ...': each of the four ministries is asked, as with 'the Ministries of'."""
    doc = read("The Prime Minister requested the Ministers of National Defence, Public Security, Agriculture and "
               "Environment, and Construction to focus on leadership.", "en")
    assert {t for _, t in pairs(doc)} == {"ministry/national-defence", "ministry/public-security",
                                         "ministry/agriculture-environment", "ministry/construction"}


def test_an_agentless_passive_of_a_title_past_its_abbreviation():
    """'The Minister of Agriculture and Rural Development (MARD) is asked to ...', 'The Minister
    of Finance was told to ...': the subject's body is asked, past the abbreviation in brackets,
    by the one who asked before (a dispatch's list of tasks)."""
    doc = read("Prime Minister Pham Minh Chinh requested the ministers of national defence and public security to "
               "deliver food to the affected localities. The Minister of Finance was told to provide 100 tonnes of "
               "rice. The Minister of Agriculture and Rural Development (MARD) is asked to work to reduce damage.", "en")
    assert pairs(doc) == {("Pham Minh Chinh", key) for key in (
        "ministry/national-defence", "ministry/public-security", "ministry/finance", "ministry/agriculture-rural-development")}


def test_the_speaker_named_after_a_quotation_asks_what_it_asks():
    """'"Đề nghị các bộ trưởng Bộ Giao thông vận tải, Công an báo cáo rõ ...", Thủ tướng nói', '"Bộ KH - ĐT
    cần là cơ quan liêm chính ...", Thủ tướng nhấn mạnh' (vi-news records): the official named with
    the verb of saying after the quotation asks; not of his own body ('"Quan điểm của tôi với tư cách
    bộ trưởng Bộ GD-ĐT là ... phải sửa", ông Phùng Xuân Nhạ nhấn mạnh')."""
    docs = read_vinews("train/017087", "train/015104", "train/073220")
    assert ("Nguyễn Xuân Phúc", "ministry/transport") in pairs(docs["train/017087"])
    assert ("Nguyễn Xuân Phúc", "ministry/planning-investment") in pairs(docs["train/015104"])
    assert ("Phùng Xuân Nhạ", "ministry/education-training") not in pairs(docs["train/073220"])
    doc = read("\"The Hanoi Department of Health must act now,\" said General Secretary Nguyen Phu Trong.", "en")
    assert pairs(doc) == {("Nguyen Phu Trong", "01/peoples-committee/department/health")}


def test_giao_in_a_compound_assigns_nothing():
    """'nút giao' (a junction), 'giao thương' (trade), 'giao nộp' (hand over): no task given
    ('đề nghị đơn vị tư vấn nghiên cứu ... các nút giao đi qua các huyện Đầm Hà, Hải Hà, Tiên Yên', a vi-news record)."""
    doc = read_vinews("test/021788")["test/021788"]
    assert not {t for _, t in pairs(doc)} & {"Đầm Hà", "Hải Hà", "Tiên Yên"}
    doc = read("Thủ tướng Chính phủ đồng ý đầu tư bổ sung 2 cầu vượt tại nút giao Tỉnh lộ 10 - Quốc lộ 1 ở TP HCM.", "vi")
    assert pairs(doc) == set()


def test_a_direction_its_agent_owns_in_a_phrase_that_opens_the_sentence():
    """'Following Prime Minister X's direction, the Ministry of Health ...': X directs the ministry; not
    a possessive inside the clause ('... required local authorities to follow the Prime Minister's
    instructions, and assigned the Ministry of Home Affairs ...': the Deputy PM assigns it)."""
    doc = read("Following Prime Minister Pham Minh Chinh's direction, the Ministry of Health has sent teams to the "
               "province.", "en")
    assert pairs(doc) == {("Pham Minh Chinh", "ministry/health")}
    doc = read("Deputy Prime Minister Tran Hong Ha required local authorities to strictly follow the Prime Minister's "
               "instructions, and assigned the Ministry of Home Affairs to supervise the work.", "en")
    assert pairs(doc) == {("Tran Hong Ha", "ministry/home-affairs")}


def test_a_pronoun_stands_for_the_subject_after_a_direction_the_sentence_before_opened_with():
    """'Implementing the Prime Minister's directions ..., Phong outlined several tasks. He ordered the
    municipal Department of Industry and Trade to ...': he is Phong, not the Prime Minister."""
    doc = read("Chairman of the Ho Chi Minh City People's Committee Nguyen Thanh Phong chaired the meeting. "
               "Implementing the Prime Minister's directions to curb the pandemic, Phong outlined several tasks. "
               "He ordered the municipal Department of Industry and Trade to coordinate with cooperatives.", "en")
    assert pairs(doc) == {("Nguyen Thanh Phong", "79/peoples-committee/department/industry-trade")}


def test_a_quotation_over_paragraphs_and_in_the_first_person():
    """'" Nên có sinh hoạt chuyên đề về việc này. / Sở TT-TT phải là cơ quan hướng dẫn ... ", ông Nhân nói'
    (the quotation opened a paragraph before), '"Tôi đề nghị Bộ trưởng Bộ Công an, Thống đốc Ngân hàng Nhà
    nước phải chỉ đạo ...", Chủ tịch Quốc hội nói' (a vi-news record); not a duty done ('"... Chính phủ đã
    phải báo cáo Quốc hội ...", ông X nói')."""
    doc = read_vinews("train/018529")["train/018529"]
    assert {("Nguyễn Thị Kim Ngân", "ministry/public-security"), ("Nguyễn Thị Kim Ngân", "government/state-bank")} <= pairs(doc)
    doc = read("Bí thư Thành uỷ TP HCM Nguyễn Thiện Nhân dự họp.\n\" Nên có sinh hoạt chuyên đề về việc này.\n"
               "Sở Y tế phải hướng dẫn các quận huyện \", ông Nhân nói.", "vi")
    assert pairs(doc) == {("Nguyễn Thiện Nhân", "79/peoples-committee/department/health")}
    doc = read("Thủ tướng Nguyễn Xuân Phúc dự họp. \"Nhiều lần Bộ Tài chính đã phải báo cáo Quốc hội\", Thủ tướng "
               "Nguyễn Xuân Phúc nói.", "vi")
    assert pairs(doc) == set()


def test_blame_is_no_direction():
    """'UBTVQH chỉ rõ, Bộ GTVT phải chịu trách nhiệm chính về những hạn chế' holds the ministry to
    account; 'Bộ GTVT phải khắc phục ...' asks it to act."""
    assert pairs(read("Uỷ ban Thường vụ Quốc hội chỉ rõ, Bộ GTVT phải chịu trách nhiệm chính về những hạn chế.", "vi")) == set()
    assert pairs(read("Uỷ ban Thường vụ Quốc hội chỉ rõ, Bộ GTVT phải khắc phục những hạn chế.", "vi")) == {
        ("national-assembly/standing-committee", "ministry/transport")}


def test_a_body_is_not_given_its_mandate_by_its_own_official():
    """'Bộ trưởng Lao động Đào Ngọc Dung cho hay, theo quy định ... thì Bộ Lao động được giao phối hợp ...'
    (a vi-news record): the minister explains his ministry's mandate; he does not direct it."""
    doc = read_vinews("val/021392")["val/021392"]
    assert ("Đào Ngọc Dung", "ministry/labour-invalids-social-affairs") not in pairs(doc)
    doc = read("Thủ tướng Nguyễn Xuân Phúc yêu cầu các bộ vào cuộc. Bộ Lao động được giao chủ trì rà soát.", "vi")
    assert ("Nguyễn Xuân Phúc", "ministry/labour-invalids-social-affairs") in pairs(doc)


def test_a_locality_told_it_must_act_is_directed_by_the_speaker():
    """'Tổng Bí thư lưu ý TP. HCM cần chủ động phối hợp ...': the locality the speaker's 'X cần'
    addresses; not places inside what must be done to something ('vi phạm ... ở một số địa
    phương như Hưng Yên, Nghệ An ... phải được xử lý nghiêm')."""
    docs = read_vinews("test/002695", "test/004134")
    assert ("Nguyễn Phú Trọng", "hcm") in {(d.agent.name, d.target.key) for d in docs["test/002695"].directs
                                              if isinstance(d.target, PlaceMention)}
    assert not [d for d in docs["test/004134"].directs if isinstance(d.target, PlaceMention)]


def test_a_colon_list_of_places_after_a_singular_level_word_names_each_body():
    """'chỉ đạo Chủ tịch UBND và Giám đốc Công an thành phố: Hà Nội, Hải Phòng, Đà Nẵng, Hồ Chí
    Minh': each city's police, though 'thành phố' is written singular."""
    doc = read_vinews("train/011336")["train/011336"]
    assert {"01/police", "31/police", "48/police", "79/police"} <= {d.target.key for d in doc.directs}


@pytest.mark.parametrize("text,lang", [
    ("Prime Minister Pham Minh Chinh has signed Dispatch No. 188/CD-TTg asking ministries and localities to respond "
     "to heavy rains. The dispatch was sent to the Chairpersons of the People's Committees of provinces and cities: "
     "Cao Bang, Lang Son and Thanh Hoa.", "en"),
    ("Perdana Menteri Pham Minh Chinh telah menandatangani Telegram Nomor 188/CĐ-TTg yang meminta kementerian dan "
     "daerah untuk proaktif. Telegram tersebut dikirimkan kepada Ketua Komite Rakyat provinsi dan kota: Cao Bang, "
     "Lang Son, dan Thanh Hoa; Menteri dari Kementerian: Pertahanan Nasional, Keamanan Publik.", "id"),
])
def test_a_dispatch_sent_to_a_list_is_the_signers_direction_to_each(text, lang):
    doc = read(text, lang)
    assert {(d.agent.name, d.target.key) for d in doc.directs} == {
        ("Pham Minh Chinh", "04/peoples-committee"), ("Pham Minh Chinh", "20/peoples-committee"),
        ("Pham Minh Chinh", "38/peoples-committee")}


@pytest.mark.parametrize("text,expected", [
    ("In 2019, the General Department of Customs effectively followed directions of the Government and the "
     "Ministry of Finance.", {("government", "general-department/customs"),
                              ("ministry/finance", "general-department/customs")}),
    ("The Ministry of Health issued an urgent dispatch to the Departments of Health of Hanoi and Da Nang.",
     {("ministry/health", "01/peoples-committee/department/health"),
      ("ministry/health", "48/peoples-committee/department/health")}),
])
def test_directions_followed_and_dispatches_issued(text, expected):
    assert {(d.agent.key, d.target.key) for d in read(text).directs} == expected


def test_a_task_an_adverbial_opens_is_given_by_who_tasked_just_before():
    """'UBND tỉnh Đồng Nai ... giao ... Đồng thời, giao Sở Nông nghiệp và phát triển nông thôn và Sở
    Tài chính Đồng Nai theo dõi, đôn đốc ...': a sentence with no subject of its own goes on with
    the giver of the sentence before."""
    doc = read_vinews("train/011126")["train/011126"]
    assert {("75/peoples-committee", "75/peoples-committee/department/finance"),
            ("75/peoples-committee", "75/peoples-committee/department/agriculture-rural-development")} <= {
        (d.agent.key, d.target.key) for d in doc.directs}


def test_a_leader_saying_his_own_locality_must_act_directs_nobody():
    # 'Đà Nẵng cần thiết phải mở rộng cảng hàng không' from Đà Nẵng's own secretary argues the city's case
    doc = read("Bí thư Thành uỷ Đà Nẵng Trương Quang Nghĩa khẳng định Đà Nẵng phải mở rộng cảng hàng không. "
               "Thủ tướng Nguyễn Xuân Phúc cho rằng tỉnh Quảng Nam cần xây dựng cảng cá.", "vi")
    assert {(d.agent.name, d.target.unit.name) for d in doc.directs} == {("Nguyễn Xuân Phúc", "Quảng Nam")}


def test_bodies_a_sentence_opens_with_as_its_topic_are_those_asked():
    """'Đối với UBND tỉnh Đồng Tháp, Bộ GTVT đề nghị chỉ đạo ...': the request names no one after
    it; not 'Đối với Ban cán sự Đảng Bộ X, ông A, nguyên ..., ...', which is about A."""
    docs = read_vinews("train/071546", "train/012380")
    assert "87/peoples-committee" in {d.target.key for d in docs["train/071546"].directs
                                      if isinstance(d.target, BodyMention)}
    assert not [d for d in docs["train/012380"].directs if d.target.key.endswith("party-personnel-committee")]


def test_a_topic_is_not_addressed_by_a_request_to_the_competent_authority():
    # 'đề nghị cấp có thẩm quyền ... kỷ luật': a proposal to whoever may punish, about the topic
    doc = read("Đối với Ban cán sự đảng Bộ Công Thương, Uỷ ban Kiểm tra Trung ương đề nghị cấp có thẩm quyền "
               "xem xét, thi hành kỷ luật ông Vũ Huy Hoàng.", "vi")
    assert not doc.directs


def test_the_recipients_of_a_document_are_asked_by_its_sender():
    """'UBND TP Hà Nội có văn bản gửi Thanh tra thành phố và các sở ngành liên quan yêu cầu ...':
    the request names no one after it, so it asks the document's recipients, its sender the
    agent (the commas of the list do not open the request's clause); 'đề nghị được sử dụng ...'
    asks to be allowed, it tasks no one."""
    docs = read_vinews("train/011763", "train/020146", "test/001000")
    hanoi = {(d.agent.key, d.target.key) for d in docs["train/011763"].directs}
    assert ("01/peoples-committee", "01/peoples-committee/department/inspection") in hanoi
    danang = {d.target.key for d in docs["train/020146"].directs if d.agent.key == "huynh-duc-tho"}
    assert {"48/police", "492/peoples-committee"} <= danang
    assert not [d for d in docs["test/001000"].directs if d.target.key == "ministry/finance"]


@pytest.mark.parametrize("text,code,target", [
    ("Presiden Truong Tan Sang beranggapan bahwa dengan potensinya, provinsi Lang Son perlu memanfaatkan "
     "ekonomi perbatasan.", "id", "20"),
    ("Prime Minister Pham Minh Chinh stressed that Hanoi must accelerate the metro project.", "en", "01"),
])
def test_a_verb_of_urging_with_its_that_addresses_the_locality_after_it(text, code, target):
    # 'X stressed that Hanoi must ...', 'X beranggapan bahwa, ..., provinsi Y perlu ...': the speaker's words to Y
    doc = read(text, code)
    assert target in {d.target.unit.id for d in doc.directs if isinstance(d.target, PlaceMention)}


@pytest.mark.parametrize("text,code", [
    ("Deputy Prime Minister Tran Hong Ha will lead the implementation of the Lao Cai - Hanoi - Hai Phong "
     "railway project.", "en"),
    ("Phó Thủ tướng Trần Hồng Hà yêu cầu đẩy nhanh tuyến cao tốc Hà Nội - Hải Phòng.", "vi"),
])
def test_places_a_dash_joins_are_a_route_not_targets(text, code):
    doc = read(text, code)
    assert not [d for d in doc.directs if isinstance(d.target, PlaceMention)]


def test_the_ones_a_colon_list_asks_pass_the_task_on_each_to_its_own():
    """'yêu cầu UBND các tỉnh, thành phố: Khánh Hoà, Quảng Ninh, Đà Nẵng chỉ đạo sở Kế hoạch và Đầu
    tư tỉnh Khánh Hoà, tỉnh Quảng Ninh, thành phố Đà Nẵng ...': the list's commas open no clause,
    the department is each place's, and each committee directs its own."""
    doc = read("Phó Thủ tướng Trịnh Đình Dũng yêu cầu UBND các tỉnh, thành phố: Khánh Hoà, Quảng Ninh, Đà Nẵng "
               "chỉ đạo sở Kế hoạch và Đầu tư tỉnh Khánh Hoà, tỉnh Quảng Ninh, thành phố Đà Nẵng phối hợp với "
               "Bộ Kế hoạch và Đầu tư.", "vi")
    chained = {(d.agent.key, d.target.key) for d in doc.directs if isinstance(d.agent, BodyMention)}
    assert chained == {(f"{p}/peoples-committee", f"{p}/peoples-committee/department/planning-investment")
                       for p in ("56", "22", "48")}


def test_a_numbered_heading_lists_no_sibling_items_as_its_tasks():
    """'1. The provincial police direct professional departments to:' then '2. The Department of
    Construction shall ...': item 2 is the committee's next task, not one the police give."""
    doc = read("The Provincial People's Committee of Nghe An directed agencies as follows:\n"
               "1. The provincial police direct professional departments and local police to:\n"
               "- Strengthen inspection of mineral exploitation.\n"
               "2. The Department of Construction shall strengthen State management of minerals.\n", "en")
    pairs = {(d.agent.key, d.target.key) for d in doc.directs}
    assert ("40/police", "40/peoples-committee/department/construction") not in pairs
    assert ("40/peoples-committee", "40/peoples-committee/department/construction") in pairs
