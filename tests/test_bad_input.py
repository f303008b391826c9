"""Every kind of bad input gets one row with a named status and a readable reason; nothing crashes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pipelines.discover import discover
from pipelines.documents import identify_language, mark_duplicates, read_document

from .conftest import ROOT, SEED

FRENCH = SEED.read_text(encoding="utf-8")


@pytest.fixture()
def bad_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "blancs.txt").write_bytes(b" \n\t\r\n  \n")
    (corpus / "binaire.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "ni-utf8-ni-cp1252.txt").write_bytes("Défense ".encode("latin-1") + b"\x81\x8d\x8f\x90\x9d" * 20)
    (corpus / "enorme.txt").write_bytes(("Les forces armées russes et tadjikes. " * 200_000).encode("utf-8"))
    (corpus / "anglais.txt").write_text(
        "The armed forces of Russia and Tajikistan held joint exercises in April. "
        "India keeps an air base in Tajikistan and trains Kazakh officers.",
        encoding="utf-8",
    )
    (corpus / "scripts.html").write_text(
        "<html><head><script>var a = 'Moscou';</script><style>p{}</style></head>"
        "<body><script>document.write('x')</script></body></html>",
        encoding="utf-8",
    )
    (corpus / "invisibles.txt").write_text(FRENCH.replace("Russie", "Rus\u200bsie\x07"), encoding="utf-8")
    (corpus / "article.txt").write_text(FRENCH, encoding="utf-8")
    (corpus / "copie.md").write_text(FRENCH, encoding="utf-8")
    outside = tmp_path / "ailleurs.txt"
    outside.write_text(FRENCH, encoding="utf-8")
    os.symlink(outside, corpus / "lien-externe.txt")
    os.symlink(corpus / "article.txt", corpus / "lien-interne.txt")
    return corpus


def test_every_file_gets_a_named_status_and_reason(bad_corpus):
    items = discover(bad_corpus)
    documents = [identify_language(d) for d in mark_duplicates(read_document(i, bad_corpus, 5_000_000) for i in items)]
    rows = {d.source: (d.status, d.status_detail) for d in documents}
    assert len(rows) == len(items) == 12
    assert rows["vide.txt"] == ("empty", "the file is empty")
    assert rows["blancs.txt"] == ("empty", "the file holds only whitespace")
    assert rows["binaire.txt"] == ("failed", "binary content, not text")
    assert rows["ni-utf8-ni-cp1252.txt"][0] == "failed"
    assert "neither UTF-8 nor Windows-1252" in rows["ni-utf8-ni-cp1252.txt"][1]
    assert rows["enorme.txt"][0] == "failed" and "file too large" in rows["enorme.txt"][1]
    assert rows["anglais.txt"][0] == "skipped_language" and rows["anglais.txt"][1].startswith("language en")
    assert rows["scripts.html"] == ("empty", "no article text in the web page")
    assert rows["lien-externe.txt"][0] == "failed" and "outside the corpus folder" in rows["lien-externe.txt"][1]
    assert rows["article.txt"] == ("ok", "")
    # once zero-width and control characters are gone, it is the same text as the article
    assert rows["invisibles.txt"] == ("duplicate", "same text as article.txt")
    assert rows["copie.md"] == ("duplicate", "same text as article.txt")
    assert rows["lien-interne.txt"] == ("duplicate", "same text as article.txt")


def test_invisible_and_control_characters_are_cleaned(bad_corpus):
    item = next(i for i in discover(bad_corpus) if i.source == "invisibles.txt")
    document = read_document(item, bad_corpus)
    assert "Russie" in document.text and "\u200b" not in document.text and "\x07" not in document.text


ENGLISH = (
    "The Russian and Tajik armed forces held joint exercises at the Kharb-Maidon training ground in April, "
    "and India is said to be studying a more intensive operational presence in Central Asia."
)


def test_in_a_mixed_document_the_french_part_is_analysed(tmp_path):
    from pipelines.analysis import analyse_documents

    french = FRENCH.split("\n\n")
    text = "\n\n".join([*french[:6], ENGLISH, ENGLISH.replace("April", "May"), *french[6:8]])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mixte.txt").write_text(text, encoding="utf-8")
    (item,) = discover(corpus)
    document = identify_language(read_document(item, corpus))
    assert document.status == "ok"
    assert document.status_detail.startswith("mixed languages:")
    assert document.status_detail.endswith("paragraphs in fr analysed, 2 in en left out")
    english = [document.text[start:end] for start, end in document.excluded_spans]
    assert english == [ENGLISH, ENGLISH.replace("April", "May")]
    (analysis,) = analyse_documents([document])
    for start, end in document.excluded_spans:
        assert not [m for m in analysis.mentions if start <= m.start < end]
    assert any(m.key == "TJK" for m in analysis.mentions)  # the French part


def test_an_unreadable_file_is_failed_with_the_reason():
    """Read as an unprivileged user (root reads everything), in a child process."""
    corpus = Path(tempfile.mkdtemp(prefix="veille-permissions-"))
    corpus.chmod(0o755)  # the unprivileged reader may list the folder, not read the file
    (corpus / "secret.txt").write_text(FRENCH, encoding="utf-8")
    (corpus / "secret.txt").chmod(0)
    script = (
        "import os, sys; from pathlib import Path; from pipelines.discover import discover; "
        "from pipelines.documents import read_document; c = Path(sys.argv[1]); "
        "os.geteuid() == 0 and os.setuid(65534); "  # imports done, the reading is unprivileged
        "d = read_document(discover(c)[0], c); print(d.status, '|', d.status_detail)"
    )
    result = subprocess.run([sys.executable, "-c", script, str(corpus)], capture_output=True, text=True, cwd=ROOT)
    shutil.rmtree(corpus)
    assert result.stdout.strip() == "failed | permission denied: Permission denied", result.stderr
