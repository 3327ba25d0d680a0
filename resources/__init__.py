"""Icons, translations and desktop metadata, installed as networkjournal.resources."""
