"""Vietnamese demo content for ``manage.py seed_demo``.

Pure data, no Django imports: the home page, the 2024 contest rules, news items,
the FAQ and site settings of the demo deployment. All text is Unicode NFC.
Contacts are placeholders (``demo.example``, 024 0000 0000), not real ones.
"""

HOME = {
    "title": "Tìm kiếm ý tưởng, giải pháp cải cách hành chính",
    "intro_html": (
        "<p>Cổng thông tin này là nơi Thành phố Hà Nội giới thiệu thể lệ, tiếp nhận bài dự thi "
        "trực tuyến và công bố kết quả các cuộc thi tìm kiếm ý tưởng, giải pháp cải cách hành "
        "chính. Cuộc thi năm 2024, tổ chức theo Kế hoạch số 103/KH-UBND ngày 04/4/2024 của Ủy ban "
        "nhân dân Thành phố, dành cho cán bộ, công chức, viên chức và người lao động đang công "
        "tác tại các cơ quan, đơn vị trên địa bàn. Người dự thi có thể đăng ký tài khoản, nộp "
        "bài, theo dõi tiến độ chấm và tra cứu Giấy chứng nhận ngay trên trang này.</p>"
    ),
}

CONTEST_2024 = {
    "title": "Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm 2024",
    "slug": "cuoc-thi-cchc-2024",
    "year": 2024,
    "organiser": "Ủy ban nhân dân Thành phố Hà Nội",
    "plan_reference": "Kế hoạch số 103/KH-UBND ngày 04/4/2024 của UBND Thành phố Hà Nội",
    "summary": (
        "Đây là cuộc thi cấp Thành phố đầu tiên về cải cách hành chính tại Hà Nội, nhằm phát hiện "
        "và lựa chọn những ý tưởng, giải pháp có tính ứng dụng cao, giúp việc giải quyết công "
        "việc của người dân, doanh nghiệp nhanh hơn, minh bạch hơn. Cán bộ, công chức, viên chức "
        "và người lao động của các sở, ban, ngành và chính quyền các cấp dự thi theo hình thức cá "
        "nhân hoặc nhóm. Bài dự thi được chấm qua hai vòng sơ khảo và chung khảo; các giải pháp "
        "xuất sắc được xem xét thí điểm, nhân rộng trên địa bàn Thành phố."
    ),
    "timeline": [
        ("Phát động và tiếp nhận bài dự thi", "2024-04-15", "2024-08-31"),
        ("Hội nghị hướng dẫn trực tuyến cho người dự thi", "2024-05-17", None),
        ("Rà soát hồ sơ, mã hóa bài dự thi", "2024-09-03", "2024-09-13"),
        ("Vòng sơ khảo: chấm bản thuyết minh", "2024-09-16", "2024-10-18"),
        ("Công bố kết quả vòng sơ khảo", "2024-10-25", None),
        ("Chuẩn bị và nộp bài trình bày vòng chung khảo", "2024-10-28", "2024-11-08"),
        ("Vòng chung khảo và Lễ trao giải", "2024-11-16", None),
    ],
    "sections": [
        (
            "1. Mục đích, yêu cầu",
            "<p><b>Mục đích:</b> khuyến khích tinh thần chủ động, sáng tạo của đội ngũ cán bộ, "
            "công chức, viên chức và người lao động trong thực thi công vụ; tìm ra những cách làm "
            "mới, có giá trị thực tiễn để tháo gỡ vướng mắc khi giải quyết công việc cho người "
            "dân, doanh nghiệp; lựa chọn những mô hình hiệu quả để áp dụng thử và triển khai rộng "
            "rãi, qua đó góp phần cải thiện Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài "
            "lòng về sự phục vụ hành chính (SIPAS) và Chỉ số hiệu quả quản trị và hành chính công "
            "cấp tỉnh (PAPI) của Thành phố.</p>"
            "<p><b>Yêu cầu:</b></p>"
            "<ul>"
            "<li>Cuộc thi được tổ chức công khai, khách quan, minh bạch; việc chấm điểm bảo đảm "
            "công bằng giữa các tác giả.</li>"
            "<li>Bài dự thi xuất phát từ thực tiễn công tác, có địa chỉ áp dụng cụ thể và phù hợp "
            "với quy định của pháp luật hiện hành.</li>"
            "<li>Việc tổ chức cuộc thi gắn với tuyên truyền về cải cách hành chính, thiết "
            "thực, tiết kiệm, tránh hình thức và không ảnh hưởng đến nhiệm vụ chuyên môn của "
            "cơ quan, đơn vị.</li>"
            "</ul>",
        ),
        (
            "2. Đối tượng dự thi",
            "<p>Cán bộ, công chức, viên chức và người lao động đang công tác tại:</p>"
            "<ul>"
            "<li>các sở, ban, ngành và đơn vị sự nghiệp trực thuộc Ủy ban nhân dân "
            "Thành phố;</li>"
            "<li>Ủy ban nhân dân các quận, huyện, thị xã cùng các cơ quan chuyên môn, đơn vị "
            "trực thuộc;</li>"
            "<li>Ủy ban nhân dân các phường, xã, thị trấn.</li>"
            "</ul>"
            "<p>Người dự thi tham gia theo hình thức <b>cá nhân</b> hoặc <b>nhóm tác giả</b>. Mỗi "
            "nhóm có không quá 05 thành viên và cử một người đại diện để đăng ký, nộp bài và làm "
            "việc với Ban Tổ chức; cơ quan, đơn vị dự thi với tư cách tập thể được xét như bài dự "
            "thi nhóm. Mỗi người được đứng tên tối đa <b>02 bài dự thi</b>, tính cả bài cá nhân "
            "và bài của nhóm mà mình là thành viên.</p>"
            "<p>Thành viên Ban Tổ chức, Hội đồng Giám khảo và Tổ Thư ký không tham "
            "gia dự thi.</p>",
        ),
        (
            "3. Lĩnh vực dự thi",
            "<p>Mỗi bài dự thi đăng ký vào một trong bảy lĩnh vực sau:</p>"
            "<ol>"
            "<li>Công tác chỉ đạo, điều hành cải cách hành chính;</li>"
            "<li>Cải cách thể chế;</li>"
            "<li>Cải cách thủ tục hành chính;</li>"
            "<li>Cải cách tổ chức bộ máy hành chính nhà nước;</li>"
            "<li>Cải cách chế độ công vụ, công chức;</li>"
            "<li>Cải cách tài chính công;</li>"
            "<li>Xây dựng chính quyền điện tử, chính quyền số.</li>"
            "</ol>"
            "<p>Nếu nội dung liên quan đến nhiều lĩnh vực, tác giả chọn lĩnh vực gắn với vấn đề "
            "chính mà bài dự thi giải quyết. Khi rà soát hồ sơ, Tổ Thư ký có thể đề nghị điều "
            "chỉnh lĩnh vực cho phù hợp.</p>",
        ),
        (
            "4. Hình thức bài dự thi",
            "<p>Bài dự thi thuộc một trong hai loại: <b>ý tưởng</b> là đề xuất mới, chưa được "
            "triển khai trên thực tế; <b>giải pháp</b> là cách làm đã được áp dụng tại cơ quan, "
            "đơn vị và có tài liệu chứng minh kết quả (văn bản triển khai, báo cáo, số liệu trước "
            "và sau khi áp dụng).</p>"
            "<p>Bản thuyết minh viết bằng tiếng Việt, không quá 15 trang khổ A4 (không kể phụ "
            "lục), gồm các phần:</p>"
            "<ol>"
            "<li>Vấn đề đặt ra và thực trạng;</li>"
            "<li>Nội dung ý tưởng, giải pháp;</li>"
            "<li>Điểm mới, sáng tạo so với cách làm hiện hành;</li>"
            "<li>Tính khả thi: điều kiện thực hiện, nguồn lực và kinh phí dự kiến;</li>"
            "<li>Hiệu quả dự kiến (đối với ý tưởng) hoặc hiệu quả đã đạt được (đối với "
            "giải pháp);</li>"
            "<li>Khả năng nhân rộng sang cơ quan, đơn vị, địa bàn khác.</li>"
            "</ol>"
            "<p>Bản thuyết minh nộp dưới dạng tệp PDF hoặc DOCX, dung lượng không quá 20 MB; hình "
            "ảnh minh họa ở định dạng JPEG, PNG hoặc WebP; có thể kèm đường dẫn đến một video "
            "giới thiệu ngắn. Để bảo đảm chấm điểm khách quan theo nguyên tắc rọc phách, <b>bản "
            "thuyết minh, tệp đính kèm và video không được ghi tên tác giả, tên cơ quan, đơn "
            "vị</b> hay bất kỳ dấu hiệu nào giúp nhận biết tác giả; các thông tin này chỉ khai "
            "báo trong hồ sơ trên hệ thống.</p>",
        ),
        (
            "5. Thời gian và các vòng thi",
            "<ul>"
            "<li><b>Tiếp nhận bài dự thi:</b> từ ngày 15/04/2024 đến 23 giờ 59 phút ngày "
            "31/08/2024 (giờ Hà Nội). Hết thời hạn, hệ thống tự động đóng chức năng nộp bài.</li>"
            "<li><b>Vòng sơ khảo:</b> Tổ Thư ký kiểm tra tính hợp lệ, mã hóa bài dự thi rồi "
            "chuyển Hội đồng Giám khảo. Mỗi bài dự thi được ít nhất 03 giám khảo chấm độc lập "
            "trên thang điểm 100; khoảng 06 bài dự thi có kết quả cao nhất được chọn vào vòng "
            "chung khảo. Kết quả sơ khảo được công bố ngày 25/10/2024.</li>"
            "<li><b>Vòng chung khảo:</b> diễn ra ngày 16/11/2024 tại Hà Nội. Tác giả hoặc đại "
            "diện nhóm tác giả trình bày bài dự thi trong 10 phút, sau đó trả lời câu hỏi của Hội "
            "đồng Giám khảo trong 5 phút; giám khảo chấm điểm trực tiếp tại vòng thi.</li>"
            "</ul>"
            "<p>Mốc thời gian của từng giai đoạn được cập nhật tại phần Tiến độ trên trang này. "
            "Trường hợp có điều chỉnh, Ban Tổ chức thông báo tại mục Tin tức và gửi thư điện tử "
            "đến người dự thi.</p>",
        ),
        (
            "6. Tiêu chí chấm điểm",
            "<p>Bài dự thi được chấm theo thang điểm 100 với năm tiêu chí:</p>"
            "<ol>"
            "<li><b>Tính mới và sáng tạo</b> (tối đa 30 điểm): mức độ khác biệt so với cách làm "
            "đang áp dụng, cách tiếp cận độc đáo đối với vấn đề đặt ra.</li>"
            "<li><b>Tính khả thi</b> (tối đa 25 điểm): phù hợp với quy định pháp luật, điều kiện "
            "nhân lực, hạ tầng và kinh phí để triển khai.</li>"
            "<li><b>Hiệu quả</b> (tối đa 25 điểm): mức độ rút ngắn thời gian, giảm chi phí, giảm "
            "giấy tờ cho người dân, doanh nghiệp và cơ quan nhà nước; với giải pháp, xét trên số "
            "liệu đã đạt được.</li>"
            "<li><b>Khả năng nhân rộng</b> (tối đa 10 điểm): có thể áp dụng tại các cơ quan, đơn "
            "vị, địa bàn khác với mức điều chỉnh hợp lý.</li>"
            "<li><b>Chất lượng bản thuyết minh</b> (tối đa 10 điểm): bố cục rõ ràng, lập "
            "luận chặt chẽ, số liệu có nguồn; ở vòng chung khảo, xét cả chất lượng phần "
            "trình bày.</li>"
            "</ol>"
            "<p>Điểm của bài dự thi là trung bình cộng điểm của các giám khảo, làm tròn đến hai "
            "chữ số thập phân. Khi có từ 05 giám khảo trở lên cùng chấm một bài, điểm cao nhất và "
            "điểm thấp nhất được loại trước khi tính trung bình. Tổ Thư ký không phân công giám "
            "khảo chấm bài dự thi của cơ quan, đơn vị nơi giám khảo đang công tác.</p>"
            "<p>Ở vòng chung khảo, giám khảo chấm theo năm tiêu chí trên, căn cứ bản thuyết minh, "
            "phần trình bày và phần trả lời câu hỏi. Nếu hai bài dự thi bằng điểm, bài có điểm "
            "tiêu chí Tính mới và sáng tạo cao hơn được xếp trên.</p>",
        ),
        (
            "7. Cơ cấu giải thưởng",
            "<p>Giải thưởng được xét riêng cho bài dự thi cá nhân và bài dự thi nhóm:</p>"
            "<ul>"
            "<li><b>Bài dự thi cá nhân:</b> 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải "
            "Khuyến khích.</li>"
            "<li><b>Bài dự thi nhóm:</b> 01 giải Nhất, 01 giải Nhì và 01 giải Ba.</li>"
            "</ul>"
            "<p>Bài dự thi vào vòng chung khảo được xếp giải theo điểm chung khảo; các bài dự thi "
            "còn lại được xét giải theo điểm sơ khảo và xếp sau các bài vào chung khảo cùng loại. "
            "Căn cứ chất lượng bài dự thi, Ban Tổ chức có thể không trao đủ số lượng giải hoặc "
            "điều chỉnh số giải giữa các loại.</p>"
            "<p>Tác giả, nhóm tác giả đoạt giải được nhận Giấy chứng nhận của Ban Tổ chức (có mã "
            "QR để xác thực trên trang này) và tiền thưởng theo quyết định của Ban Tổ chức. Những "
            "giải pháp tiêu biểu có thể được đề nghị cấp có thẩm quyền khen thưởng và lựa chọn để "
            "thí điểm, nhân rộng.</p>",
        ),
        (
            "8. Cách thức nộp bài",
            "<ol>"
            '<li><a href="/accounts/signup/">Đăng ký tài khoản</a> bằng địa chỉ thư điện tử công '
            "vụ, sau đó xác nhận qua thư kích hoạt được gửi tới hộp thư.</li>"
            "<li>Cập nhật hồ sơ cá nhân: họ và tên, chức vụ, cơ quan, đơn vị công tác và số điện "
            "thoại liên hệ.</li>"
            "<li>Tạo bài dự thi: chọn loại (ý tưởng hoặc giải pháp), lĩnh vực và hình thức dự "
            "thi; với bài dự thi nhóm, người đại diện khai báo thông tin các thành viên.</li>"
            "<li>Tải lên bản thuyết minh và tệp đính kèm, rà soát lại để bảo đảm không còn thông "
            "tin giúp nhận biết tác giả.</li>"
            "<li>Chọn <b>Nộp bài</b> trước thời hạn. Hệ thống cấp mã bài dự thi và gửi phiếu "
            "tiếp nhận dạng PDF qua thư điện tử; phiếu cũng có thể tải về tại trang quản lý "
            "bài dự thi.</li>"
            "</ol>"
            "<p>Ban Tổ chức chỉ tiếp nhận bài dự thi nộp trên hệ thống, không nhận bài gửi qua "
            "đường bưu chính hoặc thư điện tử. Trước hạn chót, tác giả có thể chỉnh sửa hoặc rút "
            "bài dự thi đã nộp.</p>",
        ),
        (
            "9. Quyền và trách nhiệm của tác giả",
            "<ul>"
            "<li>Bài dự thi phải do chính tác giả, nhóm tác giả xây dựng, không sao chép hay vi "
            "phạm quyền tác giả, quyền sở hữu trí tuệ của người khác; tài liệu, số liệu trích dẫn "
            "phải ghi rõ nguồn.</li>"
            "<li>Tác giả chịu trách nhiệm về tính trung thực của thông tin khai báo và tài liệu "
            "chứng minh kết quả áp dụng giải pháp.</li>"
            "<li>Tác giả đồng ý để Ban Tổ chức công bố, giới thiệu nội dung các bài dự thi đoạt "
            "giải. Ủy ban nhân dân Thành phố và các cơ quan, đơn vị được quyền sử dụng, thí điểm, "
            "nhân rộng ý tưởng, giải pháp dự thi; tác giả được ghi nhận là người đề xuất.</li>"
            "<li>Bài dự thi vi phạm thể lệ bị loại ở bất kỳ giai đoạn nào; giải thưởng đã trao "
            "(nếu có) bị thu hồi.</li>"
            "</ul>"
            "<p>Thông tin cá nhân của người dự thi chỉ được sử dụng cho mục đích tổ chức cuộc thi "
            "và được bảo vệ theo quy định của pháp luật.</p>",
        ),
    ],
    "contact_html": (
        "<p>Thường trực Ban Tổ chức: Sở Nội vụ Thành phố Hà Nội (Tổ Thư ký Cuộc thi).</p>"
        "<p>Địa chỉ: trụ sở Sở Nội vụ Thành phố Hà Nội, quận Hoàn Kiếm, Thành phố Hà Nội.</p>"
        "<p>Điện thoại: 024 0000 0000 (giờ hành chính, từ thứ Hai đến thứ Sáu). Thư điện tử: "
        '<a href="mailto:cchc@demo.example">cchc@demo.example</a>.</p>'
    ),
}

