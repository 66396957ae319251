"""English weak material types (AID, COERCE, COOPERATE, MOBILIZE, SANCTION, SUPPORT, CONCEDE): general news wording
taken from CAMEO's code names (2026-11-27, news-dev3); each sentence is the type's usual wording, not a gold row."""
import pytest

from lesart.evaluation.events import code_sentence

CASES = [
    ("Russia is imposing new import restrictions to keep Chinese goods out.", "SANCTION", None),
    ("Retaliatory tariffs imposed by China have hurt U.S. farmers.", "SANCTION", None),
    ("Prosecutors in Sweden have dropped an investigation into the allegation.", "CONCEDE", None),
    ("The company rolled back its policy of requiring employees to sign noncompete agreements.", "CONCEDE", None),
    ("The Home Secretary formally approved an extradition request from the US.", "COOPERATE", None),
    ("He was dragged out of the embassy by British police.", "COERCE", "arrest"),
    ("A judge ruled that he should remain in jail until the hearing.", "COERCE", "arrest"),
    ("Myanmar's junta kept Aung San Suu Kyi under house arrest.", "COERCE", "arrest"),
    ("Twenty-eight people were put under medical quarantine.", "COERCE", "restrict"),
    ("The state announced tighter controls on the border on Tuesday.", "COERCE", "restrict"),
    ("The move follows an attempt to break into the phone of an activist.", "COERCE", "cyber"),
    ("Chinese authorities have forcibly relocated thousands of nomads.", "COERCE", "deport"),
    ("The Pentagon said it was moving additional bombers to Guam.", "MOBILIZE", "weapons"),
    ("India moved tanks and artillery to the frontier with Pakistan.", "MOBILIZE", "weapons"),
    ("Iran unveiled a new long-range missile at a military parade.", "MOBILIZE", "weapons"),
    ("Morocco withdrew from the Organization of African Unity.", "SANCTION", "withdraw"),
    ("Egypt pulled its ambassador out of Israel in protest at the raids.", "SANCTION", "withdraw"),
    ("Chad ordered the expulsion of the Sudanese ambassador.", "SANCTION", "expel"),
    ("The Red Cross distributed blankets to refugees in the camp.", "AID", None),
    ("U.S. special forces are advising Iraqi troops in the battle for Mosul.", "AID", None),
    ("The two navies conducted joint anti-piracy patrols off the Somali coast.", "COOPERATE", None),
]


@pytest.mark.parametrize("text,typ,mode", CASES)
def test_weak_type_wording(text, typ, mode):
    ev = code_sentence(text, "en").events[0]
    assert ev.type == typ
    if mode:
        assert ev.mode == mode


def test_sanction_actor_is_not_its_recipients_state():
    ev = code_sentence("The Department of Commerce has begun putting heavy tariffs on Chinese steel makers.", "en").events[0]
    assert ev.type == "SANCTION" and ev.target.code == "CHN" and ev.actor.code != "CHN"


def test_words_left_out_stay_out():
    # "herald" alone and "border control" alone were left out: mostly no act of praise or restriction
    assert not [e for e in code_sentence("The rate rise heralds a new era for savers.", "en").events
                if e.type == "SUPPORT"]
    assert not [e for e in code_sentence("He spoke about the need for tighter border control.", "en").events
                if e.type == "COERCE"]


@pytest.mark.parametrize("text,typ", [
    ("Iraq decided to reduce its diplomatic representation in Kuwait.", "SANCTION"),
    ("The United States has stopped providing economic assistance to Peru.", "SANCTION"),
    ("Russia stopped gas supplies to Ukraine on New Year's Day.", "SANCTION"),
    ("Ukraine banned Russian airlines from its airspace.", "SANCTION"),
    ("The Organization of American States voted to readmit Cuba.", "SUPPORT"),
    ("The rebels were regrouping in the hills for a new offensive.", "MOBILIZE"),
    ("Iraq moved Republican Guard divisions toward the Kurdish areas.", "MOBILIZE"),
    ("Kuwait gave Jordan a $200 million grant to ease its budget deficit.", "AID"),
    ("The IMF approved a $2.1 billion rescue package for Turkey.", "AID"),
    ("Authorities ordered the closure of three opposition newspapers.", "COERCE"),
    ("Kenya boycotted the summit of East African leaders.", "PROTEST"),     # PLOVER: a boycott is PROTEST
    ("The measures would prevent Iran from engaging in dollar-based transactions.", "SANCTION"),
    ("Arafat defended Iraq and Libya on Friday against Western criticism of their arms industries.", "SUPPORT"),
])
def test_weak_type_wording_more(text, typ):
    assert code_sentence(text, "en").events[0].type == typ


def test_letting_deliveries_through_and_mobilizing_lobbies():
    ev = code_sentence("Uzbekistan opened the bridge to allow the delivery of grain to Afghanistan.", "en").events[0]
    assert ev.type == "RETREAT" and ev.mode == "access"
    ev = code_sentence("Saudi Arabia has mobilized pressure groups in the United States to help support the rights of "
                       "Palestinians.", "en").events[0]
    assert ev.type == "SUPPORT" and ev.target.code == "PSE"
    assert not code_sentence("The campaign mobilized voters in Ohio.", "en").events


def test_working_with_another_sides_police_is_cooperation():
    ev = code_sentence("The FBI has been working with Kenyan police to investigate the bombing.", "en").events[0]
    assert ev.type == "COOPERATE" and ev.actor.code == "USA" and ev.target.code == "KEN"


@pytest.mark.parametrize("text,typ", [
    ("The Arab League gave its blessing to the Egyptian initiative on Sunday.", "SUPPORT"),
    ("Paris credited Rabat with helping to end the hostage crisis.", "SUPPORT"),
    ("The summit rallied behind the Nigerian-led peacekeeping force.", "SUPPORT"),
    ("The EU expressed its satisfaction with the outcome of the elections in Ukraine.", "SUPPORT"),
    ("Under pressure from the unions, the government withdrew its pension reform bill.", "CONCEDE"),
    ("The government granted the Tamils greater autonomy in the north.", "CONCEDE"),
    ("The authorities abolished the death penalty for drug offences.", "CONCEDE"),
    ("The UN refugee agency flew tents and blankets into the quake zone.", "AID"),
])
def test_support_concede_aid_wording(text, typ):
    assert code_sentence(text, "en").events[0].type == typ


@pytest.mark.parametrize("text,typ", [
    ("The talks were suspended after the rebels attacked a government convoy.", "SANCTION"),
    ("The ambassador was recalled for consultations.", "SANCTION"),
    ("Aid to Nicaragua was frozen after the disputed vote.", "SANCTION"),
    ("Washington imposed a visa ban on senior Zimbabwean officials.", "SANCTION"),
    ("The government suspended the licence of the country's biggest private television station.", "COERCE"),
    ("Israel revoked the residency permits of four Palestinians in East Jerusalem.", "COERCE"),
    ("The authorities imposed a media blackout on the region.", "COERCE"),
    ("Police in riot gear were stationed outside the court.", "MOBILIZE"),
])
def test_passive_sanctions_and_restrictions(text, typ):
    assert code_sentence(text, "en").events[0].type == typ


@pytest.mark.parametrize("text", [
    "Iran displayed its new Shahab-3 missiles at a military parade.",
    "North Korea is stockpiling rockets near the demilitarised zone, Seoul said.",
    "China has developed a new generation of anti-ship missiles.",
    "Russia positioned tanks and howitzers near the border.",
])
def test_weapons_shown_or_positioned_are_readiness_not_attacks(text):
    assert code_sentence(text, "en").events[0].type == "MOBILIZE"
