from kg import gazetteer
from kg.pipeline.places import _units_in_address

from .conftest import read, read_vinews


def units(doc):
    return {(m.unit.name, m.unit.level, m.unit.era) for m in doc.places}


def test_type_word_picks_the_level():
    doc = read("Kien An District of Hai Phong reviewed its work.")
    assert ("Kiến An", "district", "legacy") in units(doc)


def test_same_name_new_ward_versus_old_district():
    doc = read("The Ngo Quyen District Party Committee prepared to put Ngo Quyen and Gia Vien wards "
               "of Hai Phong into operation.")
    got = {(m.unit.name, m.unit.level) for m in doc.places}
    assert ("Ngô Quyền", "district") in got and ("Ngô Quyền", "commune") in got and ("Gia Viên", "commune") in got
    ward = next(m.unit for m in doc.places if m.unit.name == "Ngô Quyền" and m.unit.level == "commune")
    assert gazetteer.load().province_of(ward).name == "Hải Phòng"  # not one of the Ngô Quyền wards elsewhere


def test_special_zone_is_a_commune_since_2025():
    doc = read("She chairs the People's Committee of Hoang Sa Special Zone of Da Nang City.")
    assert ("Hoàng Sa", "commune", "2025") in units(doc)


def test_article_date_chooses_the_era():
    old = read("URL: https://x.vn/a-20210630.htm\nThe Hoang Sa District People's Committee of Da Nang met.")
    assert ("Hoàng Sa", "district", "legacy") in units(old)


def test_an_undated_article_that_writes_only_years_before_the_reform_is_before_it():
    def era(text):
        return [(m.unit.id, m.unit.era) for m in read(text, "vi").places]
    assert era("Ngày 13/12/2019, ông Nguyễn Văn A, nguyên Bí thư Tỉnh uỷ Tây Ninh, bị kỷ luật.") == [("72", "legacy")]
    # a term that reaches 2025 says nothing; the undated default stands
    assert era("Giai đoạn 2021-2025, ông Nguyễn Văn A, Bí thư Tỉnh uỷ Tây Ninh, phát biểu.") == [("80-2025", "2025")]
    # a document's number is no year
    assert era("Theo Quyết định 2018/QĐ-UBND, ông Nguyễn Văn A, Bí thư Tỉnh uỷ Tây Ninh, phát biểu.") == [("80-2025", "2025")]


def test_a_provincial_body_head_types_the_name_after_it():
    """'tỉnh uỷ Vân Nam' (Yunnan's): no Vietnamese province, and no former commune Vân Nam."""
    doc = read("Bạch Ân Bồi, cựu bí thư tỉnh uỷ Vân Nam, Trung Quốc, bị kết án.", "vi")
    assert doc.places == [] and not doc.posts


def test_list_takes_the_plural_type():
    doc = read("Mr. Chinh suggested that Thanh Khe, Lien Chieu, and Hai Chau districts of Da Nang set up teams.")
    assert {("Thanh Khê", "district"), ("Liên Chiểu", "district"), ("Hải Châu", "district")} <= \
        {(m.unit.name, m.unit.level) for m in doc.places}


def test_list_after_a_plural_type_word():
    doc = read("In Hai Phong, 10 communes and wards: Hop Tien, Tran Nhan Tong and Tu Ky ranked high.")
    got = {(m.unit.name, m.unit.level) for m in doc.places}
    assert {("Hợp Tiến", "commune"), ("Trần Nhân Tông", "commune"), ("Tứ Kỳ", "commune")} <= got


def test_a_counted_type_word_opens_a_list_and_provinces_listed_with_cities_are_provinces():
    doc = read("Tiền Giang đề nghị chính quyền 2 huyện Cái Bè và Cai Lậy tăng cường chốt chặn.", "vi")
    assert {("Cái Bè", "district"), ("Cai Lậy", "district")} <= {(m.unit.name, m.unit.level) for m in doc.places}
    doc = read("UBND các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình, Nam Định huy động tàu cá.", "vi")
    assert {(m.unit.name, m.unit.level) for m in doc.places} == \
        {("Quảng Ninh", "province"), ("Hải Phòng", "province"), ("Thái Bình", "province"), ("Nam Định", "province")}
    doc = read("Khu ĐDV từ LK 6,7,10,11 phường Vạn Phúc, Hà Đông thiếu nước.", "vi")  # an address, not 11 wards
    assert [m.unit.name for m in doc.places] == ["Vạn Phúc"]


