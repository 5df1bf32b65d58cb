"""Writing answers: the decision to an Answer (responder.py), the kinds of reply (replies.py), and
facts to sentences in the asker's language (render.py, sentences.py, phrasing.py)."""
