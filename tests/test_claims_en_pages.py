"""English claims as a fact-checker reads them on whole pages (issue 3, a reading of the English
Scrapinghub dev pages, 2026-11-28): sources that run past their speaker, kinds of named people,
verbs that say nothing; sentences of our own."""
from __future__ import annotations

from dataclasses import replace

from lesart.model import Claim, Source
from test_claims import make_doc


def _framed(text: str, source: str, cue: str, content: str, mode: str = "indirect", kind: str = "person") -> tuple:
    doc = make_doc([text], "en")
    s0, q0, c0 = text.index(source), text.index(cue), text.index(content)
    claim = Claim(start=c0, end=c0 + len(content), text=content, mode=mode,
                  source=Source(start=s0, end=s0 + len(source), text=source, kind=kind),
                  cue=doc.span(q0, q0 + len(cue)))
    return doc, claim


def test_a_source_that_runs_past_its_speaker_ends_at_the_speaker():
    from lesart.stages.claims.english_claims import tidy_speakers
    for text, source, cue, content, speaker in [
            ("Anna tearfully asked for a second chance.", "Anna tearfully", "asked", "for a second chance", "Anna"),
            ("The club's president, meanwhile, told fans the stadium will reopen.", "The club's president, meanwhile,",
             "told", "fans the stadium will reopen", "The club's president"),
            ("The clerk who reported that the doors were open was fired.", "The clerk who", "reported",
             "that the doors were open", "The clerk"),
            ("Tom Reed, whose father, said the farm will be sold.", "Tom Reed, whose father,", "said",
             "the farm will be sold", "Tom Reed"),
            ("A farmer who lost his crop and said the river rose overnight.", "A farmer who lost his crop and",
             "said", "the river rose overnight", "A farmer"),
            ("Mia Holt, the town's planning officer, she said the bridge will close.",
             "Mia Holt, the town's planning officer, she", "said", "the bridge will close",
             "Mia Holt, the town's planning officer"),
            ("“We are ready,” comments Lee in a statement.", "Lee in", "comments", "“We are ready,”", "Lee"),
            ("The Harbour Gazette - reports the ferry is late.", "The Harbour Gazette -", "reports",
             "the ferry is late", "The Harbour Gazette"),
            # Forbes (Scrapinghub dev): 'Benioff weighed in, telling the audience "We all miss Steve so much,"'
            ('Benioff weighed in, telling "We all miss Steve so much."', "Benioff weighed in,", "telling",
             '"We all miss Steve so much."', "Benioff")]:
        doc, claim = _framed(text, source, cue, content)
        assert tidy_speakers(doc, [claim])[0].source.text == speaker, text
    # a whole apposition, a relative clause that closes, nouns and adjectives in -ly stay
    for text, source, cue, content in [
            ("Sam Cole, who runs the mill, said the price will rise.", "Sam Cole, who runs the mill,", "said",
             "the price will rise"),
            ("The family said the boy was found.", "The family", "said", "the boy was found"),
            ("Many elderly residents say the bus is late.", "Many elderly residents", "say", "the bus is late"),
            ("The guests, most of whom said the hall was cold, left early.", "most of whom", "said", "the hall was cold")]:
        doc, claim = _framed(text, source, cue, content)
        assert tidy_speakers(doc, [claim])[0].source.text == source, text


