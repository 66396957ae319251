"""Across outlets: syndicated copies, stories, claim matching, provenance and what each outlet added.

Everything here works over plain ``Document`` lists (``syndication``, ``stories``, ``claims_match``,
``provenance``, ``added``); ``store_adapter`` reads them from the corpus store; ``report`` puts it together.
"""
