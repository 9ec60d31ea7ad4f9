#!/usr/bin/env python3
"""The Chinese catalogue follows translations/GLOSSARY.md (run by scripts/check-translations.sh).

    python3 check-glossary.py GLOSSARY.md CATALOGUE.ts [NAME-TO-SHOW]

Fails, naming each message and why, when a translation
  - is its English source left as is (an English word of 2 letters or more that the glossary
    does not keep in English),
  - holds an English word of 4 letters or more that the glossary does not keep in English, or
  - uses a word the glossary rejects for a term its English source contains ("供应商" where the
    source says "provider": the glossary's word is "提供商").

Before words are counted, a translation loses what is not prose: placeholders (%1, %n), HTML
tags, addresses (https://…), command-line options (--provider), and names and quotes copied
from the source as they are (config.json, num_hidden_layers, "vllm bench serve"). What stays
English on purpose is read from the glossary's machine-readable blocks:

  ```allowed-english      words and phrases kept in English anywhere (GPU, SkyPilot, token)
  ```typed-english        words the user types or a file holds (update, json, FILE): kept in
                          English only in the contexts its "@contexts" line names, and only where
                          the source has the same word
and rejected words from the "Rejected" column of its terms table.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?\d+|n)')
TAG = re.compile(r'<[^<>]*>')
ADDRESS = re.compile(r'\b[a-z][a-z0-9+.\-]*://\S*')
OPTION = re.compile(r'(?<![\w-])--?[A-Za-z][\w-]*')
CODE_TOKEN = re.compile(r'[\w./~*@?=:%\-\[\]]+')
QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”|\'([^\']+)\'|‘([^’]+)’')
WORD = re.compile(r'(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*')


def fenced_blocks(text, info):
    return re.findall(r'^```' + re.escape(info) + r'[ \t]*\n(.*?)^```', text, re.S | re.M)


def entries(block):
    """Entries separated by commas or line ends; # lines are comments, @ lines settings."""
    lines = [l for l in block.splitlines() if not l.lstrip().startswith(('#', '@'))]
    return [e.strip() for e in ','.join(lines).split(',') if e.strip()]


def settings(block, name):
    for line in block.splitlines():
        if line.strip().startswith('@' + name):
            return line.strip()[len(name) + 1:].split()
    return []


class Glossary:
    def __init__(self, path):
        text = open(path, encoding='utf-8').read()
        allowed = fenced_blocks(text, 'allowed-english')
        typed = fenced_blocks(text, 'typed-english')
        if not allowed or not typed:
            raise SystemExit(f'{path}: no ```allowed-english or ```typed-english block')
        self.phrases = []     # several words, removed as they are written
        self.words = set()    # one word, any case
        for e in entries('\n'.join(allowed)):
            if ' ' in e:
                self.phrases.append(e)
            else:
                self.words.add(e.lower())
        self.phrases.sort(key=len, reverse=True)
        self.typed = {e for e in entries('\n'.join(typed))}
        self.typed_contexts = set()
        for block in typed:
            self.typed_contexts.update(settings(block, 'contexts'))
        self.terms = self._terms(text, path)

    @staticmethod
    def _terms(text, path):
        """Rows of the table whose header has English, 简体中文 and Rejected columns."""
        terms = []
        header = None
        for line in text.splitlines():
            if not line.startswith('|'):
                header = None
                continue
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if header is None:
                header = cells
                continue
            if set(c.replace('-', '').replace(':', '') for c in cells) == {''}:
                continue  # the |---| line
            if 'Rejected' not in header or 'English' not in header:
                continue
            row = dict(zip(header, cells))
            rejected = [r.strip() for r in re.split(r'[,、]', row.get('Rejected', ''))]
            rejected = [r for r in rejected if r and r not in ('—', '-')]
            if not rejected:
                continue
            forms = [f.strip().strip('`') for f in row['English'].split('/') if f.strip()]
            patterns = [re.compile(r'(?<![\w-])' + re.escape(f) + r"(?:s|es|'s|’s)?(?![\w])",
                                   re.I) for f in forms]
            terms.append((forms[0], row.get('简体中文', ''), rejected, patterns))
        if not terms:
            raise SystemExit(f'{path}: no terms table with a Rejected column')
        return terms