def test_a_person_named_by_a_role_of_their_own_is_a_person():
    from lesart.model import Entity
    from lesart.stages.claims.english_claims import people_by_their_role
    for text, source, name, before in [
            ("Ann Bell, a senior fellow at the Harbour Institute for Trade, said tariffs are a tax.",
             "Ann Bell, a senior fellow at the Harbour Institute for Trade,", "Ann Bell", "organisation"),
            ("Carla de Vries, an expert in soils at the University of Leeds, said the field is dry.",
             "Carla de Vries, an expert in soils at the University of Leeds,", "Carla de Vries", "organisation"),
            ("Study co-author Tim Roe, a Space Agency research fellow, said the ice is thin.",
             "Study co-author Tim Roe, a Space Agency research fellow,", "Tim Roe", "government"),
            ("The authors of the study published in the journal Soil wrote that the field is dry.",
             "The authors of the study published in the journal Soil", None, "media")]:
        doc, claim = _framed(text, source, "said" if "said" in text else "wrote", text.split(" ", 1)[0], kind=before)
        if name:
            doc.entities.append(Entity(start=text.index(name), end=text.index(name) + len(name), text=name, label="PER"))
        assert people_by_their_role(doc, [claim])[0].source.kind == "person", text
    # a role that speaks for its body, and a body, keep their kinds
    for text, source, name, before in [
            ("Olga Berg, general manager of the plant at Steel Works, said the mill will close.",
             "Olga Berg, general manager of the plant at Steel Works,", "Olga Berg", "organisation"),
            ("The Harbour Institute for Trade said tariffs are a tax.", "The Harbour Institute for Trade", None,
             "organisation")]:
        doc, claim = _framed(text, source, "said", "tariffs" if "tariffs" in text else "the mill", kind=before)
        if name:
            doc.entities.append(Entity(start=text.index(name), end=text.index(name) + len(name), text=name, label="PER"))
        assert people_by_their_role(doc, [claim])[0].source.kind == before, text


def test_adding_to_a_tally_is_no_speech():
    from lesart.stages.claims.crf_repairs import _without_non_speech_cues
    for text, source, content in [
            ("The stock added more than 2% on Monday.", "The stock", "more than 2% on Monday"),
            ("Kim Lee added three assists to lead the Hawks.", "Kim Lee", "three assists to lead the Hawks"),
            ("Jo Park added his seventh for the Hawks.", "Jo Park", "his seventh for the Hawks"),
            ("Ben Cole added to his collection of state titles.", "Ben Cole", "to his collection of state titles")]:
        doc, claim = _framed(text, source, "added", content)
        assert _without_non_speech_cues([claim]) == [], text
    for text, source, content in [
            ("He added 300 people had been evacuated.", "He", "300 people had been evacuated"),
            ("She added that the road is closed.", "She", "that the road is closed"),
            ("He added a reason for the delay.", "He", "a reason for the delay")]:
        doc, claim = _framed(text, source, "added", content)
        assert _without_non_speech_cues([claim]) == [claim], text


def test_an_unnamed_group_opening_a_sentence_is_anonymous():
    from lesart.model import Entity
    from lesart.stages.claims.english_claims import groups_opening_a_sentence
    doc, claim = _framed("Aviation analysts called it the end of an era.", "Aviation analysts", "called",
                         "it the end of an era")
    assert groups_opening_a_sentence(doc, [claim])[0].source.kind == "anonymous"
    # a body before the group names whose analysts they are
    doc, claim = _framed("Harbour analysts called it the end of an era.", "Harbour analysts", "called",
                         "it the end of an era")
    doc.entities.append(Entity(start=0, end=7, text="Harbour", label="ORG"))
    assert groups_opening_a_sentence(doc, [claim])[0].source.kind == "person"


def test_the_reader_addressed_is_no_source():
    from lesart.stages.claims.english_claims import the_reader_is_no_source
    text = "You might be wondering how the engine works at all."
    doc, claim = _framed(text, "You", "might be wondering", "how the engine works at all")
    out = the_reader_is_no_source(doc, [claim])
    assert [(c.mode, c.source, c.text) for c in out] == [("asserted", None, text)]
    # a quotation's "you" is the speaker's words, and the author's own "I" stays as PolNeAR marks it
    text = "“You know the rules,” she said, and the coach agreed."
    doc, claim = _framed(text, "You", "know", "the rules")
    assert the_reader_is_no_source(doc, [claim]) == [claim]
    doc, claim = _framed("I think the engine works.", "I", "think", "the engine works")
    assert the_reader_is_no_source(doc, [claim]) == [claim]


def test_calls_to_the_reader_and_picture_labels_are_no_claims():
    from lesart.stages.claims.english_claims import without_page_furniture
    texts = ["Follow us on Twitter @Harbour and on Facebook.", "12 issues for £9.99. Click here for more information.",
             "Read our full review of the phone here.", "Cover image: a sketch of the new bridge by the architects.",
             "Graphic: Global assets in 2019 - here", "Ticker | Security | Last | Change",
             "Ticket details: http://www.example.org/tickets", "For more information, please visit www.example.org",
             "Originally published on Harbour News", "Copyright 2019 Harbour Media"]
    kept = ["Shares of the company fell 3% on Monday.", "Readers wrote to the paper about the bridge."]
    doc = make_doc(texts + kept, "en")
    claims = [Claim(start=b.start, end=b.end, text=b.text.rstrip("."), mode="asserted") for b in doc.blocks]
    assert [c.text for c in without_page_furniture(doc, claims)] == [k.rstrip(".") for k in kept]


