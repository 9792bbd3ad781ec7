#!/usr/bin/env python3
"""Counts (form, UPOS, lemma) in Universal Dependencies CoNLL-U files: the usage table the French lemmatiser
chooses lemmas with (toolkit/src/main/resources/fr/enquete/text/ud-lemmas-*.tsv).

    scripts/ud-lemma-table.py [--note TEXT]... [--skip-from N] FILE.conllu... > table.tsv

Forms are lower-cased (' for ’); punctuation, symbols, numbers and X are left out; one line per triple:
form TAB upos TAB lemma TAB count, sorted. With --skip-from N, the sentences of each file from the N-th (0-based)
on are left out (held out for measuring). Each --note is written first as a "# " line (source, commit, licence).
Only train and dev splits may be given: never a test split.
"""
import sys
from collections import Counter

def main(argv):
    skip = None
    notes = []
    while argv[:1] in (['--skip-from'], ['--note']):
        if argv[0] == '--note':
            notes.append(argv[1])
        else:
            skip = int(argv[1])
        argv = argv[2:]
    counts = Counter()
    for path in argv:
        if '-test' in path:
            sys.exit('refusing a test split: ' + path)
        with open(path, encoding='utf-8') as f:
            sentence = 0
            for line in f:
                line = line.rstrip('\n')
                if not line:
                    sentence += 1
                    continue
                if line.startswith('#') or (skip is not None and sentence >= skip):
                    continue
                cols = line.split('\t')
                if len(cols) != 10 or not cols[0].isdigit():
                    continue
                form, lemma, upos = cols[1], cols[2], cols[3]
                if upos in ('PUNCT', 'SYM', 'NUM', 'X') or lemma == '_':
                    continue
                counts[(form.replace('\u2019', "'").lower(), upos, lemma)] += 1
    for note in notes:
        print('# ' + note)
    for (form, upos, lemma), n in sorted(counts.items()):
        print(f'{form}\t{upos}\t{lemma}\t{n}')

if __name__ == '__main__':
    main(sys.argv[1:])
