"""Example journals (filled in by the demo journal commit)."""
