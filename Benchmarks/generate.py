#!/usr/bin/env python3
"""Deterministic synthetic collection for benchmarks.

usage: Benchmarks/generate.py OUT_DIR [--articles N] [--notes M] [--seed S]

Writes OUT_DIR/collection.yaml and OUT_DIR/articles/aNNNN.md: N articles of 5-80 KB each
(about 35 MB for 1,000), with nested headings, footnotes, ordered and unordered lists, block
quotes, emphasis, links, and some Cyrillic, CJK and emoji; and, with --notes, OUT_DIR/notes.jsonld:
M W3C annotations quoting sentences of the articles (`dossier notes import` reads it).
The same seed always writes the same bytes. About one article in twenty mentions a
"steel mill", so that phrase search has something to find.
"""
import argparse, json, os, random

SYLLABLES = ["ka", "ro", "mi", "ten", "sar", "vol", "dun", "pe", "li", "qua", "stra", "no", "gen",
             "bar", "tel", "os", "ur", "fi", "zan", "mor", "ik", "lan", "del", "po", "ra", "ves"]
COMMON = ("the of and to in a is that for on with as by was were it this from at which be have are "
          "not has its but had an their between relations policy government treaty trade border "
          "minister talks agreement security cooperation regional economic military visit war peace "
          "Moscow Islamabad Kabul Delhi Beijing Washington Tashkent Soviet Russia Pakistan India China "
          "defence energy pipeline nuclear summit declaration embassy frontier alliance sanctions").split()
FOREIGN = ["Министр иностранных дел прибыл в Москву для переговоров.",
           "Стороны подписали соглашение о сотрудничестве в области энергетики.",
           "双方签署了关于经济合作的协议。", "北京和伊斯兰堡举行了会谈。", "東京で会議が開かれた。",
           "Zürich, São Paulo, Kraków and Ürümqi hosted délégués.", "The talks went well 🤝 and trade grew 📈.",
           "A U-2 flew over; a Tu-22M3 did not.", "Çukurova, Ağrı and Şanlıurfa lie near the border."]


def words(rng, vocab, n):
    return [rng.choice(COMMON) if rng.random() < 0.55 else rng.choice(vocab) for _ in range(n)]


def sentence(rng, vocab):
    ws = words(rng, vocab, rng.randint(8, 24))
    if rng.random() < 0.0002:
        ws[rng.randrange(len(ws))] = "steel mill"
    if rng.random() < 0.06:
        i = rng.randrange(len(ws))
        ws[i] = rng.choice(["*%s*", "**%s**", "[%s](https://example.org/%s)"]) .replace("%s", ws[i], 1).replace("%s", ws[i])
    if rng.random() < 0.05:
        ws.append(str(rng.randint(1947, 2024)))
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def article(rng, vocab, number, target_size):
    ident = "a%04d" % number
    title = " ".join(w.capitalize() for w in words(rng, vocab, rng.randint(3, 8)))
    authors = "\n".join("  - name: %s %s" % (rng.choice(vocab).capitalize(), rng.choice(vocab).capitalize())
                        for _ in range(rng.randint(0, 3))) or "  []"
    head = ("---\nid: %s\ntitle: \"%s\"\nauthors:\n%s\nkind: %s\nsource: \"Synthetic benchmark article %d\"\n"
            "published: \"%d\"\n---\n\n" % (ident, title, authors if authors != "  []" else "", rng.choice(
                ["journal-article", "magazine-column", "policy-paper", "chronology", "student-assignment"]),
                number, rng.randint(1950, 2024)))
    if authors == "  []":
        head = head.replace("authors:\n\n", "authors: []\n")
    body, notes, footnote = [], [], 0
    size = len(head)
    while size < target_size:
        roll = rng.random()
        if roll < 0.08:
            block = "%s %s" % ("#" * rng.choice([1, 1, 2, 2, 3]), " ".join(words(rng, vocab, rng.randint(2, 6))).title())
        elif roll < 0.14:
            marker = rng.choice(["-", "1."])
            block = "\n".join("%s %s" % (marker if marker == "-" else "%d." % (i + 1), sentence(rng, vocab))
                              for i in range(rng.randint(2, 6)))
        elif roll < 0.17:
            block = "> " + sentence(rng, vocab)
        else:
            sentences = [sentence(rng, vocab) for _ in range(rng.randint(3, 9))]
            if rng.random() < 0.12:
                sentences.insert(rng.randrange(len(sentences)), rng.choice(FOREIGN))
            if rng.random() < 0.25:
                footnote += 1
                sentences[-1] = sentences[-1][:-1] + "[^%d]." % footnote
                notes.append("[^%d]: %s" % (footnote, sentence(rng, vocab)))
            block = " ".join(sentences)
        body.append(block)
        size += len(block.encode("utf-8")) + 2
    return ident, head + "\n\n".join(body + notes) + "\n"


def plain_sentences(text):
    """Sentences of the article that carry no markup, to quote in notes."""
    out = []
    for block in text.split("\n\n"):
        if block.startswith(("#", ">", "-", "[^", "---")) or block[:1].isdigit():
            continue
        for s in block.split(". "):
            if 40 < len(s) < 200 and not any(c in s for c in "*[]_\n"):
                out.append(s)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(3000)})
    os.makedirs(os.path.join(args.out, "articles"), exist_ok=True)
    ids, quotes = [], []
    for number in range(1, args.articles + 1):
        ident, text = article(rng, vocab, number, int(rng.triangular(5_000, 80_000, 20_000)))
        with open(os.path.join(args.out, "articles", ident + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
        ids.append(ident)
        if args.notes:
            quotes.append((ident, plain_sentences(text)))
    with open(os.path.join(args.out, "collection.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Benchmark\ndescription: Synthetic articles (seed %d).\narticles:\n" % args.seed)
        f.write("".join("  - %s\n" % i for i in ids))
    if args.notes:
        items = []
        for n in range(args.notes):
            ident, sentences = quotes[rng.randrange(len(quotes))]
            if not sentences:
                continue
            items.append({"id": "urn:uuid:00000000-0000-4000-8000-%012d" % n, "type": "Annotation",
                          "motivation": "commenting", "created": "2026-01-01T00:00:00Z",
                          "body": [{"type": "TextualBody", "value": "Note %d: %s" % (n, sentence(rng, vocab)),
                                    "format": "text/markdown", "purpose": "commenting"}],
                          "target": {"source": "dossier:benchmark/" + ident,
                                     "selector": [{"type": "TextQuoteSelector", "exact": rng.choice(sentences)}]}})
        with open(os.path.join(args.out, "notes.jsonld"), "w", encoding="utf-8") as f:
            json.dump({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                       "total": len(items), "first": {"type": "AnnotationPage", "items": items}}, f)


if __name__ == "__main__":
    main()