NEWS_INDEX = {
    "title": "Tin tức",
    "slug": "tin-tuc",
    "intro_html": (
        "<p>Thông báo của Ban Tổ chức, hướng dẫn dành cho người dự thi và tin về các hoạt động "
        "của cuộc thi tìm kiếm ý tưởng, giải pháp cải cách hành chính Thành phố Hà Nội.</p>"
    ),
}

NEWS = [
    {
        "title": "Phát động Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm 2024",
        "slug": "phat-dong-cuoc-thi-cchc-2024",
        "date": "2024-04-15",
        "lead": (
            "Từ ngày 15/04/2024, Ban Tổ chức bắt đầu tiếp nhận bài dự thi của cán bộ, công chức, "
            "viên chức và người lao động trong toàn Thành phố. Bài dự thi nộp trực tuyến trên "
            "cổng thông tin của cuộc thi, hạn chót là ngày 31/08/2024."
        ),
        "body_html": (
            "<p>Thực hiện Kế hoạch số 103/KH-UBND ngày 04/4/2024 của Ủy ban nhân dân Thành phố, "
            "Sở Nội vụ, cơ quan thường trực Ban Tổ chức, chính thức phát động Cuộc thi Tìm kiếm ý "
            "tưởng, giải pháp cải cách hành chính năm 2024. Cuộc thi năm nay là sân chơi cấp "
            "Thành phố đầu tiên dành riêng cho lĩnh vực cải cách hành chính; Ban Tổ chức kỳ vọng "
            "tập hợp những sáng kiến xuất phát từ chính những người hằng ngày trực tiếp phục vụ "
            "người dân, doanh nghiệp.</p>"
            "<p>Cuộc thi dành cho cán bộ, công chức, viên chức và người lao động của các sở, ban, "
            "ngành, Ủy ban nhân dân các quận, huyện, thị xã và Ủy ban nhân dân các phường, xã, "
            "thị trấn. Người dự thi có thể tham gia với tư cách cá nhân hoặc theo nhóm tối đa 05 "
            "thành viên; bài dự thi là ý tưởng chưa triển khai hoặc giải pháp đã áp dụng và có "
            "kết quả kiểm chứng.</p>"
            "<p>Nội dung dự thi trải rộng trên bảy lĩnh vực, từ công tác chỉ đạo, điều hành, cải "
            "cách thể chế, thủ tục hành chính, tổ chức bộ máy, chế độ công vụ, tài chính công đến "
            "xây dựng chính quyền điện tử, chính quyền số. Toàn bộ quy trình đăng ký, nộp bài và "
            "theo dõi kết quả được thực hiện trực tuyến; bài dự thi được mã hóa trước khi chuyển "
            "đến Hội đồng Giám khảo.</p>"
            "<p>Ban Tổ chức đề nghị thủ trưởng các cơ quan, đơn vị phổ biến thể lệ đến từng cán "
            "bộ, công chức, viên chức, người lao động và tạo điều kiện để các tác giả có thời "
            "gian hoàn thiện bài dự thi. Thể lệ chi tiết và hướng dẫn nộp bài được đăng tải tại "
            "trang Cuộc thi năm 2024.</p>"
        ),
    },
    {
        "title": "Hướng dẫn trực tuyến cách xây dựng và nộp bài dự thi",
        "slug": "huong-dan-truc-tuyen-xay-dung-bai-du-thi",
        "date": "2024-05-17",
        "lead": (
            "Tổ Thư ký Cuộc thi tổ chức hội nghị trực tuyến giới thiệu thể lệ, cấu trúc bản "
            "thuyết minh, tiêu chí chấm điểm và các thao tác nộp bài trên hệ thống, đồng thời "
            "giải đáp câu hỏi của người dự thi từ các cơ quan, đơn vị."
        ),
        "body_html": (
            "<p>Ngày 17/05/2024, Tổ Thư ký Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành "
            "chính năm 2024 tổ chức hội nghị hướng dẫn trực tuyến dành cho người dự thi. Hội nghị "
            "được kết nối tới điểm cầu của các sở, ban, ngành và Ủy ban nhân dân các quận, huyện, "
            "thị xã; cán bộ cấp xã theo dõi qua đường truyền trực tiếp.</p>"
            "<p>Tại hội nghị, đại diện Tổ Thư ký đã phân biệt rõ hai loại bài dự thi. Với <b>giải "
            "pháp</b>, tác giả cần chứng minh kết quả bằng văn bản triển khai và số liệu so sánh "
            "trước, sau khi áp dụng; với <b>ý tưởng</b>, trọng tâm là luận giải tính khả thi, "
            "nguồn lực và kinh phí cần có. Bản thuyết minh nên đi theo sáu phần của thể lệ, từ "
            "thực trạng, nội dung, điểm mới đến tính khả thi, hiệu quả và khả năng nhân rộng.</p>"
            "<p>Một số lưu ý được nhấn mạnh:</p>"
            "<ul>"
            "<li>Không ghi tên tác giả, tên cơ quan, đơn vị trong bản thuyết minh, tên tệp, chân "
            "trang hay thuộc tính của tài liệu; các thông tin này chỉ khai báo trong hồ sơ trên "
            "hệ thống.</li>"
            "<li>Bản thuyết minh nộp dạng PDF hoặc DOCX, không quá 20 MB; hình ảnh nên được nén "
            "hợp lý trước khi tải lên.</li>"
            "<li>Nên nộp bài sớm, tránh những ngày cuối khi lượng truy cập tăng cao; trước hạn "
            "chót vẫn có thể chỉnh sửa bài đã nộp.</li>"
            "</ul>"
            "<p>Tài liệu trình bày và các câu hỏi, trả lời tại hội nghị đã được tổng hợp vào "
            "trang Câu hỏi thường gặp. Người dự thi cần hỗ trợ thêm có thể liên hệ Tổ Thư ký qua "
            "thư điện tử hoặc số điện thoại đăng trên trang.</p>"
        ),
    },
    {
        "title": "Công bố kết quả vòng sơ khảo: 06 bài dự thi vào vòng chung khảo",
        "slug": "ket-qua-vong-so-khao-2024",
        "date": "2024-10-25",
        "lead": (
            "Sau hơn một tháng chấm điểm độc lập, Hội đồng Giám khảo đã chọn 06 bài dự thi có kết "
            "quả cao nhất vào vòng chung khảo, diễn ra ngày 16/11/2024. Kết quả của từng bài dự "
            "thi đã được cập nhật trong tài khoản của tác giả."
        ),
        "body_html": (
            "<p>Khi kết thúc thời hạn tiếp nhận vào ngày 31/08/2024, Ban Tổ chức đã nhận được 196 "
            "bài dự thi từ các sở, ban, ngành, quận, huyện, thị xã và phường, xã, thị trấn. Tổ "
            "Thư ký đã rà soát tính hợp lệ, mã hóa toàn bộ bài dự thi trước khi chuyển Hội đồng "
            "Giám khảo; giám khảo chỉ làm việc với mã bài dự thi, không biết tên tác giả và cơ "
            "quan, đơn vị.</p>"
            "<p>Mỗi bài dự thi được ít nhất ba giám khảo chấm độc lập theo năm tiêu chí của thể "
            "lệ. Những bài có chênh lệch điểm lớn giữa các giám khảo được Hội đồng thảo luận, "
            "thống nhất trước khi tổng hợp kết quả. Nhiều bài dự thi tập trung vào cải cách thủ "
            "tục hành chính và chuyển đổi số, phản ánh nhu cầu rút ngắn thời gian, giảm giấy tờ "
            "tại bộ phận Một cửa các cấp.</p>"
            "<p>Căn cứ kết quả sơ khảo, Ban Tổ chức công bố 06 bài dự thi vào vòng chung khảo, "
            "gồm cả bài dự thi cá nhân và bài dự thi nhóm. Các tác giả đã nhận thông báo qua thư "
            "điện tử kèm hướng dẫn chuẩn bị phần trình bày; bài trình chiếu cần được nộp trên hệ "
            "thống chậm nhất ngày 08/11/2024.</p>"
            "<p>Các bài dự thi không vào chung khảo vẫn được xét giải theo điểm sơ khảo như quy "
            "định tại thể lệ. Danh sách đoạt giải sẽ được công bố tại Lễ trao giải.</p>"
        ),
    },
    {
        "title": (
            "Chung khảo và trao giải Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành "
            "chính năm 2024"
        ),
        "slug": "chung-khao-va-trao-giai-2024",
        "date": "2024-11-16",
        "lead": (
            "Ngày 16/11/2024, sáu bài dự thi xuất sắc nhất đã tranh tài tại vòng chung khảo. Ngay "
            "sau phần thi, Ban Tổ chức công bố kết quả và trao 14 giải cho các tác giả, nhóm tác "
            "giả có ý tưởng, giải pháp tiêu biểu."
        ),
        "body_html": (
            "<p>Vòng chung khảo Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm 2024 "
            "diễn ra ngày 16/11/2024 tại Hà Nội, với sự tham dự của lãnh đạo Ủy ban nhân dân "
            "Thành phố, các thành viên Ban Tổ chức, Hội đồng Giám khảo cùng đại diện nhiều sở, "
            "ngành và địa phương.</p>"
            "<p>Mỗi tác giả, nhóm tác giả có 10 phút trình bày và 5 phút trả lời câu hỏi của Hội "
            "đồng Giám khảo. Các bài dự thi đề cập những vấn đề gần gũi với công việc hằng ngày: "
            "tái sử dụng dữ liệu đã số hóa để người dân không phải nộp lại giấy tờ, chuẩn hóa "
            "quy trình nội bộ giải quyết thủ tục liên thông giữa cấp xã và cấp huyện, hay đo "
            "lường mức độ hài lòng tại bộ phận Một cửa theo thời gian thực. Giám khảo đặc biệt "
            "quan tâm đến chi phí triển khai và khả năng áp dụng tại các địa phương có điều kiện "
            "khác nhau.</p>"
            "<p>Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến "
            "khích cho bài dự thi cá nhân; 01 giải Nhất, 01 giải Nhì và 01 giải Ba cho bài dự "
            "thi nhóm. Mỗi Giấy chứng nhận đều có mã QR để tra cứu, xác thực trên cổng thông tin "
            "của cuộc thi. Danh sách đoạt giải, kèm nhận xét của Hội đồng Giám khảo, được đăng "
            'tại trang <a href="/cuoc-thi-cchc-2024/ket-qua/">Kết quả Cuộc thi năm 2024</a>.</p>'
            "<p>Phát biểu bế mạc, đại diện Ban Tổ chức cho biết các giải pháp đoạt giải sẽ được "
            "nghiên cứu để đề xuất thí điểm và nhân rộng; Sở Nội vụ sẽ theo dõi tình hình triển "
            "khai và thông tin trên trang này. Kinh nghiệm từ lần tổ chức đầu tiên sẽ được tổng "
            "kết để hoàn thiện thể lệ cho các năm tiếp theo.</p>"
        ),
    },
]

