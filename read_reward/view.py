"""Readable views of a game card in the terminal."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from read_reward.card import GameCard

COLORS = {"yes": "green", "no": "red", "unknown": "yellow"}


def show_card(card: GameCard, *, verbose: bool = False, console: Console | None = None) -> None:
    """Print the card's objects, summary (with each answer's source) and, if verbose, all QA."""
    console = console or Console(width=None if sys.stdout.isatty() else 120)
    console.rule(f"[bold]{card.game}[/bold]  {card.env_id}")
    table = Table(title="Objects (reward per hit)", title_justify="left")
    for col in ("object", "manual term", "decision", "confidence", "reward", "grounding"):
        table.add_column(col, justify="right" if col in ("confidence", "reward", "grounding") else "left")
    for obj in card.objects:
        color = COLORS[obj.decision]
        table.add_row(obj.name + (" [bold](override)[/bold]" if obj.overridden else ""),
                      obj.manual_term or "[dim]—[/dim]", f"[{color}]{obj.decision}[/{color}]",
                      f"{obj.confidence:.2f}", f"{obj.reward:+g}", f"{obj.grounding_score:.2f}")
    console.print(table)
    if card.unmatched:
        console.print(f"[yellow]Not found in the manual (reward 0):[/yellow] {', '.join(card.unmatched)}")
    console.print(f"Player sprite: {card.player}")

    answers = Table(title="Summary (answers and their sources)", title_justify="left", show_lines=True)
    answers.add_column("question", ratio=1)
    answers.add_column("answer", ratio=2)
    answers.add_column("score", justify="right")
    answers.add_column("source section")
    for item in card.qa:
        if item.answer or verbose:
            answers.add_row(item.question, item.answer or "[dim](no answer)[/dim]", f"{item.score:.2f}",
                            item.section or "")
    console.print(answers)
    if verbose:
        keys = ", ".join(f"{k.term} ({k.score:.2f})" for k in card.key_objects)
        console.print(f"[bold]Key objects (TF-IDF):[/bold] {keys}")
    models = ", ".join(f"{k}={v}" for k, v in card.models.items())
    console.print(f"[dim]models: {models}; manual sha256 {card.manual_sha256[:12]}…[/dim]")
