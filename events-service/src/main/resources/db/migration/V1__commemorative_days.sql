-- Commemorative days and seasons plans tie activities to. A rule gives a day or a range of days each year, in the
-- solar calendar or in the Vietnamese lunar one; a day is national, or a unit's and its subtree's (scope_unit_code,
-- the code the unit bears today).
CREATE TABLE commemorative_day (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             VARCHAR(60)   NOT NULL UNIQUE,
    name_vi          VARCHAR(300)  NOT NULL,
    name_en          VARCHAR(300)  NOT NULL,
    calendar         VARCHAR(10)   NOT NULL CHECK (calendar IN ('SOLAR', 'LUNAR')),
    start_month      INT           NOT NULL CHECK (start_month BETWEEN 1 AND 12),
    start_day        INT           NOT NULL CHECK (start_day BETWEEN 1 AND 31),
    end_month        INT           CHECK (end_month BETWEEN 1 AND 12),
    end_day          INT           CHECK (end_day BETWEEN 1 AND 31),
    scope_unit_code  VARCHAR(40),
    legal_source     TEXT          NOT NULL,
    sectors          VARCHAR(200)  NOT NULL,
    valid_from_year  INT,
    valid_to_year    INT,
    CONSTRAINT commemorative_day_range CHECK ((end_month IS NULL) = (end_day IS NULL))
);

-- Every day the seed plans name, with its source.
INSERT INTO commemorative_day (code, name_vi, name_en, calendar, start_month, start_day, end_month, end_day,
        scope_unit_code, legal_source, sectors, valid_from_year, valid_to_year) VALUES
('BOOK_AND_READING_DAY', 'Ngày Sách và Văn hóa đọc Việt Nam', 'Vietnam Book and Reading Culture Day', 'SOLAR', 4, 21,
    NULL, NULL, NULL, 'Quyết định số 1862/QĐ-TTg ngày 04/11/2021 của Thủ tướng Chính phủ (trước đó Ngày Sách Việt Nam, Quyết định số 284/QĐ-TTg ngày 24/02/2014)',
    'LIBRARY', 2014, NULL),
('WORLD_BOOK_DAY', 'Ngày Sách và Bản quyền thế giới', 'World Book and Copyright Day', 'SOLAR', 4, 23, NULL, NULL, NULL,
    'UNESCO, Đại hội đồng lần thứ 28 (1995)', 'LIBRARY', 1996, NULL),
('INTERNATIONAL_MUSEUM_DAY', 'Ngày Quốc tế Bảo tàng', 'International Museum Day', 'SOLAR', 5, 18, NULL, NULL, NULL,
    'Hội đồng Bảo tàng Quốc tế (ICOM), 1977', 'MUSEUM', 1977, NULL),
('CULTURAL_HERITAGE_DAY', 'Ngày Di sản văn hóa Việt Nam', 'Vietnam Cultural Heritage Day', 'SOLAR', 11, 23, NULL, NULL,
    NULL, 'Quyết định số 1272/QĐ-TTg ngày 12/8/2005 của Thủ tướng Chính phủ', 'MUSEUM,GENERAL', 2005, NULL),
('LIFELONG_LEARNING_WEEK', 'Tuần lễ hưởng ứng học tập suốt đời', 'Lifelong Learning Week', 'SOLAR', 10, 1, 10, 7, NULL,
    'Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ: hằng năm từ ngày 01 đến 07 tháng 10',
    'LIBRARY,MUSEUM,CULTURAL_HOUSE_AND_CLUB,GENERAL', 2014, NULL),
('TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'LUNAR', 1, 1, 1, 3, NULL,
    'Bộ luật Lao động 2019, Điều 112', 'GENERAL', NULL, NULL),
('SPRING_PRESS_FESTIVAL', 'Hội báo Xuân', 'Spring Press Festival', 'LUNAR', 1, 1, 1, 15, NULL,
    'Kế hoạch của UBND tỉnh Đồng Nai (2014): hằng năm nhân dịp mừng Đảng, mừng Xuân, thư viện các cấp tổ chức Hội báo Xuân',
    'LIBRARY', NULL, NULL),
('SUMMER_READING', 'Hè đọc sách: hội thi kể chuyện và ngâm thơ theo sách', 'Summer reading season', 'SOLAR', 6, 1, 8, 31,
    NULL, 'Kế hoạch của UBND tỉnh Đồng Nai (2014): hằng năm nhân dịp Hè, thư viện các cấp tổ chức Hội thi kể chuyện và ngâm thơ theo sách hè',
    'LIBRARY', NULL, NULL),
('DONG_NAI_BOOK_WEEK', 'Tuần lễ Ngày Sách tỉnh Đồng Nai', 'Đồng Nai Book Week', 'SOLAR', 4, 19, 4, 23, '75',
    'Kế hoạch của UBND tỉnh Đồng Nai (2014): hằng năm nhân Ngày Sách Việt Nam (từ 19/4 đến 23/4), triển lãm, hội chợ sách',
    'LIBRARY', 2014, NULL);
