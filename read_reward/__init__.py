"""read-reward: agents that read the game's manual and get an auxiliary reward from it."""

__version__ = "0.1.0"