def test_a_heading_or_table_row_in_the_body_is_no_claim():
    from lesart.stages.claims.english_claims import without_page_furniture
    paras = ["FORD MUSTANG MACH E", "The Harbour Brothers Tour Dates", "Palm Bay 18 22 13 17 — 70",
             "The band will play 30 dates next year", "Ford Unveils Its First Electric SUV."]
    doc = make_doc(paras, "en")
    claims = [Claim(start=b.start, end=b.end, text=b.text.rstrip("."), mode="asserted") for b in doc.blocks]
    # a sentence in lower case, and a paragraph closed by a full stop, stay the author's
    assert [c.text for c in without_page_furniture(doc, claims)] == ["The band will play 30 dates next year",
                                                                    "Ford Unveils Its First Electric SUV"]


def test_a_claim_starts_after_the_dateline():
    from lesart.stages.claims.english_claims import without_datelines
    for text, rest in [("HARBOUR CITY, Calif. (AP) — The ferry sank on Monday.", "The ferry sank on Monday."),
                       ("DUBAI, United Arab Emirates — The airline bought 30 jets.", "The airline bought 30 jets."),
                       ("LONDON (Reuters) - Oil prices fell sharply.", "Oil prices fell sharply."),
                       ("FORD MUSTANG — the car is fast.", "FORD MUSTANG — the car is fast.")]:
        doc = make_doc([text], "en")
        claim = Claim(start=0, end=len(text), text=text, mode="asserted")
        assert without_datelines(doc, [claim])[0].text == rest, text


def test_a_study_or_a_recording_is_no_person():
    from lesart.model import Entity
    from lesart.stages.claims.english_claims import things_that_tell
    for text, source, cue in [("One study in 146 people found that sleep helps.", "One study in 146 people", "found"),
                              ("The video shows officers racing up a staircase.", "The video", "shows"),
                              ("Court papers showed the loan was never paid.", "Court papers", "showed")]:
        doc, claim = _framed(text, source, cue, text[text.index(cue) + len(cue) + 1:-1])
        assert things_that_tell(doc, [claim])[0].source.kind == "unspecified", text
    text = "A survey memo from Harbour Labs says demand is falling."
    doc, claim = _framed(text, "A survey memo from Harbour Labs", "says", "demand is falling")
    doc.entities.append(Entity(start=text.index("Harbour"), end=text.index("Harbour") + 12, text="Harbour Labs",
                               label="ORG"))
    assert things_that_tell(doc, [claim])[0].source.kind == "organisation"
    # who signed or wrote it speaks through it
    doc, claim = _framed("The letter signed by seven doctors says the camp is unsafe.", "The letter signed by seven doctors",
                         "says", "the camp is unsafe")
    assert things_that_tell(doc, [claim])[0].source.kind == "person"


def test_both_sides_of_a_parenthetical_according_to():
    from lesart.stages.claims.english_claims import around_according_to
    text = "This, according to the speakers, is both a problem and an opportunity."
    doc, claim = _framed(text, "the speakers", "according to", "This", mode="reported")
    out = around_according_to(doc, [claim])
    assert [c.text for c in out] == ["This", "is both a problem and an opportunity"]
    assert out[1].source == claim.source and out[1].cue == claim.cue
    # a participle of the author's after the frame is no part of what the source says
    text = "The mayor resigned, according to two aides, adding to the town's troubles."
    doc, claim = _framed(text, "two aides", "according to", "The mayor resigned", mode="reported")
    assert around_according_to(doc, [claim]) == [claim]
    # "That's according to X." points back to the sentence before
    paras = ["Teens love the new phones more than ever before. That's according to a survey by Harbour Labs."]
    doc = make_doc(paras, "en")
    text = doc.text
    first = doc.sentences[0]
    own = Claim(start=first.start, end=first.end - 1, text=text[first.start:first.end - 1], mode="asserted")
    s0, q0, c0 = text.index("a survey"), text.index("according to"), text.index("That's")
    claim = Claim(start=c0, end=c0 + 6, text="That's", mode="reported",
                  source=Source(start=s0, end=s0 + 24, text=text[s0:s0 + 24], kind="person"),
                  cue=doc.span(q0, q0 + 12))
    out = around_according_to(doc, [own, claim])
    assert [(c.mode, c.text) for c in out] == [("reported", "Teens love the new phones more than ever before")]


