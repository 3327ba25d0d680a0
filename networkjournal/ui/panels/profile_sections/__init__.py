"""The sections of a person's profile, one per question the journal answers about them."""
