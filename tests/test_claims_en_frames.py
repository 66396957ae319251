"""English frames whose subject is no speaker, and sources the tagger cut short (a sweep of the
Scrapinghub pages, 2026-11-28); sentences of our own."""
from __future__ import annotations

from lesart.model import Claim, Source
from lesart.stages.claims.crf_repairs import _passive_hearsay
from test_claims import make_doc


def _framed(text: str, source: str, cue: str, content: str, mode: str = "indirect") -> tuple:
    doc = make_doc([text], "en")
    s0, q0, c0 = text.index(source), text.index(cue), text.index(content)
    claim = Claim(start=c0, end=c0 + len(content), text=content, mode=mode,
                  source=Source(start=s0, end=s0 + len(source), text=source, kind="organization"),
                  cue=doc.span(q0, q0 + len(cue)))
    return doc, claim


def test_the_subject_of_a_passive_cue_is_no_source():
    for text, source, cue, content in [
            ("Old radios have long been considered the best gifts for a grandfather.", "Old radios",
             "have long been considered", "the best gifts for a grandfather"),
            ("The bridge is viewed as a symbol of the town.", "The bridge", "is viewed as", "a symbol of the town"),
            ("High prices are being supported by a shortage of grain.", "High prices", "are being supported by",
             "a shortage of grain"),
            ("The Blue Trio are nominated for the prize of 2021.", "The Blue Trio", "are nominated for",
             "the prize of 2021")]:
        doc, claim = _framed(text, source, cue, content)
        assert _passive_hearsay(doc, claim).source is None, text


def test_the_subject_of_a_state_of_mind_stays_its_source():
    for text, source, cue, content in [
            ("The farmers are worried that the rain will not come.", "The farmers", "are worried",
             "that the rain will not come"),
            ("Some teachers were incensed by the new rules.", "Some teachers", "were incensed by", "the new rules"),
            ("The mayor was quoted as saying the road will open.", "The mayor", "was quoted as saying",
             "the road will open")]:
        doc, claim = _framed(text, source, cue, content)
        assert _passive_hearsay(doc, claim).source is not None, text


def test_the_subject_of_a_verb_of_seeming_is_no_source():
    for text, source, cue, content in [
            ("Bread has always seemed like something only bakers make.", "Bread", "has always seemed",
             "like something only bakers make"),
            ("Early reviews appear that the game runs well.", "Early reviews", "appear", "that the game runs well"),
            ("It sounds like the band has found its voice.", "It", "sounds like", "the band has found its voice")]:
        doc, claim = _framed(text, source, cue, content)
        assert _passive_hearsay(doc, claim).source is None, text
    # a second verb after it is the subject's own act
    doc, claim = _framed("The minister seemed to admit that the plan failed.", "The minister", "seemed to admit",
                         "that the plan failed")
    assert _passive_hearsay(doc, claim).source is not None


def test_a_source_cut_inside_its_noun_phrase_reaches_its_cue():
    from lesart.stages.claims import _whole_noun_phrase
    for text, source, cue, content, whole in [
            ("Governor Anna Lee has signed a law that bans plastic bags.", "Governor Anna", "has signed",
             "a law that bans plastic bags", "Governor Anna Lee"),
            ("Local fishing groups had called the ruling a disaster.", "Local", "had called", "the ruling a disaster",
             "Local fishing groups"),
            ("Those numbers suggest that the river is rising.", "Those", "suggest", "that the river is rising",
             "Those numbers"),
            ("Friends of the singer's family suggested she was tired.", "Friends of", "suggested", "she was tired",
             "Friends of the singer's family")]:
        doc, claim = _framed(text, source, cue, content)
        assert _whole_noun_phrase(doc, claim).source.text == whole, text
    # what stands between is where or when it was said, an adverb, or the verb of a whole name
    for text, source, cue, content in [
            ("The mayor on Tuesday announced a new bridge.", "The mayor", "announced", "a new bridge"),
            ("Readers rightly expect that prices will fall.", "Readers", "expect", "that prices will fall"),
            ("Anna Lee needs to explain why the plan failed.", "Anna Lee", "explain", "why the plan failed"),
            ("They later said the plan failed.", "They", "said", "the plan failed")]:
        doc, claim = _framed(text, source, cue, content)
        assert _whole_noun_phrase(doc, claim).source.text == source, text


def test_said_in_a_statement_after_a_quotation_names_the_speaker_before_the_verb():
    from lesart.stages.claims import ClaimsStage
    doc = ClaimsStage(tagger="rules")(make_doc([
        '"The new bridge will open in the spring," Mary Stone, the head of the city\'s road office, '
        'said in a statement.'], "en"))
    quoted = [c for c in doc.claims if c.text.startswith('"The new bridge')]
    assert quoted and all(c.source is not None and c.source.text.startswith("Mary Stone") for c in quoted)
    assert not any(c.source is not None and c.source.text.startswith("in a statement") for c in doc.claims)


