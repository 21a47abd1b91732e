"""Word classes that decide what a capitalised run of words is: stop words, titles, org suffixes."""

from __future__ import annotations

import re

from wirereader.extract.gazetteer import gazetteer

_ACRONYM = r"[A-Z][A-Za-z&]{1,9}"  # "ECB", "S&P", "OPEC"
# "European Central Bank (ECB)": the acronym a story spells out right after a name.
ACRONYM_AFTER = re.compile(rf" \(({_ACRONYM})\)")
ACRONYM_WORD = re.compile(rf"(?<![\w&]){_ACRONYM}(?![\w&])")  # the acronym standing alone

WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip
STOP_CAPS = WEEKDAYS | MONTHS | {
    "I", "We", "You", "He", "She", "It", "They", "The", "A", "An", "This", "That", "These",
    "Those", "There", "Here", "But", "And", "Or", "If", "When", "While", "After", "Before",
    "Earlier", "Later", "During", "Some", "Many", "Most", "Officials", "Other", "Others",
    "Another", "Both", "Each", "All", "No", "Not", "Yes", "His", "Her", "Their", "Our", "Its",
    "My", "Your", "As", "At", "In", "On", "Of", "For", "By", "With", "From", "To", "Meanwhile",
    "However", "Still", "Also", "Since", "Under", "Over", "About", "According", "Asked",
    "Speaking", "One", "Two", "Three", "What", "Who", "Why", "How", "Where", "Which", "Such",
    "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "First", "New", "More",
    "Even", "Only", "Just", "Instead", "Analysts", "Sources", "Diplomats", "Experts", "Shares",
    "Prices", "Sales", "Net", "Total", "Revenue", "Profit", "Loss", "Note", "Mln", "Dlrs", "Pct",
    "Shr", "Vs", "Avg", "Shrs", "Qtr", "Year", "Oper", "Reuter", "Reuters", "Inc", "Corp", "Ltd",
    "Co", "Group", "Tonnes", "Christmas", "Easter", "Internet", "God", "Mr", "Mrs", "Ms",
    "Although", "Despite", "Because", "Though", "Unless", "Until", "Whether", "Once", "So",
    "Nor", "Yet", "Celsius", "Fahrenheit", "Every", "Any", "Several", "Few", "Much", "Very", "Well", "Never",
    # sentence adverbs: "Moreover, Dana's financial leverage rose …"
    "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Additionally", "Separately",
    "Consequently", "Accordingly", "Similarly", "Likewise", "Indeed", "Overall", "Finally",
    "Currently", "Previously", "Initially", "Thus", "Hence", "Therefore", "Otherwise", "Besides",
    "Subsequently", "Ultimately", "Traditionally", "Recently", "Normally", "Typically",
}  # fmt: skip
# A run with one of these names an event, a prize or a product line (CoNLL's MISC), not an actor.
EVENT_WORDS = {
    "Open", "Cup", "Championship", "Championships", "Olympic", "Olympics", "Games", "Prix",
    "Trophy", "Masters", "Classic", "Tour", "Rally", "Marathon", "Derby", "Award", "Awards",
    "Prize", "Festival", "War", "Index", "Act", "Treaty", "Accord", "Agreement", "Plan",
}  # fmt: skip
# Adjectives of faith, people and language that are not countries (CoNLL's MISC).
NOT_ACTORS = {
    "Moslem", "Muslim", "Moslems", "Muslims", "Islamic", "Christian", "Christians", "Catholic",
    "Protestant", "Jewish", "Jew", "Jews", "Hindu", "Buddhist", "Sunni", "Shi'ite", "Shiite",
    "Arab", "Arabs", "Kurdish", "Kurds", "Kurd", "Basque", "Tamil", "Serb", "Serbs", "Croat",
    "Croats", "Hutu", "Tutsi", "Western", "Eastern", "Northern", "Southern", "English",
    "Olympic", "Republican", "Democratic", "Conservative", "Socialist", "Communist", "Liberal",
    "GMT", "EST", "EDT", "BST", "CET", "Newsroom", "Desk", "TV", "CEO", "PM", "AM", "ET",
}  # fmt: skip
CONNECTORS = {
    "of",
    "the",
    "de",
    "van",
    "von",
    "der",
    "den",
    "al",
    "bin",
    "du",
    "la",
    "le",
    "&",
    "y",
}
HONORIFICS = {
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Admiral", "Adm", "Gen",
    "Col", "Capt", "Sen", "Rep", "Gov", "Prof", "Rev", "Sheikh", "Lt", "Maj", "Sgt", "Cdr",
}  # fmt: skip
ROLE_MODIFIERS = {
    "prime", "foreign", "defence", "defense", "finance", "interior", "trade", "economy",
    "health", "deputy", "vice", "acting", "former", "senior", "top", "chief", "executive",
    "general", "state", "junior", "press", "energy", "oil", "justice", "home", "labour", "labor",
}  # fmt: skip
ORG_SUFFIXES = {
    "Inc", "Corp", "Corporation", "Co", "Ltd", "Plc", "PLC", "LLC", "AG", "SA", "NV", "GmbH",
    "Group", "Bank", "Party", "Union", "Ministry", "Council", "Association", "Agency",
    "Commission", "Committee", "University", "Fund", "Reserve", "Exchange", "Airlines",
    "Airways", "Motors", "Holdings", "Industries", "Institute", "Department", "Court", "Army",
    "Navy", "Forces", "Force", "Organisation", "Organization", "Federation", "Authority",
    "Board", "Bureau", "Foundation", "Trust", "Partners", "Capital", "Securities", "Energy",
    "Petroleum", "Oil", "Electric", "Technologies", "Systems", "Communications", "Media",
    "News", "Times", "Post", "Journal", "Club", "United", "City", "Rovers", "Terminals",
    "Office", "Police", "Assembly", "Cabinet", "Government", "Brigade", "Corps",
    "Telegraph", "Press", "Television", "Radio", "Service", "Services",
}  # fmt: skip
ORG_HEADS = {
    "Bank",
    "University",
    "Ministry",
    "Department",
    "Council",
    "Office",
    "Court",
    "Institute",
    "Church",
    "House",
    "Commission",
    "Committee",
    "Board",
    "Federation",
}
SPEECH_AFTER = {"said", "says", "told", "added", "stressed", "noted", "warned", "explained"}
PLACE_PREPOSITIONS = {"in", "near", "outside", "across", "to", "from"}


def title_heads() -> frozenset[str]:
    return frozenset(t for t in gazetteer().titles if t not in ROLE_MODIFIERS)


def is_title_head(word: str) -> bool:
    return word.lower() in TITLE_HEADS


TITLE_HEADS = title_heads() | {"chief", "executive"}  # lower case


def is_role_word(word: str) -> bool:
    """A word that may stand in a role phrase: "UK Defence Secretary", "his Ukraine envoy"."""
    lower = word.lower()
    return (
        lower in TITLE_HEADS
        or lower in ROLE_MODIFIERS
        or (word[:1].isupper() and word not in STOP_CAPS)
    )
