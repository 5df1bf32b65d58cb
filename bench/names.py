"""Word lists for the synthetic fact bases: name parts, places, sectors, kinds, roles, topics.

Plain data, no logic. People mix Azerbaijani, Chinese, Russian and English names;
places mix Azerbaijani and Chinese cities and regions, as the partnership's news does.
"""
from __future__ import annotations

AZ_MALE = (
    "Elnur", "Rashad", "Farid", "Kamran", "Orkhan", "Tural", "Elvin", "Ilham", "Anar", "Vugar", "Samir",
    "Nijat", "Rufat", "Elchin", "Zaur", "Mahir", "Emin", "Javid", "Togrul", "Babek", "Ilgar", "Azer",
    "Huseyn", "Ramil", "Natig", "Shahin", "Mirza", "Parviz", "Javanshir", "Rovshan", "Etibar", "Yusif",
    "Fuad", "Sahil", "Ziya", "Kanan", "Nadir", "Rauf", "Teymur", "Vusal",
)
AZ_FEMALE = (
    "Leyla", "Aygun", "Gunel", "Sevinj", "Nigar", "Aysel", "Lala", "Narmin", "Konul", "Shahla", "Sabina",
    "Gulnar", "Aynur", "Turkan", "Fidan", "Ulviyya", "Jamila", "Rana", "Arzu", "Sevda", "Khadija", "Nargiz",
)
AZ_SURNAMES = (
    "Mammadov", "Aliyev", "Huseynov", "Hasanov", "Guliyev", "Ismayilov", "Abbasov", "Karimov", "Rzayev",
    "Jafarov", "Mustafayev", "Babayev", "Ahmadov", "Suleymanov", "Orujov", "Valiyev", "Gasimov", "Nasirov",
    "Bayramov", "Aghayev", "Shukurov", "Rahimov", "Safarov", "Hajiyev", "Novruzov", "Zeynalov", "Mehdiyev",
    "Isgandarov", "Askarov", "Taghiyev", "Abdullayev", "Muradov", "Alakbarov", "Najafov", "Gurbanov",
)
# Russian-style spellings of Azerbaijani surnames, used as aliases (Mammadov -> Mamedov).
AZ_RU_SPELLING = {
    "Mammadov": "Mamedov", "Aliyev": "Aliev", "Huseynov": "Guseynov", "Hasanov": "Gasanov",
    "Guliyev": "Kuliev", "Ismayilov": "Ismailov", "Rzayev": "Rzaev", "Jafarov": "Dzhafarov",
    "Mustafayev": "Mustafaev", "Babayev": "Babaev", "Ahmadov": "Akhmedov", "Suleymanov": "Suleimanov",
    "Valiyev": "Veliev", "Gasimov": "Kasimov", "Aghayev": "Agaev", "Hajiyev": "Gadzhiev",
    "Mehdiyev": "Mekhtiev", "Isgandarov": "Iskenderov", "Taghiyev": "Tagiev", "Abdullayev": "Abdullaev",
    "Alakbarov": "Alekperov", "Gurbanov": "Kurbanov",
}
CN_SURNAMES = (
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
    "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du",
)
CN_GIVEN = (
    "Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Xiaoming", "Jianguo", "Jianhua", "Haiyan", "Lihua",
    "Guoqiang", "Zhiwei", "Yuxuan", "Zihan", "Haoran", "Yichen", "Xinyi", "Jiahui", "Mingyu", "Tianyu",
    "Ruoxi", "Shuang", "Qiang", "Peng", "Bo", "Tao", "Chao", "Gang", "Hui", "Ling", "Yan", "Ying", "Xin",
    "Kai", "Hao", "Lan", "Mei", "Ning", "Ping", "Rong", "Xue", "Yun", "Zhen", "Dongmei", "Hongwei", "Wenjie",
    "Xiaolong", "Yongjun", "Chunhua", "Guohua", "Weidong", "Zhiqiang", "Haitao", "Xiaoyan", "Hongliang",
)
CN_SYLLABLES = (
    "jian", "hua", "guo", "qiang", "zhi", "wei", "xiao", "ming", "hai", "yan", "li", "hong", "liang", "yu",
    "xuan", "zi", "han", "hao", "ran", "yi", "chen", "xin", "jia", "hui", "tian", "ruo", "xi", "dong", "mei",
    "wen", "jie", "long", "yong", "jun", "chun", "tao", "feng", "lin", "kang", "ning",
)
RU_MALE = (
    "Sergey", "Alexey", "Dmitry", "Andrey", "Mikhail", "Ivan", "Nikolai", "Vladimir", "Pavel", "Igor",
    "Oleg", "Yuri", "Maxim", "Artem", "Kirill", "Roman", "Anton", "Viktor", "Konstantin", "Boris",
)
RU_FEMALE = ("Elena", "Olga", "Natalia", "Irina", "Tatiana", "Svetlana", "Anna", "Maria", "Ekaterina", "Yulia")
RU_SURNAMES = (
    "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Sokolov", "Popov", "Lebedev", "Kozlov", "Novikov",
    "Morozov", "Volkov", "Solovyov", "Vasiliev", "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov",
    "Bogdanov", "Vorobyov", "Fedorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Orlov",
    "Kiselev", "Makarov", "Andreev",
)
RU_PATRONYMIC_ROOTS = ("Sergey", "Ivan", "Petr", "Nikolai", "Mikhail", "Alexandr", "Viktor", "Pavel", "Yuri", "Oleg")
EN_FIRST = (
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Thomas", "Charles", "Daniel",
    "Matthew", "Andrew", "Mark", "Paul", "Steven", "Emily", "Sarah", "Jessica", "Laura", "Rachel", "Emma",
    "Olivia", "Sophie", "Hannah", "Catherine", "Helen", "Alice", "Claire", "Grace", "Lucy",
)
EN_SURNAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young",
    "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts",
    "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
)
MIDDLE_INITIALS = tuple("ABCDEFGHJKLMNPRSTVW")

