"""The words the drafting rules read English news by: head nouns of names, role words, countries.

These are words of the *kind* of thing (an agency, a forum, a minister), never names
of particular records: the rules must work for any article an admin sends.
"""
from __future__ import annotations

ORG_HEADS = {
    "Agency", "Ministry", "Commission", "Office", "Center", "Centre", "Bank", "Fund", "Company", "Corporation",
    "Group", "Council", "Committee", "Association", "Chamber", "University", "Institute", "Authority",
    "Administration", "Department", "Bureau", "Service", "Foundation", "Union", "Organization", "Organisation",
    "Holding", "Holdings", "Embassy", "Consulate", "Representation", "Railways", "Airlines", "Exchange",
    "Industries", "Enterprise", "Enterprises", "Federation", "Partnership", "Port", "Cooperative", "Parliament",
    "Government", "Cabinet", "Academy", "Agencies", "Ltd", "LLC", "CJSC", "OJSC", "JSC", "Inc", "Co", "Limited",
    "Alliance", "Secretariat", "Directorate", "Zone", "Park", "Hub", "Trust", "Technopark", "College", "School",
    "Hospital", "Institution", "Society", "Consortium", "Venture", "Council", "Logistics", "Shipping", "Airways",
    "Motors", "Petroleum", "Technologies", "Systems", "Solutions",
}
EVENT_HEADS = {
    "Conference", "Forum", "Summit", "Exhibition", "Expo", "Fair", "Week", "Roundtable", "Symposium",
    "Congress", "Festival", "Seminar", "Dialogue", "Meeting", "Session", "Show", "Workshop", "Days",
}
# kind noun -> canonical event kind (the `kind` field)
EVENT_KINDS = {"conference": "conference", "forum": "forum", "summit": "summit", "exhibition": "exhibition",
               "expo": "exhibition", "fair": "fair", "week": "exhibition", "roundtable": "roundtable",
               "symposium": "symposium", "congress": "congress", "festival": "festival", "seminar": "seminar",
               "dialogue": "dialogue", "meeting": "meeting", "session": "meeting", "show": "exhibition",
               "workshop": "seminar", "days": "forum", "ceremony": "ceremony", "round table": "roundtable"}
ORG_KINDS = {"Centre": "center", "Holdings": "holding", "Enterprises": "company", "Enterprise": "company",
             "Co": "company", "Ltd": "company", "LLC": "company", "CJSC": "company", "OJSC": "company",
             "JSC": "company", "Inc": "company", "Limited": "company", "Corporation": "company",
             "Organisation": "organization", "Agencies": "agency", "Industries": "company",
             "Investments": "company", "Capital": "company", "Railways": "company", "Airlines": "company"}
CONNECTORS = {"of", "and", "for", "&", "on", "the", "de", "in"}
# capitalised words that begin sentences or clauses, never names
STOP_CAPS = {
    "The", "A", "An", "During", "In", "On", "At", "This", "That", "These", "Those", "With", "From", "By", "For",
    "According", "Under", "As", "Meanwhile", "Also", "Both", "Its", "His", "Her", "Their", "Our", "While",
    "After", "Before", "Since", "Speaking", "Addressing", "Following", "Within", "To", "It", "He", "She", "They",
    "We", "There", "Earlier", "Later", "Today", "Yesterday", "Besides", "Moreover", "Furthermore", "However",
    "Last", "Next", "Some", "All", "Over", "About", "Nearly", "More", "Of", "And", "Among", "Such", "Each",
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Photo", "Read", "Source", "Note", "FICTIONAL", "Fictional",
}
ROLE_WORDS = (
    "Executive|Deputy|Vice|First|Chief|General|Senior|Acting|Managing|Head|Director|Directors|Chairman|"
    "Chairwoman|Chairperson|Chair|President|Minister|Ambassador|Secretary|Governor|Mayor|CEO|CFO|COO|CTO|Consul|"
    "Counsellor|Counselor|Adviser|Advisor|Representative|Commissioner|Manager|Founder|Co-founder|Partner|"
    "Spokesperson|Spokesman|Spokeswoman|Envoy|Attaché|Prime|Member|Rector|Professor|Officer|Leader|Premier|"
    "Commercial|Economic|Trade|Assistant|Principal|Special|Permanent|Board|Regional|Country|Sales|Project"
)
HEAD_ROLES = {"executive director", "director general", "director-general", "general director", "chairman",
              "chairwoman", "chairperson", "president", "ceo", "head", "managing director", "rector", "director",
              "chairman of the board", "chairman of the management board", "governor", "secretary general",
              "secretary-general", "chief executive officer", "chairman of the management board"}
