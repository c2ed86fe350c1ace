"""Render corpus blocks as Markdown (task-list ticks) or plain text (answers in words)."""

from __future__ import annotations

from layout import (
    Block,
    Heading,
    Links,
    MetaLine,
    ModalityTable,
    Options,
    PageBreak,
    Part,
    Prose,
    Row,
    Text,
    Title,
)
from spec_types import Layout


class MarkdownRenderer:
    """Markdown like a Hugging Face data card: bold labels, task lists, a pipe table."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    def options(self, options: Options) -> list[str]:
        """Return one task-list item per option."""
        return [f"- [{'x' if o.ticked else ' '}] {o.label}" for o in options.items]

    def links(self, links: Links) -> list[str]:
        """Return one list item per dataset."""
        lines = []
        for d in links.items:
            if d.url and self.layout.links == "annotation":
                lines.append(f"- [{d.name}]({d.url})")
            elif d.url:
                lines.append(f"- {d.name} – {d.url}")
            else:
                lines.append(f"- {d.name}")
        return lines

    def row(self, block: Row) -> list[str]:
        lines = [f"**{block.label}**"]
        for part in block.parts:
            if isinstance(part, Text):
                text_lines = part.text.split("\n")
                if len(block.parts) == 1 and len(text_lines) == 1:
                    return [f"**{block.label}** {part.text}".rstrip(), ""]
                lines += text_lines
            elif isinstance(part, Options):
                lines += ["", *self.options(part)]
            else:
                lines += ["", *self.links(part)]
        return [*lines, ""]

    def cell(self, part: Part) -> str:
        """Return the content of a pipe-table cell."""
        if isinstance(part, Options):
            return "<br>".join(f"[{'x' if o.ticked else ' '}] {o.label}" for o in part.items)
        assert isinstance(part, Text)
        return part.text.replace("\n", "<br>")

    def modality_table(self, block: ModalityTable) -> list[str]:
        lines = ["| " + " | ".join(block.headers) + " |", "|---|---|---|"]
        for row in block.rows:
            cells = (self.cell(Options((row.modality,))), self.cell(row.size), row.content)
            lines.append("| " + " | ".join(cells) + " |")
        return [*lines, ""]

    def render(self, blocks: list[Block]) -> bytes:
        """Return the Markdown text as UTF-8 bytes."""
        out: list[str] = []
        for block in blocks:
            if isinstance(block, Title):
                out += [f"# {block.text}", ""]
            elif isinstance(block, MetaLine):
                out += [f"**{block.label}** {block.value}", ""]
            elif isinstance(block, Heading):
                out += [f"{'#' * (block.level + 1)} {block.display}", ""]
            elif isinstance(block, Row):
                out += self.row(block)
            elif isinstance(block, ModalityTable):
                out += self.modality_table(block)
            elif isinstance(block, Prose):
                out += [f"## {block.text}" if block.kind == "h" else block.text, ""]
            elif isinstance(block, PageBreak):
                out += ["---", ""]
        return ("\n".join(out).rstrip() + "\n").encode("utf-8")


class WordsRenderer:
    """Plain text with the chosen options written as words ("...? Yes")."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    def answer(self, options: Options) -> str:
        """Return the chosen options as words; all options when none is chosen."""
        chosen = [o.label for o in options.items if o.ticked]
        if options.kind == "modalities":
            return ", ".join(chosen) or self.layout.empty_text
        return ", ".join(chosen) or " / ".join(o.label for o in options.items)

    def value_lines(self, parts: tuple[Part, ...]) -> list[str]:
        """Return the lines of a value."""
        lines: list[str] = []
        for part in parts:
            if isinstance(part, Text):
                lines += part.text.split("\n")
            elif isinstance(part, Options):
                lines.append(self.answer(part))
            else:
                lines += [f"{d.name} ({d.url})" if d.url else d.name for d in part.items]
        return lines

    def row(self, block: Row) -> list[str]:
        lines = self.value_lines(block.parts)
        if len(lines) == 1:
            return [f"{block.label} {lines[0]}".rstrip()]
        return [block.label, *(f"    {line}" for line in lines)]

    def modality_table(self, block: ModalityTable) -> list[str]:
        out: list[str] = []
        for row in block.rows:
            if not row.modality.ticked:
                continue
            size = self.value_lines((row.size,))[0]
            out += [
                f"{block.headers[0]}: {row.modality.label}",
                f"{block.headers[1]}: {size}",
                f"{block.headers[2]}: {row.content}",
                "",
            ]
        return out

    def render(self, blocks: list[Block]) -> bytes:
        """Return the plain text as UTF-8 bytes."""
        out: list[str] = []
        for block in blocks:
            if isinstance(block, Title):
                out += [block.text, "=" * len(block.text), ""]
            elif isinstance(block, MetaLine):
                out.append(f"{block.label} {block.value}")
            elif isinstance(block, Heading):
                out += ["", block.display, ""]
            elif isinstance(block, Row):
                out += self.row(block)
            elif isinstance(block, ModalityTable):
                out += self.modality_table(block)
            elif isinstance(block, Prose):
                out += [block.text, ""]
            elif isinstance(block, PageBreak):
                out += ["\f"]
        return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def render_markdown(blocks: list[Block], layout: Layout) -> bytes:
    """Return a Markdown document of the blocks."""
    return MarkdownRenderer(layout).render(blocks)


def render_words(blocks: list[Block], layout: Layout) -> bytes:
    """Return a plain-text document of the blocks with answers in words."""
    return WordsRenderer(layout).render(blocks)