AZ_PLACES = (
    "Baku", "Ganja", "Sumgait", "Mingachevir", "Lankaran", "Shaki", "Shirvan", "Nakhchivan", "Guba",
    "Gabala", "Alat", "Shusha", "Aghdam", "Fuzuli", "Zangilan", "Yevlakh", "Masalli", "Shamakhi", "Goychay",
    "Khachmaz", "Barda", "Tovuz", "Agstafa", "Salyan",
)
CN_PLACES = (
    "Beijing", "Shanghai", "Xi'an", "Urumqi", "Chengdu", "Chongqing", "Shenzhen", "Guangzhou", "Tianjin",
    "Hangzhou", "Wuhan", "Zhengzhou", "Lanzhou", "Qingdao", "Xiamen", "Harbin", "Kunming", "Nanjing",
    "Jiangsu", "Shandong", "Zhejiang", "Xinjiang", "Guangdong", "Sichuan", "Henan", "Hubei", "Fujian",
    "Shaanxi", "Gansu", "Ningxia",
)
REGIONS = ("Caspian", "Silk Road", "Eurasian", "Middle Corridor", "Trans-Caspian", "Belt and Road", "Great Wall",
           "Absheron", "Karabakh", "Yangtze", "Pearl River")
SECTORS = (
    "Investment", "Export", "Trade", "Industrial", "Logistics", "Energy", "Green Energy", "Renewable Energy",
    "Petrochemical", "Agricultural", "Agro-Industrial", "Textile", "Automotive", "Electronics",
    "Construction", "Infrastructure", "Railway", "Port", "Digital", "Telecommunications", "Tourism",
    "Mining", "Steel", "Aluminium", "Pharmaceutical", "Food Processing", "Cotton", "Wine", "Finance",
    "Venture", "Innovation", "Technology", "Machinery", "Shipbuilding", "Chemical", "Solar", "Wind Power",
    "Water Management", "Cargo", "E-commerce",
)
# (name suffix, kind) of organizations
ORG_KINDS = (
    ("Development Agency", "agency"), ("Promotion Agency", "agency"), ("Agency", "agency"),
    ("Chamber of Commerce", "chamber"), ("Association", "association"), ("Group", "company"),
    ("Corporation", "company"), ("Company", "company"), ("Holding", "company"), ("Co., Ltd.", "company"),
    ("Fund", "fund"), ("Bank", "bank"), ("Industrial Park", "industrial park"),
    ("Free Economic Zone", "free zone"), ("Commission", "commission"), ("Committee", "committee"),
    ("Bureau", "bureau"), ("Center", "center"), ("Institute", "institute"), ("Council", "council"),
    ("Cluster", "cluster"), ("Office", "office"),
)
ORG_ROLES = (
    "Executive Director", "Director General", "Deputy Director General", "Chairman of the Board",
    "Deputy Chairman", "Chief Executive Officer", "Head of Investment Department",
    "Head of International Cooperation", "Vice President for International Cooperation", "Senior Adviser",
    "Commercial Counsellor", "Trade Representative", "Head of the Asia-Pacific Division", "Managing Director",
    "Deputy Minister", "Chief Economist", "Head of Foreign Capital Division", "President", "General Manager",
    "Regional Director",
)
EVENT_KINDS = (
    "conference", "forum", "business forum", "meeting", "roundtable", "exhibition", "summit", "seminar",
    "B2B meeting", "trade mission", "investment forum", "expo",
)
TOPICS = (
    "green energy cooperation", "the Middle Corridor", "joint industrial parks", "export of non-oil products",
    "digital trade", "logistics along the Trans-Caspian route", "agricultural exports to China",
    "Chinese investment in Azerbaijan's liberated territories", "renewable energy projects",
    "automotive assembly", "e-commerce platforms", "tourism flows", "the Alat Free Economic Zone",
    "joint ventures in petrochemicals", "railway connectivity", "port capacity at Alat", "textile production",
    "financing of joint projects", "technology transfer", "small and medium enterprises",
    "the Belt and Road Initiative", "visa facilitation for business travellers", "steel and aluminium supply",
    "pharmaceutical manufacturing", "cotton processing", "wine exports", "solar panel production",
    "water management technology", "smart cities", "training of engineers",
)
PURPOSES = (
    "to attract foreign investment into {sector} projects",
    "to promote exports of {sector} products to China",
    "to support joint ventures between Chinese and Azerbaijani companies in the {sector} sector",
    "to develop {sector} infrastructure in {place}",
    "to facilitate trade between {place} and Azerbaijan",
    "to finance {sector} projects along the Middle Corridor",
    "to expand cooperation in the {sector} sector",
    "to train specialists for the {sector} industry",
)
AGREEMENT_KINDS = (
    "Memorandum of Understanding", "Cooperation Agreement", "Investment Agreement", "Framework Agreement",
    "Protocol of Intent", "Memorandum of Cooperation",
)
INITIATIVE_TEMPLATES = (
    "Made in {place}", "Invest in {place}", "{place} Export Accelerator", "Digital Silk Road {place}",
    "Green Corridor {place}", "{region} Business Bridge", "{sector} Partners {place}", "{place} Trade Gateway",
)
COUNT_KEYS = ("export_trips", "trade_missions", "companies_supported", "projects", "jobs_created", "exhibitions",
              "contracts_signed", "investors_attracted")
PUBLISHERS = (
    ("Trend", "Baku"), ("APA", "Baku"), ("Report.az", "Baku"), ("Azertac", "Baku"), ("Xinhua", "Beijing"),
    ("China Daily", "Beijing"), ("CGTN", "Beijing"), ("Interfax", "Moscow"), ("Caspian News", "Baku"),
    ("Global Times", "Beijing"),
)
ORDINALS = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th")
