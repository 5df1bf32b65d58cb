"""partnerbot's wiring: settings, the command line and the Telegram application."""

import os

# partnerbot uses no pydantic plugins; looking for them reads the metadata of every installed
# distribution when the first model is made (about 30 ms of each start). Set it to "" to look.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
