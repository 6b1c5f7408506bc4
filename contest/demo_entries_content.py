"""Demo entries for `manage.py seed_demo`: invented but realistic write-ups (thuyết minh).

Pure data, no logic. Each item of IDEAS is one entry's write-up: `sector` indexes SECTORS,
`kind` is "idea" (not yet applied) or "solution" (already applied, with measured effect).
Texts are anonymised as judges would see them, except the few items carrying
`mentions_unit`: those deliberately name the author's unit so that the secretariat's
anonymity warning can be demonstrated. All figures are invented.
"""

# The seven fields (lĩnh vực) of the 2025 edition, in the official order.
SECTORS = [
    "Công tác chỉ đạo điều hành cải cách hành chính",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy",
    "Cải cách chế độ công vụ, công chức",
    "Cải cách tài chính công",
    "Xây dựng chính quyền điện tử, chính quyền số",
]

# 42 write-ups, 6 per field; `sector` is an index into SECTORS.
IDEAS = [
    # 0. Công tác chỉ đạo điều hành cải cách hành chính
    {
        "sector": 0,
        "kind": "solution",
        "title": (
            "Bảng điều hành theo dõi tiến độ nhiệm vụ cải cách hành chính, tự động cảnh báo "
            "nhiệm vụ sắp đến hạn"
        ),
        "summary": (
            "Giải pháp xây dựng bảng điều hành điện tử tập hợp toàn bộ nhiệm vụ cải cách hành "
            "chính được giao cho các phòng chuyên môn và UBND cấp xã. Mỗi nhiệm vụ có đơn vị chủ "
            "trì, thời hạn và trạng thái được cập nhật hằng tuần; hệ thống tự động nhắc việc "
            "trước hạn 5 ngày làm việc."
        ),
        "problem": (
            "Mỗi năm, UBND cấp huyện giao khoảng 150 đến 180 nhiệm vụ cải cách hành chính cho "
            "các phòng chuyên môn và UBND cấp xã, được theo dõi chủ yếu bằng bảng tính do từng "
            "chuyên viên tự cập nhật. Đến kỳ báo cáo, bộ phận tham mưu phải gọi điện, gửi văn "
            "bản đôn đốc nhiều lần mới tổng hợp được kết quả. Năm 2022, khoảng 12% số nhiệm vụ "
            "hoàn thành chậm so với thời hạn nhưng chỉ được phát hiện khi đã quá hạn."
        ),
        "solution": (
            "Giải pháp được áp dụng từ tháng 3/2023 tại một UBND cấp huyện. Bộ phận tham mưu về "
            "cải cách hành chính nhập danh mục nhiệm vụ từ kế hoạch năm vào bảng điều hành dùng "
            "chung, gắn mỗi nhiệm vụ với đơn vị chủ trì, người theo dõi và thời hạn hoàn thành. "
            "Các đơn vị tự cập nhật tiến độ và đính kèm sản phẩm đầu ra trước 16 giờ thứ Sáu "
            "hằng tuần. Hệ thống tự động gửi thông báo nhắc việc qua thư điện tử khi nhiệm vụ "
            "còn 5 ngày làm việc, đồng thời đánh dấu màu đỏ các nhiệm vụ đã quá hạn để lãnh đạo "
            "chỉ đạo xử lý tại cuộc họp giao ban."
        ),
        "novelty": (
            "Lần đầu tiên toàn bộ nhiệm vụ cải cách hành chính của cấp huyện được theo dõi trên "
            "một nguồn dữ liệu duy nhất, thay cho nhiều bảng tính rời rạc. Việc nhắc việc trước "
            "hạn giúp chuyển từ đôn đốc khi đã chậm sang phòng ngừa chậm muộn."
        ),
        "feasibility": (
            "Bảng điều hành được xây dựng trên nền tảng văn phòng trực tuyến sẵn có, không phải "
            "mua thêm phần mềm. Tổng chi phí thiết lập, tập huấn và duy trì năm đầu khoảng "
            "35.000.000 đồng, chủ yếu cho việc chuẩn hóa danh mục nhiệm vụ và tập huấn cán bộ "
            "đầu mối."
        ),
        "effect": (
            "Sau một năm áp dụng, tỷ lệ nhiệm vụ hoàn thành chậm giảm từ 12% xuống còn 3,5%. "
            "Thời gian tổng hợp báo cáo cải cách hành chính hằng quý rút ngắn từ khoảng 5 ngày "
            "xuống còn 1 ngày làm việc."
        ),
        "replication": (
            "Giải pháp có thể áp dụng ngay tại các sở, ban, ngành và UBND cấp huyện, cấp xã có "
            "nhu cầu theo dõi nhiệm vụ được giao theo kế hoạch năm."
        ),
    },
    {
        "sector": 0,
        "kind": "idea",
        "title": "Bộ tiêu chí tự chấm điểm cải cách hành chính theo quý dành cho UBND cấp xã",
        "summary": (
            "Đề xuất xây dựng bộ tiêu chí rút gọn để UBND cấp xã tự chấm điểm kết quả cải cách "
            "hành chính hằng quý, bám sát cấu trúc Chỉ số cải cách hành chính của Thành phố. Kết "
            "quả tự chấm giúp cấp xã nhận diện sớm các tiêu chí còn yếu để khắc phục ngay trong "
            "năm."
        ),
        "problem": (
            "Kết quả xác định Chỉ số cải cách hành chính hiện chỉ được công bố sau khi kết thúc "
            "năm đánh giá, khi các đơn vị không còn thời gian khắc phục. Nhiều UBND cấp xã chưa "
            "nắm rõ các tiêu chí thành phần nên việc chuẩn bị tài liệu kiểm chứng thường dồn vào "
            "cuối năm. Qua khảo sát nhanh tại 20 xã, phường, có 14 đơn vị cho biết từng bị trừ "
            "điểm do thiếu tài liệu kiểm chứng chứ không phải do không thực hiện nhiệm vụ."
        ),
        "solution": (
            "Bộ tiêu chí gồm khoảng 30 tiêu chí đo lường được, chia theo các nội dung cải cách "
            "hành chính, mỗi tiêu chí ghi rõ tài liệu kiểm chứng cần lưu. Cuối mỗi quý, công "
            "chức đầu mối của UBND cấp xã tự chấm điểm trên biểu mẫu điện tử và tải lên tài liệu "
            "kiểm chứng. Bộ phận tham mưu cấp huyện kiểm tra xác suất một số hồ sơ, phản hồi "
            "những nội dung cần bổ sung và tổng hợp kết quả để theo dõi nội bộ. Đơn vị có tiêu "
            "chí đạt dưới 50% số điểm tối đa phải lập kế hoạch khắc phục trong quý tiếp theo."
        ),
        "novelty": (
            "Ý tưởng chuyển việc đánh giá từ một lần mỗi năm sang theo dõi thường xuyên theo "
            "quý, đồng thời hướng dẫn lưu tài liệu kiểm chứng ngay khi phát sinh."
        ),
        "feasibility": (
            "Bộ tiêu chí được xây dựng trên cơ sở các văn bản hướng dẫn hiện hành nên không cần "
            "thay đổi quy định. Chi phí dự kiến khoảng 40.000.000 đồng cho việc xây dựng biểu "
            "mẫu điện tử và tổ chức 2 lớp tập huấn cho công chức đầu mối cấp xã."
        ),
        "effect": (
            "Dự kiến giảm đáng kể số điểm bị trừ do thiếu tài liệu kiểm chứng và giúp cấp xã chủ "
            "động khắc phục tiêu chí yếu trước kỳ đánh giá chính thức. Lãnh đạo cấp huyện có "
            "thông tin định kỳ để chỉ đạo sát với từng đơn vị."
        ),
        "replication": (
            "Có thể áp dụng cho tất cả UBND cấp xã trên địa bàn Thành phố; các sở, ban, ngành có "
            "thể điều chỉnh bộ tiêu chí cho phù hợp với chỉ số đánh giá của khối sở."
        ),
    },
    {
        "sector": 0,
        "kind": "solution",
        "title": (
            "Kiểm tra công vụ đột xuất bằng phiếu kiểm tra điện tử có ảnh chụp, thời gian và vị "
            "trí tại hiện trường"
        ),
        "summary": (
            "Phiếu kiểm tra giấy trong các đợt kiểm tra công vụ đột xuất được thay bằng phiếu "
            "điện tử trên điện thoại. Biên bản được lập ngay tại chỗ, kèm ảnh chụp, thời gian và "
            "vị trí; kết quả của các đoàn được tổng hợp tự động."
        ),
        "problem": (
            "Các đoàn kiểm tra công vụ của cấp huyện thường ghi nhận kết quả trên phiếu giấy, "
            "sau đó nhập lại vào báo cáo nên mất từ 3 đến 5 ngày mới có kết quả tổng hợp. Nội "
            "dung ghi chép giữa các đoàn không thống nhất, khó so sánh giữa các đơn vị. Một số "
            "trường hợp đơn vị được kiểm tra có ý kiến khác về thời điểm vi phạm nhưng không có "
            "căn cứ để đối chiếu."
        ),
        "solution": (
            "Từ tháng 6/2023, một UBND cấp huyện áp dụng phiếu kiểm tra điện tử gồm 25 nội dung "
            "chuẩn hóa như chấp hành thời giờ làm việc, đeo thẻ công chức, niêm yết thủ tục hành "
            "chính và thái độ tiếp dân. Thành viên đoàn kiểm tra điền phiếu trên điện thoại và "
            "chụp ảnh minh chứng; hệ thống tự ghi nhận thời gian và vị trí. Biên bản được trích "
            "xuất ngay để đại diện đơn vị được kiểm tra xác nhận. Kết quả của các đoàn được tổng "
            "hợp tự động thành báo cáo theo từng đơn vị và từng nội dung vi phạm."
        ),
        "novelty": (
            "Biên bản kiểm tra có minh chứng khách quan về thời gian, vị trí và hình ảnh, hạn "
            "chế tranh luận sau kiểm tra. Dữ liệu của nhiều đợt kiểm tra được lưu liên tục, cho "
            "phép theo dõi xu hướng vi phạm của từng đơn vị."
        ),
        "feasibility": (
            "Giải pháp sử dụng công cụ biểu mẫu trực tuyến miễn phí và điện thoại của thành viên "
            "đoàn kiểm tra. Chi phí phát sinh khoảng 15.000.000 đồng cho việc thiết kế biểu mẫu, "
            "tập huấn và lưu trữ dữ liệu."
        ),
        "effect": (
            "Trong năm đầu áp dụng, đã thực hiện 46 lượt kiểm tra đột xuất; báo cáo tổng hợp có "
            "ngay trong ngày thay vì sau 3 đến 5 ngày. Số lượt vi phạm về thời giờ làm việc và "
            "tác phong giảm khoảng 60% so với cùng kỳ năm trước."
        ),
        "replication": (
            "Phù hợp với mọi cơ quan có tổ chức kiểm tra công vụ, kiểm tra cải cách hành chính; "
            "có thể mở rộng sang kiểm tra hoạt động của Bộ phận Một cửa cấp xã."
        ),
    },
    {
        "sector": 0,
        "kind": "idea",
        "title": (
            "Đo lường sự hài lòng của người dân ngay sau khi nhận kết quả, tổng hợp hằng tháng "
            "phục vụ chỉ đạo"
        ),
        "summary": (
            "Ý tưởng đề xuất in mã QR khảo sát ngắn trên giấy hẹn trả kết quả để người dân đánh "
            "giá ngay sau khi giao dịch. Kết quả được tổng hợp hằng tháng theo từng lĩnh vực thủ "
            "tục, làm căn cứ để lãnh đạo chỉ đạo cải tiến."
        ),
        "problem": (
            "Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính hiện được "
            "đo theo năm bằng phiếu điều tra xã hội học với cỡ mẫu hạn chế. Các thiết bị đánh "
            "giá đặt tại quầy chỉ ghi nhận mức hài lòng chung, không cho biết người dân chưa hài "
            "lòng ở khâu nào. Lãnh đạo đơn vị vì vậy thiếu thông tin kịp thời để điều chỉnh cách "
            "phục vụ."
        ),
        "solution": (
            "Mỗi giấy tiếp nhận hồ sơ và hẹn trả kết quả được in thêm một mã QR riêng gắn với mã "
            "hồ sơ. Khi nhận kết quả, người dân quét mã để trả lời 5 câu hỏi ngắn về thời gian "
            "chờ, thái độ của công chức, sự rõ ràng của hướng dẫn, số lần phải đi lại và chi phí "
            "phát sinh. Phiếu khảo sát không yêu cầu nhập thông tin cá nhân. Cuối tháng, bộ phận "
            "tham mưu tổng hợp kết quả theo lĩnh vực và đề xuất ba nội dung ưu tiên cải tiến để "
            "lãnh đạo chỉ đạo tại cuộc họp giao ban."
        ),
        "novelty": (
            "Khảo sát gắn với từng hồ sơ cụ thể nên phản ánh đúng trải nghiệm thực tế và chỉ ra "
            "khâu cần cải tiến, thay vì chỉ đo mức hài lòng chung."
        ),
        "feasibility": (
            "Có thể sử dụng công cụ khảo sát trực tuyến sẵn có và bổ sung mã QR vào mẫu giấy hẹn "
            "hiện hành. Chi phí dự kiến khoảng 25.000.000 đồng cho mỗi đơn vị trong năm đầu, gồm "
            "thiết kế phiếu, in tài liệu hướng dẫn và tổng hợp dữ liệu."
        ),
        "effect": (
            "Dự kiến thu được ý kiến của ít nhất 20% số người đến giao dịch, lớn hơn nhiều lần "
            "cỡ mẫu điều tra hằng năm. Lãnh đạo có thông tin hằng tháng để xử lý kịp thời các "
            "điểm nghẽn trong phục vụ."
        ),
        "replication": (
            "Áp dụng được tại Bộ phận Một cửa các cấp và tại các đơn vị sự nghiệp công lập cung "
            "cấp dịch vụ công."
        ),
    },
    {
        "sector": 0,
        "kind": "solution",
        "title": (
            "Sổ theo dõi vướng mắc của cơ sở: mỗi kiến nghị có một đầu mối chủ trì và thời hạn "
            "trả lời"
        ),
        "summary": (
            "Các vướng mắc về cải cách hành chính do UBND cấp xã phản ánh lên cấp huyện được ghi "
            "vào sổ theo dõi điện tử. Mỗi kiến nghị được giao cho một phòng chuyên môn chủ trì "
            "trả lời trong 10 ngày làm việc, kết quả được báo cáo tại giao ban hằng tháng."
        ),
        "problem": (
            "Tại các cuộc giao ban, UBND cấp xã thường nêu nhiều vướng mắc về thủ tục, phần mềm "
            "và phối hợp liên ngành, nhưng ý kiến chỉ được ghi trong biên bản và ít được theo "
            "dõi đến cùng. Qua rà soát biên bản giao ban năm 2022 tại một huyện, khoảng 40% kiến "
            "nghị của cơ sở không có văn bản trả lời. Nhiều vướng mắc lặp lại qua nhiều kỳ giao "
            "ban khiến cơ sở ngại phản ánh."
        ),
        "solution": (
            "Từ tháng 1/2023, mỗi vướng mắc của UBND cấp xã được ghi vào sổ theo dõi điện tử với "
            "mã số, nội dung, đơn vị phản ánh và phòng chuyên môn được giao chủ trì. Phòng chủ "
            "trì có trách nhiệm trả lời bằng văn bản hoặc hướng dẫn trực tiếp trong 10 ngày làm "
            "việc; trường hợp vượt thẩm quyền phải nêu rõ hướng xử lý và báo cáo cấp có thẩm "
            "quyền. Tại giao ban tháng, bộ phận tham mưu báo cáo số vướng mắc đã giải quyết, "
            "đang giải quyết và quá hạn. Các câu trả lời có giá trị chung được đăng lên mục hỏi "
            "đáp để các xã khác tham khảo."
        ),
        "novelty": (
            "Kiến nghị của cơ sở được quản lý như một nhiệm vụ có đầu mối và thời hạn, thay vì "
            "chỉ là ý kiến ghi trong biên bản."
        ),
        "feasibility": (
            "Giải pháp chỉ cần một quy chế ngắn và sổ theo dõi điện tử dùng chung, thực hiện "
            "được bằng công cụ sẵn có. Chi phí năm đầu khoảng 12.000.000 đồng cho việc xây dựng "
            "biểu mẫu và tập huấn."
        ),
        "effect": (
            "Sau 18 tháng, đã tiếp nhận 214 vướng mắc, trong đó 93% được trả lời đúng hạn. Số "
            "vướng mắc bị nêu lại ở các kỳ giao ban sau giảm rõ rệt và UBND cấp xã chủ động phản "
            "ánh nhiều hơn."
        ),
        "replication": (
            "Có thể áp dụng tại mọi UBND cấp huyện và tại các sở có hệ thống đơn vị trực thuộc."
        ),
    },
    {
        "sector": 0,
        "kind": "idea",
        "title": (
            "Mạng lưới tuyên truyền viên cải cách hành chính ở tổ dân phố hỗ trợ người dân sử "
            "dụng dịch vụ công trực tuyến"
        ),
        "summary": (
            "Mỗi tổ dân phố có một tuyên truyền viên được tập huấn để phổ biến các thay đổi về "
            "thủ tục hành chính và hướng dẫn người dân nộp hồ sơ trực tuyến. Mạng lưới được kết "
            "nối thường xuyên với Bộ phận Một cửa để giải đáp nhanh các vướng mắc."
        ),
        "problem": (
            "Nhiều người dân, nhất là người cao tuổi, chưa biết cách tạo tài khoản và nộp hồ sơ "
            "trên Cổng Dịch vụ công quốc gia nên vẫn đến trực tiếp Bộ phận Một cửa. Các thay đổi "
            "về thủ tục hành chính thường chỉ được niêm yết tại trụ sở, ít người biết đến. Trong "
            "khi đó, tổ trưởng tổ dân phố và đoàn viên thanh niên là lực lượng gần dân nhất "
            "nhưng chưa được tập huấn bài bản về thủ tục hành chính."
        ),
        "solution": (
            "UBND cấp xã lựa chọn ở mỗi tổ dân phố một tuyên truyền viên là đoàn viên thanh "
            "niên, cán bộ hưu trí hoặc thành viên tổ công nghệ số cộng đồng. Tuyên truyền viên "
            "được tập huấn hai buổi về các thủ tục phổ biến và cách nộp hồ sơ trực tuyến, được "
            "cung cấp tài liệu hướng dẫn bằng hình ảnh. Hằng tháng, Bộ phận Một cửa gửi bản tin "
            "ngắn về thủ tục mới để tuyên truyền viên phổ biến tại các buổi sinh hoạt tổ dân "
            "phố. Tuyên truyền viên hỗ trợ người dân tại nhà và chuyển các câu hỏi khó đến công "
            "chức một cửa giải đáp."
        ),
        "novelty": (
            "Đưa hoạt động hướng dẫn thủ tục hành chính từ trụ sở về đến tổ dân phố, tận dụng "
            "các lực lượng sẵn có như tổ công nghệ số cộng đồng."
        ),
        "feasibility": (
            "Lực lượng tuyên truyền viên đã có sẵn ở cơ sở, chỉ cần tập huấn và hỗ trợ một phần "
            "chi phí đi lại. Chi phí dự kiến cho một phường có 25 tổ dân phố khoảng 60.000.000 "
            "đồng mỗi năm."
        ),
        "effect": (
            "Dự kiến tỷ lệ hồ sơ nộp trực tuyến của các thủ tục phổ biến tăng thêm từ 15 đến 20 "
            "điểm phần trăm sau một năm. Số lượt người dân phải đi lại do hồ sơ thiếu thành phần "
            "giảm."
        ),
        "replication": (
            "Có thể nhân rộng tại tất cả xã, phường, thị trấn; đặc biệt phù hợp với địa bàn có "
            "nhiều người cao tuổi."
        ),
    },
    # 1. Cải cách thể chế
    {
        "sector": 1,
        "kind": "solution",
        "title": (
            "Cơ sở dữ liệu rà soát văn bản quy phạm pháp luật, tự động cảnh báo khi văn bản làm "
            "căn cứ ban hành thay đổi"
        ),
        "summary": (
            "Mỗi văn bản quy phạm pháp luật do HĐND, UBND Thành phố ban hành được liên kết với "
            "các điều, khoản của văn bản cấp trên làm căn cứ. Khi văn bản căn cứ được sửa đổi, "
            "thay thế hoặc hết hiệu lực, hệ thống tự động lập danh sách văn bản cần rà soát."
        ),
        "problem": (
            "Việc rà soát văn bản quy phạm pháp luật hiện chủ yếu được thực hiện thủ công khi có "
            "văn bản mới của trung ương, phụ thuộc nhiều vào kinh nghiệm của công chức. Có văn "
            "bản của địa phương đã có căn cứ pháp lý hết hiệu lực trên một năm nhưng chưa được "
            "phát hiện để sửa đổi, thay thế. Mỗi đợt hệ thống hóa văn bản định kỳ phải huy động "
            "nhiều công chức trong thời gian dài."
        ),
        "solution": (
            "Giải pháp do nhóm tác giả thuộc Sở Tư pháp xây dựng và đưa vào sử dụng từ tháng "
            "4/2023. Mỗi văn bản quy phạm pháp luật của Thành phố được nhập vào cơ sở dữ liệu "
            "kèm danh sách các điều, khoản của văn bản cấp trên làm căn cứ ban hành. Hằng tuần, "
            "công chức phụ trách cập nhật tình trạng hiệu lực của các văn bản trung ương mới ban "
            "hành; hệ thống tự động đối chiếu và đưa ra danh sách văn bản của địa phương bị ảnh "
            "hưởng, kèm cơ quan chủ trì soạn thảo. Danh sách được gửi đến các cơ quan chuyên môn "
            "để rà soát và đề xuất hình thức xử lý trong thời hạn quy định."
        ),
        "novelty": (
            "Việc rà soát chuyển từ bị động, định kỳ sang chủ động, theo từng thay đổi của văn "
            "bản cấp trên. Lần đầu tiên quan hệ căn cứ pháp lý giữa văn bản địa phương và văn "
            "bản trung ương được số hóa đến từng điều, khoản."
        ),
        "feasibility": (
            "Phần mềm được phát triển trên nền tảng mã nguồn mở, cài đặt trên máy chủ sẵn có. "
            "Tổng kinh phí khoảng 180.000.000 đồng, gồm phát triển phần mềm và nhập dữ liệu cho "
            "khoảng 1.200 văn bản đang còn hiệu lực."
        ),
        "effect": (
            "Trong năm đầu vận hành, hệ thống đã phát hiện 37 văn bản cần sửa đổi, bổ sung hoặc "
            "bãi bỏ do văn bản căn cứ thay đổi. Thời gian chuẩn bị cho kỳ hệ thống hóa văn bản "
            "giảm khoảng một nửa."
        ),
        "replication": (
            "Có thể chuyển giao cho UBND cấp huyện và các tỉnh, thành phố khác có nhu cầu rà "
            "soát văn bản theo căn cứ pháp lý."
        ),
        "mentions_unit": "Sở Tư pháp",
    },
    {
        "sector": 1,
        "kind": "idea",
        "title": (
            "Góp ý dự thảo văn bản quy phạm pháp luật theo từng điều, khoản và công khai bảng "
            "tiếp thu, giải trình"
        ),
        "summary": (
            "Ý tưởng đề xuất cho phép người dân, doanh nghiệp góp ý trực tuyến vào từng điều, "
            "khoản của dự thảo văn bản và công khai bảng tiếp thu, giải trình khi trình ban "
            "hành. Người góp ý nhận được thông báo khi ý kiến của mình được xem xét."
        ),
        "problem": (
            "Dự thảo văn bản quy phạm pháp luật thường được đăng tải dưới dạng tệp toàn văn, "
            "người góp ý phải gửi thư điện tử hoặc văn bản nên khó xác định góp ý cho nội dung "
            "nào. Số lượng góp ý của người dân và doanh nghiệp còn ít; nhiều dự thảo sau 30 ngày "
            "đăng tải chỉ nhận được dưới 5 ý kiến. Người góp ý hầu như không biết ý kiến của "
            "mình có được tiếp thu hay không, nên không còn động lực tham gia."
        ),
        "solution": (
            "Dự thảo được đăng trên trang góp ý trực tuyến, chia theo từng điều, khoản; người "
            "đọc góp ý trực tiếp vào từng nội dung và có thể để lại thông tin liên hệ. Cơ quan "
            "soạn thảo tổng hợp góp ý theo điều, khoản ngay trên hệ thống, ghi rõ nội dung được "
            "tiếp thu hoặc lý do không tiếp thu. Khi trình ban hành, bảng tiếp thu, giải trình "
            "được công khai cùng dự thảo cuối cùng, người góp ý có để lại địa chỉ nhận được "
            "thông báo tự động. Cơ quan tư pháp theo dõi số lượng, chất lượng góp ý để đánh giá "
            "hiệu quả của việc lấy ý kiến."
        ),
        "novelty": (
            "Góp ý gắn với từng điều, khoản và được phản hồi công khai, tạo vòng phản hồi khép "
            "kín giữa cơ quan soạn thảo và người góp ý."
        ),
        "feasibility": (
            "Việc công khai bảng tiếp thu, giải trình phù hợp với quy định hiện hành về lấy ý "
            "kiến đối với dự thảo văn bản. Chi phí xây dựng chức năng góp ý trên cổng thông tin "
            "điện tử sẵn có dự kiến khoảng 150.000.000 đồng."
        ),
        "effect": (
            "Dự kiến số lượng và chất lượng góp ý tăng rõ rệt, nhất là từ các hiệp hội doanh "
            "nghiệp và đối tượng chịu tác động trực tiếp. Văn bản sau khi ban hành sát thực tiễn "
            "hơn, giảm nhu cầu sửa đổi sớm."
        ),
        "replication": (
            "Có thể áp dụng cho toàn bộ dự thảo văn bản quy phạm pháp luật của HĐND, UBND các "
            "cấp trên địa bàn Thành phố."
        ),
    },
    {
        "sector": 1,
        "kind": "idea",
        "title": (
            "Đánh giá văn bản quy phạm pháp luật sau một năm thi hành bằng bộ chỉ tiêu định "
            "lượng xác định từ khi ban hành"
        ),
        "summary": (
            "Mỗi văn bản quy phạm pháp luật có phạm vi tác động rộng được gắn từ 3 đến 5 chỉ "
            "tiêu đo lường ngay khi trình ban hành và được đánh giá lại sau 12 tháng thi hành. "
            "Kết quả đánh giá là căn cứ để kịp thời sửa đổi những quy định không khả thi."
        ),
        "problem": (
            "Quy trình xây dựng văn bản chú trọng khâu soạn thảo, thẩm định và ban hành, trong "
            "khi việc theo dõi tác động thực tế sau ban hành chưa được thực hiện thường xuyên. "
            "Một số quy định về điều kiện, hồ sơ chỉ được phát hiện là chưa phù hợp khi người "
            "dân, doanh nghiệp phản ánh nhiều lần. Cơ quan soạn thảo thiếu dữ liệu định lượng để "
            "so sánh giữa mục tiêu đặt ra và kết quả đạt được."
        ),
        "solution": (
            "Khi trình ban hành, cơ quan soạn thảo xác định các chỉ tiêu đo lường mục tiêu của "
            "văn bản, ví dụ số hồ sơ phát sinh, thời gian giải quyết hoặc chi phí tuân thủ. Sau "
            "12 tháng, cơ quan soạn thảo thu thập số liệu từ hệ thống giải quyết thủ tục hành "
            "chính, từ phản ánh, kiến nghị và khảo sát nhanh đối tượng chịu tác động. Báo cáo "
            "đánh giá theo mẫu thống nhất được gửi cơ quan tư pháp tổng hợp, nêu rõ đề xuất giữ "
            "nguyên, sửa đổi hoặc bãi bỏ. Văn bản cần sửa đổi được đưa vào chương trình xây dựng "
            "văn bản của năm tiếp theo."
        ),
        "novelty": (
            "Văn bản được gắn với chỉ tiêu đo lường ngay từ khi ban hành, biến việc đánh giá sau "
            "thi hành thành một bước bắt buộc, dựa trên dữ liệu."
        ),
        "feasibility": (
            "Ý tưởng có thể thí điểm trước với 10 văn bản có phạm vi tác động rộng trong năm, sử "
            "dụng dữ liệu sẵn có từ các hệ thống thông tin. Kinh phí thí điểm dự kiến khoảng "
            "90.000.000 đồng cho khảo sát và xây dựng báo cáo."
        ),
        "effect": (
            "Dự kiến phát hiện sớm các quy định không khả thi, rút ngắn thời gian từ khi phát "
            "sinh vướng mắc đến khi văn bản được sửa đổi. Chất lượng văn bản được đánh giá bằng "
            "số liệu cụ thể thay vì cảm nhận."
        ),
        "replication": (
            "Sau thí điểm, có thể mở rộng cho văn bản quy phạm pháp luật của HĐND, UBND cấp huyện."
        ),
    },
    {
        "sector": 1,
        "kind": "solution",
        "title": (
            "Phiếu kiểm soát hai lớp đối với quyết định hành chính trước khi trình ký tại UBND "
            "cấp xã"
        ),
        "summary": (
            "Mọi quyết định hành chính của UBND cấp xã được kiểm tra theo phiếu kiểm soát về "
            "thẩm quyền, căn cứ pháp lý, nội dung và thể thức trước khi trình ký. Phiếu được "
            "kiểm tra lần lượt bởi công chức soạn thảo và công chức tư pháp - hộ tịch."
        ),
        "problem": (
            "Quyết định hành chính do UBND cấp xã ban hành như quyết định xử phạt vi phạm hành "
            "chính, quyết định hỗ trợ, quyết định giao nhiệm vụ còn sai sót về căn cứ pháp lý, "
            "thẩm quyền và thể thức. Năm 2022, qua kiểm tra của cấp trên, một xã có 18 quyết "
            "định phải đính chính hoặc thu hồi. Sai sót làm giảm uy tín của chính quyền và tiềm "
            "ẩn nguy cơ phát sinh khiếu nại."
        ),
        "solution": (
            "Từ tháng 4/2023, một UBND xã ngoại thành áp dụng phiếu kiểm soát gồm 15 câu hỏi "
            "đóng, chia thành bốn nhóm: thẩm quyền, căn cứ pháp lý, nội dung và thể thức văn "
            "bản. Công chức soạn thảo tự kiểm tra và đánh dấu từng câu; sau đó công chức tư pháp "
            "- hộ tịch kiểm tra độc lập lần thứ hai trước khi trình lãnh đạo ký. Phiếu kiểm soát "
            "được lưu kèm hồ sơ văn bản. Hằng quý, các lỗi phát hiện được tổng hợp thành danh "
            "mục lỗi thường gặp để tập huấn lại cho công chức."
        ),
        "novelty": (
            "Nguyên tắc kiểm tra hai lớp theo danh mục cụ thể, vốn phổ biến trong quản lý chất "
            "lượng, được áp dụng cho công tác soạn thảo văn bản ở cấp cơ sở."
        ),
        "feasibility": (
            "Giải pháp hầu như không phát sinh chi phí, chỉ cần ban hành quy trình nội bộ và mẫu "
            "phiếu. Chi phí tập huấn và in ấn khoảng 5.000.000 đồng mỗi năm."
        ),
        "effect": (
            "Trong 12 tháng áp dụng, số quyết định phải đính chính hoặc thu hồi giảm từ 18 xuống "
            "còn 2. Công chức mới tuyển dụng nắm được quy trình soạn thảo văn bản nhanh hơn."
        ),
        "replication": (
            "Có thể áp dụng ngay tại tất cả UBND cấp xã và các phòng chuyên môn cấp huyện."
        ),
    },
    {
        "sector": 1,
        "kind": "idea",
        "title": (
            "Ma trận trách nhiệm thay thế các điều khoản phối hợp chung chung trong quy chế phối "
            "hợp liên ngành"
        ),
        "summary": (
            "Mỗi quy chế phối hợp giữa các cơ quan được ban hành kèm một ma trận trách nhiệm, "
            "ghi rõ với từng bước công việc cơ quan nào chủ trì, cơ quan nào phối hợp và thời "
            "hạn của từng bên. Cách làm này giúp xác định rõ trách nhiệm khi công việc bị chậm."
        ),
        "problem": (
            "Nhiều quy chế phối hợp liên ngành chỉ quy định chung về trách nhiệm phối hợp chặt "
            "chẽ, kịp thời mà không nêu cụ thể nội dung và thời hạn phối hợp. Khi hồ sơ liên "
            "thông bị chậm, các cơ quan khó xác định khâu gây chậm và trách nhiệm thuộc về ai. "
            "Việc lấy ý kiến phối hợp bằng văn bản giữa các cơ quan có trường hợp kéo dài hàng "
            "tháng."
        ),
        "solution": (
            "Mỗi quy chế phối hợp được xây dựng theo quy trình công việc, chia thành các bước cụ "
            "thể. Với từng bước, ma trận trách nhiệm xác định một cơ quan chủ trì duy nhất, các "
            "cơ quan phối hợp, nội dung phải cung cấp và thời hạn tính theo ngày làm việc. Quá "
            "thời hạn mà cơ quan phối hợp không có ý kiến thì được coi là thống nhất, trừ trường "
            "hợp pháp luật có quy định khác. Ma trận được công khai và được dùng làm căn cứ khi "
            "đánh giá, xếp loại cơ quan, đơn vị cuối năm."
        ),
        "novelty": (
            "Quy chế phối hợp được chuyển từ văn bản mang tính nguyên tắc thành công cụ quản lý "
            "có thể đo lường, kiểm tra."
        ),
        "feasibility": (
            "Không cần thay đổi thẩm quyền hay tổ chức bộ máy, chỉ cần sửa đổi các quy chế hiện "
            "có khi đến kỳ rà soát. Chi phí dự kiến khoảng 30.000.000 đồng cho hội thảo, tập "
            "huấn và biên soạn tài liệu hướng dẫn."
        ),
        "effect": (
            "Dự kiến rút ngắn thời gian lấy ý kiến phối hợp và làm rõ trách nhiệm khi hồ sơ liên "
            "thông bị chậm. Người đứng đầu có căn cứ để đánh giá mức độ hoàn thành nhiệm vụ phối "
            "hợp của từng đơn vị."
        ),
        "replication": (
            "Có thể áp dụng cho mọi quy chế phối hợp giữa các sở, ngành và giữa cấp huyện với "
            "cấp xã."
        ),
    },
    {
        "sector": 1,
        "kind": "solution",
        "title": (
            "Kênh tiếp nhận và trả lời vướng mắc của doanh nghiệp về quy định hành chính trong 7 "
            "ngày làm việc"
        ),
        "summary": (
            "Doanh nghiệp phản ánh vướng mắc trong áp dụng quy định hành chính qua một kênh trực "
            "tuyến riêng. Mỗi phản ánh được phân loại, giao phòng chuyên môn trả lời trong 7 "
            "ngày làm việc và nội dung trả lời được công khai."
        ),
        "problem": (
            "Doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, gặp nhiều vướng mắc khi áp dụng quy "
            "định về điều kiện kinh doanh, hồ sơ, thủ tục nhưng không biết hỏi ở đâu. Các câu "
            "hỏi gửi qua nhiều kênh khác nhau, thời gian trả lời thường kéo dài và cùng một câu "
            "hỏi được trả lời nhiều lần. Thông tin về vướng mắc của doanh nghiệp chưa được tổng "
            "hợp để phục vụ việc sửa đổi quy định."
        ),
        "solution": (
            "Giải pháp được một số sở áp dụng từ tháng 6/2023. Doanh nghiệp gửi câu hỏi qua biểu "
            "mẫu trực tuyến, chọn lĩnh vực và đính kèm tài liệu liên quan. Bộ phận đầu mối phân "
            "loại trong 1 ngày làm việc, chuyển phòng chuyên môn trả lời trong 7 ngày làm việc; "
            "câu hỏi vượt thẩm quyền được chuyển đến cơ quan có thẩm quyền và thông báo cho "
            "doanh nghiệp. Câu trả lời được công khai trên trang hỏi đáp, đã ẩn thông tin của "
            "doanh nghiệp. Hằng quý, các vướng mắc xuất phát từ quy định được tổng hợp để kiến "
            "nghị sửa đổi."
        ),
        "novelty": (
            "Việc trả lời từng doanh nghiệp được kết hợp với tích lũy dữ liệu vướng mắc, làm đầu "
            "vào cho cải cách thể chế."
        ),
        "feasibility": (
            "Sử dụng cổng thông tin điện tử sẵn có và nhân lực hiện tại của các phòng chuyên "
            "môn. Chi phí xây dựng biểu mẫu, trang hỏi đáp và tuyên truyền khoảng 70.000.000 "
            "đồng."
        ),
        "effect": (
            "Sau một năm, các đơn vị áp dụng đã tiếp nhận 512 câu hỏi, 95% được trả lời đúng "
            "hạn, thời gian trả lời trung bình 4,5 ngày làm việc. Từ dữ liệu tổng hợp, 6 kiến "
            "nghị sửa đổi quy định đã được gửi đến cơ quan có thẩm quyền."
        ),
        "replication": (
            "Có thể mở rộng cho tất cả sở, ngành có thủ tục hành chính liên quan đến doanh "
            "nghiệp và kết nối với hệ thống tiếp nhận phản ánh, kiến nghị chung của Thành phố."
        ),
    },
    # 2. Cải cách thủ tục hành chính
    {
        "sector": 2,
        "kind": "solution",
        "title": (
            "Đặt lịch hẹn giao dịch qua Zalo và lấy số thứ tự trực tuyến tại Bộ phận Một cửa cấp "
            "huyện"
        ),
        "summary": (
            "Người dân đặt lịch hẹn theo khung giờ và nhận số thứ tự trước khi đến Bộ phận Một "
            "cửa. Lịch hẹn được nhắc qua tin nhắn Zalo, người dân theo dõi số đang được phục vụ "
            "ngay trên điện thoại."
        ),
        "problem": (
            "Tại UBND quận Cầu Giấy, nơi tác giả công tác, Bộ phận Một cửa tiếp nhận trung bình "
            "350 lượt giao dịch mỗi ngày, tập trung vào buổi sáng đầu tuần. Vào giờ cao điểm, "
            "người dân phải chờ từ 60 đến 90 phút, khu vực chờ quá tải trong khi buổi chiều các "
            "quầy lại vắng. Nhiều người đến nơi mới biết hồ sơ còn thiếu giấy tờ, phải quay lại "
            "lần sau."
        ),
        "solution": (
            "Từ tháng 9/2023, người dân quét mã QR hoặc truy cập tài khoản Zalo chính thức của "
            "đơn vị để chọn lĩnh vực thủ tục và khung giờ giao dịch 30 phút còn trống. Hệ thống "
            "cấp số thứ tự, gửi kèm danh mục giấy tờ cần chuẩn bị và nhắc lịch trước một giờ. "
            "Tại Bộ phận Một cửa, người có lịch hẹn được gọi xen kẽ với người lấy số trực tiếp "
            "theo tỷ lệ hợp lý để bảo đảm công bằng. Người dân có thể xem số đang được phục vụ "
            "trên điện thoại để chủ động thời gian đến."
        ),
        "novelty": (
            "Lượng người đến được điều tiết theo khung giờ thay vì chỉ xếp hàng theo thứ tự đến; "
            "danh mục giấy tờ được gửi trước giúp giảm hồ sơ thiếu thành phần."
        ),
        "feasibility": (
            "Giải pháp kết nối với hệ thống xếp hàng tự động sẵn có và tài khoản Zalo chính thức "
            "của đơn vị. Tổng chi phí phát triển và vận hành năm đầu khoảng 95.000.000 đồng."
        ),
        "effect": (
            "Sau 9 tháng, khoảng 30% lượt giao dịch được đặt lịch trước; thời gian chờ trung "
            "bình vào giờ cao điểm giảm từ 75 phút xuống còn 25 phút. Số trường hợp phải quay "
            "lại do thiếu giấy tờ giảm khoảng 40%."
        ),
        "replication": (
            "Có thể áp dụng tại Bộ phận Một cửa các cấp có lượng giao dịch lớn và tại các điểm "
            "tiếp nhận hồ sơ của cơ quan chuyên ngành."
        ),
        "mentions_unit": "UBND quận Cầu Giấy",
    },
    {
        "sector": 2,
        "kind": "idea",
        "title": (
            "Bộ câu hỏi dẫn dắt giúp người dân xác định đúng thành phần hồ sơ theo trường hợp "
            "của mình trước khi nộp"
        ),
        "summary": (
            "Mỗi thủ tục phổ biến có một bộ câu hỏi ngắn dạng có hoặc không; dựa trên câu trả "
            "lời, hệ thống đưa ra danh mục giấy tờ đúng với trường hợp cụ thể của người dân. "
            "Danh mục được in ra hoặc gửi về điện thoại để người dân chuẩn bị đầy đủ ngay từ lần "
            "đầu."
        ),
        "problem": (
            "Thành phần hồ sơ của thủ tục hành chính được công bố chung cho nhiều trường hợp, "
            "kèm nhiều điều kiện áp dụng khác nhau khiến người dân khó xác định mình cần giấy tờ "
            "nào. Theo thống kê tại một Bộ phận Một cửa cấp xã, khoảng 25% hồ sơ phải bổ sung, "
            "hoàn thiện ít nhất một lần, chủ yếu ở các thủ tục hộ tịch, chứng thực và đất đai. "
            "Công chức mất nhiều thời gian giải thích lặp lại cùng một nội dung."
        ),
        "solution": (
            "Với mỗi thủ tục có tỷ lệ hồ sơ phải bổ sung cao, công chức chuyên môn xây dựng một "
            "chuỗi từ 3 đến 8 câu hỏi, ví dụ người nộp có phải là người sử dụng đất hay không, "
            "có nộp thay theo ủy quyền hay không. Bộ câu hỏi được đăng trên trang thông tin điện "
            "tử của đơn vị, cài trên máy tra cứu tại Bộ phận Một cửa và truy cập được qua mã QR. "
            "Sau khi trả lời, người dân nhận danh mục giấy tờ, mẫu đơn cần điền và các lưu ý "
            "thường gặp. Bộ câu hỏi được cập nhật ngay khi thủ tục được sửa đổi, bổ sung."
        ),
        "novelty": (
            "Thông tin về thủ tục được chuyển từ dạng liệt kê chung sang hướng dẫn theo từng "
            "trường hợp, dễ hiểu với người không có chuyên môn."
        ),
        "feasibility": (
            "Bộ câu hỏi có thể xây dựng bằng công cụ biểu mẫu sẵn có, không cần phần mềm chuyên "
            "dụng. Chi phí thí điểm cho 20 thủ tục phổ biến nhất dự kiến khoảng 45.000.000 đồng."
        ),
        "effect": (
            "Dự kiến tỷ lệ hồ sơ phải bổ sung, hoàn thiện giảm từ khoảng 25% xuống dưới 10% đối "
            "với các thủ tục được áp dụng. Công chức giảm thời gian giải thích lặp lại để tập "
            "trung vào thẩm định hồ sơ."
        ),
        "replication": (
            "Có thể dùng chung trên toàn Thành phố vì thành phần hồ sơ của cùng một thủ tục là "
            "thống nhất giữa các đơn vị."
        ),
    },
    {
        "sector": 2,
        "kind": "solution",
        "title": (
            "Phiếu tự kiểm tra hồ sơ và bản vẽ mẫu cho thủ tục cấp giấy phép xây dựng nhà ở "
            "riêng lẻ"
        ),
        "summary": (
            "Người dân được cung cấp phiếu tự kiểm tra hồ sơ và bộ bản vẽ mẫu có chú thích đối "
            "với thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ. Công chức tiếp nhận sử dụng "
            "chính phiếu này để kiểm tra, bảo đảm chỉ yêu cầu bổ sung hồ sơ một lần."
        ),
        "problem": (
            "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ có tỷ lệ hồ sơ phải bổ sung cao; năm "
            "2022, tại một UBND cấp huyện, gần 45% hồ sơ bị yêu cầu bổ sung, có hồ sơ phải bổ "
            "sung đến 3 lần. Nguyên nhân chủ yếu là bản vẽ thiếu thông tin về chỉ giới xây dựng, "
            "khoảng lùi và chiều cao công trình. Việc bổ sung nhiều lần làm kéo dài thời gian và "
            "gây bức xúc cho người dân."
        ),
        "solution": (
            "Từ tháng 5/2023, phòng chuyên môn của một UBND cấp huyện ban hành phiếu tự kiểm tra "
            "gồm 22 nội dung và bộ 4 bản vẽ mẫu có chú thích các thông tin bắt buộc. Người dân "
            "và đơn vị tư vấn thiết kế sử dụng phiếu để tự rà soát trước khi nộp hồ sơ trực tiếp "
            "hoặc trực tuyến. Khi tiếp nhận, công chức kiểm tra theo đúng phiếu này và ghi toàn "
            "bộ nội dung cần bổ sung trong một lần. Mọi yêu cầu bổ sung ngoài phiếu phải được "
            "lãnh đạo phòng phê duyệt."
        ),
        "novelty": (
            "Tiêu chí kiểm tra hồ sơ được công khai và thống nhất giữa người nộp và người tiếp "
            "nhận, hạn chế tình trạng yêu cầu bổ sung nhiều lần."
        ),
        "feasibility": (
            "Giải pháp không cần đầu tư phần mềm, chủ yếu dựa vào chuyên môn sẵn có của công "
            "chức. Chi phí biên soạn, in ấn và tổ chức 3 buổi phổ biến cho các đơn vị tư vấn "
            "thiết kế khoảng 28.000.000 đồng."
        ),
        "effect": (
            "Tỷ lệ hồ sơ phải bổ sung giảm từ 45% xuống còn 14%, không còn trường hợp bổ sung "
            "quá một lần. Thời gian giải quyết thực tế trung bình, tính cả thời gian bổ sung, "
            "giảm từ 19 ngày xuống còn 12 ngày."
        ),
        "replication": (
            "Có thể áp dụng cho các thủ tục cấp phép có thành phần hồ sơ kỹ thuật phức tạp như "
            "cấp giấy phép sửa chữa, cải tạo hoặc di dời công trình."
        ),
    },
    {
        "sector": 2,
        "kind": "solution",
        "title": (
            "Trả kết quả thủ tục hành chính tận nhà miễn phí cho người cao tuổi, người khuyết "
            "tật và người có công"
        ),
        "summary": (
            "Kết quả giải quyết thủ tục hành chính được trả tận nhà cho các đối tượng yếu thế "
            "thông qua dịch vụ bưu chính công ích, cước phí do ngân sách phường chi trả. Người "
            "dân đăng ký nhận kết quả tại nhà ngay khi nộp hồ sơ."
        ),
        "problem": (
            "Trên địa bàn phường có khoảng 2.800 người từ 75 tuổi trở lên và hơn 300 người "
            "khuyết tật, nhiều người phải nhờ người thân đi lại để nhận kết quả thủ tục hành "
            "chính. Dịch vụ trả kết quả qua bưu chính đã có nhưng người dân phải tự trả cước nên "
            "ít người sử dụng. Một số người cao tuổi phải đến trụ sở nhiều lần vì không nhớ ngày "
            "hẹn trả kết quả."
        ),
        "solution": (
            "Từ tháng 10/2023, một UBND phường phối hợp với doanh nghiệp bưu chính trả kết quả "
            "tận nhà cho người từ 75 tuổi trở lên, người khuyết tật, người có công với cách mạng "
            "và thành viên hộ nghèo. Khi tiếp nhận hồ sơ, công chức hỏi nhu cầu và đánh dấu trên "
            "giấy hẹn; kết quả được bàn giao cho nhân viên bưu chính ngay trong ngày có kết quả. "
            "Cước phí do ngân sách phường chi trả theo hợp đồng nguyên tắc. Công chức một cửa "
            "gọi điện xác nhận với người dân sau khi giao kết quả."
        ),
        "novelty": (
            "Chi phí nhận kết quả tại nhà được chuyển từ người dân sang ngân sách đối với nhóm "
            "đối tượng yếu thế, thể hiện tinh thần lấy người dân làm trung tâm phục vụ."
        ),
        "feasibility": (
            "Giải pháp dựa trên dịch vụ bưu chính công ích sẵn có. Chi phí thực tế trong 8 tháng "
            "đầu khoảng 14.000.000 đồng, được bố trí từ nguồn chi thường xuyên của phường."
        ),
        "effect": (
            "Trong 8 tháng, đã trả 960 kết quả tận nhà, không có trường hợp thất lạc. Khảo sát "
            "qua điện thoại cho thấy 98% người được phục vụ hài lòng với hình thức này."
        ),
        "replication": (
            "Có thể áp dụng tại tất cả UBND cấp xã; đối tượng được hỗ trợ do từng địa phương "
            "quyết định phù hợp với khả năng ngân sách."
        ),
    },
    {
        "sector": 2,
        "kind": "idea",
        "title": (
            "Xác định nghĩa vụ tài chính song song với thẩm định hồ sơ trong thủ tục đăng ký "
            "biến động đất đai"
        ),
        "summary": (
            "Thông tin để cơ quan thuế xác định nghĩa vụ tài chính được chuyển ngay khi hồ sơ "
            "đăng ký biến động đất đai được tiếp nhận hợp lệ, thay vì chờ thẩm định xong mới "
            "chuyển. Hai khâu được thực hiện song song, giúp rút ngắn thời gian giải quyết."
        ),
        "problem": (
            "Với các hồ sơ đăng ký biến động có phát sinh nghĩa vụ tài chính như chuyển nhượng, "
            "tặng cho quyền sử dụng đất, các khâu hiện được thực hiện tuần tự: thẩm định hồ sơ, "
            "chuyển thông tin sang cơ quan thuế, chờ thông báo nộp thuế rồi mới cập nhật và trả "
            "kết quả. Thời gian luân chuyển giữa các cơ quan chiếm khoảng một phần ba tổng thời "
            "gian giải quyết. Người dân khó theo dõi hồ sơ đang ở khâu nào."
        ),
        "solution": (
            "Ngay sau khi hồ sơ được tiếp nhận hợp lệ, phiếu chuyển thông tin địa chính được lập "
            "tự động từ dữ liệu hồ sơ và chuyển điện tử sang cơ quan thuế. Cơ quan thuế xác định "
            "nghĩa vụ tài chính trong thời gian cơ quan đăng ký đất đai thẩm định hồ sơ. Nếu qua "
            "thẩm định phát hiện thông tin cần điều chỉnh, cơ quan đăng ký đất đai gửi thông tin "
            "điều chỉnh để cơ quan thuế cập nhật. Người dân nhận thông báo nộp tiền qua tin "
            "nhắn, nộp trực tuyến và nhận kết quả mà không phải đến nộp chứng từ."
        ),
        "novelty": (
            "Quy trình liên thông được tổ chức lại theo hướng xử lý song song, tận dụng dữ liệu "
            "điện tử sẵn có để bỏ thời gian chờ giữa hai cơ quan."
        ),
        "feasibility": (
            "Ý tưởng phù hợp với chủ trương liên thông điện tử giữa cơ quan đăng ký đất đai và "
            "cơ quan thuế, cần ban hành quy chế phối hợp và điều chỉnh một số chức năng phần "
            "mềm. Kinh phí dự kiến khoảng 250.000.000 đồng cho việc nâng cấp kết nối và tập "
            "huấn."
        ),
        "effect": (
            "Dự kiến thời gian giải quyết thực tế giảm từ 20 đến 30% đối với các hồ sơ chuyển "
            "nhượng, tặng cho, thừa kế quyền sử dụng đất. Người dân bớt ít nhất một lần đi lại "
            "để nộp chứng từ thực hiện nghĩa vụ tài chính."
        ),
        "replication": (
            "Có thể áp dụng tại tất cả chi nhánh văn phòng đăng ký đất đai trên địa bàn Thành phố."
        ),
    },
    {
        "sector": 2,
        "kind": "solution",
        "title": (
            "Tổ giải quyết thủ tục hành chính lưu động tại nhà văn hóa thôn cho xã ngoại thành"
        ),
        "summary": (
            "Công chức một cửa mang theo thiết bị số hóa định kỳ về nhà văn hóa các thôn xa "
            "trung tâm để tiếp nhận hồ sơ, hướng dẫn nộp trực tuyến và trả kết quả. Lịch làm "
            "việc lưu động được thông báo trước qua hệ thống truyền thanh và nhóm Zalo của thôn."
        ),
        "problem": (
            "Xã có 9 thôn, một số thôn cách trụ sở UBND xã từ 5 đến 7 km, nhiều người cao tuổi "
            "không có phương tiện đi lại. Người lao động làm theo mùa vụ hoặc làm công nhân khó "
            "sắp xếp thời gian đến trụ sở trong giờ hành chính. Tỷ lệ hồ sơ nộp trực tuyến ở các "
            "thôn xa thấp hơn rõ rệt so với khu vực trung tâm."
        ),
        "solution": (
            "Từ tháng 7/2023, một UBND xã ngoại thành thành lập tổ lưu động gồm 2 công chức một "
            "cửa và 1 đoàn viên thanh niên, mang theo máy tính, máy quét và thiết bị đọc thẻ căn "
            "cước. Tổ làm việc tại nhà văn hóa mỗi thôn một buổi sáng thứ Bảy theo lịch luân "
            "phiên hằng tháng. Tại điểm lưu động, người dân được hướng dẫn nộp hồ sơ trực tuyến, "
            "được số hóa giấy tờ và nhận kết quả đã giải quyết. Hồ sơ được xử lý trên hệ thống "
            "thông tin giải quyết thủ tục hành chính như hồ sơ nộp tại trụ sở."
        ),
        "novelty": (
            "Bộ phận Một cửa được đưa đến gần người dân theo lịch cố định, kết hợp giải quyết hồ "
            "sơ với phổ cập kỹ năng sử dụng dịch vụ công trực tuyến."
        ),
        "feasibility": (
            "Sử dụng thiết bị sẵn có của Bộ phận Một cửa và cơ sở vật chất của nhà văn hóa thôn. "
            "Chi phí phát sinh khoảng 36.000.000 đồng mỗi năm cho chế độ làm thêm giờ ngày thứ "
            "Bảy và mua thêm một máy quét cầm tay."
        ),
        "effect": (
            "Trong 12 tháng, tổ lưu động đã hướng dẫn và tiếp nhận 1.260 hồ sơ, trong đó 70% "
            "được nộp trực tuyến. Tỷ lệ hồ sơ trực tuyến của các thôn xa tăng từ 18% lên 52%."
        ),
        "replication": (
            "Phù hợp với các xã ngoại thành có địa bàn rộng, dân cư phân tán; có thể tổ chức "
            "theo cụm xã để dùng chung thiết bị."
        ),
    },
    # 3. Cải cách tổ chức bộ máy
    {
        "sector": 3,
        "kind": "idea",
        "title": (
            "Duy trì điểm tiếp nhận vệ tinh tại trụ sở cũ trong thời gian chuyển tiếp sau sắp "
            "xếp đơn vị hành chính cấp xã"
        ),
        "summary": (
            "Khi sáp nhập đơn vị hành chính cấp xã, trụ sở của đơn vị cũ được duy trì làm điểm "
            "tiếp nhận vệ tinh của Bộ phận Một cửa với 1 đến 2 công chức làm việc luân phiên. "
            "Người dân ở khu vực cũ vẫn được phục vụ gần nhà trong thời gian chuyển tiếp."
        ),
        "problem": (
            "Sau khi sắp xếp, sáp nhập đơn vị hành chính cấp xã, trụ sở làm việc tập trung về "
            "một địa điểm, khiến một bộ phận người dân phải đi xa hơn để giải quyết thủ tục. Trụ "
            "sở cũ có nguy cơ bị bỏ trống, xuống cấp, trong khi một số công chức chưa được bố "
            "trí công việc phù hợp. Người dân cũng lúng túng khi chưa biết phải đến đâu để làm "
            "thủ tục."
        ),
        "solution": (
            "Tại trụ sở cũ, một điểm tiếp nhận vệ tinh làm việc theo lịch cố định một số buổi "
            "trong tuần và được kết nối với hệ thống thông tin giải quyết thủ tục hành chính như "
            "một quầy của Bộ phận Một cửa. Điểm vệ tinh tiếp nhận, số hóa hồ sơ và trả kết quả; "
            "việc thẩm định và ký duyệt được thực hiện tập trung tại trụ sở chính. Công chức làm "
            "việc tại điểm vệ tinh được luân phiên trong đội ngũ của đơn vị mới, ưu tiên người "
            "am hiểu địa bàn cũ. Sau 12 đến 24 tháng, căn cứ số lượng hồ sơ thực tế, UBND cấp xã "
            "quyết định duy trì, giảm lịch làm việc hoặc chấm dứt hoạt động của điểm vệ tinh."
        ),
        "novelty": (
            "Ý tưởng tạo cơ chế chuyển tiếp mềm sau sáp nhập, vừa bảo đảm quyền lợi của người "
            "dân vừa sử dụng hiệu quả trụ sở và nhân lực sẵn có."
        ),
        "feasibility": (
            "Không phát sinh biên chế mới và tận dụng trang thiết bị của trụ sở cũ. Chi phí cho "
            "mỗi điểm vệ tinh dự kiến khoảng 50.000.000 đồng trong năm đầu cho đường truyền, máy "
            "quét và biển chỉ dẫn."
        ),
        "effect": (
            "Dự kiến giảm quãng đường đi lại của người dân ở khu vực đơn vị cũ và hạn chế tâm lý "
            "lo ngại khi sáp nhập. Việc chuyển đổi diễn ra từng bước, không làm gián đoạn việc "
            "giải quyết thủ tục hành chính."
        ),
        "replication": (
            "Có thể áp dụng tại các đơn vị hành chính cấp xã thực hiện sắp xếp, sáp nhập trong "
            "các giai đoạn tiếp theo."
        ),
    },
    {
        "sector": 3,
        "kind": "solution",
        "title": (
            "Bảng phân công nhiệm vụ có người chủ trì và người dự phòng cho UBND cấp xã sau sắp "
            "xếp đơn vị hành chính"
        ),
        "summary": (
            "Sau sáp nhập, toàn bộ nhiệm vụ của UBND cấp xã được rà soát và phân công theo vị "
            "trí việc làm, bảo đảm mỗi nhiệm vụ có một người chịu trách nhiệm chính và một người "
            "dự phòng. Bảng phân công được công khai trong nội bộ và cập nhật khi có biến động "
            "nhân sự."
        ),
        "problem": (
            "Sau sáp nhập, số công chức của đơn vị cấp xã tăng lên nhưng việc phân công vẫn dựa "
            "trên thói quen của các đơn vị cũ, dẫn đến chồng chéo ở một số lĩnh vực và bỏ trống "
            "ở lĩnh vực khác. Qua rà soát tại 6 xã, phường sau sắp xếp, có hơn 20 nhiệm vụ chưa "
            "được giao rõ cho công chức nào. Khi công chức nghỉ phép hoặc đi học, hồ sơ của lĩnh "
            "vực đó bị ngừng trệ."
        ),
        "solution": (
            "Giải pháp được thực hiện từ tháng 11/2023 tại một số UBND cấp xã sau sáp nhập, dưới "
            "sự hướng dẫn của phòng nội vụ cấp huyện. Nhóm công tác liệt kê toàn bộ nhiệm vụ của "
            "UBND cấp xã theo quy định, đối chiếu với danh mục vị trí việc làm được phê duyệt và "
            "năng lực thực tế của từng công chức. Mỗi nhiệm vụ được giao cho một người chủ trì "
            "và một người dự phòng đã được hướng dẫn nghiệp vụ. Bảng phân công được ban hành kèm "
            "quyết định của Chủ tịch UBND cấp xã."
        ),
        "novelty": (
            "Cơ chế người dự phòng cho từng nhiệm vụ bảo đảm công việc không bị gián đoạn, đồng "
            "thời làm rõ trách nhiệm cá nhân sau sáp nhập."
        ),
        "feasibility": (
            "Giải pháp chủ yếu dựa trên nhân lực sẵn có và danh mục vị trí việc làm đã được phê "
            "duyệt. Chi phí triển khai tại 6 đơn vị khoảng 24.000.000 đồng cho hội thảo, tập "
            "huấn và biên soạn tài liệu."
        ),
        "effect": (
            "Sau 6 tháng, toàn bộ nhiệm vụ tại các đơn vị áp dụng đều có người chủ trì và người "
            "dự phòng; không còn hồ sơ bị ngừng trệ do công chức vắng mặt. Phản ánh về tình "
            "trạng đùn đẩy trách nhiệm giữa các bộ phận giảm rõ rệt."
        ),
        "replication": (
            "Có thể áp dụng tại mọi UBND cấp xã, đặc biệt là các đơn vị mới sắp xếp, và tại các "
            "phòng chuyên môn cấp huyện."
        ),
    },
    {
        "sector": 3,
        "kind": "idea",
        "title": (
            "Rà soát, hợp nhất các ban chỉ đạo và tổ công tác liên ngành có chức năng trùng lặp "
            "ở cấp huyện"
        ),
        "summary": (
            "Ý tưởng đề xuất lập danh mục toàn bộ ban chỉ đạo, hội đồng, tổ công tác liên ngành "
            "đang hoạt động ở cấp huyện, đánh giá mức độ hoạt động thực chất và hợp nhất các tổ "
            "chức có chức năng gần nhau. Những tổ chức đã hoàn thành nhiệm vụ được đề xuất giải "
            "thể."
        ),
        "problem": (
            "Qua tổng hợp sơ bộ tại một huyện, có trên 60 ban chỉ đạo, hội đồng và tổ công tác "
            "liên ngành; nhiều tổ chức được thành lập theo từng đợt công việc nhưng không được "
            "giải thể khi kết thúc. Một lãnh đạo phòng có thể đồng thời là thành viên của hơn 15 "
            "tổ chức, thường xuyên phải dự họp và làm báo cáo trùng lặp. Một số tổ chức cả năm "
            "không họp lần nào nhưng vẫn được duy trì trên danh nghĩa."
        ),
        "solution": (
            "Bộ phận tham mưu về tổ chức bộ máy lập danh mục các tổ chức phối hợp liên ngành, "
            "ghi rõ căn cứ thành lập, chức năng, thành viên, số cuộc họp và sản phẩm trong hai "
            "năm gần nhất. Các tổ chức được phân thành ba nhóm: duy trì theo yêu cầu của cấp "
            "trên, hợp nhất với tổ chức có chức năng gần nhau và giải thể do đã hoàn thành nhiệm "
            "vụ. Sau khi hợp nhất, mỗi lĩnh vực chỉ còn một ban chỉ đạo với quy chế hoạt động và "
            "chế độ báo cáo thống nhất. Quyết định thành lập tổ chức mới phải ghi rõ thời hạn "
            "hoạt động, danh mục được cập nhật hằng năm."
        ),
        "novelty": (
            "Việc quy định thời hạn hoạt động ngay từ khi thành lập và rà soát định kỳ giúp ngăn "
            "tình trạng phát sinh các tổ chức phối hợp không cần thiết."
        ),
        "feasibility": (
            "Việc hợp nhất, giải thể các tổ chức phối hợp liên ngành do cấp huyện thành lập "
            "thuộc thẩm quyền của cấp huyện. Chi phí rà soát và xây dựng quy chế dự kiến khoảng "
            "20.000.000 đồng."
        ),
        "effect": (
            "Dự kiến giảm từ 30 đến 40% số tổ chức phối hợp liên ngành, kéo theo giảm đáng kể số "
            "cuộc họp và báo cáo. Lãnh đạo, công chức có thêm thời gian cho nhiệm vụ chuyên môn."
        ),
        "replication": "Có thể áp dụng ở cấp Thành phố và tại tất cả UBND cấp huyện, cấp xã.",
    },
    {
        "sector": 3,
        "kind": "solution",
        "title": (
            "Ủy quyền cho lãnh đạo phòng chuyên môn ký kết quả giải quyết một số thủ tục hành "
            "chính đơn giản"
        ),
        "summary": (
            "Các thủ tục hành chính có số lượng hồ sơ lớn, quy trình đơn giản được rà soát để ủy "
            "quyền cho trưởng phòng chuyên môn ký kết quả giải quyết. Lãnh đạo sở tập trung vào "
            "các hồ sơ phức tạp và công tác kiểm tra, giám sát."
        ),
        "problem": (
            "Nhiều kết quả giải quyết thủ tục hành chính có tính chất lặp lại, quy trình đơn "
            "giản nhưng vẫn phải trình lãnh đạo sở ký, trong khi lãnh đạo thường xuyên đi công "
            "tác, dự họp. Thời gian chờ ký chiếm khoảng 2 đến 3 ngày trong tổng thời gian giải "
            "quyết của một số thủ tục. Có thời điểm hàng trăm hồ sơ tồn đọng chờ ký vào cuối "
            "tuần."
        ),
        "solution": (
            "Từ tháng 1/2024, một số sở rà soát và lựa chọn 14 thủ tục hành chính đủ điều kiện "
            "ủy quyền như cấp lại, điều chỉnh thông tin trên giấy chứng nhận, giấy phép. Giám "
            "đốc sở ban hành quyết định ủy quyền cho trưởng phòng chuyên môn ký kết quả trong "
            "phạm vi và thời hạn xác định, bảo đảm đúng quy định của pháp luật về ủy quyền. Các "
            "hồ sơ ký theo ủy quyền được thống kê hằng tuần trên hệ thống để lãnh đạo sở kiểm "
            "tra xác suất. Danh mục thủ tục được ủy quyền được đánh giá sau 6 tháng để điều "
            "chỉnh."
        ),
        "novelty": (
            "Phân định rõ hồ sơ cần lãnh đạo trực tiếp quyết định và hồ sơ có thể ủy quyền, kèm "
            "cơ chế hậu kiểm xác suất để kiểm soát rủi ro."
        ),
        "feasibility": (
            "Việc ủy quyền được thực hiện trong phạm vi quy định hiện hành, không phát sinh kinh "
            "phí đáng kể. Chi phí điều chỉnh quy trình trên phần mềm và cấp bổ sung chữ ký số "
            "khoảng 10.000.000 đồng."
        ),
        "effect": (
            "Sau 6 tháng, thời gian giải quyết thực tế của 14 thủ tục được ủy quyền giảm trung "
            "bình 2,3 ngày; tỷ lệ hồ sơ giải quyết trước hạn tăng từ 62% lên 88%. Qua kiểm tra "
            "xác suất chưa phát hiện sai sót trong các kết quả được ký theo ủy quyền."
        ),
        "replication": (
            "Có thể áp dụng tại các sở, ban, ngành và UBND cấp huyện có nhiều thủ tục hành chính "
            "đơn giản với số lượng hồ sơ lớn."
        ),
    },
    {
        "sector": 3,
        "kind": "idea",
        "title": (
            "Hợp nhất các trung tâm sự nghiệp cấp huyện có chức năng gần nhau thành một trung "
            "tâm dịch vụ tổng hợp"
        ),
        "summary": (
            "Một số đơn vị sự nghiệp công lập cấp huyện có quy mô nhỏ, chức năng gần nhau được "
            "hợp nhất thành một trung tâm dịch vụ tổng hợp. Việc hợp nhất giúp giảm đầu mối, "
            "dùng chung bộ phận hành chính, kế toán và trụ sở."
        ),
        "problem": (
            "Ở cấp huyện hiện còn nhiều đơn vị sự nghiệp công lập quy mô nhỏ, mỗi đơn vị chỉ có "
            "từ 8 đến 15 viên chức nhưng vẫn duy trì đủ bộ phận hành chính, kế toán, văn thư. Tỷ "
            "lệ người làm công tác hỗ trợ, phục vụ ở một số đơn vị lên tới 30%. Các đơn vị hoạt "
            "động riêng rẽ nên khó phối hợp khi tổ chức các sự kiện chung của địa phương."
        ),
        "solution": (
            "Bộ phận tham mưu về tổ chức bộ máy rà soát chức năng, nhiệm vụ, nhân sự và tài "
            "chính của các đơn vị sự nghiệp cấp huyện, đề xuất phương án hợp nhất những đơn vị "
            "có chức năng gần nhau như văn hóa, thông tin, thể thao và truyền thanh. Trung tâm "
            "sau hợp nhất có một bộ phận hành chính - tổng hợp dùng chung, các bộ phận nghiệp vụ "
            "giữ nguyên chuyên môn. Viên chức dôi dư ở bộ phận hỗ trợ được bố trí sang vị trí "
            "chuyên môn hoặc thực hiện chính sách tinh giản biên chế theo quy định. Phương án "
            "được lấy ý kiến viên chức trước khi trình cấp có thẩm quyền quyết định."
        ),
        "novelty": (
            "Tổ chức lại theo hướng một đầu mối cung cấp dịch vụ, dùng chung nguồn lực hỗ trợ, "
            "thay cho việc duy trì nhiều đơn vị nhỏ lẻ."
        ),
        "feasibility": (
            "Chủ trương sắp xếp, tinh gọn đơn vị sự nghiệp công lập đã được xác định rõ, tạo "
            "thuận lợi cho việc thực hiện. Chi phí chuyển đổi dự kiến khoảng 150.000.000 đồng "
            "cho sửa chữa trụ sở, thay đổi con dấu, tài khoản và hệ thống phần mềm."
        ),
        "effect": (
            "Dự kiến giảm ít nhất 2 đầu mối đơn vị sự nghiệp và khoảng 20% số người làm công tác "
            "hỗ trợ, phục vụ. Chi thường xuyên cho bộ máy của các đơn vị giảm tương ứng."
        ),
        "replication": (
            "Có thể áp dụng tại các quận, huyện, thị xã còn nhiều đơn vị sự nghiệp quy mô nhỏ."
        ),
    },
    {
        "sector": 3,
        "kind": "solution",
        "title": (
            "Danh bạ chức năng, nhiệm vụ điện tử giúp người dân tìm đúng đầu mối giải quyết công "
            "việc sau sắp xếp bộ máy"
        ),
        "summary": (
            "Danh bạ điện tử cho phép tra cứu theo từ khóa công việc, chỉ rõ phòng, bộ phận đầu "
            "mối tiếp nhận từng loại việc, kèm số điện thoại công vụ và thời gian tiếp nhận. "
            "Danh bạ được cập nhật ngay khi có thay đổi về tổ chức hoặc phân công."
        ),
        "problem": (
            "Sau các đợt sắp xếp, kiện toàn tổ chức bộ máy, tên gọi và chức năng của nhiều phòng "
            "chuyên môn thay đổi, người dân và doanh nghiệp không biết liên hệ với bộ phận nào. "
            "Nhiều cuộc gọi đến đường dây nóng chỉ để hỏi đầu mối giải quyết công việc. Văn bản "
            "gửi nhầm đơn vị phải chuyển lại, kéo dài thời gian xử lý."
        ),
        "solution": (
            "Từ tháng 3/2024, một UBND quận xây dựng danh bạ chức năng, nhiệm vụ trên cổng thông "
            "tin điện tử và tài khoản Zalo chính thức. Người dùng nhập từ khóa như cấp phép đào "
            "đường, xác nhận hộ nghèo hay đăng ký hộ kinh doanh để nhận thông tin về đơn vị đầu "
            "mối, thủ tục liên quan và cách liên hệ. Mỗi phòng chuyên môn cử một công chức chịu "
            "trách nhiệm cập nhật thông tin của đơn vị trong 2 ngày làm việc kể từ khi có thay "
            "đổi. Danh bạ được dùng chung cho cả người dân và công chức khi chuyển văn bản nội "
            "bộ."
        ),
        "novelty": (
            "Thông tin được tổ chức theo công việc người dân cần làm chứ không theo sơ đồ tổ "
            "chức bộ máy, nên dễ tra cứu với người không am hiểu hành chính."
        ),
        "feasibility": (
            "Danh bạ được xây dựng trên cổng thông tin điện tử hiện có. Chi phí phát triển và "
            "nhập liệu ban đầu khoảng 40.000.000 đồng."
        ),
        "effect": (
            "Sau 4 tháng, danh bạ có khoảng 9.000 lượt tra cứu; số cuộc gọi đến đường dây nóng "
            "chỉ để hỏi đầu mối giảm khoảng 35%. Số văn bản gửi nhầm đơn vị giảm rõ rệt."
        ),
        "replication": (
            "Có thể áp dụng cho mọi sở, ngành, UBND cấp huyện, cấp xã, nhất là sau các đợt sắp "
            "xếp tổ chức bộ máy."
        ),
    },
    # 4. Cải cách chế độ công vụ, công chức
    {
        "sector": 4,
        "kind": "solution",
        "title": (
            "Đánh giá công chức hằng tháng bằng điểm định lượng theo sản phẩm công việc trên "
            "phần mềm giao việc"
        ),
        "summary": (
            "Nhiệm vụ của công chức được giao và đánh giá hằng tháng trên phần mềm, với điểm số "
            "định lượng theo số lượng, chất lượng và tiến độ của từng sản phẩm. Kết quả hằng "
            "tháng là căn cứ để đánh giá, xếp loại cuối năm."
        ),
        "problem": (
            "Việc đánh giá, xếp loại công chức cuối năm chủ yếu dựa vào bản tự nhận xét, dễ mang "
            "tính hình thức và nể nang. Năm 2022, tại một đơn vị, hơn 90% công chức được xếp "
            "loại hoàn thành tốt nhiệm vụ trở lên trong khi nhiều nhiệm vụ vẫn bị chậm. Lãnh đạo "
            "thiếu dữ liệu định lượng để phân biệt người làm tốt và người làm chưa tốt."
        ),
        "solution": (
            "Từ tháng 1/2023, một số phòng chuyên môn cấp huyện giao toàn bộ nhiệm vụ thường "
            "xuyên và đột xuất cho công chức trên phần mềm, mỗi nhiệm vụ có hệ số độ khó và thời "
            "hạn. Khi hoàn thành, công chức cập nhật sản phẩm; lãnh đạo phòng đánh giá chất "
            "lượng theo ba mức. Phần mềm tự tính điểm theo công thức công khai gồm số lượng, "
            "chất lượng và tiến độ, tổng hợp thành điểm tháng. Kết quả tháng được công khai "
            "trong nội bộ phòng và là căn cứ đánh giá, xếp loại cuối năm, bình xét thi đua."
        ),
        "novelty": (
            "Kết quả công việc được lượng hóa theo từng sản phẩm cụ thể, thay cho việc đánh giá "
            "định tính một lần vào cuối năm."
        ),
        "feasibility": (
            "Sử dụng phần mềm quản lý văn bản và điều hành sẵn có, bổ sung phân hệ giao việc. "
            "Chi phí bổ sung phân hệ và tập huấn khoảng 85.000.000 đồng."
        ),
        "effect": (
            "Năm 2023, tỷ lệ nhiệm vụ hoàn thành đúng hạn tại các phòng áp dụng tăng từ 81% lên "
            "94%. Kết quả xếp loại cuối năm phân hóa rõ hơn và được công chức đồng thuận vì dựa "
            "trên số liệu cả năm."
        ),
        "replication": (
            "Có thể áp dụng tại cơ quan hành chính các cấp; hệ số độ khó cần được điều chỉnh phù "
            "hợp với đặc thù từng lĩnh vực."
        ),
    },
    {
        "sector": 4,
        "kind": "idea",
        "title": (
            "Chương trình kèm cặp sáu tháng đầu cho công chức mới tuyển dụng do công chức nhiều "
            "kinh nghiệm hướng dẫn"
        ),
        "summary": (
            "Mỗi công chức mới tuyển dụng được phân công một người hướng dẫn có kinh nghiệm "
            "trong 6 tháng đầu, theo lộ trình học việc với mục tiêu rõ ràng cho từng giai đoạn. "
            "Công sức của người hướng dẫn được ghi nhận khi đánh giá và bình xét thi đua."
        ),
        "problem": (
            "Công chức mới tuyển dụng thường được giao việc ngay, chủ yếu tự học qua công việc "
            "và hỏi đồng nghiệp khi gặp vướng mắc. Phải mất từ 6 đến 12 tháng công chức mới mới "
            "xử lý độc lập được hồ sơ chuyên môn, trong thời gian đó thường xảy ra sai sót. "
            "Những người nhiệt tình hướng dẫn đồng nghiệp mới không được ghi nhận nên việc kèm "
            "cặp phụ thuộc vào tính tự giác."
        ),
        "solution": (
            "Người đứng đầu đơn vị phân công cho mỗi công chức mới một người hướng dẫn cùng lĩnh "
            "vực, có ít nhất 5 năm kinh nghiệm. Lộ trình 6 tháng được chia thành ba giai đoạn: "
            "làm quen với quy trình và văn bản, thực hiện nhiệm vụ dưới sự giám sát, rồi xử lý "
            "độc lập có kiểm tra. Cuối mỗi giai đoạn, người hướng dẫn và công chức mới cùng đánh "
            "giá theo phiếu mẫu. Công việc hướng dẫn được tính vào khối lượng nhiệm vụ của người "
            "hướng dẫn và là một tiêu chí khi bình xét thi đua."
        ),
        "novelty": (
            "Việc kèm cặp được chuẩn hóa thành lộ trình có mục tiêu và đánh giá, đồng thời ghi "
            "nhận vai trò của người hướng dẫn."
        ),
        "feasibility": (
            "Ý tưởng dựa trên nguồn nhân lực sẵn có, phù hợp với quy định về đào tạo, bồi dưỡng "
            "công chức. Chi phí biên soạn tài liệu và tập huấn cho người hướng dẫn dự kiến "
            "khoảng 30.000.000 đồng mỗi năm đối với một đơn vị cấp huyện."
        ),
        "effect": (
            "Dự kiến thời gian để công chức mới xử lý độc lập công việc rút xuống còn khoảng 4 "
            "tháng, giảm sai sót trong giai đoạn đầu. Kinh nghiệm của công chức lâu năm được "
            "truyền lại một cách có hệ thống."
        ),
        "replication": (
            "Có thể áp dụng tại tất cả cơ quan hành chính và đơn vị sự nghiệp công lập có tuyển "
            "dụng mới."
        ),
    },
    {
        "sector": 4,
        "kind": "solution",
        "title": (
            "Bồi dưỡng kỹ năng số cho công chức cấp xã bằng các bài học 10 phút trên điện thoại"
        ),
        "summary": (
            "Chuỗi bài học ngắn dạng video kèm câu hỏi trắc nghiệm giúp công chức cấp xã tự học "
            "kỹ năng số trên điện thoại vào thời gian linh hoạt. Kết quả học tập được theo dõi "
            "và thông báo định kỳ."
        ),
        "problem": (
            "Công chức cấp xã phải sử dụng nhiều phần mềm như quản lý văn bản, giải quyết thủ "
            "tục hành chính, đăng ký hộ tịch và chữ ký số, nhưng kỹ năng số không đồng đều. Các "
            "lớp tập huấn tập trung khó bố trí do công chức phải trực Bộ phận Một cửa, mỗi lớp "
            "lại dồn nhiều nội dung trong thời gian ngắn. Sau tập huấn, công chức thường quên "
            "thao tác nếu chưa có dịp sử dụng."
        ),
        "solution": (
            "Giải pháp được nhóm tác giả triển khai tại UBND huyện Đông Anh từ tháng 6/2023. "
            "Nhóm xây dựng 40 bài học ngắn, mỗi bài khoảng 10 phút, hướng dẫn một thao tác cụ "
            "thể như ký số văn bản, số hóa kết quả giải quyết thủ tục hay khai thác dữ liệu dân "
            "cư. Mỗi bài kèm 5 câu hỏi trắc nghiệm; công chức học trên điện thoại và phải trả "
            "lời đúng ít nhất 4 câu mới hoàn thành bài. Hằng tháng, kết quả học tập của từng xã "
            "được tổng hợp và thông báo tại giao ban; những thao tác nhiều người làm sai được "
            "xây dựng thành bài học bổ sung."
        ),
        "novelty": (
            "Nội dung bồi dưỡng được chia nhỏ theo từng thao tác cụ thể, học vào thời gian linh "
            "hoạt và có thể xem lại đúng lúc cần sử dụng."
        ),
        "feasibility": (
            "Bài học được sản xuất bằng phần mềm ghi hình màn hình và nền tảng học trực tuyến "
            "miễn phí. Tổng chi phí xây dựng 40 bài học và vận hành năm đầu khoảng 65.000.000 "
            "đồng."
        ),
        "effect": (
            "Sau một năm, hơn 85% công chức cấp xã trên địa bàn hoàn thành toàn bộ chương trình. "
            "Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả đúng quy định tăng từ 54% lên "
            "91%."
        ),
        "replication": (
            "Bộ bài học có thể dùng chung cho công chức cấp xã trên toàn Thành phố vì các phần "
            "mềm được sử dụng thống nhất."
        ),
        "mentions_unit": "UBND huyện Đông Anh",
    },
    {
        "sector": 4,
        "kind": "idea",
        "title": "Luân phiên vị trí và đào tạo chéo công chức tại Bộ phận Một cửa cấp xã",
        "summary": (
            "Định kỳ 12 tháng, công chức được luân phiên giữa các quầy lĩnh vực tại Bộ phận Một "
            "cửa, kết hợp đào tạo chéo để mỗi người tiếp nhận được ít nhất hai nhóm thủ tục. "
            "Cách làm này vừa phòng ngừa tiêu cực vừa bảo đảm việc phục vụ không bị gián đoạn."
        ),
        "problem": (
            "Tại nhiều Bộ phận Một cửa cấp xã, mỗi lĩnh vực chỉ có một công chức nắm nghiệp vụ; "
            "khi người đó nghỉ phép, ốm đau hoặc đi học, hồ sơ của lĩnh vực phải tạm dừng tiếp "
            "nhận. Việc một người đảm nhiệm một vị trí quá lâu cũng tiềm ẩn nguy cơ nhũng nhiễu, "
            "gây phiền hà. Lượng hồ sơ giữa các quầy chênh lệch lớn nhưng công chức khó hỗ trợ "
            "nhau do không nắm nghiệp vụ."
        ),
        "solution": (
            "Mỗi công chức Bộ phận Một cửa được đào tạo chéo thêm ít nhất một nhóm thủ tục ngoài "
            "lĩnh vực chính, thông qua 2 tuần làm việc kèm cặp tại quầy của đồng nghiệp. Lịch "
            "luân phiên vị trí được xây dựng 12 tháng một lần, bảo đảm mỗi quầy luôn có ít nhất "
            "một người đã thành thạo nghiệp vụ. Vào giờ cao điểm, người phụ trách Bộ phận Một "
            "cửa điều phối công chức sang hỗ trợ quầy đông người. Kết quả đào tạo chéo được ghi "
            "nhận khi đánh giá, xếp loại cuối năm."
        ),
        "novelty": (
            "Xây dựng đội ngũ công chức đa năng tại Bộ phận Một cửa cấp xã, gắn việc chuyển đổi "
            "vị trí công tác với yêu cầu phục vụ liên tục."
        ),
        "feasibility": (
            "Ý tưởng phù hợp với quy định về định kỳ chuyển đổi vị trí công tác và không làm "
            "tăng biên chế. Chi phí dự kiến khoảng 15.000.000 đồng mỗi năm cho một đơn vị, chủ "
            "yếu cho tài liệu và tập huấn."
        ),
        "effect": (
            "Dự kiến chấm dứt tình trạng tạm dừng tiếp nhận hồ sơ do công chức vắng mặt, giảm "
            "thời gian chờ tại các quầy đông người. Nguy cơ tiêu cực do một người giữ một vị trí "
            "quá lâu được hạn chế."
        ),
        "replication": (
            "Có thể áp dụng tại tất cả Bộ phận Một cửa cấp xã, cấp huyện và các sở có nhiều thủ "
            "tục hành chính."
        ),
    },
    {
        "sector": 4,
        "kind": "idea",
        "title": (
            "Bộ quy tắc ứng xử của công chức trên môi trường mạng và trong các nhóm trao đổi "
            "công việc"
        ),
        "summary": (
            "Ý tưởng đề xuất ban hành bộ quy tắc ngắn gọn về ứng xử của công chức trên mạng xã "
            "hội, trong nhóm trao đổi công việc và khi trả lời người dân qua kênh trực tuyến. Bộ "
            "quy tắc có tình huống minh họa và được đưa vào nội dung bồi dưỡng định kỳ."
        ),
        "problem": (
            "Công chức ngày càng sử dụng nhiều nhóm trao đổi trên ứng dụng nhắn tin để giao việc "
            "và trả lời người dân, nhưng chưa có hướng dẫn cụ thể về thời gian, ngôn ngữ và bảo "
            "mật thông tin. Đã có trường hợp tài liệu nội bộ, thông tin cá nhân của người dân bị "
            "chia sẻ nhầm nhóm. Một số phát ngôn thiếu chuẩn mực trên mạng xã hội làm ảnh hưởng "
            "đến hình ảnh cơ quan."
        ),
        "solution": (
            "Bộ quy tắc gồm khoảng 20 điều ngắn, chia theo ba nhóm: ứng xử với người dân qua "
            "kênh trực tuyến, ứng xử trong nhóm trao đổi công việc và ứng xử trên trang mạng xã "
            "hội cá nhân. Mỗi điều có ví dụ về cách làm nên và không nên, chẳng hạn không gửi "
            "ảnh giấy tờ có thông tin cá nhân vào nhóm đông thành viên, không giao việc ngoài "
            "giờ trừ trường hợp khẩn cấp. Bộ quy tắc được phổ biến tại hội nghị cán bộ, công "
            "chức và đưa vào chương trình bồi dưỡng hằng năm. Việc chấp hành là một nội dung khi "
            "đánh giá, xếp loại công chức."
        ),
        "novelty": (
            "Các quy định chung về văn hóa công vụ được cụ thể hóa cho môi trường số bằng những "
            "tình huống gần gũi với công việc hằng ngày."
        ),
        "feasibility": (
            "Ý tưởng thực hiện được trong phạm vi thẩm quyền của người đứng đầu cơ quan, trên cơ "
            "sở các quy định hiện hành về đạo đức công vụ và bảo vệ dữ liệu cá nhân. Chi phí "
            "biên soạn, in cẩm nang và tổ chức phổ biến dự kiến khoảng 25.000.000 đồng."
        ),
        "effect": (
            "Dự kiến hạn chế các sự cố lộ lọt thông tin cá nhân và phát ngôn không phù hợp trên "
            "mạng, góp phần nâng cao hình ảnh người công chức. Công chức có căn cứ rõ ràng để "
            "ứng xử đúng mực và giảm áp lực do bị giao việc ngoài giờ không cần thiết."
        ),
        "replication": (
            "Có thể áp dụng cho mọi cơ quan, đơn vị trên địa bàn Thành phố với điều chỉnh nhỏ "
            "theo đặc thù của ngành."
        ),
    },
    {
        "sector": 4,
        "kind": "solution",
        "title": (
            "Tiếp nhận, đánh giá và công nhận sáng kiến cải tiến của công chức theo quý thay vì "
            "một lần mỗi năm"
        ),
        "summary": (
            "Sáng kiến cải tiến của công chức được tiếp nhận liên tục trong năm, hội đồng sáng "
            "kiến họp theo quý và khen thưởng kịp thời. Sáng kiến được công nhận được phổ biến "
            "để các bộ phận khác áp dụng."
        ),
        "problem": (
            "Việc xét công nhận sáng kiến thường chỉ thực hiện một lần vào cuối năm, gắn với "
            "bình xét thi đua, nên nhiều cải tiến nhỏ nhưng hữu ích không được đề xuất. Năm "
            "2022, một đơn vị có hơn 120 công chức nhưng chỉ nhận được 4 đề xuất sáng kiến. Công "
            "chức cho rằng thủ tục đề xuất phức tạp và thời gian chờ kết quả quá dài."
        ),
        "solution": (
            "Từ tháng 4/2023, một số đơn vị áp dụng mẫu đề xuất sáng kiến rút gọn trong một "
            "trang, có thể nộp bất cứ lúc nào qua hệ thống quản lý văn bản. Hội đồng sáng kiến "
            "họp mỗi quý một lần, đánh giá theo ba tiêu chí: tính mới, khả năng áp dụng và hiệu "
            "quả. Sáng kiến đạt yêu cầu được khen thưởng ngay trong quý theo quy chế chi tiêu "
            "nội bộ và được giới thiệu tại giao ban để các bộ phận khác áp dụng. Người đề xuất "
            "được phản hồi bằng văn bản dù sáng kiến được công nhận hay không."
        ),
        "novelty": (
            "Vòng đời của một sáng kiến từ khi đề xuất đến khi được ghi nhận được rút ngắn, "
            "khuyến khích công chức thường xuyên cải tiến công việc."
        ),
        "feasibility": (
            "Quy trình được xây dựng trong phạm vi thẩm quyền của thủ trưởng đơn vị. Kinh phí "
            "khen thưởng và tổ chức họp hội đồng khoảng 50.000.000 đồng mỗi năm, trích từ quỹ "
            "thi đua, khen thưởng."
        ),
        "effect": (
            "Sau một năm, số đề xuất sáng kiến tăng từ 4 lên 31, trong đó 12 sáng kiến được công "
            "nhận và áp dụng. Nhiều cải tiến nhỏ về quy trình đã giúp rút ngắn thời gian xử lý "
            "công việc hằng ngày."
        ),
        "replication": (
            "Có thể áp dụng tại mọi cơ quan, đơn vị; phù hợp để gắn với phong trào thi đua về "
            "cải cách hành chính."
        ),
    },
    # 5. Cải cách tài chính công
    {
        "sector": 5,
        "kind": "solution",
        "title": (
            "Thanh toán phí, lệ phí thủ tục hành chính bằng mã QR tại quầy tiếp nhận của Bộ phận "
            "Một cửa cấp xã"
        ),
        "summary": (
            "Mã QR thanh toán được niêm yết tại từng quầy tiếp nhận để người dân nộp phí, lệ phí "
            "bằng ứng dụng ngân hàng, tiền được chuyển thẳng vào tài khoản thu của đơn vị. Biên "
            "lai điện tử được gửi về điện thoại của người nộp."
        ),
        "problem": (
            "Tại Bộ phận Một cửa cấp xã, phí, lệ phí chứng thực, hộ tịch chủ yếu được thu bằng "
            "tiền mặt với số tiền nhỏ lẻ, công chức phải chuẩn bị tiền lẻ và lập biên lai. Cuối "
            "ngày, việc đối chiếu và nộp tiền vào tài khoản mất từ 30 đến 45 phút. Đã có trường "
            "hợp số tiền thu chênh lệch so với biên lai phải xử lý."
        ),
        "solution": (
            "Từ tháng 8/2023, một UBND phường mở tài khoản thu chuyên dùng và niêm yết mã QR tại "
            "mỗi quầy, nội dung chuyển khoản ghi mã hồ sơ. Người dân quét mã bằng ứng dụng ngân "
            "hàng; công chức xác nhận giao dịch trên màn hình và hệ thống phát hành biên lai "
            "điện tử gửi qua tin nhắn. Người không có tài khoản ngân hàng vẫn nộp tiền mặt như "
            "trước. Cuối ngày, sao kê tài khoản được đối chiếu tự động với danh sách biên lai."
        ),
        "novelty": (
            "Khâu xử lý tiền mặt tại cấp xã được loại bỏ phần lớn, bảo đảm mỗi khoản thu được "
            "ghi nhận minh bạch, đúng số tiền và đúng hồ sơ."
        ),
        "feasibility": (
            "Giải pháp dựa trên dịch vụ thanh toán và biên lai điện tử của ngân hàng thương mại, "
            "đơn vị không phải trả phí giao dịch. Chi phí ban đầu khoảng 12.000.000 đồng cho in "
            "mã QR, biển hướng dẫn và tập huấn."
        ),
        "effect": (
            "Sau 9 tháng, 68% khoản phí, lệ phí được thanh toán qua mã QR; không còn trường hợp "
            "chênh lệch tiền thu. Thời gian đối chiếu cuối ngày giảm xuống dưới 10 phút."
        ),
        "replication": (
            "Có thể áp dụng ngay tại Bộ phận Một cửa cấp xã, cấp huyện và các đơn vị sự nghiệp "
            "có thu phí."
        ),
    },
    {
        "sector": 5,
        "kind": "idea",
        "title": (
            "Công khai ngân sách cấp xã bằng biểu đồ dễ hiểu tại trụ sở, nhà văn hóa và trên "
            "điện thoại"
        ),
        "summary": (
            "Bên cạnh các biểu mẫu công khai ngân sách theo quy định, UBND cấp xã trình bày dự "
            "toán và quyết toán bằng biểu đồ, hình ảnh dễ hiểu, kèm mã QR để người dân xem chi "
            "tiết và gửi câu hỏi. Nội dung được cập nhật mỗi quý."
        ),
        "problem": (
            "Việc công khai ngân sách cấp xã hiện được thực hiện bằng các biểu mẫu số liệu dày "
            "đặc niêm yết tại trụ sở, rất ít người dân đọc và hiểu được. Người dân quan tâm đến "
            "các khoản chi cụ thể như sửa chữa đường làng, hỗ trợ đối tượng chính sách nhưng khó "
            "tìm thông tin. Chính quyền vì vậy chưa nhận được sự giám sát thực chất của cộng "
            "đồng."
        ),
        "solution": (
            "Cùng với biểu mẫu công khai theo quy định, bộ phận tài chính - kế toán cấp xã lập "
            "bản tóm tắt một trang gồm biểu đồ cơ cấu thu, chi, danh sách công trình lớn và tiến "
            "độ giải ngân. Bản tóm tắt được niêm yết tại trụ sở, nhà văn hóa thôn, tổ dân phố và "
            "đăng trên trang thông tin điện tử của xã. Mã QR trên bản tóm tắt dẫn tới số liệu "
            "chi tiết và biểu mẫu gửi câu hỏi; UBND cấp xã trả lời công khai trong 10 ngày làm "
            "việc. Nội dung được cập nhật theo quý và báo cáo tại kỳ họp HĐND cấp xã."
        ),
        "novelty": (
            "Công khai ngân sách chuyển từ đáp ứng yêu cầu hình thức sang phục vụ người đọc, có "
            "kênh hỏi đáp để người dân giám sát."
        ),
        "feasibility": (
            "Số liệu đã có sẵn trong phần mềm kế toán ngân sách xã, chỉ cần trình bày lại theo "
            "mẫu. Chi phí xây dựng mẫu chung và tập huấn cho một huyện dự kiến khoảng 55.000.000 "
            "đồng, sau đó mỗi xã chi khoảng 3.000.000 đồng mỗi năm cho in ấn."
        ),
        "effect": (
            "Dự kiến người dân hiểu rõ hơn cách sử dụng ngân sách địa phương, đồng thuận hơn với "
            "các công trình theo phương châm Nhà nước và nhân dân cùng làm. Các chỉ số về công "
            "khai, minh bạch trong khảo sát người dân được cải thiện."
        ),
        "replication": (
            "Có thể áp dụng tại tất cả xã, phường, thị trấn; cấp huyện có thể làm tương tự với "
            "ngân sách cấp huyện."
        ),
    },
    {
        "sector": 5,
        "kind": "solution",
        "title": (
            "Bảng theo dõi giải ngân vốn đầu tư công theo từng dự án, cảnh báo sớm dự án chậm so "
            "với kế hoạch"
        ),
        "summary": (
            "Tiến độ giải ngân vốn đầu tư công được cập nhật hằng tuần theo từng dự án và so "
            "sánh với kế hoạch giải ngân theo tháng. Dự án có tỷ lệ giải ngân thấp hơn kế hoạch "
            "quá 10 điểm phần trăm được cảnh báo để lãnh đạo chỉ đạo tháo gỡ."
        ),
        "problem": (
            "Tiến độ giải ngân vốn đầu tư công thường chỉ được tổng hợp theo tháng; khi báo cáo "
            "đến lãnh đạo, nhiều vướng mắc đã kéo dài. Các chủ đầu tư có xu hướng dồn hồ sơ "
            "thanh toán vào cuối năm, gây áp lực cho khâu kiểm soát chi và dễ dẫn đến phải điều "
            "chuyển vốn. Năm 2022, tỷ lệ giải ngân của đơn vị đến hết quý III chỉ đạt 41% kế "
            "hoạch."
        ),
        "solution": (
            "Từ tháng 2/2023, ban quản lý dự án thuộc một UBND cấp huyện yêu cầu mỗi dự án lập "
            "kế hoạch giải ngân theo tháng ngay từ đầu năm. Cán bộ theo dõi dự án cập nhật giá "
            "trị khối lượng hoàn thành, giá trị đã thanh toán và vướng mắc vào bảng dùng chung "
            "trước thứ Tư hằng tuần, đối chiếu với số liệu thanh toán qua dịch vụ công trực "
            "tuyến của kho bạc. Bảng tự động đánh dấu các dự án chậm so với kế hoạch và phân "
            "loại nguyên nhân theo nhóm: giải phóng mặt bằng, hồ sơ thanh toán, năng lực nhà "
            "thầu. Lãnh đạo tổ chức giao ban chuyên đề hai tuần một lần với các dự án bị cảnh "
            "báo."
        ),
        "novelty": (
            "Giải ngân được theo dõi theo kế hoạch tháng của từng dự án, giúp phát hiện sớm và "
            "phân loại nguyên nhân chậm thay vì chỉ theo dõi số tổng."
        ),
        "feasibility": (
            "Giải pháp sử dụng bảng tính trực tuyến và số liệu sẵn có từ dịch vụ công trực tuyến "
            "của kho bạc. Chi phí thiết lập và tập huấn khoảng 20.000.000 đồng."
        ),
        "effect": (
            "Năm 2023, tỷ lệ giải ngân đến hết quý III đạt 63%, cả năm đạt 96% kế hoạch vốn được "
            "giao. Số hồ sơ thanh toán dồn vào tháng cuối năm giảm khoảng một nửa so với năm "
            "trước."
        ),
        "replication": "Có thể áp dụng cho mọi chủ đầu tư sử dụng vốn đầu tư công ở các cấp.",
    },
    {
        "sector": 5,
        "kind": "idea",
        "title": (
            "Khoán chi văn phòng phẩm, in ấn gắn với mức giảm giấy tờ nhờ sử dụng văn bản điện tử"
        ),
        "summary": (
            "Định mức khoán chi văn phòng phẩm, in ấn, chuyển phát của từng bộ phận được xác "
            "định lại căn cứ mức độ sử dụng văn bản điện tử, phần tiết kiệm được dùng theo quy "
            "chế chi tiêu nội bộ. Cách làm này tạo động lực để công chức xử lý văn bản điện tử "
            "một cách thực chất."
        ),
        "problem": (
            "Mặc dù phần lớn văn bản đã được gửi, nhận trên môi trường điện tử, chi phí văn "
            "phòng phẩm, in ấn và chuyển phát của nhiều cơ quan giảm không tương xứng do thói "
            "quen in văn bản để đọc và trình ký song song. Dự toán các khoản chi này vẫn được "
            "xây dựng dựa trên mức chi của những năm trước. Chưa có cơ chế khuyến khích bộ phận "
            "làm tốt việc giảm giấy tờ."
        ),
        "solution": (
            "Bộ phận kế toán thống kê chi phí văn phòng phẩm, mực in, giấy và chuyển phát của "
            "từng bộ phận trong 2 năm gần nhất, đối chiếu với số văn bản điện tử được xử lý. "
            "Định mức khoán mới được xây dựng thấp hơn từ 20 đến 30% so với bình quân các năm "
            "trước, có lộ trình giảm dần. Bộ phận chi thấp hơn định mức được hưởng một phần kinh "
            "phí tiết kiệm theo quy chế chi tiêu nội bộ. Kết quả thực hiện được công khai hằng "
            "quý giữa các bộ phận."
        ),
        "novelty": (
            "Chuyển đổi số được gắn với lợi ích tài chính cụ thể của từng bộ phận, biến tiết "
            "kiệm thành động lực thay vì chỉ là yêu cầu hành chính."
        ),
        "feasibility": (
            "Phù hợp với cơ chế tự chủ về sử dụng kinh phí quản lý hành chính và quy chế chi "
            "tiêu nội bộ của cơ quan. Chi phí triển khai không đáng kể, khoảng 8.000.000 đồng "
            "cho việc thống kê và xây dựng định mức."
        ),
        "effect": (
            "Dự kiến giảm từ 25 đến 35% chi phí văn phòng phẩm, in ấn sau 2 năm, tương đương "
            "khoảng 60.000.000 đồng mỗi năm đối với một cơ quan có 100 công chức. Tỷ lệ văn bản "
            "được xử lý hoàn toàn trên môi trường điện tử tăng lên."
        ),
        "replication": (
            "Có thể áp dụng tại mọi cơ quan hành chính được giao tự chủ kinh phí quản lý hành "
            "chính."
        ),
    },
    {
        "sector": 5,
        "kind": "solution",
        "title": "Quản lý tài sản công bằng mã QR gắn trên từng tài sản, kiểm kê bằng điện thoại",
        "summary": (
            "Mỗi tài sản công của đơn vị được gắn mã QR định danh, liên kết với sổ theo dõi tài "
            "sản điện tử. Việc kiểm kê, điều chuyển và báo hỏng được thực hiện bằng cách quét mã "
            "trên điện thoại."
        ),
        "problem": (
            "Đơn vị quản lý hơn 3.000 tài sản gồm máy tính, bàn ghế, thiết bị chuyên môn phân bố "
            "tại nhiều điểm, được theo dõi bằng sổ sách và bảng tính. Mỗi đợt kiểm kê cuối năm "
            "mất khoảng 2 tuần với 6 người mà vẫn có chênh lệch giữa sổ sách và thực tế. Tài sản "
            "điều chuyển giữa các bộ phận thường không được cập nhật kịp thời."
        ),
        "solution": (
            "Từ tháng 9/2023, một đơn vị sự nghiệp công lập dán tem mã QR bền nhiệt lên từng tài "
            "sản; mỗi mã liên kết với thông tin về nguyên giá, năm đưa vào sử dụng, người sử "
            "dụng và vị trí. Khi kiểm kê, thành viên tổ kiểm kê quét mã bằng điện thoại, hệ "
            "thống tự đối chiếu với sổ tài sản và lập danh sách chênh lệch. Bộ phận sử dụng báo "
            "hỏng, đề nghị sửa chữa bằng cách quét mã và mô tả sự cố. Mọi việc điều chuyển tài "
            "sản được ghi nhận ngay trên hệ thống."
        ),
        "novelty": (
            "Tài sản được số hóa đến từng đơn vị tài sản, cho phép theo dõi toàn bộ vòng đời từ "
            "khi đưa vào sử dụng đến khi thanh lý."
        ),
        "feasibility": (
            "Sử dụng phần mềm quản lý tài sản mã nguồn mở, cài đặt trên máy chủ sẵn có. Tổng chi "
            "phí khoảng 45.000.000 đồng cho tem nhãn, cấu hình phần mềm và nhập dữ liệu ban đầu."
        ),
        "effect": (
            "Kỳ kiểm kê năm 2023 hoàn thành trong 3 ngày với 3 người, phát hiện và xử lý dứt "
            "điểm 57 trường hợp chênh lệch tồn đọng. Thời gian xử lý báo hỏng thiết bị rút ngắn "
            "từ khoảng 5 ngày xuống còn 2 ngày."
        ),
        "replication": (
            "Có thể áp dụng tại cơ quan hành chính, trường học, bệnh viện và các đơn vị sự "
            "nghiệp có nhiều tài sản phân tán."
        ),
    },
    {
        "sector": 5,
        "kind": "idea",
        "title": (
            "Mua sắm tập trung thiết bị công nghệ thông tin cho Bộ phận Một cửa cấp xã theo gói "
            "chung của cấp huyện"
        ),
        "summary": (
            "Cấp huyện tổng hợp nhu cầu và tổ chức mua sắm tập trung máy tính, máy quét, thiết "
            "bị đọc thẻ căn cước cho Bộ phận Một cửa của các xã, phường thay vì mỗi xã tự mua. "
            "Thiết bị được chuẩn hóa cấu hình và có chế độ bảo hành, bảo trì thống nhất."
        ),
        "problem": (
            "Mỗi UBND cấp xã tự tổ chức mua sắm thiết bị với số lượng nhỏ, tốn nhiều công sức "
            "lập hồ sơ mà không được hưởng giá ưu đãi. Cấu hình thiết bị không đồng nhất gây khó "
            "khăn khi cài đặt phần mềm, chữ ký số và hỗ trợ kỹ thuật. Một số xã mua máy quét tốc "
            "độ thấp, không đáp ứng yêu cầu số hóa hồ sơ."
        ),
        "solution": (
            "Đầu năm, bộ phận tài chính cấp huyện phối hợp với bộ phận phụ trách công nghệ thông "
            "tin xây dựng danh mục cấu hình chuẩn cho thiết bị của Bộ phận Một cửa cấp xã. Các "
            "xã đăng ký số lượng theo danh mục; cấp huyện tổng hợp và tổ chức một gói mua sắm "
            "chung theo quy định về đấu thầu. Hợp đồng bao gồm bảo hành tại chỗ và bảo trì định "
            "kỳ trong 3 năm. Thiết bị được giao trực tiếp đến từng xã, kinh phí do ngân sách xã "
            "chi trả theo số lượng đăng ký hoặc do cấp huyện hỗ trợ."
        ),
        "novelty": (
            "Mua sắm tập trung được áp dụng ở quy mô cấp huyện cho nhóm thiết bị đặc thù của Bộ "
            "phận Một cửa, gắn với chuẩn hóa cấu hình phục vụ số hóa."
        ),
        "feasibility": (
            "Mua sắm tập trung đã có cơ sở pháp lý và được thực hiện với nhiều nhóm tài sản "
            "khác. Chi phí tổ chức mua sắm cho một huyện có khoảng 20 xã dự kiến khoảng "
            "35.000.000 đồng, chưa bao gồm giá trị thiết bị."
        ),
        "effect": (
            "Dự kiến giá mua thiết bị giảm từ 10 đến 15% nhờ quy mô lớn, đồng thời cấp xã không "
            "phải lập nhiều hồ sơ mua sắm nhỏ lẻ. Thiết bị đồng bộ giúp hỗ trợ kỹ thuật nhanh và "
            "thuận lợi hơn."
        ),
        "replication": (
            "Có thể mở rộng cho các nhóm thiết bị dùng chung khác của cấp xã như máy chiếu, "
            "thiết bị hội nghị trực tuyến."
        ),
    },
    # 6. Xây dựng chính quyền điện tử, chính quyền số
    {
        "sector": 6,
        "kind": "solution",
        "title": "Ứng dụng trợ lý ảo tra cứu thủ tục hành chính tại Bộ phận Một cửa phường",
        "summary": (
            "Trợ lý ảo trả lời câu hỏi về thủ tục hành chính qua trang thông tin điện tử và tài "
            "khoản Zalo chính thức của phường, kể cả ngoài giờ hành chính. Trợ lý ảo hướng dẫn "
            "thành phần hồ sơ, phí, lệ phí, thời hạn giải quyết và dẫn đến trang nộp hồ sơ trực "
            "tuyến."
        ),
        "problem": (
            "Công chức Bộ phận Một cửa phường mỗi ngày nhận khoảng 80 cuộc gọi và tin nhắn hỏi "
            "về thủ tục, phần lớn là câu hỏi lặp lại về giấy tờ cần chuẩn bị. Ngoài giờ hành "
            "chính, người dân không có kênh nào để hỏi. Việc trả lời điện thoại làm gián đoạn "
            "công việc tiếp nhận hồ sơ tại quầy."
        ),
        "solution": (
            "Từ tháng 11/2023, một UBND phường đưa vào vận hành trợ lý ảo được xây dựng từ dữ "
            "liệu thủ tục hành chính đã công bố và bộ câu hỏi thường gặp do công chức một cửa "
            "tổng hợp. Trợ lý ảo trả lời trên trang thông tin điện tử và tài khoản Zalo chính "
            "thức của phường, kèm đường dẫn đến trang nộp hồ sơ trực tuyến tương ứng. Câu hỏi "
            "trợ lý ảo chưa trả lời được chuyển đến công chức phụ trách để trả lời trong giờ "
            "hành chính và bổ sung vào dữ liệu. Hằng tháng, công chức kiểm tra xác suất các câu "
            "trả lời để bảo đảm chính xác."
        ),
        "novelty": (
            "Trợ lý ảo được kết hợp với công chức theo cơ chế chuyển tiếp câu hỏi khó, nhờ đó dữ "
            "liệu hỏi đáp được hoàn thiện liên tục từ chính câu hỏi của người dân."
        ),
        "feasibility": (
            "Giải pháp sử dụng nền tảng trợ lý ảo thuê bao theo tháng, không cần đầu tư máy chủ. "
            "Chi phí năm đầu khoảng 120.000.000 đồng, gồm xây dựng dữ liệu, thuê bao và tập "
            "huấn."
        ),
        "effect": (
            "Sau 6 tháng, trợ lý ảo đã trả lời hơn 7.500 lượt câu hỏi, khoảng 35% trong số đó "
            "ngoài giờ hành chính; số cuộc gọi đến Bộ phận Một cửa giảm khoảng 45%. Tỷ lệ câu "
            "trả lời chính xác qua kiểm tra xác suất đạt 92%."
        ),
        "replication": (
            "Thủ tục hành chính cấp xã thống nhất trên toàn Thành phố nên trợ lý ảo có thể dùng "
            "chung cho các xã, phường, thị trấn với chi phí thấp hơn nhiều."
        ),
    },
    {
        "sector": 6,
        "kind": "solution",
        "title": (
            "Số hóa sổ đăng ký hộ tịch giấy giai đoạn 1990 - 2015 để cấp bản sao trích lục ngay "
            "trong ngày"
        ),
        "summary": (
            "Toàn bộ sổ đăng ký hộ tịch giấy lưu tại UBND xã được quét và nhập vào cơ sở dữ liệu "
            "hộ tịch điện tử. Người dân được cấp bản sao trích lục hộ tịch nhanh chóng, kể cả "
            "khi gửi yêu cầu trực tuyến."
        ),
        "problem": (
            "UBND xã đang lưu giữ khoảng 180 quyển sổ đăng ký khai sinh, kết hôn, khai tử từ năm "
            "1990 đến năm 2015, nhiều quyển đã ố vàng, rách mép. Mỗi lần cấp bản sao trích lục, "
            "công chức tư pháp - hộ tịch phải tra tìm thủ công, có trường hợp mất nửa ngày. "
            "Người dân gửi yêu cầu trực tuyến vẫn phải chờ đối chiếu sổ giấy nên thời gian trả "
            "kết quả không được rút ngắn."
        ),
        "solution": (
            "Từ tháng 3/2023, một UBND xã ngoại thành tổ chức quét toàn bộ sổ hộ tịch giấy và "
            "nhập các trường thông tin chính như họ tên, ngày sinh, họ tên cha, mẹ và số đăng ký "
            "vào cơ sở dữ liệu hộ tịch điện tử theo hướng dẫn nghiệp vụ. Việc nhập liệu do đoàn "
            "viên thanh niên và sinh viên thực tập đảm nhiệm; công chức tư pháp - hộ tịch kiểm "
            "tra, đối chiếu từng trang trước khi xác nhận. Sổ giấy sau khi số hóa được bảo quản "
            "trong hộp lưu trữ chuyên dụng và hạn chế lấy ra sử dụng. Yêu cầu cấp bản sao trích "
            "lục được tra cứu trên dữ liệu điện tử và trả kết quả dưới dạng bản điện tử hoặc bản "
            "giấy."
        ),
        "novelty": (
            "Lực lượng tình nguyện được huy động có kiểm soát chất lượng để số hóa dữ liệu hộ "
            "tịch cũ ở cấp xã với chi phí thấp."
        ),
        "feasibility": (
            "Chi phí chủ yếu cho máy quét, hộp lưu trữ và bồi dưỡng người nhập liệu, tổng cộng "
            "khoảng 75.000.000 đồng cho khoảng 52.000 trang sổ. Thời gian thực hiện khoảng 5 "
            "tháng."
        ),
        "effect": (
            "Toàn bộ 41.000 sự kiện hộ tịch đã được số hóa; thời gian cấp bản sao trích lục giảm "
            "từ 1 đến 2 ngày xuống còn trong ngày, phần lớn được trả trong 30 phút. Sổ gốc được "
            "bảo quản tốt hơn do hạn chế sử dụng trực tiếp."
        ),
        "replication": (
            "Có thể áp dụng tại các UBND cấp xã chưa hoàn thành số hóa dữ liệu hộ tịch cũ, đồng "
            "thời áp dụng cho sổ chứng thực."
        ),
    },
    {
        "sector": 6,
        "kind": "idea",
        "title": (
            "Khai thác dữ liệu cư trú qua ứng dụng VNeID thay cho yêu cầu nộp giấy xác nhận "
            "thông tin về cư trú"
        ),
        "summary": (
            "Ý tưởng đề xuất cơ chế thống nhất để công chức tiếp nhận khai thác thông tin cư trú "
            "của người dân qua ứng dụng VNeID hoặc Cơ sở dữ liệu quốc gia về dân cư, thay vì yêu "
            "cầu nộp giấy xác nhận thông tin về cư trú. Danh mục thủ tục áp dụng được rà soát và "
            "công khai."
        ),
        "problem": (
            "Từ ngày 01/01/2023, sổ hộ khẩu giấy không còn giá trị sử dụng, nhưng một số cơ "
            "quan, đơn vị vẫn yêu cầu người dân nộp giấy xác nhận thông tin về cư trú khi giải "
            "quyết thủ tục hoặc đăng ký nhập học. Người dân phải đến công an cấp xã để xin xác "
            "nhận, tốn thêm thời gian đi lại. Tại một phường, mỗi tháng có hàng trăm yêu cầu cấp "
            "giấy xác nhận cư trú phát sinh chủ yếu để nộp cho cơ quan khác."
        ),
        "solution": (
            "Rà soát các thủ tục hành chính và dịch vụ công thuộc thẩm quyền của Thành phố còn "
            "yêu cầu giấy tờ chứng minh nơi cư trú, xác định thủ tục có thể thay thế bằng khai "
            "thác dữ liệu. Tại các nơi tiếp nhận, công chức được trang bị thiết bị đọc thẻ căn "
            "cước hoặc sử dụng chức năng khai thác dữ liệu dân cư trên hệ thống giải quyết thủ "
            "tục hành chính. Người dân có thể xuất trình thông tin cư trú trên ứng dụng VNeID "
            "với tài khoản định danh điện tử mức độ 2. Danh mục thủ tục không yêu cầu giấy xác "
            "nhận cư trú được công khai để người dân biết và phản ánh khi bị yêu cầu trái quy "
            "định."
        ),
        "novelty": (
            "Chuyển từ việc người dân phải tự chứng minh thông tin sang việc cơ quan nhà nước "
            "khai thác dữ liệu đã có, đúng tinh thần Đề án 06."
        ),
        "feasibility": (
            "Cơ sở pháp lý và hạ tầng kết nối với Cơ sở dữ liệu quốc gia về dân cư đã cơ bản sẵn "
            "sàng. Kinh phí trang bị bổ sung thiết bị đọc thẻ căn cước và tập huấn dự kiến "
            "khoảng 3.500.000 đồng cho mỗi điểm tiếp nhận."
        ),
        "effect": (
            "Dự kiến phần lớn giấy xác nhận cư trú được cấp chỉ để nộp cho cơ quan khác sẽ không "
            "còn cần thiết, tiết kiệm thời gian đi lại của người dân. Công an cấp xã giảm tải "
            "công việc hành chính để tập trung cho nhiệm vụ chuyên môn."
        ),
        "replication": (
            "Có thể áp dụng trên toàn Thành phố và mở rộng cho trường học, cơ sở y tế và các đơn "
            "vị cung cấp dịch vụ công."
        ),
    },
    {
        "sector": 6,
        "kind": "solution",
        "title": "Ký số từ xa trên điện thoại giúp lãnh đạo xử lý văn bản khi đi công tác",
        "summary": (
            "Lãnh đạo đơn vị và lãnh đạo các phòng được cấp chữ ký số từ xa, cho phép phê duyệt "
            "và ký số văn bản trên điện thoại qua hệ thống quản lý văn bản và điều hành. Văn bản "
            "không còn phải chờ lãnh đạo về cơ quan mới được ký ban hành."
        ),
        "problem": (
            "Lãnh đạo thường xuyên đi công tác, họp ngoài cơ quan, trong khi chữ ký số dạng "
            "thiết bị chỉ dùng được trên máy tính tại cơ quan. Có thời điểm hàng chục văn bản "
            "chờ ký trong nhiều ngày, ảnh hưởng đến thời hạn giải quyết công việc. Một số văn "
            "bản phải ký tay rồi quét lại, làm giảm tỷ lệ văn bản điện tử."
        ),
        "solution": (
            "Từ tháng 7/2023, một số sở triển khai chữ ký số từ xa cho lãnh đạo sở và lãnh đạo "
            "các phòng, tích hợp với hệ thống quản lý văn bản và điều hành. Khi có văn bản trình "
            "ký, lãnh đạo nhận thông báo trên ứng dụng di động, xem toàn văn, ghi ý kiến và xác "
            "thực ký số bằng mã xác thực gửi đến điện thoại. Văn bản sau khi ký được tự động "
            "chuyển đến văn thư để cấp số và phát hành. Đơn vị ban hành quy định nội bộ về bảo "
            "mật thiết bị và cách xử lý khi mất điện thoại."
        ),
        "novelty": (
            "Khâu ký duyệt văn bản không còn phụ thuộc vào vị trí làm việc, khép kín quy trình "
            "xử lý văn bản điện tử."
        ),
        "feasibility": (
            "Dịch vụ chữ ký số từ xa đã được cung cấp rộng rãi cho cơ quan nhà nước. Chi phí năm "
            "đầu cho 30 tài khoản ký số từ xa và tích hợp hệ thống khoảng 60.000.000 đồng."
        ),
        "effect": (
            "Sau 9 tháng, thời gian trung bình từ khi trình đến khi ký văn bản giảm từ 2,1 ngày "
            "xuống còn 0,6 ngày. Tỷ lệ văn bản đi được ký số hoàn toàn đạt 98%."
        ),
        "replication": (
            "Có thể áp dụng tại tất cả cơ quan, đơn vị đang sử dụng hệ thống quản lý văn bản và "
            "điều hành của Thành phố."
        ),
    },
    {
        "sector": 6,
        "kind": "idea",
        "title": (
            "Kho giấy tờ điện tử dùng chung giữa cấp huyện và cấp xã để người dân không phải nộp "
            "lại giấy tờ đã có"
        ),
        "summary": (
            "Mọi giấy tờ, kết quả giải quyết thủ tục đã được số hóa ở một cấp chính quyền được "
            "lưu vào kho dữ liệu dùng chung, gắn với số định danh cá nhân của người dân. Khi "
            "người dân làm thủ tục khác, công chức khai thác lại giấy tờ trong kho thay vì yêu "
            "cầu nộp bản sao."
        ),
        "problem": (
            "Người dân làm nhiều thủ tục khác nhau ở cấp xã và cấp huyện thường phải nộp lại "
            "cùng một loại giấy tờ như giấy khai sinh, giấy chứng nhận kết hôn, giấy chứng nhận "
            "quyền sử dụng đất. Nhiều giấy tờ đã được số hóa khi tiếp nhận hồ sơ nhưng dữ liệu "
            "nằm rải rác và chưa được tái sử dụng. Tỷ lệ khai thác lại dữ liệu số hóa trong giải "
            "quyết thủ tục hành chính còn thấp."
        ),
        "solution": (
            "Ban hành quy chế để kết quả số hóa giấy tờ và kết quả giải quyết thủ tục ở cấp xã, "
            "cấp huyện được lưu vào kho quản lý dữ liệu điện tử của người dân, gắn với số định "
            "danh cá nhân và có chữ ký số xác thực. Khi tiếp nhận hồ sơ mới, hệ thống tự động "
            "gợi ý các giấy tờ đã có trong kho phù hợp với thành phần hồ sơ. Người dân chỉ cần "
            "đồng ý cho sử dụng lại thay vì nộp bản sao. Mọi lượt khai thác được ghi nhật ký để "
            "bảo đảm việc bảo vệ dữ liệu cá nhân theo quy định."
        ),
        "novelty": (
            "Nguyên tắc người dân chỉ cung cấp thông tin một lần cho cơ quan nhà nước được thực "
            "hiện bằng việc chủ động gợi ý giấy tờ đã có ngay khi tiếp nhận hồ sơ."
        ),
        "feasibility": (
            "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân đã có trên hệ thống giải quyết thủ "
            "tục hành chính, chỉ cần bổ sung chức năng gợi ý và quy chế khai thác. Kinh phí nâng "
            "cấp dự kiến khoảng 300.000.000 đồng cho toàn Thành phố."
        ),
        "effect": (
            "Dự kiến giảm đáng kể số bản sao giấy tờ người dân phải nộp và thời gian chuẩn bị hồ "
            "sơ. Tỷ lệ tái sử dụng dữ liệu số hóa tăng, góp phần cải thiện các chỉ số đánh giá "
            "về chuyển đổi số."
        ),
        "replication": (
            "Có thể áp dụng thống nhất trên toàn Thành phố và từng bước kết nối với các cơ quan "
            "ngành dọc."
        ),
    },
    {
        "sector": 6,
        "kind": "solution",
        "title": (
            "Tiếp nhận và xử lý phản ánh hiện trường qua tài khoản Zalo chính thức của phường, "
            "có ảnh và vị trí"
        ),
        "summary": (
            "Người dân gửi phản ánh về vệ sinh môi trường, trật tự đô thị, hạ tầng qua tài khoản "
            "Zalo chính thức của phường kèm ảnh và vị trí. Mỗi phản ánh được giao cho đơn vị xử "
            "lý và người dân nhận kết quả kèm ảnh sau xử lý."
        ),
        "problem": (
            "Người dân thường phản ánh về rác thải, lấn chiếm vỉa hè, đèn chiếu sáng hỏng qua "
            "điện thoại hoặc trực tiếp tại trụ sở, thông tin về vị trí thiếu cụ thể. Phản ánh "
            "được ghi chép thủ công, khó theo dõi tiến độ xử lý, người dân không biết phản ánh "
            "của mình đã được xử lý hay chưa. Đường dây nóng của phường nhận khoảng 150 phản ánh "
            "mỗi tháng, nhiều vụ việc bị phản ánh lặp lại."
        ),
        "solution": (
            "Từ tháng 5/2023, một UBND phường tiếp nhận phản ánh qua tài khoản Zalo chính thức; "
            "người dân gửi mô tả, ảnh chụp và chia sẻ vị trí. Công chức trực phân loại và chuyển "
            "đến tổ công tác phụ trách địa bàn hoặc bộ phận chuyên môn trong 2 giờ làm việc. Đơn "
            "vị xử lý cập nhật kết quả kèm ảnh sau xử lý; hệ thống tự động gửi thông báo cho "
            "người phản ánh. Hằng tuần, lãnh đạo phường xem xét các phản ánh quá hạn và những "
            "điểm phát sinh lặp lại để có biện pháp xử lý dứt điểm."
        ),
        "novelty": (
            "Vòng phản ánh, xử lý và phản hồi được khép kín trên một kênh quen thuộc với người "
            "dân; dữ liệu vị trí giúp xác định các điểm nóng lặp lại."
        ),
        "feasibility": (
            "Tài khoản Zalo chính thức đã được đơn vị đăng ký sử dụng; chi phí phát sinh chủ yếu "
            "cho chức năng quản lý phản ánh và tập huấn, khoảng 55.000.000 đồng. Nhân lực xử lý "
            "là các tổ công tác sẵn có."
        ),
        "effect": (
            "Sau 12 tháng, phường tiếp nhận 2.140 phản ánh, 94% được xử lý đúng hạn, thời gian "
            "xử lý trung bình 1,8 ngày. Số phản ánh lặp lại tại cùng một vị trí giảm khoảng 50%."
        ),
        "replication": (
            "Có thể áp dụng tại các phường, thị trấn và kết nối với hệ thống tiếp nhận phản ánh, "
            "kiến nghị chung của Thành phố."
        ),
    },
]
