#!/usr/bin/python3
"""Generate a synthetic corpus of Russian diplomacy news for benchmarking newskg.

    bench/gen_corpus.py --out DIR --mb N [--seed S] [--jobs J]

Writes about N megabytes (10^6 bytes; it stops at the first document that reaches N MB)
of press-release-like documents, DIR/0000/doc_000001.txt ... DIR/0000/doc_001000.txt,
DIR/0001/doc_001001.txt ..., 1000 documents a directory, each 1-6 KB of UTF-8.

The output is a pure function of --seed and --mb: the N MB corpus is a prefix of the 2N MB
one, whatever --jobs is. Names of countries, cities and given names come from the lexicon
(ontology/lexicon/*.ttl); everything else (surnames, templates, filler) is made up here.
Standard library only.
"""

import argparse
import datetime
import multiprocessing
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_LEXICON = os.path.join(HERE, "..", "ontology", "lexicon")
DOCS_PER_DIR = 1000
MIN_BYTES, MAX_BYTES = 1100, 5900

# --------------------------------------------------------------------------- lexicon


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def blocks(text):
    """Turtle subjects of the lexicon files: one block per blank-line-separated chunk."""
    return [b for b in re.split(r"\n\s*\n", text) if not b.lstrip().startswith("@prefix")]


def load_countries(lexdir):
    out = []  # (slug, nominative, genitive)
    for b in blocks(read(os.path.join(lexdir, "countries.ttl"))):
        if "a nkg:Country" not in b:
            continue
        slug = re.search(r"id:country\\/([\w-]+)", b)
        lab = re.search(r'rdfs:label "([^"]+)"@ru', b)
        gen = re.search(r'nkg:genitive "([^"]+)"@ru', b)
        if slug and lab and gen:
            out.append((slug.group(1), lab.group(1), gen.group(1)))
    return out


def load_cities(lexdir):
    out = {}  # country slug -> [nominative, ...], capital first (the file lists it first)
    for b in blocks(read(os.path.join(lexdir, "cities.ttl"))):
        if "a nkg:City" not in b:
            continue
        lab = re.search(r'rdfs:label "([^"]+)"@ru', b)
        cty = re.search(r"nkg:country id:country\\/([\w-]+)", b)
        if lab and cty:
            out.setdefault(cty.group(1), []).append(lab.group(1))
    return out


# Where each regional group starts in the lexicon's given-name lists (the file keeps the
# groups in a fixed order). Missing anchors just merge groups.
MASC_ANCHORS = [("slavic", "Александр"), ("ukr", "Олександр"), ("bel", "Аляксандр"),
                ("central", "Касым-Жомарт"), ("caucasus", "Ильхам"),
                ("mideast", "Реджеп"), ("western", "Дональд")]
FEM_ANCHORS = [("slavic", "Агата"), ("ukr", "Олена"), ("bel", "Алеся"), ("central", "Айгерим"), ("caucasus", "Лейла"),
               ("mideast", "Эмине"), ("western", "Урсула")]
# Familiar forms press releases never use for officials.
DIMINUTIVES = set("""Саша Женя Валя Миша Дима Лёша Коля Петя Вася Ваня Серёжа Володя Паша Витя Толя
Гоша Юра Костя Лёня Стас Влад Макс Гриша Федя Сеня Тёма Боря Гена Вова Маша Даша Катя Оля Таня
Наташа Лена Ира Аня Настя Юля Галя Люда Соня Вика Ксюша Надя Лиза Лера Алёнка Тоня Зина Рита
Джо Билли Бобби Джонни Ронни Джимми Дик Чак Тед Майк Бен Дэн Джей Хэл Лиз Кейт Пэтти""".split())
# Names whose vowel drops when declined.
FLEETING = {"Лев": "Льв", "Павел": "Павл"}


def split_groups(names, anchors):
    idx = [(g, names.index(a)) for g, a in anchors if a in names]
    if not idx:
        return {"all": names}
    groups = {}
    for k, (g, start) in enumerate(idx):
        end = idx[k + 1][1] if k + 1 < len(idx) else len(names)
        groups[g] = names[start:end]
    groups[idx[0][0]] = names[:idx[1][1] if len(idx) > 1 else len(names)]
    return groups


def load_given_names(lexdir):
    text = read(os.path.join(lexdir, "given-names.ttl"))
    m = text.index("nkg:masculineName")
    f = text.index("nkg:feminineName")
    masc = re.findall(r'"([^"]+)"', text[m:f])
    fem = re.findall(r'"([^"]+)"', text[f:])
    return split_groups(masc, MASC_ANCHORS), split_groups(fem, FEM_ANCHORS)


# --------------------------------------------------------------------------- grammar

SIBILANT = "жшчщц"
VELAR_SIB = "гкхжшчщ"
VOWELS = "аеёиоуыэюя"


def decline_a_stem(name):
    """The cases of a name in -а/-я, a woman's or a man's alike (Анна, Мария, Никита, Илья),
    or None for a vowel before -а."""
    s, prev = name[:-1], name[-2]
    if name[-1] == "я":
        return (name, s + "и", s + "ю", s + "ей")
    if prev in VOWELS:
        return None
    return (name, s + ("и" if prev in VELAR_SIB else "ы"), s + "у",
            s + ("ей" if prev in SIBILANT else "ой"))