def test_bare_district_name_needs_a_typed_mention():
    assert not any(m.unit.level == "district" for m in read("Kien An will focus on tasks.").places)
    doc = read("Kien An District met. Kien An will focus on tasks.")
    assert [m.unit.level for m in doc.places] == ["district", "district"]


def test_former_name_keeps_its_identity_under_the_successors_parent():
    doc = read("Mr. Nguyen Van Dien, Chairman of the People's Committee of Trai Chuoi Ward (Hong Bang District), spoke.")
    ward = next(m.unit for m in doc.places if m.unit.ascii_name == "Trai Chuoi")
    assert ward.level == "commune" and ward.parent == "303"  # Hồng Bàng


def test_unknown_typed_name_needs_a_vietnamese_province():
    assert read("Song Weilin was Secretary of the Ning Xiang County Party Committee.").places == []


def test_address_names_the_article_province():
    gaz = gazetteer.load()
    names = lambda url: [u.name for u in _units_in_address(url, gaz)]  # noqa: E731
    assert names("https://baonghean.vn/en/ong-lam-van-thang-10291896.html") == ["Nghệ An"]
    assert "Tây Ninh" in names("https://news.laodong.vn/thoi-su/tay-ninh-phan-cong-nhiem-vu-1535789.ldo")
    assert names("https://doluong.gov.vn/ubnd-huyen/") == ["Đô Lương"]


def test_a_dateline_does_not_make_the_article_about_hanoi():
    doc = read("HÀ NỘI — The Politburo disciplined the Thanh Hóa Province Party Committee. "
               "The provincial People's Committee was also criticised.")
    assert doc.focus["province"].name == "Thanh Hóa"


def test_pinyin_names_are_not_vietnamese_places():
    doc = read("Datong County Party committee held a meeting. The Qiaotou town Party committee submitted a report.")
    assert doc.places == [] and [b for b in doc.bodies if b.key] == []


def test_the_date_picks_the_province_of_its_era():
    old = read("URL: https://en.vietnamplus.vn/gia-lai-provinces-leaders-removed/237422.vnp\n date 2022-09-15 "
               "The Prime Minister removed the chairman of Gia Lai province.")
    assert {(m.unit.id, m.unit.era) for m in old.places} == {("64", "legacy")}  # not the merged Gia Lai of 2025


def test_vietnamese_names_keep_their_letters():
    # 'Đảng' is not the commune Dang, 'Lăng' is not the ward Láng; tone placement does not matter
    doc = read("Đảng ta lãnh đạo. Lăng Bác mở cửa. UBND tỉnh Thanh Hoá và tỉnh Thanh Hóa họp.", "vi")
    assert [m.unit.name for m in doc.places] == ["Thanh Hóa", "Thanh Hóa"]


def test_abbreviated_type_words_and_hyphenated_provinces():
    doc = read("Ông A, Chủ tịch UBND tỉnh Bình Thuận yêu cầu UBND H.Bắc Bình và UBND TX.La Gi báo cáo. "
               "Tỉnh Thừa Thiên - Huế có đại biểu.", "vi")
    got = {(m.unit.name, m.unit.level) for m in doc.places}
    assert {("Bắc Bình", "district"), ("La Gi", "district"), ("Huế", "province")} <= got


def test_indonesian_island_districts_and_municipalities():
    doc = read("Sekjen To Lam meminta kepada Kota Hai Phong dan Kabupaten Pulau Bach Long Vi supaya berpikir. "
               "PM meninjau Kotamadya Vinh Chau, Provinsi Soc Trang.", "id")
    got = {(m.unit.name, m.unit.level) for m in doc.places}
    assert {("Bạch Long Vĩ", "district"), ("Vĩnh Châu", "district")} <= got


def _unit_of(doc, written):
    return next(m.unit for m in doc.places if doc.text[m.start_char:m.end_char] == written)


