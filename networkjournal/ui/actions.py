"""Every action of the main window, declared once: name, text, shortcut, icon (after Picard).

Menus and the toolbar are built from these declarations; object names follow
``action_<verb>_<noun>`` so tests and scripted screenshots can find them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar

from networkjournal.ui.icons import icon

StandardKey = QKeySequence.StandardKey
CONTEXT = "Actions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks and is reached."""

    name: str
    text: str
    tip: str = ""
    shortcuts: tuple[StandardKey | str, ...] = ()
    icon: str | None = None
    theme_icon: str | None = None
    # Shortcuts of actions used inside the people list stay there, so typing
    # Delete in the search field deletes text, not a person.
    widget_shortcut: bool = False
    checkable: bool = False


# The source strings are marked for translation with QT_TRANSLATE_NOOP
# extraction (context "Actions") and translated when the QAction is made.
SPECS: list[ActionSpec] = [
    ActionSpec(
        "action_new_person",
        QT_TRANSLATE_NOOP("Actions", "&New Person…"),
        QT_TRANSLATE_NOOP("Actions", "Add someone you know"),
        (StandardKey.New,),
        "person-add",
        "contact-new",
    ),
    ActionSpec(
        "action_edit_person",
        QT_TRANSLATE_NOOP("Actions", "&Edit Person…"),
        QT_TRANSLATE_NOOP("Actions", "Edit the selected person"),
        ("Ctrl+E",),
        "person-edit",
        "document-edit",
    ),
    ActionSpec(
        "action_archive_person",
        QT_TRANSLATE_NOOP("Actions", "&Archive"),
        QT_TRANSLATE_NOOP("Actions", "Keep the selected people, out of the everyday lists"),
        ("Ctrl+Shift+A",),
        "archive",
    ),
    ActionSpec(
        "action_trash_person",
        QT_TRANSLATE_NOOP("Actions", "Move to &Trash"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected people to the trash"),
        (StandardKey.Delete,),
        "trash",
        "user-trash",
        widget_shortcut=True,
    ),
    ActionSpec(
        "action_restore_person",
        QT_TRANSLATE_NOOP("Actions", "&Restore"),
        QT_TRANSLATE_NOOP(
            "Actions", "Bring the selected people back from the archive or the trash"
        ),
        ("Ctrl+Shift+R",),
        "restore",
        "edit-undo-history",
    ),
    ActionSpec(
        "action_forget_person",
        QT_TRANSLATE_NOOP("Actions", "&Forget Person…"),
        QT_TRANSLATE_NOOP("Actions", "Remove every trace of the selected people from the journal"),
        ("Shift+Del",),
        "forget",
        widget_shortcut=True,
    ),
    ActionSpec(
        "action_empty_trash",
        QT_TRANSLATE_NOOP("Actions", "Empty T&rash…"),
        QT_TRANSLATE_NOOP("Actions", "Forget everyone in the trash"),
    ),
    ActionSpec(
        "action_demo_journal",
        QT_TRANSLATE_NOOP("Actions", "Fill With a &Demo Network"),
        QT_TRANSLATE_NOOP(
            "Actions", "Explore the program with an example network of a medical student"
        ),
    ),
    ActionSpec(
        "action_backup_now",
        QT_TRANSLATE_NOOP("Actions", "&Back Up Now"),
        QT_TRANSLATE_NOOP(
            "Actions", "Keep a checked copy of the journal now, beside the automatic ones"
        ),
    ),
    ActionSpec(
        "action_restore_backup",
        QT_TRANSLATE_NOOP("Actions", "Restore From Bac&kup…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Put a backup in place of the journal; the journal as it is now is kept as a backup",
        ),
    ),
    ActionSpec(
        "action_quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close Network Journal"),
        (StandardKey.Quit, "Ctrl+Q"),
    ),
    ActionSpec(
        "action_undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        (StandardKey.Undo,),
        "undo",
        "edit-undo",
    ),
    ActionSpec(
        "action_redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo what was undone"),
        (StandardKey.Redo, "Ctrl+Shift+Z"),
        "redo",
        "edit-redo",
    ),
    ActionSpec(
        "action_find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Search people by name"),
        (StandardKey.Find,),
        "search",
        "edit-find",
    ),
    ActionSpec(
        "action_log_interaction",
        QT_TRANSLATE_NOOP("Actions", "&Log Entry…"),
        QT_TRANSLATE_NOOP("Actions", "Write down a meeting, call or message, and who was there"),
        ("Ctrl+L",),
        "log-entry",
    ),
    ActionSpec(
        "action_edit_entry",
        QT_TRANSLATE_NOOP("Actions", "&Open Entry…"),
        QT_TRANSLATE_NOOP("Actions", "Read or change the selected journal entry"),
        icon="journal",
    ),
    ActionSpec(
        "action_trash_entry",
        QT_TRANSLATE_NOOP("Actions", "&Delete Entry"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected journal entries to the trash"),
        (StandardKey.Delete,),
        "trash",
        "user-trash",
        widget_shortcut=True,
    ),
    ActionSpec(
        "action_manage_templates",
        QT_TRANSLATE_NOOP("Actions", "Note &Templates…"),
        QT_TRANSLATE_NOOP("Actions", "Edit the templates that start an entry's notes"),
    ),
    ActionSpec(
        "action_search_all",
        QT_TRANSLATE_NOOP("Actions", "Search &Everything…"),
        QT_TRANSLATE_NOOP("Actions", "Find people and journal entries by any word"),
        ("Ctrl+K",),
        "search",
        "edit-find",
    ),
    ActionSpec(
        "action_show_dashboard",
        QT_TRANSLATE_NOOP("Actions", "&Overview"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "How your networks are doing: who to reconnect with, what is due, what is coming up",
        ),
        ("Ctrl+1",),
        "overview",
    ),
    ActionSpec(
        "action_show_people",
        QT_TRANSLATE_NOOP("Actions", "&People"),
        QT_TRANSLATE_NOOP("Actions", "Show the people table"),
        ("Ctrl+2",),
        "people",
    ),
    ActionSpec(
        "action_show_journal",
        QT_TRANSLATE_NOOP("Actions", "&Journal"),
        QT_TRANSLATE_NOOP("Actions", "Show the journal"),
        ("Ctrl+3",),
        "journal",
    ),
    ActionSpec(
        "action_show_follow_ups",
        QT_TRANSLATE_NOOP("Actions", "&Follow-ups"),
        QT_TRANSLATE_NOOP("Actions", "Show what you promised to do"),
        ("Ctrl+4",),
        "follow-up",
    ),
    ActionSpec(
        "action_show_keep_in_touch",
        QT_TRANSLATE_NOOP("Actions", "&Keep in Touch"),
        QT_TRANSLATE_NOOP(
            "Actions", "Who is due a catch-up, and the birthdays and dates coming up"
        ),
        ("Ctrl+5",),
        "reconnect",
    ),
    ActionSpec(
        "action_show_topics",
        QT_TRANSLATE_NOOP("Actions", "&Learning Together"),
        QT_TRANSLATE_NOOP("Actions", "Show what you are learning and working on with others"),
        ("Ctrl+6",),
        "topic",
    ),
    ActionSpec(
        "action_show_map",
        QT_TRANSLATE_NOOP("Actions", "Network &Map"),
        QT_TRANSLATE_NOOP("Actions", "See the whole network and who knows whom"),
        ("Ctrl+7",),
        "network",
    ),
    ActionSpec(
        "action_toggle_daily_overview",
        QT_TRANSLATE_NOOP("Actions", "Show Overview &Each Day"),
        QT_TRANSLATE_NOOP(
            "Actions", "Open on the overview the first time the program starts each day"
        ),
        checkable=True,
    ),
    ActionSpec(
        "action_catch_up",
        QT_TRANSLATE_NOOP("Actions", "Log a &Catch-up…"),
        QT_TRANSLATE_NOOP("Actions", "Log a catch-up with the selected people, ready to save"),
        ("Ctrl+Shift+L",),
        "reconnect",
    ),
    ActionSpec(
        "action_snooze_week",
        QT_TRANSLATE_NOOP("Actions", "Snooze a &Week"),
        QT_TRANSLATE_NOOP("Actions", "Do not remind me about the selected people for a week"),
        ("Ctrl+Shift+W",),
        "snooze",
    ),
    ActionSpec(
        "action_snooze_month",
        QT_TRANSLATE_NOOP("Actions", "Snooze a &Month"),
        QT_TRANSLATE_NOOP("Actions", "Do not remind me about the selected people for a month"),
        ("Ctrl+Shift+M",),
    ),
    ActionSpec(
        "action_unsnooze",
        QT_TRANSLATE_NOOP("Actions", "Stop S&noozing"),
        QT_TRANSLATE_NOOP("Actions", "Remind me about the selected people again when they are due"),
    ),
    ActionSpec(
        "action_change_period",
        QT_TRANSLATE_NOOP("Actions", "Keep in Touch &Every…"),
        QT_TRANSLATE_NOOP("Actions", "How often you want to be in touch with the selected people"),
        ("Ctrl+Shift+E",),
    ),
    ActionSpec(
        "action_add_date",
        QT_TRANSLATE_NOOP("Actions", "Add Important &Date…"),
        QT_TRANSLATE_NOOP("Actions", "An exam, rotation, anniversary or any date to remember"),
        ("Ctrl+Shift+D",),
        "date",
    ),
    ActionSpec(
        "action_edit_date",
        QT_TRANSLATE_NOOP("Actions", "Edit &Date…"),
        QT_TRANSLATE_NOOP("Actions", "Change the selected date"),
    ),
    ActionSpec(
        "action_delete_date",
        QT_TRANSLATE_NOOP("Actions", "Delete Dat&e"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected date"),
        (StandardKey.Delete,),
        "trash",
        "user-trash",
        widget_shortcut=True,
    ),
    ActionSpec(
        "action_import",
        QT_TRANSLATE_NOOP("Actions", "&Import Contacts…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Bring in people from a phone (vCard), LinkedIn, Google or Outlook (CSV), or an archive",  # noqa: E501
        ),
        ("Ctrl+Shift+I",),
        "import",
    ),
    ActionSpec(
        "action_export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QT_TRANSLATE_NOOP("Actions", "Write everyone out as vCard, CSV or a complete JSON archive"),
        ("Ctrl+Shift+X",),
        "export",
    ),
    ActionSpec(
        "action_merge_people",
        QT_TRANSLATE_NOOP("Actions", "&Merge People…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Merge two records of the same person into one, keeping everything of both"
        ),
        ("Ctrl+Shift+G",),
    ),
    ActionSpec(
        "action_export_calendar",
        QT_TRANSLATE_NOOP("Actions", "Export &Calendar…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Write birthdays, dates, follow-ups and catch-ups as an iCalendar file"
        ),
        icon="date",
    ),
    ActionSpec(
        "action_new_topic",
        QT_TRANSLATE_NOOP("Actions", "New &Topic…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Start a module, study group, project, audit or skill you share with people"
        ),
        ("Ctrl+Shift+T",),
        "topic",
    ),
    ActionSpec(
        "action_edit_topic",
        QT_TRANSLATE_NOOP("Actions", "&Edit Topic…"),
        QT_TRANSLATE_NOOP("Actions", "Change the selected topic"),
    ),
    ActionSpec(
        "action_delete_topic",
        QT_TRANSLATE_NOOP("Actions", "&Delete Topic"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected topic; its people stay"),
        (StandardKey.Delete,),
        "trash",
        "user-trash",
        widget_shortcut=True,
    ),
    ActionSpec(
        "action_who_can_help",
        QT_TRANSLATE_NOOP("Actions", "&Who Can Help With…"),
        QT_TRANSLATE_NOOP("Actions", "Find people by what they know, do and belong to"),
        ("Ctrl+Shift+H",),
        "search",
    ),
    ActionSpec(
        "action_show_referees",
        QT_TRANSLATE_NOOP("Actions", "&Referees…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Everyone who could give you a reference, and what they have seen you do"
        ),
    ),
    ActionSpec(
        "action_export_referees",
        QT_TRANSLATE_NOOP("Actions", "Export &Referees as Markdown…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Write your referees list as a Markdown file for an application"
        ),
    ),
    ActionSpec(
        "action_new_organisation",
        QT_TRANSLATE_NOOP("Actions", "New &Organisation…"),
        QT_TRANSLATE_NOOP("Actions", "Add a society, team, hall, cohort, hospital or department"),
    ),
    ActionSpec(
        "action_edit_organisation",
        QT_TRANSLATE_NOOP("Actions", "Edit Or&ganisation…"),
        QT_TRANSLATE_NOOP("Actions", "Change the organisation"),
    ),
    ActionSpec(
        "action_delete_organisation",
        QT_TRANSLATE_NOOP("Actions", "Delete Organisa&tion…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the organisation; its members stay in the journal"),
    ),
    ActionSpec(
        "action_new_network",
        QT_TRANSLATE_NOOP("Actions", "New &Network…"),
        QT_TRANSLATE_NOOP("Actions", "Add a network to sort people into"),
        ("Ctrl+Shift+N",),
        "network",
    ),
    ActionSpec(
        "action_rename_network",
        QT_TRANSLATE_NOOP("Actions", "Re&name Network"),
        QT_TRANSLATE_NOOP("Actions", "Rename the selected network"),
        ("F2",),
    ),
    ActionSpec(
        "action_recolour_network",
        QT_TRANSLATE_NOOP("Actions", "Change Network &Colour…"),
        QT_TRANSLATE_NOOP("Actions", "Choose the network's colour"),
    ),
    ActionSpec(
        "action_move_network_up",
        QT_TRANSLATE_NOOP("Actions", "Move Network &Up"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected network up the list"),
        ("Ctrl+Shift+Up",),
    ),
    ActionSpec(
        "action_move_network_down",
        QT_TRANSLATE_NOOP("Actions", "Move Network &Down"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected network down the list"),
        ("Ctrl+Shift+Down",),
    ),
    ActionSpec(
        "action_delete_network",
        QT_TRANSLATE_NOOP("Actions", "&Delete Network…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected network; its people stay in the journal"),
    ),
    ActionSpec(
        "action_open_data_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &Data Folder"),
        QT_TRANSLATE_NOOP("Actions", "Show the folder where the journal is kept"),
        icon="folder",
        theme_icon="folder-open",
    ),
    ActionSpec(
        "action_preferences",
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Start page, theme, keep-in-touch periods, backups and privacy"
        ),
        (StandardKey.Preferences, "Ctrl+,"),
        None,
        "preferences-system",
    ),
    ActionSpec(
        "action_about",
        QT_TRANSLATE_NOOP("Actions", "&About Network Journal"),
        QT_TRANSLATE_NOOP("Actions", "Version, data location and licence"),
    ),
]

# What the people table's right-click menu offers for the selected rows.
PERSON_ROW_ACTIONS: list[str | None] = [
    "action_edit_person",
    "action_merge_people",
    None,
    "action_archive_person",
    "action_trash_person",
    "action_restore_person",
    None,
    "action_forget_person",
]
# Keeping in touch with the selected people (the Reconnect list, the people table).
KEEP_IN_TOUCH_ACTIONS: list[str | None] = [
    "action_catch_up",
    None,
    "action_snooze_week",
    "action_snooze_month",
    "action_unsnooze",
    None,
    "action_change_period",
]
# What the upcoming dates list offers.
DATE_ROW_ACTIONS: list[str | None] = [
    "action_add_date",
    "action_edit_date",
    None,
    "action_delete_date",
]
# What the journal table's right-click menu offers.
ENTRY_ROW_ACTIONS: list[str | None] = [
    "action_log_interaction",
    "action_edit_entry",
    None,
    "action_trash_entry",
]
# The topics table's right-click menu, and the Learning menu.
TOPIC_ROW_ACTIONS: list[str | None] = [
    "action_new_topic",
    "action_edit_topic",
    None,
    "action_delete_topic",
]
# What an organisation's item in the sidebar offers.
ORGANISATION_ACTIONS: list[str | None] = [
    "action_new_organisation",
    "action_edit_organisation",
    "action_delete_organisation",
]
# The Network menu, also the sidebar's right-click menu.
NETWORK_ACTIONS: list[str | None] = [
    "action_new_network",
    "action_rename_network",
    "action_recolour_network",
    None,
    "action_move_network_up",
    "action_move_network_down",
    None,
    "action_delete_network",
]

# What stays usable on a journal written by a newer version (opened read-only):
# looking, searching and exporting; every other action would write.
READ_ONLY_ACTIONS: frozenset[str] = frozenset(
    {
        "action_quit",
        "action_find",
        "action_search_all",
        "action_show_dashboard",
        "action_show_people",
        "action_show_journal",
        "action_show_follow_ups",
        "action_show_keep_in_touch",
        "action_show_topics",
        "action_show_map",
        "action_toggle_daily_overview",
        "action_export",
        "action_export_calendar",
        "action_show_referees",
        "action_export_referees",
        "action_who_can_help",
        "action_open_data_folder",
        "action_about",
    }
)

MENUS: list[tuple[str, str, list[str | None]]] = [
    (
        "menu_file",
        QT_TRANSLATE_NOOP("Actions", "&File"),
        [
            "action_new_person",
            "action_log_interaction",
            None,
            "action_import",
            "action_export",
            "action_export_referees",
            "action_export_calendar",
            None,
            "action_demo_journal",
            None,
            "action_backup_now",
            "action_restore_backup",
            None,
            "action_quit",
        ],
    ),
    (
        "menu_edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        [
            "action_undo",
            "action_redo",
            None,
            "action_find",
            "action_search_all",
            None,
            "action_preferences",
        ],
    ),
    (
        "menu_view",
        QT_TRANSLATE_NOOP("Actions", "&View"),
        [
            "action_show_dashboard",
            "action_show_people",
            "action_show_journal",
            "action_show_follow_ups",
            "action_show_keep_in_touch",
            "action_show_topics",
            "action_show_map",
            None,
            "action_show_referees",
            None,
            "action_toggle_daily_overview",
        ],
    ),
    (
        "menu_person",
        QT_TRANSLATE_NOOP("Actions", "&Person"),
        [
            "action_new_person",
            *PERSON_ROW_ACTIONS,
            "action_empty_trash",
            None,
            *KEEP_IN_TOUCH_ACTIONS,
        ],
    ),
    (
        "menu_journal",
        QT_TRANSLATE_NOOP("Actions", "&Journal"),
        [*ENTRY_ROW_ACTIONS, None, *DATE_ROW_ACTIONS, None, "action_manage_templates"],
    ),
    (
        "menu_learning",
        QT_TRANSLATE_NOOP("Actions", "&Learning"),
        [*TOPIC_ROW_ACTIONS, None, "action_who_can_help"],
    ),
    (
        "menu_network",
        QT_TRANSLATE_NOOP("Actions", "&Network"),
        [*NETWORK_ACTIONS, None, *ORGANISATION_ACTIONS],
    ),
    (
        "menu_help",
        QT_TRANSLATE_NOOP("Actions", "&Help"),
        ["action_open_data_folder", None, "action_about"],
    ),
]

TOOLBAR: list[str | None] = [
    "action_new_person",
    "action_log_interaction",
    "action_edit_person",
    None,
    "action_archive_person",
    "action_trash_person",
    "action_restore_person",
    None,
    "action_undo",
    "action_redo",
]


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """Fill the menu bar from :data:`MENUS`."""
    for object_name, title, names in MENUS:
        menu = bar.addMenu(QCoreApplication.translate(CONTEXT, title))
        menu.setObjectName(object_name)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])


def build_toolbar(toolbar: QToolBar, actions: dict[str, QAction]) -> None:
    """Fill the toolbar from :data:`TOOLBAR`."""
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[name])


def pick(actions: dict[str, QAction], names: list[str | None]) -> list[QAction | None]:
    """Return the named actions (None stays None: a separator)."""
    return [actions[name] if name else None for name in names]


def build_actions(parent: QObject) -> dict[str, QAction]:
    """Create every action from :data:`SPECS`, owned by ``parent``, keyed by object name."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(spec.name)
        if spec.tip:
            action.setToolTip(_tr(spec.tip))
            action.setStatusTip(_tr(spec.tip))
        shortcuts: list[QKeySequence] = []
        for key in spec.shortcuts:
            for sequence in (
                QKeySequence.keyBindings(key)
                if isinstance(key, StandardKey)
                else [QKeySequence(key)]
            ):
                if not sequence.isEmpty() and sequence not in shortcuts:
                    shortcuts.append(sequence)
        action.setShortcuts(shortcuts)
        action.setCheckable(spec.checkable)
        if spec.widget_shortcut:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.icon:
            action.setIcon(icon(spec.icon, spec.theme_icon))
        actions[spec.name] = action
    return actions
