"""partnerbot's wiring: settings, the command line and the Telegram application."""
