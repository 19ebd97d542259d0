#!/usr/bin/env bash
# Behaviour check for refactors: regenerate `report --json` and
# `extract --json` for every bundled report, fixture and regression file (and
# ../shared's corpus and realworld files when present) into NEW_DIR, then
# diff them byte for byte against OLD_DIR, made the same way before a change.
# Usage: .ci/same-output.sh OLD_DIR [NEW_DIR]
# The outputs of ../shared files hold its text: keep them out of the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: .ci/same-output.sh OLD_DIR [NEW_DIR]}
new=${2:-$(mktemp -d)}
mkdir -p "$new"
cargo build --release --examples --quiet
shopt -s nullglob
for f in examples/data/*.txt tests/fixtures/*.txt tests/fixtures/realworld/*.txt ../shared/corpus/*.txt ../shared/realworld/*.txt tests/regressions/*.txt; do
    name=${f#../}
    name=${name//\//_}
    # Undecodable input is an error with no output: the empty file is compared too.
    target/release/examples/report --json "$f" > "$new/$name.report.json" 2>/dev/null || true
    target/release/examples/extract --json "$f" > "$new/$name.extract.json" 2>/dev/null || true
done
echo "outputs in $new"
diff -r "$old" "$new" && echo "same output: $(ls "$new" | wc -l) files identical"
