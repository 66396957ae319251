"""Election and campaign words that name no act between parties (English).

From the hand-read precision round on whole political news pages (README 2026-11-28, "Precision on real pages,
issue 6, fifth round"): on US campaign coverage most false events were polls ("Obama's approval rating has risen",
"45 percent said they would vote for the Ohio governor", "Support for Sanders has been strongest among white
voters"), campaign money ("more than 2.5 million contributions to Sanders' campaign", "the average donation") and
electoral contests told in words of force ("the best odds of beating Hillary Clinton in a general election fight",
"has beaten Sanders handily among non-white primary voters", "his White House battle") and hosting a party's
convention ("the city that will also host this year's Democratic convention"). PLOVER codes none of them:
an endorsement ("He endorsed Clinton"), a call for a policy or a criticism stays.
"""
from __future__ import annotations

from . import lexicon
from .tokens import Token

# words of a poll or a vote count: what is measured there is an opinion, not a party's act of support
POLL_WORDS = frozenset({"poll", "polls", "polling", "pollster", "pollsters", "survey", "surveys", "surveyed",
                        "rating", "ratings", "percent", "%", "voters", "electorate", "respondents", "favorability",
                        "favourability", "gallup", "quinnipiac"})
# the words of opinion a poll measures (SUPPORT and AGREE triggers); "endorse" is an act of a party and stays
POLLED = frozenset({"approval", "approve", "support", "vote", "favorability", "favourability"})
# words of campaign money: a donation to a candidate or a PAC is no PLOVER aid
CAMPAIGN_MONEY = frozenset({"pac", "pacs", "fundraising", "fundraiser", "fundraisers", "donors", "donor", "candidate",
                            "candidacy", "re-election", "reelection", "campaign", "campaigns", "super"})
MONEY_TRIGGERS = frozenset({"contribution", "donation", "donate", "donor", "fund", "give", "raise"})
# an electoral contest told in words of force
CONTESTS = frozenset({"beat", "beating", "defeat", "crush", "trounce", "battle", "fight"})
ELECTORAL = frozenset({"primary", "primaries", "election", "elections", "electoral", "nomination", "caucus",
                       "caucuses", "polls", "poll", "voters", "ballot", "matchup", "delegates", "campaign", "race",
                       "re-election", "reelection", "presidential", "gubernatorial", "mayoral", "congressional"})
# "White House battle", "Senate fight": the office fought for, right before the word of force
OFFICES = frozenset({"house", "senate", "presidential", "campaign", "nomination", "primary", "election",
                     "re-election", "reelection", "leadership", "budget", "legal", "court", "courtroom", "custody"})


# hosting a party's convention or a candidates' debate ("the city that will also host this year's Democratic
# convention"): no meeting of parties
CAMPAIGN_SHOWS = frozenset({"convention", "conventions", "debate", "debates", "fundraiser", "fundraisers", "caucus",
                            "caucuses", "rally", "rallies"})


def campaign_talk(toks: list[Token], h: lexicon.Hit) -> bool:
    """A poll's opinion, campaign money or an electoral contest, not an act (English; see the module)."""
    word = toks[h.head].lemma
    typ = h.entry.type
    if typ in ("SUPPORT", "AGREE") and word in POLLED:
        return any(t.lower in POLL_WORDS for t in toks)
    if typ == "AID" and word in MONEY_TRIGGERS:
        return any(t.lower in CAMPAIGN_MONEY for t in toks)
    if typ == "CONSULT" and word == "host":
        return any(t.lower in CAMPAIGN_SHOWS for t in toks[h.last + 1:h.last + 7])
    if typ == "ASSAULT" and (word in CONTESTS or toks[h.head].lower in CONTESTS):
        behind = {t.lower for t in toks[max(0, h.first - 3):h.first]}
        if word in ("battle", "fight"):
            return bool(behind & OFFICES)
        return any(t.lower in ELECTORAL for t in toks) or (h.head + 1 < len(toks) and toks[h.head + 1].lower == "out")
    return False
