"""Where the journal lives, and that its directory and file are private to the user."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from networkjournal import paths
from networkjournal.store.db import close_journal, open_journal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask that lets everyone read: modes must come from the code, not the umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_data_dir_prefers_explicit_override_to_environment(tmp_path: Path) -> None:
    assert paths.data_dir(tmp_path / "chosen") == tmp_path / "chosen"


def test_data_dir_uses_environment_variable_without_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "from-env"))
    assert paths.data_dir() == tmp_path / "from-env"
    assert paths.data_dir("") == tmp_path / "from-env"


def test_data_dir_falls_back_to_platform_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.ENV_HOME)
    assert paths.data_dir() == platformdirs.user_data_path(paths.APP_DIR_NAME, appauthor=False)
    if sys.platform.startswith("linux"):
        # conftest points XDG_DATA_HOME at the test's directory; platformdirs follows it.
        assert paths.data_dir() == Path(os.environ["XDG_DATA_HOME"]) / paths.APP_DIR_NAME


def test_data_dir_expands_home_and_makes_relative_paths_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir("~/journal") == tmp_path / "home" / "journal"
    monkeypatch.chdir(tmp_path)
    assert paths.data_dir("relative") == tmp_path / "relative"
    assert paths.data_dir("relative").is_absolute()


def test_journal_path_is_the_journal_file_inside_the_data_dir(tmp_path: Path) -> None:
    assert paths.journal_path(tmp_path) == tmp_path / paths.JOURNAL_FILE_NAME
    assert paths.journal_path() == paths.data_dir() / paths.JOURNAL_FILE_NAME


def test_ensure_private_dir_tightens_an_existing_open_directory(
    tmp_path: Path, permissive_umask: None
) -> None:
    folder = tmp_path / "open"
    folder.mkdir(mode=0o777)
    assert mode(folder) == 0o777
    paths.ensure_private_dir(folder)
    assert mode(folder) == 0o700


def test_ensure_private_file_keeps_contents_and_tightens_mode(
    tmp_path: Path, permissive_umask: None
) -> None:
    file = tmp_path / "notes.txt"
    file.write_bytes(b"keep me")
    file.chmod(0o666)
    paths.ensure_private_file(file)
    assert mode(file) == 0o600
    assert file.read_bytes() == b"keep me"


def test_new_journal_directory_is_0700_and_files_0600(
    journal_path: Path, permissive_umask: None
) -> None:
    open_journal(journal_path)
    try:
        assert mode(journal_path.parent) == 0o700
        assert mode(journal_path) == 0o600
        # SQLite gives the WAL companions the database file's permissions.
        for companion in journal_path.parent.glob(journal_path.name + "-*"):
            assert mode(companion) == 0o600, companion
    finally:
        close_journal()


def test_journal_opened_through_environment_variable_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, permissive_umask: None
) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "env-home"))
    open_journal(paths.journal_path())
    try:
        assert (tmp_path / "env-home" / paths.JOURNAL_FILE_NAME).is_file()
        assert mode(tmp_path / "env-home") == 0o700
        assert mode(tmp_path / "env-home" / paths.JOURNAL_FILE_NAME) == 0o600
    finally:
        close_journal()


def test_journal_opened_through_override_wins_over_environment_variable(
    tmp_path: Path, permissive_umask: None
) -> None:
    open_journal(paths.journal_path(tmp_path / "override"))
    try:
        assert (tmp_path / "override" / paths.JOURNAL_FILE_NAME).is_file()
        assert mode(tmp_path / "override") == 0o700
        assert mode(tmp_path / "override" / paths.JOURNAL_FILE_NAME) == 0o600
        assert not (Path(os.environ[paths.ENV_HOME]) / paths.JOURNAL_FILE_NAME).exists()
    finally:
        close_journal()


def test_reopening_a_journal_made_readable_by_others_makes_it_private_again(
    journal_path: Path,
) -> None:
    open_journal(journal_path)
    close_journal()
    journal_path.chmod(0o644)
    journal_path.parent.chmod(0o755)
    open_journal(journal_path)
    try:
        assert mode(journal_path) == 0o600
        assert mode(journal_path.parent) == 0o700
    finally:
        close_journal()