def test_districts_that_ended_before_the_reform_are_districts():
    """'huyện Lộc Hà' (merged into Thạch Hà in 2024) is the district, not the commune Lộc Hà;
    'huyện Tĩnh Gia' (renamed Nghi Sơn in 2020) not the ward of that name; 'huyện Kỳ Sơn' of
    an article about Hòa Bình (merged into Hòa Bình City in 2019) not Nghệ An's district."""
    gaz = gazetteer.load()
    docs = read_vinews("test/004247", "test/019720", "test/021240")
    loc_ha = _unit_of(docs["test/019720"], "huyện Lộc Hà")
    assert (loc_ha.name, loc_ha.level, loc_ha.era, gaz.province_of(loc_ha).name) == \
        ("Lộc Hà", "district", "legacy", "Hà Tĩnh")
    assert gaz.ended_earlier(loc_ha.id) and gaz.successors(loc_ha.id)
    tinh_gia = _unit_of(docs["test/004247"], "huyện Tĩnh Gia")
    assert (tinh_gia.level, gaz.province_of(tinh_gia).name) == ("district", "Thanh Hóa")
    ky_son = _unit_of(docs["test/021240"], "huyện Kỳ Sơn")
    assert (ky_son.level, gaz.province_of(ky_son).name) == ("district", "Hòa Bình")


def test_a_commune_mention_stays_the_commune():
    doc = read("Chủ tịch UBND thị trấn Quảng Uyên và Chủ tịch UBND huyện Quảng Uyên, tỉnh Cao Bằng "
               "cùng Chủ tịch UBND xã Lộc Hà, tỉnh Hà Tĩnh dự họp.", "vi")
    township, district = _unit_of(doc, "thị trấn Quảng Uyên"), _unit_of(doc, "huyện Quảng Uyên")
    assert (township.level, township.type) == ("commune", "Thị trấn")
    assert district.level == "district" and gazetteer.load().province_of(district).name == "Cao Bằng"
    assert _unit_of(doc, "xã Lộc Hà").level == "commune"


def test_a_former_ward_name_outvotes_a_ward_of_that_name_elsewhere():
    """'phường Văn Miếu' of Đống Đa (merged into Văn Miếu - Quốc Tử Giám, so a former name) is
    not Nam Định's ward Văn Miếu (also merged away): each mention of the name no longer
    votes for Nam Định alone, so the article's Hà Nội decides."""
    gaz = gazetteer.load()
    doc = read("Chủ tịch UBND phường Văn Miếu, quận Đống Đa, thành phố Hà Nội phát biểu. "
               "Cán bộ phường Văn Miếu tiếp dân. Người dân phường Văn Miếu phản ánh.", "vi")
    wards = [m.unit for m in doc.places if m.name == "Văn Miếu"]
    assert len(wards) == 3 and all(gaz.province_of(u).name == "Hà Nội" for u in wards)


def test_a_type_word_two_levels_away_from_every_unit_of_the_name_resolves_to_none():
    """'tỉnh Vĩnh Phú' (the province of 1968-1996) is not the commune Vĩnh Phú; a bare 'UBND
    tỉnh' after it is the article's province, Vĩnh Phúc."""
    doc = read("Văn miếu Vĩnh Phúc được ấp ủ suốt 18 năm, từ khi tách khỏi tỉnh Vĩnh Phú. "
               "Khi điều kiện kinh tế đã phát triển, UBND tỉnh đã giao cho Sở Văn hoá nghiên cứu đề án.", "vi")
    assert all(p.unit is None or p.unit.level == "province" for p in doc.places if p.name == "Vĩnh Phú")
    assert {b.key for b in doc.bodies} >= {"26/peoples-committee", "26/peoples-committee/department/culture-sports-tourism"}


def test_a_photo_credit_names_no_place():
    """'- Ảnh: H.KHOA' credits a photographer ('H.' is no huyện); a caption glued to the next
    paragraph keeps the names after the credit's upper-case words."""
    doc = read("Chủ tịch HĐND TP HCM Nguyễn Thị Quyết Tâm chia sẻ với cử tri - Ảnh: H.KHOA.", "vi")
    assert units(doc) == {("Hồ Chí Minh", "province", "2025")}
    doc = read("Công trình bị bỏ dở - Ảnh: TIẾN THẮNGÔng Đàm Văn Khánh - chủ tịch UBND xã Lâm Động - cho biết.", "vi")
    assert "Lâm Động" in {u[0] for u in units(doc)}
    doc = read_vinews("val/004424")["val/004424"]
    assert "KHOA" not in {m.unit.name for m in doc.places}


