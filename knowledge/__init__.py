"""The knowledge core: facts and their sources, the live store, understanding questions and writing
answers. No Telegram here. `knowledge.engine.Engine` is the one object the front ends talk to.

    facts/          the schema, the fact base, YAML in and out
    store/          the live SQLite store: records, history, grants, question log
    language/       text folding, stemming, lexicons, typo correction
    understanding/  index, analysis, intents, scoring, the matcher's decision
    answers/        the decision to an Answer; replies and rendering
    data/           shipped facts, source texts and language files
"""