def test_a_participle_of_manner_is_no_frame():
    from lesart.stages.claims.english_claims import without_participles_of_doing
    text = "The tool speeds up pages by optimizing the images on them."
    doc = make_doc([text], "en")
    c0, q0 = text.index("the images"), text.index("optimizing")
    claim = Claim(start=c0, end=len(text) - 1, text=text[c0:-1], mode="indirect", cue=doc.span(q0, q0 + 10))
    assert [(c.mode, c.text) for c in without_participles_of_doing(doc, [claim])] == [("asserted", text)]
    # a verb of saying stays ("while warning that ...")
    text = "The minister left the room while warning that prices will rise."
    doc = make_doc([text], "en")
    c0, q0 = text.index("that prices"), text.index("warning")
    claim = Claim(start=c0, end=len(text) - 1, text=text[c0:-1], mode="indirect", cue=doc.span(q0, q0 + 7))
    assert without_participles_of_doing(doc, [claim]) == [claim]


def test_a_head_noun_the_tagger_gave_the_cue_is_the_speakers():
    from lesart.stages.claims.english_claims import tidy_speakers
    doc, claim = _framed("His general practitioner ordered a chest X-ray.", "His general", "practitioner ordered",
                         "a chest X-ray")
    out = tidy_speakers(doc, [claim])[0]
    assert (out.source.text, out.cue.text) == ("His general practitioner", "ordered")
    # a noun in -al before a verb of saying is the whole speaker already
    doc, claim = _framed("A department official said Friday that the site was hacked.", "A department official",
                         "said Friday", "that the site was hacked")
    out = tidy_speakers(doc, [claim])[0]
    assert (out.source.text, out.cue.text) == ("A department official", "said Friday")


def test_a_deed_of_force_is_no_cue():
    from lesart.stages.claims.english_claims import without_deeds_as_cues
    text = "Police arrested him on Monday and said he had hidden weapons."
    doc, arrest = _framed(text, "Police", "arrested", "him", kind="government")
    _, saying = _framed(text, "Police", "said", "he had hidden weapons", kind="government")
    assert without_deeds_as_cues(doc, [arrest, saying]) == [saying]
    # alone in its sentence, the deed is the author's report
    text = "Soldiers shot two men near the border."
    doc, shot = _framed(text, "Soldiers", "shot", "two men near the border")
    assert [(c.mode, c.text) for c in without_deeds_as_cues(doc, [shot])] == [("asserted", text)]
    # an attack in words stays a cue (PolNeAR marks "attacked" as one)
    text = "Trump attacked Machado in early-morning tweets."
    doc, attack = _framed(text, "Trump", "attacked", "Machado in early-morning tweets")
    assert without_deeds_as_cues(doc, [attack]) == [attack]
    # the whole stage on the sentence the rule was written for
    from lesart import analyze_text
    doc = analyze_text("Police arrested him on Monday and said he had hidden weapons.")
    assert [(c.mode, c.cue.text if c.cue else None) for c in doc.claims] == [("indirect", "said")]


def test_the_people_a_thing_leaves_wondering_are_the_source():
    from lesart.stages.claims.english_claims import tidy_speakers
    text = "The demand has US officials wondering whether the talks can go on."
    doc, claim = _framed(text, "The demand", "wondering", "whether the talks can go on")
    (out,) = tidy_speakers(doc, [claim])
    assert (out.source.text, out.source.kind) == ("US officials", "government")
    text = "The move left analysts wondering whether Beijing would retaliate."
    doc, claim = _framed(text, "The move left analysts", "wondering", "whether Beijing would retaliate")
    (out,) = tidy_speakers(doc, [claim])
    assert (out.source.text, out.source.kind) == ("analysts", "anonymous")
    # people who wonder themselves keep their place
    text = "Analysts are wondering whether Beijing would retaliate."
    doc, claim = _framed(text, "Analysts", "are wondering", "whether Beijing would retaliate", kind="anonymous")
    assert tidy_speakers(doc, [claim]) == [claim]