def test_a_bare_province_name_beside_its_typed_city_is_the_province():
    """'TP. Yên Bái' once, then 'Giám đốc sở TN & MT Yên Bái': news write the city with its type,
    so the bare name is the province and the department the province's."""
    doc = read_vinews("val/013896")["val/013896"]
    bare = {m.unit.id for m in doc.places if doc.text[m.start_char:m.end_char] == "Yên Bái"}
    assert bare == {"15"}
    assert ("Phạm Sỹ Quý", "director", "15/peoples-committee/department/natural-resources-environment") in {
        (p.person.name, p.title.role, p.title.body.key) for p in doc.posts}


def test_a_city_party_committee_is_the_citys_of_either_level():
    """'Thành uỷ Hải Dương' is the Party Committee of Hải Dương City (a city in a province);
    'Thành uỷ Hà Nội' the centrally run city's."""
    keys = lambda text: {p.title.body.key for p in read(text, "vi").posts}
    assert keys("Ông Phạm Thế Tập, Bí thư Thành uỷ Hải Dương gửi đơn xin từ chức.") == {"288/party-committee"}
    assert keys("Ông Nguyễn Văn Nên, Bí thư Thành uỷ Hà Nội dự họp.") == {"01/party-committee"}


def test_an_undated_articles_era_is_read_from_the_names_only_one_era_has():
    """A vi-news record has no date; its districts ('huyện Phù Ninh') and provinces merged away in
    2025 say it is from before the reform, so 'UBND tỉnh An Giang' is the province of then (89),
    not the merged one of 2025."""
    doc = read_vinews("test/003662")["test/003662"]
    assert doc.article.date is None
    assert "89/peoples-committee" in {b.key for b in doc.bodies}
    assert not any(b.key.startswith("91-2025") for b in doc.bodies)


def test_a_name_ending_in_a_number_is_read_whole():
    doc = read("Bà Nguyễn Thị Hồng Phương, Phó chủ tịch UBND phường Mỹ Đình 2, quận Nam Từ Liêm, Hà Nội cho biết.", "vi")
    assert [m.unit.name for m in doc.places if m.unit.level == "commune"] == ["Mỹ Đình 2"]


def test_a_typed_name_is_no_former_unit_two_levels_away():
    # 'tỉnh Vân Nam' is Yunnan, not the former commune Vân Nam (Phúc Thọ) under its successor
    doc = read("Nếu anh trồng hoa thì đi Côn Minh, thủ phủ tỉnh Vân Nam. Giám đốc Sở Xây dựng Vũ Quang Hùng cho biết.", "vi")
    assert doc.places == [] and doc.posts == []
    doc = read("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Vân Nam, huyện Phúc Thọ cho biết.", "vi")
    assert [(p.person.name, p.title.body.key) for p in doc.posts] == [("Nguyễn Văn Hùng", "272/vannam/peoples-committee")]


def test_a_name_many_units_bear_is_the_one_under_the_most_units_the_article_names():
    # every district of Ho Chi Minh City has a 'Phường 12'; the article names Quận 5 around it
    doc = read_vinews("train/096679")["train/096679"]
    wards = {p.unit.parent for p in doc.places if doc.span_text(p.start, p.end) == "phường 12"}
    assert wards == {"774"}  # Quận 5


def test_a_body_placed_by_context_takes_the_province_of_a_body_in_its_own_sentence_over_one_before():
    doc = read("Tỉnh này mua cát từ Nghệ An. Ông Sơn yêu cầu sở TN & MT phải tham mưu UBND tỉnh Hà Tĩnh điều chỉnh quy hoạch.", "vi")
    assert "42/peoples-committee/department/natural-resources-environment" in {b.key for b in doc.bodies}
    # a place only named in the sentence ('trụ sở ở Hà Nội') does not
    doc = read("Chủ tịch UBND TP Đà Nẵng ký văn bản. Theo đó, UBND TP giao sở Xây dựng buộc công ty có trụ sở ở Hà Nội tháo dỡ.", "vi")
    assert "48/peoples-committee/department/construction" in {b.key for b in doc.bodies}