RESULTS_2024 = {
    "title": "Kết quả Cuộc thi năm 2024",
    "slug": "ket-qua",
    "intro_html": (
        "<p>Ban Tổ chức công bố danh sách tác giả, nhóm tác giả đoạt giải Cuộc thi Tìm kiếm ý "
        "tưởng, giải pháp cải cách hành chính năm 2024, theo kết quả chấm vòng chung khảo và đề "
        "nghị của Hội đồng Giám khảo. Mỗi Giấy chứng nhận có mã QR dẫn đến trang xác thực.</p>"
    ),
    "rationales": {
        # The demo's first prize, as frozen by judging.demo from the seeded scores.
        "CCHC2024-0022": (
            "Giải pháp gọn, chi phí thấp, áp dụng được ngay tại các phường; Hội đồng đánh giá "
            "cao số liệu đo đếm trước và sau khi thí điểm."
        ),
    },
}

FAQ = {
    "title": "Câu hỏi thường gặp",
    "slug": "hoi-dap",
    "intro_html": (
        "<p>Giải đáp những thắc mắc thường gặp về điều kiện dự thi, cách nộp bài, chấm điểm và "
        "công bố kết quả. Nếu chưa tìm thấy câu trả lời, vui lòng liên hệ Tổ Thư ký Cuộc thi.</p>"
    ),
    "questions": [
        (
            "Ai được tham gia dự thi?",
            "<p>Cán bộ, công chức, viên chức và người lao động đang công tác tại các sở, ban, "
            "ngành và đơn vị trực thuộc Ủy ban nhân dân Thành phố; Ủy ban nhân dân các quận, "
            "huyện, thị xã; Ủy ban nhân dân các phường, xã, thị trấn trên địa bàn Thành phố Hà "
            "Nội. Thành viên Ban Tổ chức, Hội đồng Giám khảo và Tổ Thư ký không được dự thi.</p>",
        ),
        (
            "Nhóm tác giả có tối đa bao nhiêu thành viên?",
            "<p>Mỗi nhóm có không quá 05 thành viên. Nhóm cử một người đại diện để tạo bài dự "
            "thi, khai báo thông tin các thành viên và liên hệ với Ban Tổ chức. Cơ quan, đơn vị "
            "dự thi với tư cách tập thể được xét như bài dự thi nhóm.</p>",
        ),
        (
            "Mỗi người được nộp bao nhiêu bài dự thi?",
            "<p>Mỗi người được đứng tên tối đa 02 bài dự thi, bao gồm cả bài dự thi cá nhân và "
            "bài dự thi của nhóm mà mình là thành viên.</p>",
        ),
        (
            "Bài dự thi cần những tệp gì, định dạng và dung lượng ra sao?",
            "<ul>"
            "<li>Bản thuyết minh: tệp PDF hoặc DOCX, dung lượng không quá 20 MB.</li>"
            "<li>Hình ảnh minh họa (nếu có): định dạng JPEG, PNG hoặc WebP.</li>"
            "<li>Video giới thiệu (nếu có): gửi đường dẫn, không tải tệp video lên hệ thống.</li>"
            "</ul>",
        ),
        (
            "Sau khi nộp, tôi có sửa được bài dự thi không?",
            "<p>Có. Trước thời hạn tiếp nhận, bạn có thể mở bài dự thi để chỉnh sửa và nộp lại; "
            "hệ thống giữ nguyên mã bài dự thi và gửi phiếu tiếp nhận mới. Phiên bản nộp sau cùng "
            "trước hạn chót là phiên bản được đưa vào chấm. Sau hạn chót, bài dự thi không thể "
            "chỉnh sửa.</p>",
        ),
        (
            "Tôi muốn rút bài dự thi thì làm thế nào?",
            "<p>Trước hạn chót, bạn chọn <b>Rút bài dự thi</b> tại trang quản lý bài dự thi; với "
            "bài dự thi nhóm, thao tác này do người đại diện thực hiện. Sau hạn chót, tác giả gửi "
            "đề nghị bằng văn bản đến Ban Tổ chức. Bài dự thi đã rút không được chấm và không "
            "được xét giải.</p>",
        ),
        (
            "Giám khảo có biết tên tác giả của bài dự thi không?",
            "<p>Không. Cuộc thi áp dụng nguyên tắc rọc phách: Tổ Thư ký mã hóa bài dự thi, giám "
            "khảo chỉ thấy mã bài và nội dung thuyết minh. Vì vậy, tác giả không ghi tên mình "
            "hoặc tên cơ quan, đơn vị trong bản thuyết minh và tệp đính kèm; bài dự thi vi phạm "
            "có thể bị loại.</p>",
        ),
        (
            "Bài dự thi được chấm điểm như thế nào?",
            "<p>Giám khảo chấm độc lập trên thang điểm 100 theo năm tiêu chí: tính mới và sáng "
            "tạo (30 điểm), tính khả thi (25 điểm), hiệu quả (25 điểm), khả năng nhân rộng (10 "
            "điểm) và chất lượng bản thuyết minh (10 điểm). Điểm của bài dự thi là trung bình "
            "cộng điểm của các giám khảo; khi có từ 05 giám khảo trở lên, điểm cao nhất và thấp "
            "nhất được loại trước khi tính trung bình.</p>",
        ),
        (
            "Khi nào có kết quả?",
            "<p>Kết quả vòng sơ khảo được công bố ngày 25/10/2024 và thông báo đến từng tác giả "
            "qua thư điện tử. Kết quả chung cuộc được công bố tại vòng chung khảo và Lễ trao giải "
            "ngày 16/11/2024, sau đó đăng tải tại mục Tin tức.</p>",
        ),
        (
            "Làm sao để kiểm tra một Giấy chứng nhận là thật?",
            "<p>Mỗi Giấy chứng nhận có số hiệu và mã QR. Khi quét mã QR bằng điện thoại, trang "
            "xác thực trên cổng thông tin này sẽ hiển thị số hiệu, tên tác giả, tên bài dự thi và "
            "giải thưởng tương ứng. Nếu thông tin không khớp hoặc không tìm thấy, Giấy chứng nhận "
            "đó không do Ban Tổ chức cấp.</p>",
        ),
        (
            "Tôi quên mật khẩu thì phải làm gì?",
            '<p>Chọn <a href="/accounts/password/reset/">Quên mật khẩu</a> ở trang đăng nhập và '
            "nhập địa chỉ thư điện tử đã đăng ký. Hệ thống sẽ gửi đường dẫn để đặt lại mật khẩu; "
            "nếu không thấy thư, vui lòng kiểm tra thư mục thư rác.</p>",
        ),
        (
            "Tôi liên hệ với Ban Tổ chức bằng cách nào?",
            "<p>Tổ Thư ký Cuộc thi đặt tại Sở Nội vụ Thành phố Hà Nội. Điện thoại: 024 0000 0000 "
            "(giờ hành chính, từ thứ Hai đến thứ Sáu); thư điện tử: "
            '<a href="mailto:cchc@demo.example">cchc@demo.example</a>. Khi liên hệ về bài dự thi, '
            "vui lòng ghi rõ mã bài dự thi.</p>",
        ),
    ],
}

SITE = {
    "site_title": "Cuộc thi ý tưởng CCHC Hà Nội",
    "organisation": "Ban Tổ chức Cuộc thi – Sở Nội vụ Thành phố Hà Nội",  # noqa: RUF001
    "address": "Sở Nội vụ Thành phố Hà Nội, quận Hoàn Kiếm, Thành phố Hà Nội",
    "phone": "024 0000 0000",
    "email": "cchc@demo.example",
    "footer_note": (
        "Đây là bản triển khai trình diễn của một nền tảng mã nguồn mở phục vụ các cuộc thi ý "
        "tưởng trong khu vực công. Số điện thoại, thư điện tử và dữ liệu trên trang chỉ mang "
        "tính minh họa."
    ),
}
