"""The first event the stage codes in a German sentence, shared by the tests of the German tuning rounds."""


def first_event(text: str):
    from lesart.evaluation.events import code_sentence
    events = code_sentence(text, "de").events
    return events[0] if events else None


def first_type(text: str):
    ev = first_event(text)
    return ev.type if ev else None
