"""Reading and cleaning: encodings, formats, markup residue, headings."""

from __future__ import annotations

import pytest

from pipelines.errors import EmptyDocument, UnreadableDocument
from pipelines.reading import clean_text, decode, find_author_note, read_bytes, sniff_format

from .conftest import FIXTURES, SEED

FRENCH = "Les forces armées russes et tadjikes ont mené des manœuvres à Kharb-Maidon, près de Douchanbé.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig"),
        (FRENCH.replace("manœuvres", "manoeuvres").encode("latin-1"), "cp1252"),
        (FRENCH.replace("Les", "« Les").encode("cp1252") + "… l’OTSC »".encode("cp1252"), "cp1252"),
        (FRENCH.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_every_supported_encoding(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert "armées" in text and "tadjikes" in text


def test_bom_is_not_part_of_the_text():
    result = read_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), ".txt")
    assert result.text.startswith("Les forces")


def test_binary_content_is_refused_with_a_reason():
    with pytest.raises(UnreadableDocument, match="binary"):
        decode(bytes(range(256)) * 40)


def test_bytes_undefined_in_windows_1252_are_refused():
    with pytest.raises(UnreadableDocument, match="neither UTF-8 nor Windows-1252"):
        decode("Défense ".encode("latin-1") + b"\x81\x8d\x8f\x90")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  "])
def test_empty_files_are_named_empty(data):
    with pytest.raises(EmptyDocument):
        read_bytes(data, ".txt")


def test_web_page_is_reduced_to_the_article_whatever_its_extension():
    data = (FIXTURES / "page-saved-as.txt").read_bytes()
    assert sniff_format(data.decode("utf-8"), ".txt") == "html"
    result = read_bytes(data, ".txt")
    assert result.source_format == "html"
    assert result.title == "Exercices frontaliers au Kirghizstan"
    assert "les armées kirghize et tadjike ont mené" in result.text
    assert "l’égide de l’Organisation" in result.text  # entities decoded
    for noise in ("cookies", "tracking", "achète des chars", "Accueil", "font-family", "droits réservés"):
        assert noise not in result.text
    # headings stay on their own line
    assert "\nManœuvres conjointes\n" in result.text


def test_markdown_markup_is_removed_and_headings_kept_as_lines():
    markup = (
        "# Titre de l'analyse\n\n## Une section\n\n"
        "Le **Japon** et les *Philippines* ont signé un [accord](https://example.org).\n\n"
        "- premier point ;\n- second point.\n"
    )
    result = read_bytes(markup.encode("utf-8"), ".md")
    assert result.title == "Titre de l'analyse"
    assert result.text.split("\n") == [
        "Titre de l'analyse",
        "",
        "Une section",
        "",
        "Le Japon et les Philippines ont signé un accord.",
        "",
        "premier point ;",
        "second point.",
    ]


def test_style_residue_of_the_seed_article_is_removed():
    text = clean_text(SEED.read_text(encoding="utf-8"))
    assert "font-size" not in text and "serif;" not in text
    assert "\nL’Inde, membre de l’OCS depuis 2017" in text


def test_invisible_and_control_characters_are_removed():
    assert clean_text("La\u200b Rus\u00adsie\x07 et\u00a0la Chine\r\nsignent") == "La Russie et la Chine\nsignent"


def test_seed_headings_stay_separate_lines():
    result = read_bytes(SEED.read_bytes(), ".txt")
    lines = result.text.split("\n")
    assert "Coopération sécuritaire avec la Chine" in lines
    assert "La Russie consolide ses coopérations de défense en Asie centrale" in lines
    assert result.title == "Coopération régionale de défense renforcée en Asie centrale"


def test_author_note_is_found_with_the_author_name():
    text = read_bytes(SEED.read_bytes(), ".txt").text
    start, author = find_author_note(text)
    assert text[start:].startswith("À propos de l'auteur")
    assert author == "Maya Néel"
