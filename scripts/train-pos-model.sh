#!/usr/bin/env bash
# Retrains enquete's two French POS models (toolkit/src/main/resources/fr/enquete/text/), one per licence family of
# the Universal Dependencies French treebanks they learn from, kept as separate files and combined when tagging:
#   scripts/train-pos-model.sh [--dir DIR] [--only cc-by-sa|sequoia]
# fr-ud-pos-cc-by-sa.bin (CC BY-SA 4.0): the first 1176 sentences of UD_French-GSD fr_gsd-ud-dev.conllu, and, as
#   other domains of a domain-augmented model, every split of UD_French-Rhapsodie and UD_French-ParisStories (spoken
#   French) and UD_French-PUD (written, annotated to other conventions). GSD train is not used: the published OpenNLP
#   model whose tags both models read was trained on it.
# fr-ud-pos-sequoia.bin (LGPL-LR): UD_French-Sequoia fr_sequoia-ud-train.conllu.
# Held out for measuring: Sequoia dev and the last 300 sentences of GSD dev (as for the lemma tables); the GSD and
# Sequoia test splits are never used. The treebanks are downloaded (curl) at the commits below into DIR (default
# target/ud), never committed. Training is deterministic (OpenNLP's perceptron, fixed iterations, no shuffling):
# the same files give the same weights (the manifest's Training-Eventhash; only its Timestamp differs).
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="$home/target/ud"
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "usage: scripts/train-pos-model.sh [--dir DIR] [--only cc-by-sa|sequoia]" >&2; exit 2 ;;
  esac
done
case "$only" in
  ""|cc-by-sa|sequoia) ;;
  *) echo "--only takes cc-by-sa or sequoia" >&2; exit 2 ;;
esac
gsd="830e2782304af08b3cc1c9250475343e04274d81"
sequoia="f5b049600c89d2cf15ebbec860f75d703884d32b"
rhapsodie="e638b8136977e5ddd9c49ac0b99cc56b7216db33"
parisstories="c549ab63a3ac2af92ad9e87fff2b4f45742f2d42"
pud="c245786cfb3020d43bcfc96215ae531a1b07bcbc"
mkdir -p "$dir"
. "$home/scripts/ud-fetch.sh"
fetch() { # repository, commit, file
  ud_fetch "$dir" "$1" "$2" "$3" >/dev/null
}
resources="$home/toolkit/src/main/resources/fr/enquete/text"
cd "$home"
mvn -B -q -pl toolkit -am compile
mvn -B -q -pl toolkit dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt"
train() { # output, training files (DOMAIN:FILE for a file of another domain than written French)
  java -cp "toolkit/target/classes:$(cat "$dir/classpath.txt")" fr.enquete.text.PosModelTraining "$@"
}
if [ "$only" != sequoia ]; then
  fetch UD_French-GSD "$gsd" fr_gsd-ud-dev.conllu
  for split in train dev test; do
    fetch UD_French-Rhapsodie "$rhapsodie" "fr_rhapsodie-ud-$split.conllu"
    fetch UD_French-ParisStories "$parisstories" "fr_parisstories-ud-$split.conllu"
  done
  fetch UD_French-PUD "$pud" fr_pud-ud-test.conllu
  # the first 1176 sentences of GSD dev (sentences end with a blank line)
  awk 'BEGIN { n = 0 } n < 1176 { print } /^$/ { n++ }' "$dir/fr_gsd-ud-dev.conllu" > "$dir/fr_gsd-ud-dev-learn.conllu"
  train "$resources/fr-ud-pos-cc-by-sa.bin" "$dir/fr_gsd-ud-dev-learn.conllu" \
    "spoken:$dir/fr_rhapsodie-ud-train.conllu" "spoken:$dir/fr_rhapsodie-ud-dev.conllu" "spoken:$dir/fr_rhapsodie-ud-test.conllu" \
    "spoken:$dir/fr_parisstories-ud-train.conllu" "spoken:$dir/fr_parisstories-ud-dev.conllu" \
    "spoken:$dir/fr_parisstories-ud-test.conllu" "pud:$dir/fr_pud-ud-test.conllu"
fi
if [ "$only" != cc-by-sa ]; then
  fetch UD_French-Sequoia "$sequoia" fr_sequoia-ud-train.conllu
  train "$resources/fr-ud-pos-sequoia.bin" "$dir/fr_sequoia-ud-train.conllu"
fi
