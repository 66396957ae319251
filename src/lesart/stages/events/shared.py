"""Types and word lists that more than one part of the coder reads: the frame types, the prepositions that
mark an agent, a recipient or a place, auxiliaries, determiners."""
from __future__ import annotations


# Verbal frames whose complement is their content, not an event of its own:
# "threatened to attack" is THREATEN (mode violence), "forderte den Abzug" is REQUEST.
NONE = "NONE"     # lexicon lines of this type block the triggers they overlap (see select)
FRAMES = {"REQUEST", "THREATEN", "AGREE", "REJECT", "CONCEDE", "ACCUSE", "SUPPORT"}
FORCES = {"MIL", "COP", "REB"}
# Acts of force or punishment done to someone: a vow of one is a threat ("vowed to impose sanctions"), and a
# person named with a noun of one undergoes it ("Assange's arrest", "die Festnahme Maduros").
FORCE_OR_PUNISHMENT = {"ASSAULT", "COERCE", "SANCTION"}
AGENT_PREP = {"by", "von", "vom", "durch", "seitens"}
RECIPIENT_PREP = {"against", "on", "at", "upon", "with", "to", "toward", "towards", "over", "from",
                  "gegen", "gegenüber", "an", "auf", "mit", "zwischen", "between", "für", "for"}
PLACE_PREP = {"in", "im", "into", "nach", "aus", "inside", "near", "bei", "across", "throughout",
              "from", "to", "at", "vor", "nahe", "within", "innerhalb", "entlang", "along"}
PASSIVE_AUX = {"be", "is", "was", "were", "been", "being", "are", "get", "got",
               "werden", "wurde", "wurden", "worden", "wird"}
FORCE_CUES = ("töt", "getötet", "verletz", "bomb", "rakete", "waffe", "schuss", "schüss", "soldat", "armee",
               "militär", "drohne", "messer", "sexuell", "kill", "wound", "injur", "missile", "troops", "soldier",
               "weapon", "gun", "shot", "knife", "sexual", "rocket", "drone", "artiller", "panzer", "tank", "air")


# German definite articles, every case and gender.
DEFINITE_DE = {"der", "die", "das", "den", "dem", "des"}
PRONOUN_SUBJECTS_EN = {"it", "they", "he", "she", "we", "i", "you"}


# Determiners and possessives before a noun (so the word after them is a noun: "the faces of", "a face
# mask"; not "that", which is also a relative pronoun: "the man that faces charges").
DETERMINERS_EN = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "'s", "’s"}