COUNTRIES = {
    "Azerbaijan": ("Azerbaijani", "Azerbaijan's", "Azerbaijan’s", "Azerbaijan"),
    "China": ("Chinese", "China's", "China’s", "China", "People's Republic of China"),
    "Russia": ("Russian", "Russia's", "Russia"), "Türkiye": ("Turkish", "Türkiye", "Turkey"),
    "Kazakhstan": ("Kazakh", "Kazakhstan"), "Uzbekistan": ("Uzbek", "Uzbekistan"), "Georgia": ("Georgian",),
    "Iran": ("Iranian", "Iran"), "Pakistan": ("Pakistani", "Pakistan"), "Turkmenistan": ("Turkmen",),
    "Kyrgyzstan": ("Kyrgyz",), "Tajikistan": ("Tajik",), "Hungary": ("Hungarian",), "Italy": ("Italian",),
    "Germany": ("German",), "France": ("French",), "Japan": ("Japanese",), "India": ("Indian",),
    "United States": ("American", "U.S."), "United Kingdom": ("British",), "Saudi Arabia": ("Saudi",),
    "United Arab Emirates": ("UAE", "Emirati"), "Israel": ("Israeli",), "Ukraine": ("Ukrainian",),
}
COUNTRY_WORDS = {w for forms in COUNTRIES.values() for w in forms} | set(COUNTRIES)
AGREEMENT_KINDS = [  # (pattern, kind), the longest first
    (r"memorand(?:um|a) of understanding|\bMoUs?\b", "Memorandum of Understanding"),
    (r"memorand(?:um|a)", "Memorandum of Understanding"),  # "a second memorandum": news shorthand for an MoU
    (r"(?:framework |cooperation |investment |intergovernmental |strategic |partnership |loan |supply )?"
     r"agreements?", "Agreement"),
    (r"contracts?", "Contract"), (r"protocols?", "Protocol"), (r"road ?maps?", "Roadmap"),
    (r"(?:joint )?declarations?", "Declaration"),
]
COUNTRY_OF = {form: country for country, forms in COUNTRIES.items() for form in forms} | {c: c for c in COUNTRIES}
# role words that are also written in lower case after a name ("Zhou Jianping, president of ...")
LOWER_ROLE_WORDS = ("executive|deputy|vice|first|chief|general|senior|acting|managing|head|director|chairman|"
                    "chairwoman|chairperson|chair|president|minister|ambassador|secretary|governor|mayor|consul|"
                    "counsellor|adviser|advisor|representative|commissioner|manager|founder|co-founder|"
                    "spokesperson|spokesman|spokeswoman|envoy|rector|professor|officer|leader|premier|assistant")
# unnamed events: "a round table on digital trade", "a groundbreaking ceremony for an electric bus plant"
EVENT_NOUNS = {"round table": "roundtable", "roundtable": "roundtable", "ceremony": "ceremony",
               "conference": "conference", "forum": "forum", "summit": "summit", "exhibition": "exhibition",
               "seminar": "seminar", "symposium": "symposium", "workshop": "seminar", "expo": "exhibition",
               "fair": "fair", "business forum": "forum", "meeting": "meeting"}
# capitals that are abbreviations of something else than an organization
NOT_ACRONYMS = {"USD", "AZN", "EUR", "CNY", "RMB", "GDP", "LLC", "OJSC", "CJSC", "JSC", "PLC", "LTD", "CEO", "CFO",
                "COO", "CTO", "B2B", "B2C", "MOU", "ICT", "IT", "AI", "EV", "EVS", "SME", "SMES", "FDI", "VAT", "UN",
                "EU", "US", "UK", "UAE", "PRC", "TV", "PR", "HQ", "BAKU", "FICTIONAL", "TEST", "ARTICLE"}