def decline_given(name, fem):
    """(nominative, genitive, accusative, instrumental) of a given name, or None if the
    name's ending has no rule here (such names are not used)."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", name) or name in DIMINUTIVES:
        return None
    last = name[-1]
    if fem:
        if last in "ая":
            return decline_a_stem(name)  # Анна, Мария
        if last == "ь":
            s = name[:-1]
            return (name, s + "и", name, name + "ю")
        if last in VOWELS:
            return (name, name, name, name)  # indeclinable: Нино, Мари
        return (name, name, name, name)      # feminine names in a consonant: Айгерим
    # masculine
    if name in FLEETING:
        s = FLEETING[name]
        return (name, s + "а", s + "а", s + "ом")
    if name.endswith("ий") or last in "йь":
        s = name[:-1]
        return (name, s + "я", s + "я", s + "ем")
    if last in "ая":
        return decline_a_stem(name)  # Никита, Илья
    if last in VOWELS:
        return None  # Дмитро, Джо: skipped
    return (name, name + "а", name + "а", name + ("ем" if last in SIBILANT else "ом"))


def decline_surname(sur, kind, fem):
    """(nom, gen, acc, ins) of a surname in its masculine form `sur`."""
    if kind == "ov":        # Орлов, Алиев, Ильин
        if fem:
            return (sur + "а", sur + "ой", sur + "у", sur + "ой")
        return (sur, sur + "а", sur + "а", sur + "ым")
    if kind == "sky":       # Ковальский
        s = sur[:-2]
        if fem:
            return (s + "ая", s + "ой", s + "ую", s + "ой")
        return (sur, s + "ого", s + "ого", s + "им")
    if kind == "cons":      # Акопян, Фертен: men decline, women do not
        if fem:
            return (sur, sur, sur, sur)
        return (sur, sur + "а", sur + "а", sur + ("ем" if sur[-1] in SIBILANT else "ом"))
    return (sur, sur, sur, sur)  # -енко, -дзе, -швили, -зода, vowel-final foreign names


# Surnames are our own: lists and compositions below, in the masculine form.
SLAVIC_OV = """Орлов Соколов Воронцов Журавлев Лебедев Зайцев Рыбаков Комаров Тарасов Фомин
Шилов Щербаков Яковлев Гусев Киселев Никитин Ильин Сорокин Карпов Белоусов Громов Беляев
Куликов Мухин Субботин Воробьев Дроздов Савельев Латышев Мартынов Зимин Кудрявцев Баранов
Ефремов Лукин Голованов Прохоров Гордеев Анохин Сидельников Чернов Трофимов Ершов Ситников
Калинин Тихонов Галкин Медников Руднев Фадеев Осипов Жданов Рябов Полозов Шубин Сафонов
Ермолаев Гаврилов Белкин Бобров Владимиров Поляков Корнилов Кононов Горшков Лапин Быков
Селезнев Кравцов Устинов Мишин Панов Дорофеев Лаптев Носов Блинов Пестов Евсеев Колосов
Чижов Миронов Голубев Уваров Третьяков Карасев Широков Веселов Буров Кабанов Антипов""".split()
SLAVIC_SKY = """Ковальский Збруевский Островский Вишневский Добровольский Лозинский Соболевский
Дубровский Яблонский Пилецкий Заречный""".split()
SLAVIC_SKY = [s for s in SLAVIC_SKY if s.endswith("ий")]
UKR_ENKO = """Кравченко Шевчук Бондаренко Ткаченко Литвиненко Коваленко Гончаренко Марченко
Лысенко Руденко Мельниченко Кириленко Савченко Тимченко Онищенко Стельмахенко Яременко
Гриценко Оленченко Дорошенко""".split()
UKR_ENKO = [s for s in UKR_ENKO if s.endswith("енко")]
GEO = """Абашидзе Беридзе Кобахидзе Маргвеладзе Гоголадзе Чиквадзе Джапаридзе Лордкипанидзе
Церетели Кипшидзе Гелашвили Мачавариани Бериашвили Долидзе Квирикашвили Ломидзе Микеладзе
Надарейшвили Шенгелия Чхеидзе""".split()
GEO = [s for s in GEO if s.endswith(("дзе", "швили"))]
ARM = """Акопян Саркисян Манукян Оганесян Мартиросян Аветисян Карапетян Хачатрян Арутюнян
Мелконян Гаспарян Тер-Петросян Варданян Геворкян Казарян Симонян Мкртчян Габриелян
Бабаян Асатрян""".split()
TURKIC_A = """Ак Бек Кара Нур Жан Ер Сары Кул Тур Шер Сай Хан Дос Таш Айт Тем Жума Сул Абдул
Рах Саид Кады Токт Аман Кай Мам Юсуп Ораз Бер Дав Исмаил Сапар Мур Байр Алим""".split()
TURKIC_B = [("мурат", "ов"), ("бек", "ов"), ("ба", "ев"), ("та", "ев"), ("жан", "ов"),
            ("назар", "ов"), ("кул", "ов"), ("гали", "ев"), ("темир", "ов"), ("хан", "ов"),
            ("али", "ев"), ("мухамед", "ов"), ("берген", "ов"), ("ман", "ов"), ("гельды", "ев"),
            ("дин", "ов"), ("кер", "ов"), ("сеит", "ов"), ("бай", "ев"), ("сул", "ов")]
FOREIGN_A = """Фер Мар Сол Кар Бен Лин Хаз Дор Мон Рив Тал Кор Вал Бер Гар Дел Сан Лор Ман Ро Ха
Ка Ле Вин Брен Эс Кос Оль Ла Мо""".split()
FOREIGN_B = """тен ман сон ди рес лин дар ко ни берг ри гес ард тон ли ер ас ен ини ман тиг бах
ран вер мюл до""".split()


def surname_kinds():
    """Every surname we may use, per regional style, as (masculine form, kind)."""
    turkic = []
    for a in TURKIC_A:
        for b, suf in TURKIC_B:
            s = a + b
            if s[-1] == "й":
                s = s[:-1]
            turkic.append((s + suf, "ov"))
    tajik = [(a + b + "зода", "indecl") for a in TURKIC_A[:12] for b, _ in TURKIC_B[:6]]
    foreign = []
    for a in FOREIGN_A:
        for b in FOREIGN_B:
            s = a + b
            if s[-1] in "ай":
                continue
            foreign.append((s, "cons" if s[-1] not in VOWELS else "indecl"))
    return {
        "slavic": [(s, "ov") for s in SLAVIC_OV] * 3 + [(s, "sky") for s in SLAVIC_SKY]
                  + [(s, "indecl") for s in UKR_ENKO],
        "ukraine": [(s, "indecl") for s in UKR_ENKO] * 3 + [(s, "ov") for s in SLAVIC_OV],
        "central": turkic,
        "tajik": turkic + tajik * 2,
        "azer": turkic,
        "armenia": [(s, "cons") for s in ARM],
        "georgia": [(s, "indecl") for s in GEO],
        "mideast": foreign,
        "western": foreign,
    }


def locative(city):
    """'в Астане'-style phrase for a city, or None if our simple rules do not cover it."""
    if " " in city or "-" in city:
        return None
    special = {"Афины": "Афинах"}
    if city in special:
        form = special[city]
    else:
        last, prev = city[-1], city[-2]
        if last == "ь":
            return None  # Казань/Пермь (feminine) vs Тяньцзинь (masculine): not guessed
        if last == "а":
            form = city if prev in VOWELS else city[:-1] + "е"
        elif city.endswith("ия"):
            form = city[:-1] + "и"
        elif last == "я":
            form = city[:-1] + "е"
        elif last == "й":
            form = city[:-1] + "е"
        elif last in VOWELS:
            form = city
        else:
            form = city + "е"
    prep = "во" if (form[0] in "ВФ" and form[1] not in VOWELS + "ь") or form.startswith("Льв") else "в"
    return prep + " " + form


# --------------------------------------------------------------------------- vocabulary

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]

# Roles held for a country: key -> (nom, gen, ins, plural nom). Genitive = accusative.
ROLES = {
    "president": ("президент", "президента", "президентом", "президенты"),
    "pm": ("премьер-министр", "премьер-министра", "премьер-министром", "премьер-министры"),
    "vpm": ("вице-премьер-министр", "вице-премьер-министра", "вице-премьер-министром", "вице-премьер-министры"),
    "fm": ("министр иностранных дел", "министра иностранных дел", "министром иностранных дел",
           "министры иностранных дел"),
    "dfm": ("заместитель министра иностранных дел", "заместителя министра иностранных дел",
            "заместителем министра иностранных дел", "заместители министров иностранных дел"),
    "defence": ("министр обороны", "министра обороны", "министром обороны", "министры обороны"),
    "interior": ("министр внутренних дел", "министра внутренних дел", "министром внутренних дел",
                 "министры внутренних дел"),
    "justice": ("министр юстиции", "министра юстиции", "министром юстиции", "министры юстиции"),
    "economy": ("министр экономики", "министра экономики", "министром экономики", "министры экономики"),
    "finance": ("министр финансов", "министра финансов", "министром финансов", "министры финансов"),
    "energy": ("министр энергетики", "министра энергетики", "министром энергетики", "министры энергетики"),
    "transport": ("министр транспорта", "министра транспорта", "министром транспорта", "министры транспорта"),
    "health": ("министр здравоохранения", "министра здравоохранения", "министром здравоохранения",
               "министры здравоохранения"),
    "education": ("министр образования", "министра образования", "министром образования",
                  "министры образования"),
    "agri": ("министр сельского хозяйства", "министра сельского хозяйства",
             "министром сельского хозяйства", "министры сельского хозяйства"),
    "emergency": ("министр по чрезвычайным ситуациям", "министра по чрезвычайным ситуациям",
                  "министром по чрезвычайным ситуациям", "министры по чрезвычайным ситуациям"),
    "secsec": ("секретарь совета безопасности", "секретаря совета безопасности",
               "секретарем совета безопасности", "секретари советов безопасности"),
    "prosecutor": ("генеральный прокурор", "генерального прокурора", "генеральным прокурором",
                   "генеральные прокуроры"),
    "cgs": ("начальник генерального штаба", "начальника генерального штаба",
            "начальником генерального штаба", "начальники генеральных штабов"),
    "speaker": ("председатель парламента", "председателя парламента", "председателем парламента",
                "председатели парламентов"),
    "ambassador": ("посол", "посла", "послом", "послы"),
    "spokes": ("официальный представитель МИД", "официального представителя МИД",
               "официальным представителем МИД", "официальные представители МИД"),
}
MINISTER_ROLES = ["fm", "fm", "fm", "defence", "defence", "interior", "justice", "economy",
                  "finance", "energy", "transport", "health", "education", "agri", "emergency",
                  "secsec", "prosecutor", "cgs", "dfm", "vpm", "speaker", "ambassador"]

# Organizations: abbreviation -> (members, [(council genitive, role key, session noun)],
# (head role nom, gen, ins) and the genitive of what the head leads).
ORGS = {
    "ОДКБ": (["Россия", "Беларусь", "Казахстан", "Кыргызстан", "Таджикистан", "Армения"],
             [("Совета коллективной безопасности ОДКБ", "president", "сессия"),
              ("Совета министров иностранных дел ОДКБ", "fm", "заседание"),
              ("Совета министров обороны ОДКБ", "defence", "заседание"),
              ("Комитета секретарей советов безопасности ОДКБ", "secsec", "заседание")],
             ("генеральный секретарь", "генерального секретаря", "генеральным секретарем"), "ОДКБ"),
    "СНГ": (["Россия", "Беларусь", "Казахстан", "Кыргызстан", "Таджикистан", "Армения",
             "Азербайджан", "Узбекистан", "Туркменистан"],
            [("Совета глав государств СНГ", "president", "заседание"),
             ("Совета глав правительств СНГ", "pm", "заседание"),
             ("Совета министров иностранных дел СНГ", "fm", "заседание"),
             ("Совета министров обороны СНГ", "defence", "заседание")],
            ("председатель", "председателя", "председателем"), "Исполнительного комитета СНГ"),
    "ШОС": (["Россия", "Китай", "Индия", "Пакистан", "Казахстан", "Кыргызстан", "Таджикистан",
             "Узбекистан", "Иран", "Беларусь"],
            [("Совета глав государств — членов ШОС", "president", "заседание"),
             ("Совета министров иностранных дел ШОС", "fm", "заседание")],
            ("генеральный секретарь", "генерального секретаря", "генеральным секретарем"), "ШОС"),
    "ЕАЭС": (["Россия", "Беларусь", "Казахстан", "Кыргызстан", "Армения"],
             [("Высшего Евразийского экономического совета", "president", "заседание"),
              ("Евразийского межправительственного совета", "pm", "заседание")],
             ("председатель", "председателя", "председателем"), "Евразийской экономической комиссии"),
    "ОТГ": (["Турция", "Азербайджан", "Казахстан", "Кыргызстан", "Узбекистан"],
            [("Совета глав государств Организации тюркских государств", "president", "заседание"),
             ("Совета министров иностранных дел Организации тюркских государств", "fm", "заседание")],
            ("генеральный секретарь", "генерального секретаря", "генеральным секретарем"), "ОТГ"),
}
ORG_WEIGHTS = [("ОДКБ", 3), ("СНГ", 3), ("ШОС", 2), ("ЕАЭС", 2), ("ОТГ", 1)]

REGION = {
    "Россия": "slavic", "Беларусь": "slavic", "Украина": "ukraine", "Молдова": "slavic",
    "Казахстан": "central", "Кыргызстан": "central", "Узбекистан": "central",
    "Туркменистан": "central", "Таджикистан": "tajik", "Азербайджан": "azer",
    "Армения": "armenia", "Грузия": "georgia", "Сербия": "slavic", "Болгария": "slavic",
    "Польша": "slavic", "Чехия": "slavic", "Словакия": "slavic", "Монголия": "central",
    "Турция": "mideast", "Иран": "mideast", "Ирак": "mideast", "Сирия": "mideast",
    "Египет": "mideast", "Саудовская Аравия": "mideast", "ОАЭ": "mideast", "Катар": "mideast",
    "Афганистан": "mideast", "Пакистан": "mideast", "Иордания": "mideast", "Ливан": "mideast",
    "Алжир": "mideast", "Кувейт": "mideast", "Оман": "mideast", "Бахрейн": "mideast",
}
GIVEN_GROUP = {"slavic": "slavic", "ukraine": "ukr", "central": "central", "tajik": "central",
               "azer": "caucasus", "armenia": "caucasus", "georgia": "caucasus",
               "mideast": "mideast", "western": "western"}
# Countries that the news of this genre is mostly about, with weights.
FOCUS = {"Россия": 12, "Казахстан": 10, "Кыргызстан": 9, "Узбекистан": 9, "Таджикистан": 7,
         "Беларусь": 8, "Туркменистан": 5, "Азербайджан": 6, "Армения": 6, "Китай": 6,
         "Турция": 5, "Иран": 4, "Индия": 3, "Пакистан": 2, "Монголия": 2, "Грузия": 2,
         "Германия": 2, "Франция": 2, "Венгрия": 2, "Сербия": 2, "ОАЭ": 2, "Египет": 1}
# Heads of state that are not called президент.
NOT_PRESIDENT = set("Великобритания|Испания|Нидерланды|Бельгия|Дания|Норвегия|Швеция|Япония|"
                    "Саудовская Аравия|ОАЭ|Катар|Кувейт|Бахрейн|Оман|Иордания|Марокко|Таиланд|"
                    "Камбоджа|Малайзия|Канада|Австралия|Новая Зеландия|Ватикан".split("|"))

TOPICS_ACC = [
    "вопросы торгово-экономического сотрудничества", "ход реализации ранее достигнутых договоренностей",
    "перспективы расширения транспортно-логистических связей", "положение дел в регионе",
    "меры по противодействию терроризму и экстремизму", "сотрудничество в энергетической сфере",
    "подготовку к предстоящим мероприятиям на высшем уровне", "проекты в области цифровой экономики",
    "вопросы обеспечения продовольственной безопасности", "развитие гуманитарных и культурных связей",
    "взаимодействие в сфере образования и науки", "борьбу с незаконным оборотом наркотиков",
    "вопросы пограничной безопасности", "совместные проекты в обрабатывающей промышленности",
    "график двусторонних контактов на ближайшие месяцы", "сотрудничество в рамках многосторонних структур",
    "проблематику водно-энергетического комплекса", "меры по укреплению доверия в военной области",
    "противодействие киберпреступности", "вопросы миграционной политики",
    "состояние и перспективы инвестиционного сотрудничества", "ситуацию в Афганистане",
    "реализацию совместных инфраструктурных проектов", "вопросы промышленной кооперации",
    "развитие межрегиональных связей", "сотрудничество в сфере здравоохранения",
    "повестку предстоящего председательства", "итоги работы межправительственной комиссии",
    "вопросы взаимных поставок сельскохозяйственной продукции", "расширение прямого авиасообщения",
]
SUBJECTS_PL = ["Стороны", "Собеседники", "Участники встречи", "Главы делегаций", "Партнеры",
               "Представители сторон", "Участники переговоров"]
VERBS_PL = ["обсудили", "рассмотрели", "затронули", "подробно обсудили", "отдельно рассмотрели",
            "проанализировали"]
TAILS = ["", "", ", а также {t2}", " и договорились продолжить контакты на разных уровнях",
         ", отметив заинтересованность в дальнейшем углублении партнерства",
         " в доверительной и конструктивной атмосфере", ", уделив особое внимание практическим шагам"]
STANDALONE = [
    "Было отмечено, что товарооборот между странами по итогам прошлого года вырос на {n} процентов.",
    "Было отмечено, что за последние {n4} года число совместных предприятий увеличилось вдвое.",
    "Стороны подтвердили настрой на последовательное углубление стратегического партнерства.",
    "По итогам переговоров подписан пакет из {n2} документов о сотрудничестве в различных областях.",
    "Особое внимание было уделено реализации совместных проектов на общую сумму свыше {n3} млн долларов.",
    "Отмечалась важность регулярного диалога на высшем и высоком уровнях.",
    "Участники высказались за расширение обмена опытом между профильными ведомствами.",
    "Была подчеркнута необходимость координации позиций на международных площадках.",
    "Предметно обсуждались вопросы подготовки кадров и академической мобильности.",
    "Стороны договорились о проведении очередного заседания межправительственной комиссии до конца года.",
    "Договорено активизировать работу совместных рабочих групп по приоритетным направлениям.",
    "Отдельно обсуждалась подготовка к празднованию юбилея установления дипломатических отношений.",
    "Собеседники обменялись мнениями по актуальным вопросам международной и региональной повестки.",
    "Отмечен рост взаимных инвестиций и числа совместных предприятий.",
    "В числе приоритетов названы цифровизация таможенных процедур и развитие транзитных коридоров.",
    "Обе стороны выразили удовлетворение динамикой политического диалога.",
    "Было решено создать рабочую группу для проработки новых инициатив.",
]
QUOTES = [
    "Мы заинтересованы в дальнейшем развитии {adj} сотрудничества и готовы наполнять его новым содержанием",
    "Наши страны связывают давние традиции дружбы и взаимного уважения",
    "Убежден, что достигнутые сегодня договоренности послужат укреплению безопасности в регионе",
    "Нам удалось сверить позиции по всем ключевым вопросам повестки",
    "Мы видим значительный потенциал для наращивания {adj} взаимодействия",
    "Разговор был откровенным и содержательным, в том числе по тем темам, где наши оценки расходятся",
    "Важно, чтобы решения, которые мы принимаем, выполнялись в полном объеме и в срок",
    "Интеграционные процессы должны приносить ощутимую пользу гражданам наших государств",
    "Коллективная безопасность требует постоянной координации и доверия между союзниками",
    "Мы готовы и впредь предоставлять площадку для диалога по самым сложным вопросам",
]
ADJ_GEN = ["двустороннего", "многостороннего", "экономического", "военно-технического",
           "гуманитарного", "культурного", "инвестиционного", "транспортного"]
SAY_M = ["заявил", "подчеркнул", "отметил", "сказал", "заверил"]
SAY_F = ["заявила", "подчеркнула", "отметила", "сказала", "заверила"]
MENUS = [
    "Главная | Новости | Политика | Экономика | В мире | Контакты",
    "Главная » Новости » Политика",
    "Версия для слабовидящих\nRU | EN | KZ",
    "Главная\nНовости\nПолитика\nЭкономика\nВ мире\nПоиск",
    "Меню\nО министерстве\nПресс-центр\nНовости\nКонтакты",
    "Пресс-релизы / Новости / Внешняя политика",
]
FOOTERS = [
    "Поделиться:\nVK | Telegram | OK",
    "Поделиться",
    "Читайте также: Курс национальной валюты на этой неделе останется стабильным",
    "Читайте также: В столице открылась выставка современного искусства",
    "© {year} Все права защищены. При использовании материалов ссылка обязательна.",
    "Подписывайтесь на наш канал в Telegram",
    "Просмотров: {views}",
    "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
]
VISIT = ["официальным визитом", "рабочим визитом", "государственным визитом"]
PART_M = ("находящегося", "прибывшего")
PART_F = ("находящуюся", "прибывшую")


# --------------------------------------------------------------------------- world


class Person:
    __slots__ = ("nom", "gen", "acc", "ins", "snom", "fem", "initial")

    def __init__(self, g, s, fem):
        self.nom = g[0] + " " + s[0]
        self.gen = g[1] + " " + s[1]
        self.acc = g[2] + " " + s[2]
        self.ins = g[3] + " " + s[3]
        self.snom = s[0]
        self.initial = g[0][0] + ". " + s[0]
        self.fem = fem


class World:
    """Everything a document draws from; who holds an office is a pure function of
    (seed, country, office, term), so the corpus is the same whichever process makes it."""

    def __init__(self, lexdir, seed):
        self.seed = seed
        countries = load_countries(lexdir)
        cities = load_cities(lexdir)
        self.gen = {nom: gen for _, nom, gen in countries}
        self.cities = {}
        for slug, nom, _ in countries:
            if slug in cities:
                self.cities[nom] = cities[slug]
        self.hosts = [c for c in self.gen if c in self.cities]
        wts = [FOCUS.get(c, 0.3) for c in self.hosts]
        self.host_cum = list(_cum(wts))
        self.all_countries = list(self.gen)
        masc, fem = load_given_names(lexdir)
        self.given = {}
        for fem_flag, groups in ((False, masc), (True, fem)):
            for grp, names in groups.items():
                forms = [f for f in (decline_given(n, fem_flag) for n in names) if f]
                self.given[(grp, fem_flag)] = forms
        allm = [f for v in (self.given[k] for k in self.given if not k[1]) for f in v]
        allf = [f for v in (self.given[k] for k in self.given if k[1]) for f in v]
        self.given_any = {False: allm, True: allf}
        self.surnames = surname_kinds()
        self.loc = {}
        for c, cl in self.cities.items():
            for city in cl:
                self.loc[city] = locative(city)
        self.holders = {}

    def pick_host(self, rng):
        return rng.choices(self.hosts, cum_weights=self.host_cum)[0]

    def person(self, key, region, fem_share):
        r = random.Random("%d|%s" % (self.seed, key))
        fem = r.random() < fem_share
        grp = GIVEN_GROUP.get(region, "western")
        names = self.given.get((grp, fem)) or self.given_any[fem]
        g = r.choice(names)
        sur, kind = r.choice(self.surnames.get(region, self.surnames["western"]))
        return Person(g, decline_surname(sur, kind, fem), fem)

    def holder(self, country, role, year):
        """Who holds `role` for `country` in `year` (terms of 2-6 years, staggered)."""
        k = (country, role)
        spec = self.holders.get(k)
        if spec is None:
            r = random.Random("%d|term|%s|%s" % (self.seed, country, role))
            spec = self.holders[k] = (r.randint(2, 6), r.randint(0, 5), {})
        length, off, cache = spec
        term = (year - 2000 + off) // length
        p = cache.get(term)
        if p is None:
            fem_share = 0.08 if role in ("president", "pm", "defence", "cgs", "secsec") else 0.25
            if role == "spokes":
                fem_share = 0.6
            p = cache[term] = self.person("%s|%s|%d" % (country, role, term),
                                          REGION.get(country, "western"), fem_share)
        return p

    def org_head(self, org, year):
        members = ORGS[org][0]
        k = ("@" + org, "head")
        spec = self.holders.get(k)
        if spec is None:
            spec = self.holders[k] = (3, 0, {})
        term = (year - 2000) // 3
        p = spec[2].get(term)
        if p is None:
            r = random.Random("%d|orghead|%s|%d" % (self.seed, org, term))
            c = r.choice(members)
            p = spec[2][term] = self.person("org|%s|%d" % (org, term), REGION.get(c, "western"), 0.15)
        return p

    def head_role(self, country):
        return "pm" if country in NOT_PRESIDENT else "president"

    def place(self, rng, country, capital_share=0.7):
        cl = self.cities[country]
        city = cl[0] if (len(cl) == 1 or rng.random() < capital_share) else rng.choice(cl[1:])
        return city


def _cum(ws):
    t = 0.0
    for w in ws:
        t += w
        yield t


# --------------------------------------------------------------------------- documents


def cap(s):
    return s[:1].upper() + s[1:]


class Doc:
    """Builds one document; rng is the batch's generator."""

    def __init__(self, w, rng):
        self.w, self.r = w, rng
        d0 = datetime.date(2015, 1, 1).toordinal()
        self.date = datetime.date.fromordinal(d0 + rng.randrange(4015))

    # dates -----------------------------------------------------------------
    def long_date(self, d=None, year=True):
        d = d or self.date
        s = "%d %s" % (d.day, MONTHS_GEN[d.month - 1])
        return s + (" %d года" % d.year if year else "")

    def header_date(self, city):
        d, r = self.date, self.r
        k = r.randrange(8)
        if k == 0:
            return "%02d.%02d.%d" % (d.day, d.month, d.year), None
        if k == 1:
            return d.isoformat(), None
        if k == 2:
            return self.long_date(), None
        if k == 3:
            return "Опубликовано: %02d.%02d.%d, %02d:%02d" % (d.day, d.month, d.year,
                                                             r.randrange(8, 22), r.randrange(60)), None
        if k == 4:
            return "%s, %s %d г." % (city, self.long_date(year=False), d.year), None
        if k == 5:
            return "%s, %02d:%02d" % (self.long_date(), r.randrange(8, 22), r.randrange(60)), None
        # dateline opening the lead: "АСТАНА, 12 марта."
        return None, "%s, %s. " % (city.upper(), self.long_date(year=False))

    def text_date(self, have_header):
        r = self.r
        k = r.randrange(6)
        if have_header and k == 0:
            return "сегодня"
        if have_header and k == 1:
            return "вчера"
        if k == 2:
            d = self.date
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if k == 3:
            return self.long_date(year=False)
        return self.long_date()

    def in_city(self, city):
        loc = self.w.loc.get(city)
        if loc is None or self.r.random() < 0.1:
            return "в городе " + city
        return loc

    # people ----------------------------------------------------------------
    def official(self, country, role):
        return self.w.holder(country, role, self.date.year)

    def said(self, p):
        return self.r.choice(SAY_F if p.fem else SAY_M)

    def quote(self, p, who):
        q = self.r.choice(QUOTES).format(adj=self.r.choice(ADJ_GEN))
        return "«%s», — %s %s." % (q, self.said(p), who)

    def mention(self, p):
        k = self.r.randrange(5)
        return p.nom if k < 2 else (p.initial if k == 2 else p.snom)

    # filler ----------------------------------------------------------------
    def filler_sentence(self):
        r = self.r
        if r.random() < 0.45:
            return r.choice(STANDALONE).format(n=r.choice((5, 6, 7, 8, 9, 10, 11, 12, 15, 17, 18, 20, 25, 30, 35, 40)),
                                               n4=r.randint(2, 4), n2=r.randint(5, 20),
                                               n3=r.randint(50, 900))
        t1, t2 = r.sample(TOPICS_ACC, 2)
        tail = r.choice(TAILS).format(t2=t2)
        return "%s %s %s%s." % (r.choice(SUBJECTS_PL), r.choice(VERBS_PL), t1, tail)

    def filler(self, n):
        return " ".join(self.filler_sentence() for _ in range(n))

    # kinds of event --------------------------------------------------------
    def reception(self, hdr, dl):
        """A head of state receives a foreign official."""
        w, r = self.w, self.r
        x = w.pick_host(r)
        y = w.pick_host(r)
        while y == x:
            y = w.pick_host(r)
        hr = w.head_role(x)
        h = self.official(x, hr)
        gr = r.choice(["fm", "fm", "defence", "secsec", "pm", "speaker", "interior", "economy"])
        g = self.official(y, gr)
        city = w.cities[x][0]
        if r.random() < 0.6:
            where = "%s %s" % ((PART_F if g.fem else PART_M)[0], self.in_city(city))
        else:
            where = "%s в столицу %s" % ((PART_F if g.fem else PART_M)[1], w.gen[x])
        verb = "приняла" if h.fem else "принял"
        date = self.text_date(hdr)
        title = "%s %s %s %s %s" % (h.nom, verb, ROLES[gr][1], w.gen[y], g.acc)
        lead = "%s%s %s %s %s %s %s %s %s, %s с %s." % (
            dl, cap(ROLES[hr][0]), w.gen[x], h.nom, date, verb, ROLES[gr][1], w.gen[y], g.acc,
            where, r.choice(VISIT))
        body = [
            "%s %s %s. %s" % ("Глава государства" if hr == "president" else "Глава правительства",
                              "поприветствовала" if h.fem else "поприветствовал",
                              "гостью" if g.fem else "гостя", self.filler(1)),
            "%s %s о ходе выполнения ранее достигнутых договоренностей. %s" % (
                self.mention(g), "проинформировала" if g.fem else "проинформировал", self.filler(1)),
        ]
        if r.random() < 0.6:
            body.append(self.quote(h, h.snom))
        return title, city, [lead] + body

    def talks(self, hdr, dl, phone=False):
        w, r = self.w, self.r
        x = w.pick_host(r)
        y = w.pick_host(r)
        while y == x:
            y = w.pick_host(r)
        role = r.choice(MINISTER_ROLES[:18] + ["president", "pm"])
        if role in ("president", "pm") and (w.head_role(x) != role or w.head_role(y) != role):
            role = "fm"
        h, g = self.official(x, role), self.official(y, role)
        city = w.place(r, x)
        date = self.text_date(hdr)
        if phone:
            verb = "провела телефонный разговор" if h.fem else "провел телефонный разговор"
            lead = "%s%s %s %s %s %s с %s %s %s." % (
                dl, cap(ROLES[role][0]), w.gen[x], h.nom, date, verb, ROLES[role][2], w.gen[y], g.ins)
            title = "%s и %s провели телефонный разговор" % (h.snom, g.snom)
        else:
            verb = r.choice([("провел переговоры", "провела переговоры"),
                             ("встретился", "встретилась"), ("провел встречу", "провела встречу"),
                             ("провел консультации", "провела консультации")])[h.fem]
            form = r.randrange(3)
            if form == 0:
                lead = "%s %s %s %s %s %s с %s %s %s." % (
                    ROLES[role][0], w.gen[x], h.nom, date, self.in_city(city), verb,
                    ROLES[role][2], w.gen[y], g.ins)
            elif form == 1:
                lead = "%s %s %s %s %s %s с %s %s %s, %s с %s." % (
                    date, self.in_city(city), ROLES[role][0], w.gen[x], h.nom, verb,
                    ROLES[role][2], w.gen[y], g.ins, "прибывшей" if g.fem else "прибывшим",
                    r.choice(VISIT))
            else:
                lead = "%s, %s %s, %s %s %s с %s %s %s." % (
                    h.nom, ROLES[role][0], w.gen[x], date, self.in_city(city), verb,
                    ROLES[role][2], w.gen[y], g.ins)
            lead = dl + cap(lead)
            title = r.choice(["%s и %s обсудили сотрудничество" % (x, y),
                              "%s %s %s" % (h.nom, verb, "с коллегой из " + w.gen[y]),
                              "%s и %s обсудили двустороннюю повестку" % (h.snom, g.snom)])
        body = [self.filler(r.randint(1, 3))]
        if r.random() < 0.7:
            p = r.choice((h, g))
            body.append(self.quote(p, self.mention(p)))
        if not phone and r.random() < 0.3:
            # A second event in the same text.
            z = w.pick_host(r)
            if z not in (x, y):
                hz = self.official(z, w.head_role(z))
                body.append("В тот же день %s %s %s %s %s %s %s. %s" % (
                    ROLES[role][0], w.gen[y], g.nom, "была принята" if g.fem else "был принят",
                    ROLES[w.head_role(z)][2], w.gen[z], hz.ins, self.filler(1)))
        return title, city, [lead] + body

    def session(self, hdr, dl, summit=False):
        w, r = self.w, self.r
        org = r.choices([o for o, _ in ORG_WEIGHTS], weights=[k for _, k in ORG_WEIGHTS])[0]
        members, councils, head, head_of = ORGS[org]
        members = [m for m in members if m in w.gen]
        if summit:
            council, role, noun = next((c for c in councils if c[1] == "president"), councils[0])
        else:
            council, role, noun = r.choice(councils)
        x = r.choice([m for m in members if m in w.cities] or w.hosts)
        if role == "president" and w.head_role(x) != role:
            role = w.head_role(x)
        city = w.place(r, x, 0.8)
        chair = self.official(x, role)
        date = self.text_date(hdr)
        others = [m for m in members if m != x]
        r.shuffle(others)
        others = others[:r.randint(2, max(2, len(others)))]
        ppl = [(c, self.official(c, role)) for c in others]
        verb = r.choice(["состоялось", "прошло"]) if noun == "заседание" else r.choice(["состоялась", "прошла"])
        if summit:
            title = "%s принимает саммит %s" % (city, org)
            lead = "%s%s %s %s %s %s под председательством %s %s %s." % (
                dl, cap(date), self.in_city(city), verb, noun, council, ROLES[role][1], w.gen[x], chair.gen)
        else:
            title = "%s %s %s %s" % (cap(self.in_city(city)), verb, noun, council)
            lead = "%s%s %s %s %s %s. Председательствовал%s %s %s %s." % (
                dl, cap(noun), council, verb, date, self.in_city(city), "а" if chair.fem else "",
                ROLES[role][0], w.gen[x], chair.nom)
        if r.random() < 0.5:
            items = ["%s %s" % (w.gen[c], p.nom) for c, p in ppl]
            lst = ", ".join(items[:-1]) + " и " + items[-1] if len(items) > 1 else items[0]
            part = "В %s приняли участие %s %s" % ("заседании" if noun == "заседание" else "сессии",
                                                 ROLES[role][3], lst)
        else:
            part = "В работе %s участвовали:%s" % (
                "заседания" if noun == "заседание" else "сессии",
                "".join("\n— %s %s %s;" % (ROLES[role][0], w.gen[c], p.nom) for c, p in ppl)[:-1])
        if r.random() < 0.6:
            hp = w.org_head(org, self.date.year)
            part += ", а также %s %s %s" % (head[0], head_of, hp.nom)
        paras = [lead, part + "."]
        paras.append(self.filler(r.randint(1, 3)))
        p = r.choice(ppl)[1]
        paras.append("Открывая %s, %s %s, что %s" % (
            "заседание" if noun == "заседание" else "сессию", chair.snom,
            "отметила" if chair.fem else "отметил",
            r.choice(["обстановка в регионе требует более тесной координации.",
                      "интеграционные процессы набирают динамику.",
                      "повестка организации становится все более насыщенной.",
                      "союзники должны действовать слаженно."])))
        if r.random() < 0.6:
            paras.append(self.quote(p, self.mention(p)))
        paras.append("Следующее %s решено провести в %s году." % (
            "заседание" if noun == "заседание" else "сессию", self.date.year + 1))
        return title, city, paras

    def statement(self, hdr, dl):
        w, r = self.w, self.r
        x = w.pick_host(r)
        p = self.official(x, "spokes")
        y = w.pick_host(r)
        city = w.cities[x][0]
        title = "МИД %s прокомментировал ситуацию вокруг %s" % (w.gen[x], w.gen[y])
        lead = "%s%s %s %s %s, что %s" % (
            dl, cap(ROLES["spokes"][0]), w.gen[x], p.nom, "заявила" if p.fem else "заявил",
            r.choice(["официальная позиция остается неизменной.",
                      "двусторонние отношения развиваются в позитивном ключе.",
                      "диалог будет продолжен в ближайшее время.",
                      "страна поддерживает политическое урегулирование."]))
        return title, city, [lead, self.filler(r.randint(2, 3)),
                             "По словам %s, %s" % (p.gen, self.filler_sentence()[0].lower()
                                                   + self.filler_sentence()[1:])]

    # assembly ----------------------------------------------------------------
    def build(self):
        r = self.r
        kind = r.choices(("rec", "talks", "phone", "session", "summit", "statement"),
                         cum_weights=(25, 47, 55, 80, 88, 100))[0]
        # The dateline city is decided by the event; make a provisional header first.
        header_kind = r.random()
        menu = r.choice(MENUS) if r.random() < 0.3 else None
        target = r.randint(MIN_BYTES, MAX_BYTES)
        # A placeholder dateline is filled in once the event's city is known.
        use_dateline = header_kind < 0.25
        hdr_present = not use_dateline and header_kind < 0.9
        dl = "\x00" if use_dateline else ""
        if kind == "rec":
            title, city, paras = self.reception(hdr_present or use_dateline, dl)
        elif kind in ("talks", "phone"):
            title, city, paras = self.talks(hdr_present or use_dateline, dl, phone=kind == "phone")
        elif kind == "statement":
            title, city, paras = self.statement(hdr_present or use_dateline, dl)
        else:
            title, city, paras = self.session(hdr_present or use_dateline, dl, summit=kind == "summit")
        head = []
        if menu:
            head.append(menu)
        if use_dateline:
            paras[0] = paras[0].replace("\x00", "%s, %s. " % (city.upper(), self.long_date(year=False)), 1)
        else:
            paras[0] = paras[0].replace("\x00", "")
        if hdr_present:
            hd, _ = self.header_date(city)
            if hd is None:
                hd = self.long_date()
        else:
            hd = None
        if r.random() < 0.7 and title:
            if r.random() < 0.5 or hd is None:
                head.append(title)
                if hd:
                    head.append(hd)
            else:
                head.append(hd)
                head.append(title)
        elif hd:
            head.append(hd)
        if r.random() < 0.25:
            author = self.w.person("author|%d" % r.randrange(400), "slavic", 0.5)
            head.append("Автор: " + author.nom)
        foot = []
        if r.random() < 0.4:
            foot.append(r.choice(["Фото: пресс-служба МИД %s", "Источник: пресс-служба президента %s",
                                  "Пресс-служба МИД %s"]) % self.w.gen[self.w.pick_host(r)])
        if r.random() < 0.5:
            foot.append(r.choice(FOOTERS).format(year=self.date.year, views=r.randrange(100, 20000)))
        size = sum(len(p.encode()) + 2 for p in head + paras + foot)
        while size < target:
            p = self.filler(r.randint(2, 4))
            n = len(p.encode()) + 2
            if size + n > MAX_BYTES:
                p = self.filler_sentence()
                n = len(p.encode()) + 2
                if size + n > MAX_BYTES:
                    break
            # Filler goes in the body, before the closing paragraphs.
            paras.insert(r.randint(1, len(paras)), p)
            size += n
        return "\n\n".join(head + paras + foot) + "\n"


