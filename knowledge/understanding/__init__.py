"""Understanding a question: the index over the facts (index.py), reading a question into mentions
and cues (analysis.py), which cues ask for which attribute (intents.py), scoring the candidate facts
(scoring.py), and the decision (matcher.py). Nothing here writes an answer."""
