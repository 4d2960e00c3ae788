//! The words demonstration data is made of, in Russian, Uzbek (Latin, with ʻ U+02BB and ʼ U+02BC) and English.
//! Names of people are invented.

/// A text in ru / uz / en.
pub type Text3 = (&'static str, &'static str, &'static str);

/// Ministries and agencies of Uzbekistan.
pub const UZ_BODIES: &[(&str, Text3)] = &[
    (
        "ministry",
        (
            "Министерство экономики и финансов Республики Узбекистан",
            "Oʻzbekiston Respublikasi Iqtisodiyot va moliya vazirligi",
            "Ministry of Economy and Finance of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство инвестиций, промышленности и торговли Республики Узбекистан",
            "Oʻzbekiston Respublikasi Investitsiyalar, sanoat va savdo vazirligi",
            "Ministry of Investment, Industry and Trade of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство энергетики Республики Узбекистан",
            "Oʻzbekiston Respublikasi Energetika vazirligi",
            "Ministry of Energy of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство сельского хозяйства Республики Узбекистан",
            "Oʻzbekiston Respublikasi Qishloq xoʻjaligi vazirligi",
            "Ministry of Agriculture of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство транспорта Республики Узбекистан",
            "Oʻzbekiston Respublikasi Transport vazirligi",
            "Ministry of Transport of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство высшего образования, науки и инноваций Республики Узбекистан",
            "Oʻzbekiston Respublikasi Oliy taʼlim, fan va innovatsiyalar vazirligi",
            "Ministry of Higher Education, Science and Innovation of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство здравоохранения Республики Узбекистан",
            "Oʻzbekiston Respublikasi Sogʻliqni saqlash vazirligi",
            "Ministry of Health of Uzbekistan",
        ),
    ),
    (
        "ministry",
        (
            "Министерство культуры Республики Узбекистан",
            "Oʻzbekiston Respublikasi Madaniyat vazirligi",
            "Ministry of Culture of Uzbekistan",
        ),
    ),
    (
        "agency",
        (
            "Комитет по туризму Республики Узбекистан",
            "Oʻzbekiston Respublikasi Turizm qoʻmitasi",
            "Tourism Committee of Uzbekistan",
        ),
    ),
    (
        "agency",
        (
            "Агентство по внешней трудовой миграции",
            "Tashqi mehnat migratsiyasi agentligi",
            "Agency for External Labour Migration",
        ),
    ),
    (
        "company",
        (
            "АО «Узбекнефтегаз»",
            "«Oʻzbekneftgaz» AJ",
            "Uzbekneftegaz JSC",
        ),
    ),
    (
        "company",
        (
            "АО «Узбекистон темир йуллари»",
            "«Oʻzbekiston temir yoʻllari» AJ",
            "Uzbekistan Railways JSC",
        ),
    ),
];

/// Ministries, agencies and companies of Russia.
pub const RU_BODIES: &[(&str, Text3)] = &[
    (
        "ministry",
        (
            "Министерство экономического развития Российской Федерации",
            "Rossiya Federatsiyasi Iqtisodiy rivojlanish vazirligi",
            "Ministry of Economic Development of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство промышленности и торговли Российской Федерации",
            "Rossiya Federatsiyasi Sanoat va savdo vazirligi",
            "Ministry of Industry and Trade of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство энергетики Российской Федерации",
            "Rossiya Federatsiyasi Energetika vazirligi",
            "Ministry of Energy of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство сельского хозяйства Российской Федерации",
            "Rossiya Federatsiyasi Qishloq xoʻjaligi vazirligi",
            "Ministry of Agriculture of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство транспорта Российской Федерации",
            "Rossiya Federatsiyasi Transport vazirligi",
            "Ministry of Transport of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство науки и высшего образования Российской Федерации",
            "Rossiya Federatsiyasi Fan va oliy taʼlim vazirligi",
            "Ministry of Science and Higher Education of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство здравоохранения Российской Федерации",
            "Rossiya Federatsiyasi Sogʻliqni saqlash vazirligi",
            "Ministry of Health of Russia",
        ),
    ),
    (
        "ministry",
        (
            "Министерство культуры Российской Федерации",
            "Rossiya Federatsiyasi Madaniyat vazirligi",
            "Ministry of Culture of Russia",
        ),
    ),
    (
        "agency",
        (
            "Федеральное агентство по делам молодёжи",
            "Yoshlar ishlari federal agentligi",
            "Federal Agency for Youth Affairs",
        ),
    ),
    (
        "company",
        (
            "ОАО «Российские железные дороги»",
            "«Rossiya temir yoʻllari» OAJ",
            "Russian Railways",
        ),
    ),
    (
        "company",
        (
            "Госкорпорация «Росатом»",
            "«Rosatom» davlat korporatsiyasi",
            "Rosatom State Corporation",
        ),
    ),
    ("company", ("ПАО «КАМАЗ»", "«KAMAZ» OAJ", "KAMAZ PJSC")),
];

/// Invented people: (ru, uz, en) full names; even ones Uzbek, odd ones Russian.
pub const PEOPLE: &[Text3] = &[
    ("Алишер Рахимов", "Alisher Rahimov", "Alisher Rakhimov"),
    ("Дмитрий Соколов", "Dmitriy Sokolov", "Dmitry Sokolov"),
    ("Нодира Юсупова", "Nodira Yusupova", "Nodira Yusupova"),
    ("Ольга Воронцова", "Olga Vorontsova", "Olga Vorontsova"),
    ("Шерзод Турсунов", "Sherzod Tursunov", "Sherzod Tursunov"),
    ("Андрей Белов", "Andrey Belov", "Andrei Belov"),
    ("Гулноза Саидова", "Gulnoza Saidova", "Gulnoza Saidova"),
    ("Сергей Морозов", "Sergey Morozov", "Sergei Morozov"),
    ("Фаррух Гафуров", "Farrux Gʻafurov", "Farrukh Gafurov"),
    ("Елена Кравцова", "Yelena Kravtsova", "Elena Kravtsova"),
    ("Ойбек Маруфов", "Oybek Maʼrufov", "Oybek Marufov"),
    ("Павел Громов", "Pavel Gromov", "Pavel Gromov"),
];

/// Positions: (ru, uz, en).
pub const POSITIONS: &[Text3] = &[
    (
        "заместитель министра",
        "vazir oʻrinbosari",
        "Deputy Minister",
    ),
    (
        "начальник управления",
        "boshqarma boshligʻi",
        "Head of Department",
    ),
    ("советник", "maslahatchi", "Adviser"),
];

/// Pairings of the small data set (Uzbek region, Russian region).
pub const PAIRINGS: &[(&str, &str)] = &[
    ("UZ-SA", "RU-SVE"),
    ("UZ-TK", "RU-MOW"),
    ("UZ-TO", "RU-MOS"),
    ("UZ-FA", "RU-TA"),
    ("UZ-AN", "RU-BA"),
    ("UZ-BU", "RU-SPE"),
    ("UZ-NG", "RU-NVS"),
    ("UZ-QR", "RU-AST"),
    ("UZ-XO", "RU-KDA"),
    ("UZ-SU", "RU-CHE"),
];

/// Venues: (city ru/uz/en, place ru/uz/en, IANA zone).
pub const VENUES: &[(Text3, Text3, &str)] = &[
    (
        ("Ташкент", "Toshkent", "Tashkent"),
        ("Конгресс-холл", "Kongress-xoll", "Congress Hall"),
        "Asia/Tashkent",
    ),
    (
        ("Москва", "Moskva", "Moscow"),
        ("Дом приёмов", "Qabullar uyi", "Reception House"),
        "Europe/Moscow",
    ),
    (
        ("Самарканд", "Samarqand", "Samarkand"),
        (
            "Международный конгресс-центр",
            "Xalqaro kongress markazi",
            "International Congress Centre",
        ),
        "Asia/Samarkand",
    ),
    (
        ("Екатеринбург", "Yekaterinburg", "Yekaterinburg"),
        ("Экспоцентр", "Ekspomarkaz", "Expo Centre"),
        "Asia/Yekaterinburg",
    ),
    (
        ("Казань", "Qozon", "Kazan"),
        ("Казанская ратуша", "Qozon ratushasi", "Kazan City Hall"),
        "Europe/Moscow",
    ),
];

/// Standing agenda items: opening, status of previous instructions, signing, break, closing.
pub const OPENING: Text3 = (
    "Открытие заседания",
    "Majlisning ochilishi",
    "Opening of the session",
);
pub const REVIEW: Text3 = (
    "О ходе исполнения поручений предыдущих заседаний",
    "Oldingi majlislar topshiriqlari ijrosining borishi toʻgʻrisida",
    "Status of the instructions of previous sessions",
);
pub const SIGNING: Text3 = (
    "Подписание соглашений",
    "Kelishuvlarni imzolash",
    "Signing of agreements",
);
pub const BREAK: Text3 = ("Перерыв", "Tanaffus", "Break");
pub const CLOSING: Text3 = (
    "Закрытие заседания",
    "Majlisning yopilishi",
    "Closing of the session",
);

/// Openings of agenda titles, decisions and instructions, followed by a sector name.
pub const REPORT: Text3 = ("Доклад: ", "Maʼruza: ", "Report: ");
pub const DISCUSSION: Text3 = (
    "Обсуждение проектов: ",
    "Loyihalar muhokamasi: ",
    "Discussion of projects: ",
);
pub const DECISIONS: &[Text3] = &[
    (
        "Одобрить предложения о сотрудничестве. Отрасль: ",
        "Hamkorlik boʻyicha takliflar maʼqullansin. Tarmoq: ",
        "Approve the proposals for cooperation. Sector: ",
    ),
    (
        "Принять к сведению доклад. Отрасль: ",
        "Maʼruza maʼlumot uchun qabul qilinsin. Tarmoq: ",
        "Take note of the report. Sector: ",
    ),
    (
        "Поддержать перечень совместных проектов. Отрасль: ",
        "Qoʻshma loyihalar roʻyxati qoʻllab-quvvatlansin. Tarmoq: ",
        "Support the list of joint projects. Sector: ",
    ),
];
pub const INSTRUCTIONS: &[Text3] = &[
    (
        "Подготовить дорожную карту совместных проектов. Отрасль: ",
        "Qoʻshma loyihalar yoʻl xaritasini tayyorlash. Tarmoq: ",
        "Prepare a road map of joint projects. Sector: ",
    ),
    (
        "Представить предложения по финансированию. Отрасль: ",
        "Moliyalashtirish boʻyicha takliflar kiritish. Tarmoq: ",
        "Submit proposals on financing. Sector: ",
    ),
    (
        "Организовать визит делегации. Отрасль: ",
        "Delegatsiya tashrifini tashkil etish. Tarmoq: ",
        "Organise a delegation visit. Sector: ",
    ),
    (
        "Проинформировать Совет о ходе реализации. Отрасль: ",
        "Kengashni amalga oshirish borishi haqida xabardor qilish. Tarmoq: ",
        "Inform the Council of progress. Sector: ",
    ),
];
pub const REPORTS: &[&str] = &[
    "Информация направлена письмом в секретариат.",
    "Дорожная карта согласована сторонами и подписана.",
    "Maʼlumot kotibiyatga xat bilan yuborildi.",
    "The delegation visit took place; the programme is attached.",
];
pub const EXTENSION_REASONS: &[&str] = &[
    "Ожидается позиция российской стороны.",
    "Перенос сроков заседания рабочей группы.",
    "Hamkor tomonning javobi kutilmoqda.",
];
pub const AGREEMENT: Text3 = (
    "Соглашение о торгово-экономическом сотрудничестве",
    "Savdo-iqtisodiy hamkorlik toʻgʻrisidagi kelishuv",
    "Agreement on trade and economic cooperation",
);
pub const PROJECT: Text3 = ("Совместный проект: ", "Qoʻshma loyiha: ", "Joint project: ");