def test_the_agent_of_a_passive_cue_is_the_source():
    from lesart import analyze_text
    doc = analyze_text("The registration issue was first reported by The Washington Post.")
    assert [(c.source.text, c.source.kind, c.cue.text, c.text) for c in doc.claims] == [
        ("The Washington Post", "media", "was first reported", "The registration issue")]
    doc = analyze_text("Oz has been called a charlatan by fellow physicians for promoting weight-loss products.")
    assert {c.source.text for c in doc.claims} == {"fellow physicians"}
    assert "Oz" in [c.text for c in doc.claims]
    # a measure after "by" is no agent
    from lesart.stages.claims.english_claims import agents_of_passives
    text = "Clinton was supported by 42 percent of those responding."
    doc, claim = _framed(text, "Clinton", "was supported", "Clinton")
    claim = replace(claim, source=None)
    assert agents_of_passives(doc, [claim]) == [claim]


def test_where_it_was_said_is_no_content():
    # Business Insider (Scrapinghub dev): the content was 'an episode of their podcast "Beyond Finances."'
    from lesart.stages.claims.english_claims import where_it_was_said
    text = ('You can make an even bigger difference by increasing your income, he and his wife Kali explained on an '
            'episode of their podcast "Beyond Finances."')
    doc, claim = _framed(text, "he", "explained", 'an episode of their podcast "Beyond Finances."')
    mine = Claim(start=0, end=len(text) - 1, text=text[:-1], mode="asserted")
    out = where_it_was_said(doc, [mine, claim])
    assert [(c.text, c.mode, c.cue.text) for c in out] == [
        ("You can make an even bigger difference by increasing your income", "indirect", "explained")]
    # no clause before the speaker: no claim; a clause or a quotation after the place stays content
    doc, claim = _framed("He explained on an episode of their podcast.", "He", "explained",
                         "an episode of their podcast")
    assert where_it_was_said(doc, [claim]) == []
    for text, content in [("Mr. Stenger announced in a statement this month that he had reached a settlement.",
                           "that he had reached a settlement"),
                          ("“He looked surprised,” she wrote in an email. “Sort of mildly quizzical.”",
                           "“Sort of mildly quizzical.”")]:
        doc, claim = _framed(text, "she" if "she" in text else "Mr. Stenger",
                             "wrote" if "wrote" in text else "announced", content)
        assert where_it_was_said(doc, [claim]) == [claim], text
    # a preposition and an object alone is no content; an infinitive is ('declined to comment')
    doc, claim = _framed("Vindman reported to him.", "Vindman", "reported", "to him")
    assert where_it_was_said(doc, [claim]) == []
    doc, claim = _framed("Through a spokesman, he declined to comment.", "he", "declined", "to comment")
    assert where_it_was_said(doc, [claim]) == [claim]


def test_what_the_speaker_was_doing_and_a_date_alone_are_no_content():
    # Forbes and Wired (Scrapinghub dev): 'Cook said while visiting ...' and 'In 1997, Elise wrote, ...'
    from lesart.stages.claims.english_claims import where_it_was_said
    text = ("After the first iPhones shipped, people began using them for business, Cook said while visiting "
            "Salesforce's Dreamforce conference in San Francisco.")
    doc, claim = _framed(text, "Cook", "said", "while visiting Salesforce's Dreamforce conference in San Francisco")
    out = where_it_was_said(doc, [claim])
    assert [(c.text, c.cue.text) for c in out] == [
        ("After the first iPhones shipped, people began using them for business", "said")]
    text = "In 1997, Elise wrote, she interviewed Mike for a convention."
    doc, date = _framed(text, "Elise", "wrote", "In 1997")
    _, right = _framed(text, "Elise", "wrote", "she interviewed Mike for a convention")
    assert where_it_was_said(doc, [date, right]) == [right]
