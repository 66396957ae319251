"""Command groups that ``lesart.cli`` registers on its Typer app."""
