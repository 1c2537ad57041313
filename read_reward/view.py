"""Readable views of a game card in the terminal."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from read_reward.card import Audit, GameCard

COLORS = {"yes": "green", "no": "red", "unknown": "yellow"}


def show_card(card: GameCard, *, verbose: bool = False, console: Console | None = None) -> None:
    """Print the card's objects, summary (with each answer's source) and, if verbose, all QA."""
    console = console or Console(width=None if sys.stdout.isatty() else 120)
    console.rule(f"[bold]{card.game}[/bold]  {card.env_id}")
    table = Table(title="Objects (reward per hit)", title_justify="left")
    for col in ("object", "manual term", "decision", "confidence", "reward", "grounding", "because"):
        table.add_column(col, justify="right" if col in ("confidence", "reward", "grounding") else "left",
                         ratio=3 if col == "because" else None)
    for obj in card.objects:
        color = COLORS[obj.decision]
        table.add_row(obj.name + (" [bold](override)[/bold]" if obj.overridden else "")
                      + (" [bold cyan](from game)[/bold cyan]" if obj.source == "game" else ""),
                      obj.manual_term or "[dim]—[/dim]", f"[{color}]{obj.decision}[/{color}]",
                      f"{obj.confidence:.2f}", f"{obj.reward:+g}", f"{obj.grounding_score:.2f}",
                      obj.evidence or "[dim]—[/dim]")
    console.print(table)
    for obj in card.objects:
        if obj.passing:
            console.print(f"Passing between two {obj.manual_term or obj.name}s: {obj.passing:+g} "
                          f"[dim]({obj.passing_evidence or 'set by hand'})[/dim]")
    if card.unmatched:
        console.print(f"[yellow]Not found in the manual (reward 0):[/yellow] {', '.join(card.unmatched)}")
    console.print(f"Player sprite: {card.player}")
    if card.audit:
        show_audit(card.game, card.audit, card, console=console)

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


EVIDENCE_COLORS = {"helps": "green", "hurts": "red", "neutral": "white", "unseen": "dim"}


def show_audit(game: str, audit: Audit, card: GameCard | None, *, console: Console | None = None) -> None:
    """The game's evidence per object beside the card's decisions; disagreements highlighted."""
    from read_reward.audit import MIN_CONTACTS, THIN_CONTACTS, agreement

    console = console or Console(width=None if sys.stdout.isatty() else 120)
    decisions = {o.name: o.decision for o in card.objects} if card else {}
    from_game = {o.name for o in card.objects if o.source == "game"} if card else set()
    policy = "random policy" if audit.policy == "random" else f"policy {audit.policy}"
    table = Table(title=f"Audit of {game}: {audit.frames:,} frames, {policy}, seed {audit.seed}, "
                        f"{audit.window}-frame window after each contact ({audit.date})", title_justify="left")
    for col in ("object", "contacts", "reward after contact", "life lost or game over", "game", "card", "agreement"):
        table.add_column(col, justify="right" if col == "contacts" else "left")
    thin = False
    for ev in audit.objects:
        decision = decisions.get(ev.name)
        agree = agreement(decision, ev.evidence)
        few = ev.evidence != "unseen" and ev.contacts < THIN_CONTACTS
        thin |= few
        verdict = ("[dim]—[/dim]" if decision is None else "[dim]no evidence[/dim]" if agree is None else
                   "[cyan]decided from it[/cyan]" if ev.name in from_game else
                   "[green]agree[/green]" if agree else "[bold red]disagree[/bold red]")
        color = EVIDENCE_COLORS[ev.evidence]
        note = (" [yellow](thin)[/yellow]" if few else " [yellow](too few windows far from it)[/yellow]"
                if ev.evidence == "unseen" and ev.contacts >= MIN_CONTACTS else "")
        table.add_row(ev.name, f"{ev.contacts}{note}",
                      _interval(ev.reward, ev.reward_ci, "{:+.3g}"), _interval(ev.loss, ev.loss_ci, "{:+.0%}"),
                      f"[{color}]{ev.evidence}[/{color}]",
                      f"[{COLORS[decision]}]{decision}[/{COLORS[decision]}]" if decision else "[dim]—[/dim]", verdict,
                      style="on grey23" if agree is False else None)
    console.print(table)
    base = ("no window without contacts" if audit.baseline_reward is None else
            f"reward {audit.baseline_reward:+.3g}, life lost or game over {audit.baseline_loss:.0%}")
    console.print(f"[dim]Effects: a contact's window minus windows far from any contact of that object, other objects "
                  f"adjusted for; intervals hold together for all objects at {1 - audit.alpha:.0%}. A window with no "
                  f"contact at all: {base}.[/dim]")
    if thin:
        console.print("[yellow]Thin evidence: fewer than {} contacts; play more --frames or a trained --policy."
                      "[/yellow]".format(THIN_CONTACTS))


def _interval(value: float | None, ci: tuple[float, float] | None, fmt: str) -> str:
    if value is None or ci is None:
        return "[dim]—[/dim]"
    return f"{fmt.format(value)} [dim]{escape(f'[{fmt.format(ci[0])}, {fmt.format(ci[1])}]')}[/dim]"
