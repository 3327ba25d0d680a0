"""Network Journal: an offline relationship journal for people whose careers are built on people."""

__version__ = "0.1.0"
APP_NAME = "Network Journal"
APP_ID = "org.networkjournal.NetworkJournal"
