"""Games: ALE env ids, OCAtari object categories, and the manuals registered for each game.

Manuals live in two folders, each with a `manifest.json` ({"version": 1, "games": {short: {...}}}):
the bundled `manuals/` of this repository and the user's folder (`$READ_REWARD_HOME/manuals`).
"""

from __future__ import annotations

import importlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from read_reward.errors import InputError

BUNDLED_MANUALS = Path(__file__).resolve().parent.parent / "manuals"
LEXICON = Path(__file__).resolve().parent / "data" / "lexicon.json"


def home() -> Path:
    """The user's read-reward folder: `$READ_REWARD_HOME`, else `~/.local/share/read-reward`."""
    default = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "read-reward"
    return Path(os.environ.get("READ_REWARD_HOME", default))


def user_manuals() -> Path:
    return home() / "manuals"


def cards_dir() -> Path:
    return home() / "cards"


@dataclass(frozen=True)
class Category:
    name: str  # OCAtari class name, e.g. "PowerPill"
    hud: bool
    description: str  # OCAtari's docstring, "" when it has none
    terms: tuple[str, ...] = ()  # what a manual may call it (lexicon), e.g. ("power pill", "energizer", ...)
    touchable: bool = True  # False: a display or the player's own shot/sprite, per the lexicon
    surface: bool = False  # a floor, ladder or lift, per the lexicon: touched all the time, so never rewarded
    groups: tuple[str, ...] = ()  # what a manual may call a group it is in (lexicon), e.g. ("enemy aircraft", ...)
    rides: bool = False  # the player's own vehicle (lexicon): harm to it is harm to the player

    @property
    def words(self) -> str:
        """"PowerPill" -> "power pill"."""
        return " ".join(w.lower() for w in re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", self.name))


@dataclass(frozen=True)
class Game:
    short: str  # "mspacman"
    env_id: str  # "ALE/MsPacman-v5"
    player: str  # OCAtari category of the agent's own sprite ("Chicken" in Freeway)
    categories: tuple[Category, ...]

    @property
    def touchable(self) -> tuple[Category, ...]:
        """Categories the player can touch: not the player, not HUD (scores, clocks, lives), not what the
        lexicon marks untouchable (minimaps, inventories, the player's own shots)."""
        return tuple(c for c in self.categories if not c.hud and c.touchable and c.name != self.player)


def short_name(game: str) -> str:
    """"ALE/MsPacman-v5", "MsPacmanNoFrameskip-v4", "ms_pacman" -> "mspacman"."""
    name = game.strip().split("/")[-1]
    name = re.sub(r"(NoFrameskip|Deterministic)?-v\d+$", "", name)
    return re.sub(r"[^a-z0-9]", "", name.lower())


@lru_cache(maxsize=None)
def game_info(game: str) -> Game:
    """Look up a game by short name or ALE id; error if OCAtari cannot read its objects from RAM."""
    short = short_name(game)
    try:
        module = importlib.import_module(f"ocatari.ram.{short}")
        module.MAX_NB_OBJECTS
    except (ModuleNotFoundError, AttributeError):
        raise InputError(f"game '{game}' is not covered by OCAtari's RAM extraction; pick one of: "
                         f"{', '.join(supported_games())}") from None
    try:
        categories = _categories(module)
    except (AttributeError, TypeError) as exc:
        raise InputError(f"OCAtari {_ocatari_version()} cannot build the objects of '{short}' ({exc}); "
                         "pick another game or upgrade ocatari") from None
    player = next(iter(module.MAX_NB_OBJECTS))  # OCAtari puts the agent's sprite first
    return Game(short, env_id_for(short, game), player, tuple(categories))


def _categories(module) -> list[Category]:
    if not module.MAX_NB_OBJECTS:
        raise TypeError("it lists no objects")
    categories = []
    names = dict.fromkeys([*module.MAX_NB_OBJECTS, *getattr(module, "MAX_NB_OBJECTS_HUD", {})])
    known = lexicon().get(module.__name__.rsplit(".", 1)[-1], {})
    for name in names:
        cls = getattr(module, name)
        entry = known.get(name, {})
        categories.append(Category(name, bool(cls().hud), " ".join((cls.__doc__ or "").split()),
                                   tuple(entry.get("terms", ())), entry.get("touchable", True),
                                   entry.get("surface", False), tuple(entry.get("groups", ())), entry.get("rides", False)))
    return categories


@lru_cache(maxsize=None)
def lexicon() -> dict[str, dict[str, dict]]:
    """short -> category -> {"terms": [...], "touchable": bool, "surface": bool (optional), "why": str (only
    when not touchable or a surface), "groups": [...] (optional: names of groups it is in, "enemy aircraft"),
    "rides": bool (optional: the player's own vehicle, whose names are the player's)}.

    Names only: the words a manual may use for each OCAtari category, never what touching it does.
    """
    return json.loads(LEXICON.read_text(encoding="utf-8"))["games"]


def _ocatari_version() -> str:
    from importlib.metadata import version

    return version("ocatari")


def env_id_for(short: str, given: str = "") -> str:
    """The ALE id for a game: as given, else from a manifest, else ALE's own naming."""
    if given.startswith("ALE/"):
        return given
    for entry in _manifest_entries():
        if entry[0] == short:
            return entry[1]["env_id"]
    import ale_py  # noqa: F401  (registers ALE/ ids)
    import gymnasium as gym

    for env_id in gym.envs.registry:
        if env_id.startswith("ALE/") and short_name(env_id) == short and env_id.endswith("-v5"):
            return env_id
    raise InputError(f"no ALE environment for game '{given or short}'; pass an ALE id such as ALE/Skiing-v5")


def supported_games() -> list[str]:
    """Short names of the games OCAtari reads from RAM."""
    import ocatari.ram

    root = Path(ocatari.ram.__file__).parent
    skip = {"game_objects", "utils", "extract_ram_info"}
    names = [p.stem for p in root.glob("*.py")
             if not p.stem.startswith("_") and p.stem not in skip and not p.stem.endswith("_old")]
    supported = []
    for name in sorted(names):
        module = importlib.import_module(f"ocatari.ram.{name}")
        try:
            _categories(module)
            supported.append(name)
        except (AttributeError, TypeError):  # no MAX_NB_OBJECTS, or a class it names is missing
            continue
    return supported


def read_manifest(folder: Path) -> dict:
    """The manifest of a manuals folder (empty when the folder has none)."""
    path = folder / "manifest.json"
    if not path.is_file():
        return {"version": 1, "games": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not valid JSON ({exc.msg} at line {exc.lineno}); fix or delete it") from None
    if not isinstance(data.get("games"), dict):
        raise InputError(f"{path} has no 'games' mapping; fix or delete it")
    return data


def _manifest_entries() -> list[tuple[str, dict, Path]]:
    """(short, entry, folder) for every registered manual; the user's entries shadow bundled ones."""
    seen: dict[str, tuple[str, dict, Path]] = {}
    for folder in (BUNDLED_MANUALS, user_manuals()):
        for short, entry in read_manifest(folder)["games"].items():
            seen[short] = (short, entry, folder)
    return list(seen.values())


def manual_for(game: str) -> Path:
    """The registered manual of a game (user's folder first, then bundled)."""
    short = short_name(game)
    for name, entry, folder in _manifest_entries():
        if name == short:
            return folder / entry["manual"]
    raise InputError(f"no manual registered for '{game}'; add one with "
                     f"`read-reward add-manual <file> --game {game}`")


def corpus_manuals() -> dict[str, Path]:
    """short name -> manual path for every registered manual (the TF-IDF corpus)."""
    return {short: folder / entry["manual"] for short, entry, folder in _manifest_entries()}


def add_manual(source: str | Path, game: str) -> Path:
    """Store a manual in the user's manuals folder as Markdown and register it in the manifest.

    PDFs (OCR included) are converted once, so the TF-IDF corpus never OCRs again.
    """
    from read_reward.card import write_atomic
    from read_reward.manual import read_manual

    info = game_info(game)
    manual = read_manual(source, progress=True)
    lines = [f"# {manual.title}", ""]
    for section in manual.sections:
        if section.title and section.title != manual.title:
            lines += [f"## {section.title}", ""]
        lines += [" ".join(section.sentences), ""]
    folder = user_manuals()
    target = folder / f"{info.short}.md"
    write_atomic(target, "\n".join(lines))
    manifest = read_manifest(folder)
    manifest["games"][info.short] = {"env_id": info.env_id, "manual": target.name, "title": manual.title,
                                     "source": str(Path(source).resolve()), "sha256": manual.sha256}
    manifest["games"] = dict(sorted(manifest["games"].items()))
    write_atomic(folder / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return target