def letters(word):
    return sum(c.isascii() and c.isalpha() for c in word)


def prose(translation, source, glossary):
    """The translation without what is not prose (see the module's documentation)."""
    t = translation
    for phrase in glossary.phrases:
        t = re.sub(r'(?<![\w-])' + re.escape(phrase) + r'(?![\w-])', ' ', t, flags=re.I)
    t = PLACEHOLDER.sub(' ', t)
    t = TAG.sub(' ', t)
    t = ADDRESS.sub(' ', t)
    t = OPTION.sub(' ', t)

    def quote(m):
        inner = next(g for g in m.groups() if g is not None)
        return ' ' if inner in source else m.group(0)
    t = QUOTED.sub(quote, t)

    def code(m):
        # A path may name its translated metavariables: 文件夹/catalogs/v8/云/vms.csv.
        token = m.group(0).strip('.:')
        looks_like_code = re.search(r'[_./\[]|[a-z][A-Z]|\d', token)
        copied = all(part in source for part in token.split('/') if part.isascii())
        return ' ' if looks_like_code and copied else m.group(0)
    return CODE_TOKEN.sub(code, t)


def english_words(text, source, context, glossary, shortest):
    """English words of a translation's prose, but those the glossary keeps. A part with a
    digit is a name or a unit (A100, 80GB, 8x7B, GDDR6), never a word left untranslated."""
    typed_here = context in glossary.typed_contexts
    found = []
    for word in WORD.findall(text):
        parts = [word] if word.lower() in glossary.words else word.split('-')
        for part in parts:
            if letters(part) < shortest or part.lower() in glossary.words or re.search(r'\d', part):
                continue
            if typed_here and (part in glossary.typed or word in glossary.typed) and re.search(
                    r'(?<![\w])' + re.escape(part) + r'(?![\w])', source):
                continue
            found.append(part)
    return found


def without_mnemonics(text):
    return re.sub(r'&(?=\w)', '', text)


def check(ts_path, glossary):
    problems = []
    root = ET.parse(ts_path).getroot()
    for ctx in root.iter('context'):
        context = ctx.findtext('name', '').replace('gpucompare::', '')
        for message in ctx.iter('message'):
            source = message.findtext('source', '')
            tr = message.find('translation')
            if tr is None or tr.get('type') in ('vanished', 'obsolete', 'unfinished'):
                continue
            forms = [f.text or '' for f in tr.iter('numerusform')] or [tr.text or '']
            reasons = []
            for form in forms:
                if form == source:
                    left = english_words(prose(form, '', glossary), source, context, glossary, 2)
                    if left:
                        reasons.append('the English source left as is (' + ', '.join(left) + ')')
                    continue
                left = english_words(prose(form, source, glossary), source, context, glossary, 4)
                if left:
                    reasons.append('English word(s) the glossary does not keep: '
                                   + ', '.join(dict.fromkeys(left)))
                plain = without_mnemonics(source)
                for term, chosen, rejected, patterns in glossary.terms:
                    if any(p.search(plain) for p in patterns):
                        for word in rejected:
                            if word in form:
                                reasons.append(f'"{word}" for "{term}" (the glossary says "{chosen}")')
            for reason in dict.fromkeys(reasons):
                shown = ' | '.join(forms)
                problems.append(f'  [{context}] "{one_line(source)}" → "{one_line(shown)}": {reason}')
    return problems


def one_line(text):
    return text.replace('\n', '⏎')


def main(argv):
    if len(argv) not in (3, 4):
        print('usage: check-glossary.py GLOSSARY.md CATALOGUE.ts [NAME-TO-SHOW]', file=sys.stderr)
        return 2
    glossary = Glossary(argv[1])
    name = argv[3] if len(argv) == 4 else argv[2]
    problems = check(argv[2], glossary)
    if problems:
        print(f'{name}: {len(problems)} translations do not follow the glossary:')
        print('\n'.join(problems))
        return 1
    print(f'{name}: every translation follows the glossary')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
