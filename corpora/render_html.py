"""Render corpus blocks into an HTML page, ticks as checkboxes, bold or highlighted options."""

from __future__ import annotations

from html import escape

from layout import (
    Block,
    Heading,
    Links,
    MetaLine,
    ModalityTable,
    Option,
    Options,
    PageBreak,
    Part,
    Prose,
    Row,
    Text,
    Title,
)
from spec_types import Layout

CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 15px; max-width: 60em;
       margin: 2em auto; color: #222; }
h1 { text-align: center; }
h2 { background: #e8ecf2; border: 1px solid #888; padding: .2em .5em; }
h3, h4 { color: #1f3864; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #888; padding: .35em .5em; vertical-align: top; text-align: left; }
th { background: #e8ecf2; font-weight: normal; width: 35%; }
table.modalities th { font-weight: bold; width: auto; }
mark { background: #fff176; }
""".strip()


class HtmlRenderer:
    """Build an HTML page from blocks in one of the HTML tick styles."""

    def __init__(self, tick_style: str, layout: Layout) -> None:
        self.style = tick_style
        self.layout = layout

    def option(self, option: Option) -> str:
        """Return one option in the tick style."""
        label = escape(option.label)
        if self.style == "html_checkbox":
            checked = " checked" if option.ticked else ""
            return f'<label><input type="checkbox"{checked} disabled> {label}</label>'
        if option.ticked:
            tag = "mark" if self.style == "html_mark" else "strong"
            return f"<{tag}>{label}</{tag}>"
        return label

    def options(self, options: Options) -> str:
        """Return an option group, inline or one option per line."""
        items = [self.option(item) for item in options.items]
        return "<br>\n".join(items) if options.vertical else " &nbsp; ".join(items)

    def links(self, links: Links) -> str:
        """Return one dataset per line, linked by name or followed by its URL."""
        lines = []
        for dataset in links.items:
            name, url = escape(dataset.name), escape(dataset.url or "")
            if not url:
                lines.append(name)
            elif self.layout.links == "annotation":
                lines.append(f'<a href="{url}">{name}</a>')
            else:
                lines.append(f'{name} – <a href="{url}">{url}</a>')
        return "<br>\n".join(lines)

    def parts(self, parts: tuple[Part, ...]) -> str:
        """Return the HTML of a value cell."""
        out = []
        for part in parts:
            if isinstance(part, Text):
                out.append("<br>\n".join(escape(line) for line in part.text.split("\n")))
            elif isinstance(part, Options):
                out.append(self.options(part))
            else:
                out.append(self.links(part))
        return "<br>\n".join(out)

    def modality_table(self, block: ModalityTable) -> str:
        head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
        rows = [f'<table class="modalities">\n<tr>{head}</tr>']
        for row in block.rows:
            cells = (
                self.options(Options((row.modality,))),
                self.parts((row.size,)),
                escape(row.content),
            )
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        rows.append("</table>")
        return "\n".join(rows)

    def render(self, blocks: list[Block], title: str, lang: str) -> bytes:
        """Return the HTML page as UTF-8 bytes."""
        body: list[str] = []
        in_table = False
        for block in blocks:
            if in_table and not isinstance(block, Row):
                body.append("</table>")
                in_table = False
            if isinstance(block, Title):
                body.append(f"<h1>{escape(block.text)}</h1>")
            elif isinstance(block, MetaLine):
                body.append(f"<p><b>{escape(block.label)}</b> {escape(block.value)}</p>")
            elif isinstance(block, Heading):
                level = block.level + 1
                body.append(f"<h{level}>{escape(block.display)}</h{level}>")
            elif isinstance(block, Row):
                if not in_table:
                    body.append('<table class="fields">')
                    in_table = True
                label, value = escape(block.label), self.parts(block.parts)
                body.append(f'<tr><th scope="row">{label}</th><td>{value}</td></tr>')
            elif isinstance(block, ModalityTable):
                body.append(self.modality_table(block))
            elif isinstance(block, Prose):
                tag = "p"
                if block.kind == "h":
                    tag = "h2" if any(line.startswith("<h1>") for line in body) else "h1"
                body.append(f"<{tag}>{escape(block.text)}</{tag}>")
            elif isinstance(block, PageBreak):
                body.append("<hr>")
        if in_table:
            body.append("</table>")
        page = (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
            '<header><nav><a href="/">Home</a> | <a href="/models">Models</a> | '
            '<a href="/legal">Legal</a></nav></header>\n<main>\n'
            + "\n".join(body)
            + "\n</main>\n<footer><p>All rights reserved.</p></footer>\n</body>\n</html>\n"
        )
        return page.encode("utf-8")


def render_html(blocks: list[Block], tick_style: str, layout: Layout, title: str) -> bytes:
    """Return an HTML page of the blocks."""
    return HtmlRenderer(tick_style, layout).render(blocks, title, layout.language)
