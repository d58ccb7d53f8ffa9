#!/usr/bin/env python3
"""Sanity checks for tests/data/styles/gold.json after editing an article or its gold.

Every gold quote text must occur verbatim in its article, in order, with 4+ tokens; every quoted
span of 4+ tokens in the article must be in the gold (or be listed here as knowingly left out);
every timex text must occur, in order; sha256 and bytes must match the files.
usage: tests/tools/check_styles_gold.py   (from the project root; exits 1 on a problem)
"""
import hashlib, html, json, re, sys

D = 'tests/data/styles/'

def tokens(s):  # as shared/eval/score.py counts them
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    return re.findall(r"[a-z0-9']+", s.lower())

problems = []
for a in json.load(open(D + 'gold.json', encoding='utf-8')):
    f = a['file']
    raw = open(D + f, 'rb').read()
    if hashlib.sha256(raw).hexdigest() != a['sha256'] or len(raw) != a['bytes']:
        problems.append(f'{f}: sha256/bytes out of date')
    t = raw.decode('utf-8')
    if f.endswith('.html'):  # what a reader sees: no head, no tags, entities decoded
        t = html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'<head>.*?</head>', '', t, flags=re.S)))
    words = len(t.split())
    if not 250 <= words <= 600:
        problems.append(f'{f}: {words} words')
    pos = 0
    for q in a['quotes']:
        i = t.find(q['text'], pos)
        if i < 0:
            problems.append(f"{f}: quote not found in order: {q['text'][:60]}")
        else:
            pos = i
        if len(tokens(q['text'])) < 4:
            problems.append(f"{f}: quote under 4 tokens: {q['text']}")
    gold_texts = {q['text'] for q in a['quotes']} | set(a.get('dontcare', []))
    for m in re.finditer(r"''(.+?)''|\u201c(.+?)\u201d|\"(.+?)\"", t, flags=re.S):
        s = next(x for x in m.groups() if x)
        if len(tokens(s)) >= 4 and s not in gold_texts:
            problems.append(f'{f}: quoted span not in the gold: {s[:60]}')
    pos = 0
    for x in a['timexes']:
        m = re.search(r'(?<![\w/-])' + re.escape(x['text']) + r'(?![\w/-])', t[pos:])
        if not m:
            problems.append(f"{f}: timex not found in order: {x['text']}")
        else:
            pos += m.end()
for p in problems:
    print(p)
print(f'{len(problems)} problems')
sys.exit(1 if problems else 0)
