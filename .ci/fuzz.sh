#!/usr/bin/env bash
# Fuzz every cargo-fuzz target of fuzz/ for SECONDS each (default 60), one
# after another, with the dictionary and the seed corpus. Exits non-zero if
# any target crashes, leaks, times out or runs out of memory; the crashing
# input is left in fuzz/artifacts/<target>/ (replay it with
# `cargo +nightly fuzz run <target> <file>`, then add it to tests/regressions/).
#
#   .ci/fuzz.sh 120
set -euo pipefail

each="${1:-60}"
case "$each" in '' | *[!0-9]*) echo "usage: $0 SECONDS" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# libFuzzer needs nightly flags (-Zsanitizer); use nightly when installed,
# else let the stable compiler accept them.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi

if ! "${fuzz[@]}" build; then
    echo "fuzz targets do not build" >&2
    exit 2
fi

failed=()
broken=()
for target in $("${fuzz[@]}" list); do
    corpus="$root/fuzz/corpus/$target"
    seeds="$root/fuzz/seeds/$target"
    artifacts="$root/fuzz/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    [ -d "$seeds" ] || seeds=""
    before=$(find "$artifacts" -type f | wc -l)
    # parse_grown repeats each input to 1 MB and asserts a 5 s bound
    # itself: its inputs are patterns, kept short, and libFuzzer's timeout
    # only catches a parse that never returns. The others may grow to 1 MB
    # from the first run (-len_control=0), so that long lines are tried,
    # with a 60 s timeout: a linear parse of 1 MB takes about a second of
    # CPU in the sanitizer build, but on a shared machine the wall clock
    # runs several times that (a 10 s timeout stopped on a 600 KB input
    # that takes 0.5 s of CPU); a quadratic scan at 1 MB takes minutes.
    case "$target" in
        parse_grown) limits=(-max_len=256 -timeout=60) ;;
        *) limits=(-max_len=1048576 -len_control=0 -timeout=60) ;;
    esac
    echo "=== fuzz $target for ${each}s"
    # The first corpus directory receives new inputs; the seeds stay untouched.
    if ! "${fuzz[@]}" run "$target" "$corpus" ${seeds:+"$seeds"} -- \
        -dict="$root/fuzz/gongwen.dict" \
        "${limits[@]}" \
        -max_total_time="$each" \
        -rss_limit_mb=4096 \
        -print_final_stats=1; then
        # A new artifact means libFuzzer caught a crash; none means the run
        # itself failed (a rebuild that broke, say).
        if [ "$(find "$artifacts" -type f | wc -l)" -gt "$before" ]; then
            failed+=("$target")
        else
            broken+=("$target")
        fi
    fi
done

if [ "${#broken[@]}" -ne 0 ]; then
    echo "fuzz runs failed without a crash input (build or setup): ${broken[*]}" >&2
fi
if [ "${#failed[@]}" -ne 0 ]; then
    echo "fuzzing found crashes in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
fi
if [ "${#failed[@]}" -ne 0 ] || [ "${#broken[@]}" -ne 0 ]; then
    exit 1
fi
echo "fuzzing: no crashes in ${each}s per target"
