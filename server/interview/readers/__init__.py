"""Field readers: read a value of each field type out of a candidate's words.

Each reader takes a :class:`~server.interview.readers.message.Message` (one candidate
message, already stripped of text that tries to instruct the system) and returns
:class:`~server.interview.readers.message.Finding` objects: what the message says about one
field, with the candidate's own words as evidence. Readers only report what they are sure
of; deciding between findings and what to ask next is :mod:`server.interview.understand`'s
job, and :mod:`server.interview.types` is the one place that maps a field type to its reader.

One module per kind of field: ``links`` (LinkedIn URL), ``experience`` (AI-training
platforms and task types), ``yes_no``, ``choice`` (single choice), ``free_text`` (short and
long text, which have no reader), ``years``, ``hours`` (hours per week, with ``schedule``
for a week written in days) and ``numbers`` (a plain number in the field's unit); ``pick``
reads a choice by its letter or place ("Response B", "the second one"). Shared
by them: ``message`` (what a reader takes and returns), ``subject`` (what a field is about)
and ``quantity`` (the number grammar of the quantity readers).
"""
