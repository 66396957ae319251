"""English span conventions of PolNeAR (issue 3, twenty-sixth session): a pronoun's contracted
auxiliary opens the cue, and the subject of a passive or of a verb of seeming with no one named as
saying it is a piece of the content; sentences of our own."""
from __future__ import annotations

from lesart.model import Claim, Source
from lesart.stages.claims.english_claims import contracted_auxiliary_in_cue, subject_of_passive_as_content
from test_claims import make_doc


def _claim(doc, content: str, cue: str, source: str | None = None, mode: str = "indirect") -> Claim:
    text = doc.text
    c0, q0 = text.index(content), text.index(cue)
    src = None
    if source is not None:
        s0 = text.index(source)
        src = Source(start=s0, end=s0 + len(source), text=source, kind="person")
    return Claim(start=c0, end=c0 + len(content), text=content, mode=mode, source=src, cue=doc.span(q0, q0 + len(cue)))


def test_a_contracted_auxiliary_opens_the_cue():
    for text, source, cue, content, want_cue, want_source in [
            ("He’s claiming that the vote was rigged.", "He’s", "claiming", "that the vote was rigged",
             "’s claiming", "He"),
            ("They've suggested the plan would cost more.", "They", "suggested", "the plan would cost more",
             "'ve suggested", "They")]:
        doc = make_doc([text], "en")
        (out,) = contracted_auxiliary_in_cue(doc, [_claim(doc, content, cue, source)])
        assert out.cue.text == want_cue, text
        assert out.source.text == want_source, text


def test_a_possessive_is_no_auxiliary():
    doc = make_doc(["Trump's assertion that more airstrikes are needed was criticized."], "en")
    claim = _claim(doc, "that more airstrikes are needed", "assertion")
    (out,) = contracted_auxiliary_in_cue(doc, [claim])
    assert out.cue.text == "assertion"


def test_the_subject_of_a_passive_without_a_speaker_is_a_piece_of_the_content():
    for text, cue, content, subject in [
            ("Many Democrats are expected to follow the lead of the senator.", "are expected",
             "to follow the lead of the senator", "Many Democrats"),
            ("Although North Korea is not thought to be capable of it, the test worried Seoul.", "is not thought",
             "to be capable of it", "North Korea"),
            ("In a poll this week, the mayor appears to have lost ground.", "appears", "to have lost ground",
             "the mayor"),
            ("Ariel Quiros, a local businessman, was accused of using the money for himself.", "was accused of",
             "using the money for himself", "Ariel Quiros, a local businessman")]:
        doc = make_doc([text], "en")
        out = subject_of_passive_as_content(doc, [_claim(doc, content, cue)])
        assert [c.text for c in out] == [subject, content], text
        assert out[0].cue == out[1].cue


def test_no_subject_piece_for_a_speaker_an_addressee_or_an_empty_it():
    cases = [("Respondents were also asked to pick the loser.", "were also asked", "to pick the loser", None),
             ("It seemed like the committee had decided.", "seemed like", "the committee had decided", None),
             ("The governor is expected to sign the bill, aides said.", "is expected", "to sign the bill", "aides")]
    for text, cue, content, source in cases:
        doc = make_doc([text], "en")
        claims = [_claim(doc, content, cue, source)]
        assert subject_of_passive_as_content(doc, claims) == claims, text


def test_a_relative_pronoun_before_the_speaker_is_a_piece_of_the_content():
    from lesart.stages.claims.english_claims import relative_pronoun_as_content
    doc = make_doc(["They bought the old mine, which Clarke says he is doing everything he can to keep open."], "en")
    claim = _claim(doc, "he is doing everything he can to keep open", "says", "Clarke")
    out = relative_pronoun_as_content(doc, [claim])
    assert [c.text for c in out] == ["which", "he is doing everything he can to keep open"]
    doc = make_doc(["He gave an interview, in which he says he will build a wall."], "en")
    claim = _claim(doc, "he will build a wall", "says", "he")
    assert relative_pronoun_as_content(doc, [claim]) == [claim]


def test_a_quotation_after_a_colon_frame_takes_its_speaker_and_verb():
    from lesart.stages.claims.english_claims import quotations_after_a_colon_frame
    doc = make_doc(["The mayor spoke at the rally. He said:", "\u201cWe have a situation in our cities.\u201d"], "en")
    quote = "\u201cWe have a situation in our cities.\u201d"
    q0 = doc.text.index(quote)
    claim = Claim(start=q0, end=q0 + len(quote), text=quote, mode="direct")
    (out,) = quotations_after_a_colon_frame(doc, [claim])
    assert (out.source.text, out.cue.text) == ("He", "said:")


def test_a_second_verb_of_saying_starts_a_second_claim():
    from lesart.stages.claims.english_claims import coordinated_sayings
    text = "Trump said he would order a review of the defenses and warned against hackers from China."
    doc = make_doc([text], "en")
    claim = _claim(doc, "he would order a review of the defenses and warned against hackers from China", "said", "Trump")
    out = coordinated_sayings(doc, [claim])
    assert [(c.cue.text, c.text) for c in out] == [("said", "he would order a review of the defenses"),
                                                   ("warned against", "hackers from China")]
    assert out[1].source == claim.source
    # each verb decides its own mode: an accusation is reported, what was said after "and" indirect
    text = "Prosecutors accused him of fraud and said he had hidden millions abroad."
    doc = make_doc([text], "en")
    claim = _claim(doc, "him of fraud and said he had hidden millions abroad", "accused", "Prosecutors",
                   mode="reported")
    out = coordinated_sayings(doc, [claim])
    assert [(c.mode, c.cue.text, c.text) for c in out] == [("reported", "accused", "him of fraud"),
                                                           ("indirect", "said", "he had hidden millions abroad")]
    doc = make_doc(["She said the plan was “bold and worked” in the end."], "en")
    claim = _claim(doc, "the plan was “bold and worked” in the end", "said", "She")
    assert coordinated_sayings(doc, [claim]) == [claim]