def test_a_list_of_places_is_no_context_for_one_body():
    # real input: Hà Tĩnh's council hears that sand comes from 'Quảng Bình, Nghệ An'; the bare
    # 'sở TN & MT' and 'UBND tỉnh' after it are still Hà Tĩnh's
    doc = read_vinews("val/014886")["val/014886"]
    assert ("Sơn", "42/peoples-committee/department/natural-resources-environment") in {
        (doc.span_text(d.agent.start, d.agent.end), d.target.key) for d in doc.directs}


def test_a_place_name_that_names_a_road_is_no_place_of_the_article():
    """'Dự án đường Hồ Chí Minh đoạn qua Đà Nẵng': the road's name, not HCMC; the article's city
    is Đà Nẵng ('Ho Chi Minh Highway' likewise)."""
    doc = read("Dự án đường Hồ Chí Minh đoạn qua Đà Nẵng bị chậm. UBND thành phố đã chỉ đạo quận Liên Chiểu xử lý.", "vi")
    assert [p.unit.id for p in doc.places if p.unit] [:1] == ["48"]
    assert doc.focus["province"].id == "48"
    doc = read("The Ho Chi Minh Highway passes through Da Nang city.", "en")
    assert [doc.span_text(p.start, p.end) for p in doc.places] == ["Da Nang city"]


def test_an_apostrophe_inside_a_name_and_a_list_closed_by_and_after_one_type_word():
    """'UBND huyện Đắk R ’ Lấp' (Đắk R'Lấp, an apostrophe spaced as the archive writes it);
    'UBND quận Ba Đình và Đống Đa' names two districts' committees, 'Komite Rakyat Distrik
    M'Drak, Krong Bong, dan Ea Kar' three; not 'thị trấn Đắk Mâm và Đinh Văn Phong' (a man
    whose name begins as a township's) nor 'TP. Cần Thơ, Đồng Tháp' (provinces after a city)."""
    doc = read("Bà Hạnh yêu cầu UBND huyện Đắk R ’ Lấp kiểm tra, xác minh thông tin.", "vi")
    assert "666/peoples-committee" in {b.key for b in doc.bodies}
    doc = read("UBND TP giao UBND quận Ba Đình và Đống Đa kiểm tra.", "vi")
    assert {"001/peoples-committee", "006/peoples-committee"} <= {b.key for b in doc.bodies}
    doc = read("Komite Rakyat Provinsi Dak Lak meminta Komite Rakyat Distrik M'Drak, Krong Bong, dan Ea Kar "
               "untuk mengarahkan unit-unit bawahannya.", "id")
    assert {"651/peoples-committee", "652/peoples-committee", "653/peoples-committee"} <= {b.key for b in doc.bodies}
    doc = read("Ông Trương Văn Đoàn - chủ tịch UBND thị trấn Đắk Mâm và Đinh Văn Phong - phó chủ tịch UBND "
               "thị trấn Đắk Mâm.", "vi")
    assert "dinh-van-phong" in {p.key for p in doc.persons}
    doc = read("Dịch đã lan tới TP. Cần Thơ, Đồng Tháp và Cà Mau.", "vi")
    assert {"96"} <= {m.unit.id for m in doc.places if m.unit is not None}


def test_an_abbreviated_type_word_in_lower_case_or_ending_a_line_types_no_unknown_name():
    """'80 km/h.' then a line 'Hầm đường bộ ...': no district 'Hầm'; a sentence ending 'UBND TP.'
    then 'Theo ông X, ...': no district 'Theo'; 'TP.' then a line 'Nha Trang' is still the city
    (the archive breaks lines after 'TP.')."""
    doc = read("Quốc lộ cho phép tốc độ tối đa 80 km/h.\nHầm đường bộ Phước Tượng dài 7,8 km.\n"
               "Việc này đã được báo cáo UBND TP.\nTheo ông Nguyễn Văn Sơn, dự án chậm tiến độ.\n"
               "Đoàn công tác đến TP.\nNha Trang ngày 5-6.", "vi")
    names = {m.name for m in doc.places}
    assert not {"Hầm", "Theo"} & names
    assert "Nha Trang" in names
