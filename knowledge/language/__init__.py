"""What reading questions and writing answers share: text folding and stemming (text.py), the
per-language words and messages (lexicon.py, from knowledge/data/lang/), typo correction (typo.py)."""