def gen_batch(args):
    """Documents of batch `b` (its DOCS_PER_DIR documents), as UTF-8 bytes."""
    lexdir, seed, b = args
    w = _world(lexdir, seed)
    rng = random.Random(seed * 1000003 + b)
    out = []
    for _ in range(DOCS_PER_DIR):
        text = Doc(w, rng).build()
        data = text.encode("utf-8")
        while len(data) > MAX_BYTES:  # rare: a long list; drop the last paragraph
            text = text[:text.rstrip("\n").rfind("\n\n")] + "\n"
            data = text.encode("utf-8")
        out.append(data)
    return out


_WORLD = {}


def _world(lexdir, seed):
    k = (lexdir, seed)
    if k not in _WORLD:
        _WORLD[k] = World(lexdir, seed)
    return _WORLD[k]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", required=True, help="output directory (created; must not hold documents)")
    ap.add_argument("--mb", type=float, required=True, help="megabytes (10^6 bytes) to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument("--lexicon", default=DEFAULT_LEXICON, help="ontology/lexicon directory")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()

    target = int(a.mb * 1e6)
    os.makedirs(a.out, exist_ok=True)
    if any(n.endswith(".txt") or os.path.isdir(os.path.join(a.out, n)) for n in os.listdir(a.out)):
        sys.exit("gen_corpus: %s is not empty" % a.out)
    lexdir = os.path.abspath(a.lexicon)
    _world(lexdir, a.seed)  # fail early on a bad lexicon
    t0 = time.time()
    written = docs = 0
    jobs = max(1, a.jobs)

    def write(b, batch):
        nonlocal written, docs
        d = os.path.join(a.out, "%04d" % b)
        os.makedirs(d, exist_ok=True)
        for i, data in enumerate(batch):
            n = b * DOCS_PER_DIR + i + 1
            with open(os.path.join(d, "doc_%06d.txt" % n), "wb") as f:
                f.write(data)
            written += len(data)
            docs += 1
            if written >= target:
                return True
        return False

    b = 0
    if jobs == 1:
        while not write(b, gen_batch((lexdir, a.seed, b))):
            b += 1
    else:
        with multiprocessing.Pool(jobs) as pool:
            window = [pool.apply_async(gen_batch, ((lexdir, a.seed, k),)) for k in range(2 * jobs)]
            nxt = len(window)
            while True:
                batch = window.pop(0).get()
                if write(b, batch):
                    break
                b += 1
                window.append(pool.apply_async(gen_batch, ((lexdir, a.seed, nxt),)))
                nxt += 1
            pool.terminate()
    dt = time.time() - t0
    if not a.quiet:
        print("gen_corpus: %d documents, %d bytes in %.1f s (%.1f MB/s) -> %s"
              % (docs, written, dt, written / 1e6 / max(dt, 1e-9), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