def test_a_content_cut_inside_its_clause_is_no_claim():
    from lesart.stages.claims import _cut_content
    for cut in ["for", "to", "lineup is", "If you're", "Now you", "But"]:
        assert _cut_content(cut), cut
    # a whole pronoun of a split content, a wh-clause, a possessive and a plain object stay
    for whole in ["He", "what those questions are", "the senator's", "Donald Trump's", "the exchange",
                  "to comment", "this"]:
        assert not _cut_content(whole), whole


def test_a_quoted_title_in_the_run_of_a_sentence_is_no_quotation():
    from lesart.model import Claim as C
    from lesart.stages.claims.quotations import without_quoted_names
    text = 'The actor was voted off “Singing with the Stars.” Fans shouted “Never Again!” at the screen.'
    doc = make_doc([text], "en")
    a, b = text.index("“Singing"), text.index("Stars.”") + len("Stars.”")
    c, d = text.index("“Never"), text.index("Again!”") + len("Again!”")
    title = C(start=a, end=b, text=text[a:b], mode="direct")
    shout = C(start=c, end=d, text=text[c:d], mode="direct")
    assert without_quoted_names(doc, [title, shout]) == [shout]
    # a quotation that opens its sentence, or one framed by a verb of saying, stays
    text = '“Big Plans Ahead,” the mayor said.'
    doc = make_doc([text], "en")
    e = text.index(",”") + 2
    opening = C(start=0, end=e, text=text[:e], mode="direct")
    assert without_quoted_names(doc, [opening]) == [opening]


def test_a_call_to_the_reader_or_a_label_before_a_colon_is_no_speaker():
    from lesart.stages.claims.layouts import layout_claims
    doc = make_doc(["How to plan a garden", "SMITH: We planted beans in May.", "GET THE GUIDE: FREE DOWNLOAD!",
                    "SUMMARY: Beans grow well in warm soil."], "en")
    speakers = [c.source.text for c, _ in layout_claims(doc, doc.blocks)]
    assert speakers == ["SMITH"]


def test_a_call_made_is_no_frame():
    from lesart.stages.claims.crf_repairs import _without_non_speech_cues
    for text, source, cue, content in [
            ("The neighbours called an ambulance.", "The neighbours", "called", "an ambulance"),
            ("Her brother called them later, but nobody answered.", "Her brother", "called",
             "them later, but nobody answered")]:
        doc, claim = _framed(text, source, cue, content, mode="reported")
        assert _without_non_speech_cues([claim]) == [], text
    # naming and demanding stay
    for text, source, cue, content in [
            ("Critics called the plan a disaster.", "Critics", "called", "the plan a disaster"),
            ("The union called for a strike.", "The union", "called", "for a strike")]:
        doc, claim = _framed(text, source, cue, content, mode="reported")
        assert _without_non_speech_cues([claim]) == [claim], text


def test_a_source_holding_its_own_clause_is_cut_to_its_subject():
    from lesart.stages.claims import _without_own_clause
    text = "The museum published a short note that said the doors would open at noon."
    doc, claim = _framed(text, "The museum published a short note", "said", "the doors would open at noon")
    assert _without_own_clause(claim).source.text == "The museum"
    text = "Anna Lee, a farmer who has grown the beans for years, said the crop was late."
    doc, claim = _framed(text, "Anna Lee, a farmer who has grown the beans for years", "said", "the crop was late")
    assert _without_own_clause(claim).source.text == "Anna Lee, a farmer who has grown the beans for years"


def test_a_figure_that_declined_or_added_is_no_speech():
    from lesart.stages.claims.crf_repairs import _without_non_speech_cues
    doc, claim = _framed("Japan's Nikkei 225 declined 0.3% on Monday.", "Japan's Nikkei 225", "declined", "0.3%",
                         mode="indirect")
    assert _without_non_speech_cues([claim]) == []
    for text, source, cue, content in [
            ("The spokesman declined to comment.", "The spokesman", "declined", "to comment"),
            ("He added that 300 people had been evacuated.", "He", "added", "that 300 people had been evacuated")]:
        doc, claim = _framed(text, source, cue, content, mode="indirect")
        assert _without_non_speech_cues([claim]) == [claim], text


def test_the_readers_wish_is_no_ones_claim():
    from test_claims import run
    doc = run(["If you are hoping for a deal, wait until Monday.", "The company is hoping the price will drop."],
              language="en", tagger="auto")
    assert not any(c.mode != "asserted" and "deal" in c.text for c in doc.claims)
    assert any(c.source is not None and c.source.text == "The company" for c in doc.claims)
