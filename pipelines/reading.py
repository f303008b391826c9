"""Read a source file into clean text: decoding, format recognition, HTML and Markdown reduction,
removal of scraped-markup residue. Headings stay on their own line so they never merge with the
paragraph that follows; every offset in the tables refers to the text returned here."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment

from .errors import EmptyDocument, UnreadableDocument

# --- decoding -------------------------------------------------------------------------------------
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Bytes that are control characters in every text encoding we accept: their presence means binary.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM) first, then Windows-1252, which also
    covers Latin-1 text. Raises UnreadableDocument for binary content or an unknown encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise UnreadableDocument(f"starts with a {encoding} byte-order mark but does not decode") from error
    sample = data[:65536]
    if sample and len(_BINARY_BYTES.findall(sample)) > max(2, len(sample) // 1000):
        raise UnreadableDocument("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise UnreadableDocument(
            f"neither UTF-8 nor Windows-1252 (undecodable byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from error


# --- format recognition ---------------------------------------------------------------------------
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:head|body|div|p|article|meta|script)[\s>]", re.I)
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def sniff_format(text: str, suffix: str) -> str:
    """html for saved web pages whatever their extension, markdown for .md, else text."""
    head = text[:4096]
    if suffix in _HTML_SUFFIXES or _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


# --- HTML -----------------------------------------------------------------------------------------
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "input",
    "object",
    "embed",
    "canvas",
    "dialog",
)
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|rgpd|banner|bandeau|newsletter|share|partage|social|menu|breadcrumb|"
    r"comment|related|advert|publicit|promo|subscribe|abonnement|popup|modal|sidebar|skip",
    re.I,
)
_BLOCKS = (
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "figcaption",
    "pre",
    "dd",
    "dt",
    "td",
    "th",
    "address",
)


def _is_boilerplate(tag) -> bool:
    if tag.attrs is None:
        return False
    marks = " ".join([tag.get("id") or "", " ".join(tag.get("class") or []), tag.get("role") or ""])
    if tag.get("aria-hidden") == "true" or tag.get("hidden") is not None:
        return True
    return bool(marks.strip()) and bool(_BOILERPLATE.search(marks))


def html_to_text(markup: str) -> tuple[str, str]:
    """Reduce a web page to its article text, one block per line. Returns (text, title)."""
    soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ", strip=True) if title_tag else ""
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        if tag.name not in ("html", "body", "article", "main"):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines: list[str] = []
    for block in root.find_all(_BLOCKS):
        if block.find(_BLOCKS):  # the innermost blocks carry the text
            continue
        line = block.get_text(" ", strip=True)
        if line:
            lines.append(line)
    if not lines:
        lines = [line for line in root.get_text("\n").splitlines() if line.strip()]
    h1 = root.find("h1")
    title = h1.get_text(" ", strip=True) if h1 else page_title
    return "\n".join(lines), title


# --- Markdown -------------------------------------------------------------------------------------
_MD_RULES = [
    (re.compile(r"(?s)<!--.*?-->"), ""),
    (re.compile(r"(?m)^```.*?$"), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$"), r"\1"),  # ATX headings
    (re.compile(r"(?m)^[ \t]{0,3}>[ \t]?"), ""),  # block quotes
    (re.compile(r"(?m)^[ \t]*(?:[-*+]|\d+[.)])[ \t]+"), ""),  # list bullets
    (re.compile(r"(?m)^[ \t]*(?:[-*_][ \t]*){3,}$"), ""),  # horizontal rules
    (re.compile(r"(?m)^[ \t]*(?:=+|-+)[ \t]*$"), ""),  # setext underlines
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),
]


def markdown_to_text(markup: str) -> tuple[str, str]:
    heading = re.search(r"(?m)^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", markup)
    text = markup
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text, heading.group(1).strip() if heading else ""


# --- cleaning -------------------------------------------------------------------------------------
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# Residue of scraped markup: stray tags, and the tail of a style attribute such as
# « serif; font-size: 12pt;"> » left at the start of a paragraph.
_STRAY_TAG = re.compile(
    r"</?(?:span|div|p|font|b|i|u|em|strong|br|a|img|section|article|h[1-6])\b[^<>\n]{0,300}>", re.I
)
_STYLE_RESIDUE = re.compile(r"(?:[\w#.,%'\-]+(?:\s*:\s*[^;:\"<>\n]{1,60})?\s*;\s*)+[\"']\s*/?>")
_HEADING_MAX_CHARS = 120


def clean_text(text: str) -> str:
    """Normalise a decoded text: NFC, one kind of space, no invisible or control characters, no
    markup residue, one line per paragraph, blank lines collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if _ENTITY.search(text):
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _STRAY_TAG.sub(" ", text)
    if ">" in text:  # every residue ends with one; the pattern is slow on long texts without
        text = _STYLE_RESIDUE.sub("", text)
    text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


# --- author note ----------------------------------------------------------------------------------
_AUTHOR_NOTE = re.compile(
    r"(?im)^(?:à propos de l['’]auteure?|a propos de l['’]auteure?|l['’]auteure?|sur l['’]auteure?|"
    r"about the author|biographie de l['’]auteure?)\s*:?\s*$"
)


def find_author_note(text: str) -> tuple[int | None, str]:
    """Offset where an author note starts, and the author's name when the note gives it on its own line."""
    match = _AUTHOR_NOTE.search(text)
    if not match:
        return None, ""
    rest = text[match.end() :].lstrip("\n").split("\n", 1)[0].strip()
    author = rest if 0 < len(rest) <= 60 and not rest.endswith(".") and len(rest.split()) <= 5 else ""
    return match.start(), author


def guess_title(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= _HEADING_MAX_CHARS * 2 and not first.endswith((".", ";", ",")):
        return first
    return ""


@dataclass(frozen=True)
class ReadResult:
    text: str
    title: str
    source_format: str
    encoding: str
    author: str
    body_end: int | None


def read_bytes(data: bytes, suffix: str) -> ReadResult:
    """Decode, reduce and clean one source file's bytes. Raises UnreadableDocument or EmptyDocument."""
    if not data.strip():
        raise EmptyDocument("the file is empty" if not data else "the file holds only whitespace")
    raw, encoding = decode(data)
    source_format = sniff_format(raw, suffix.lower())
    title = ""
    if source_format == "html":
        raw, title = html_to_text(raw)
    elif source_format == "markdown":
        raw, title = markdown_to_text(raw)
    text = clean_text(raw)
    if not text:
        detail = "no article text in the web page" if source_format == "html" else "nothing left after cleaning"
        raise EmptyDocument(detail)
    body_end, author = find_author_note(text)
    title = clean_text(title) or guess_title(text)
    return ReadResult(text, title, source_format, encoding, author, body_end)
