"""Word lists and patterns for finding who said a quote: cue verbs, pronouns, people nouns."""

from __future__ import annotations

import re

CUES = (
    r"said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|warned|warns|insisted|"
    r"insists|emphasi[sz]ed|explained|declared|argued|argues|announced|claimed|continued|"
    r"replied|wrote|writes|asked|stated|states|commented|remarked|observed|conceded|concluded|"
    r"saying|noting|adding|telling|warning|described (?:it |them |this )?as|called (?:it |them )?|"
    r"according to|acknowledged|admitted|confirmed|urged|predicted|promised|recalled|suggested|"
    r"cautioned|complained|maintained|reported|estimated|believes|believed|thinks|feels|"
    r"contended|countered|disclosed|indicated|pointed out|went on"
)
CUE = re.compile(rf"\b(?P<cue>{CUES})\b")
# Between a subject and its cue: "he also said", "Smith later told".
ADVERBS = r"(?:(?:also|later|then|further|again|earlier|recently|today|yesterday|previously|has|have|had|was|is|would)\s+)*"
# Cut out of a clause before its cue is looked for: "X, who asked not to be named, told Reuters".
PARENTHETICAL = re.compile(r",\s*(?:who|which|whose|speaking|asked|when)\b[^,;:]*,")
PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "", "we": "p"}
FEMALE = {"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Lady", "Dame"}
MALE = {"Mr", "Mr.", "Sir", "Lord"}
DETERMINERS = {
    "a", "an", "the", "one", "another", "some", "several", "two", "three", "other", "many",
    "most", "few", "its", "his", "her", "their", "our", "both", "all",
}  # fmt: skip
# Nouns that name a person by what they do: a phrase headed by one can speak ("a Treasury official").
PEOPLE_NOUNS = {
    "official", "officials", "analyst", "analysts", "trader", "traders", "dealer", "dealers",
    "broker", "brokers", "economist", "economists", "spokesman", "spokeswoman", "spokesperson",
    "executive", "executives", "manager", "managers", "source", "sources", "director", "chairman",
    "president", "minister", "ministers", "banker", "bankers", "investor", "investors",
    "arbitrager", "arbitragers", "arbitrageur", "strategist", "strategists", "expert", "experts",
    "diplomat", "diplomats", "lawyer", "lawyers", "observer", "observers", "secretary", "aide",
    "aides", "negotiator", "negotiators", "representative", "representatives", "officer",
    "officers", "member", "members", "leader", "leaders", "worker", "workers", "farmer", "farmers",
    "consultant", "consultants", "partner", "specialist", "specialists", "chief", "head",
    "commentator", "commentators", "participant", "participants", "people", "residents",
    "resident", "witness", "witnesses", "man", "woman", "men", "women", "person", "buyer",
    "buyers", "seller", "sellers", "producer", "producers", "operator", "operators", "trustee",
    "governor", "ambassador", "envoy", "adviser", "advisor", "advisers", "planner", "planners",
    "researcher", "researchers", "critic", "critics", "owner", "owners", "shareholder",
    "shareholders", "user", "users", "importer", "importers", "exporter", "exporters", "miner",
    "miners", "industrialist", "delegate", "delegates", "legislator", "legislators", "senator",
    "congressman", "lawmaker", "lawmakers", "staff", "staffer", "insider", "insiders",
}  # fmt: skip
NAMING = re.compile(r"\b(?:called|so-called|known as|dubbed|termed|nicknamed|named)\s*$")
ARTICLE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s*$")
