#!/usr/bin/env bash
# bench/compare.sh: time `peacediff compare --format json` against the
# parse floor (bench/floor: a bare yaml.v3 decode of the same files into
# nodes, one file after the other and side by side) and print, for each
# case, the ratios of wall time, CPU time (user + system) and peak memory,
# then the alignment benchmarks, next to the targets of issue 22.
#
#   bash bench/compare.sh            # from anywhere in the repository
#   RUNS=10 bash bench/compare.sh    # more runs of each command (default 5)
#   ALIGN=0 bash bench/compare.sh    # leave out the alignment benchmarks
#
# Each case runs peacediff and the floor in turn (A B A B ...), RUNS times
# after one warm-up each, under GNU time (/usr/bin/time: elapsed, user,
# system, maximum resident set size); a ratio is the median of the ratios
# of the runs taken in turn, which holds when a shared machine's speed
# drifts. The alignment figures are `go test -bench Align` (alignment
# alone, loading excluded); feed several runs to benchstat to compare two
# versions.
set -euo pipefail

runs=${RUNS:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/peacediff-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"
gnutime=/usr/bin/time
if ! "$gnutime" -f %M true >/dev/null 2>&1; then
	echo "GNU time is needed at /usr/bin/time (apt-get install time)" >&2
	exit 2
fi

echo "building peacediff, the floor and the generator in $work" >&2
go build -o "$work/peacediff" ./cmd/peacediff
go build -o "$work/floor" ./bench/floor
go build -o "$work/gen" ./internal/gen/cmd/gen
corpus=$root/proposals/corpus

cd "$work"
./gen -points 1000 -seed 1 -o 1k >/dev/null
./gen -points 10000 -seed 1 -o 10k >/dev/null
./gen -points 10000 -seed 2 -prefix other -o other >/dev/null
./gen -many 100 -points 100 -seed 1 -o many >/dev/null

# timed TAG COMMAND...: one run under GNU time, its figures appended to
# TAG.txt as "wall cpu rss_kib".
timed() {
	local tag=$1
	shift
	"$gnutime" -f '%e %U %S %M' -o "$tag.one" "$@" >/dev/null
	awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$tag.one" >>"$tag.txt"
}

# paired NAME -- A... -- B...: A and B in turn, RUNS times after one
# warm-up each; prints the medians of A and the median ratios A/B.
paired() {
	local name=$1 a=() b=()
	shift 2
	while [[ $1 != -- ]]; do a+=("$1"); shift; done
	shift
	b=("$@")
	rm -f "$name.a.txt" "$name.b.txt"
	"${a[@]}" >/dev/null
	"${b[@]}" >/dev/null
	for ((i = 0; i < runs; i++)); do
		timed "$name.a" "${a[@]}"
		timed "$name.b" "${b[@]}"
	done
	paste -d ' ' "$name.a.txt" "$name.b.txt" | awk '
		function median(v, n,   i, j, t) {
			for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j-1] > v[j]; j--) { t = v[j]; v[j] = v[j-1]; v[j-1] = t }
			return n % 2 ? v[(n+1)/2] : (v[n/2] + v[n/2+1]) / 2
		}
		# A ratio is left out of its median when the floor took less than
		# the 10 ms GNU time can tell; "-" when every one was.
		function ratio(v, n) { return n ? sprintf("%6.2fx", median(v, n)) : "     -" }
		{ n++; w[n] = $1; c[n] = $2; m[n] = $3
		  if ($4 > 0) rw[++nw] = $1 / $4
		  if ($5 > 0) rc[++nc] = $2 / $5
		  if ($6 > 0) rm[++nm] = $3 / $6 }
		END { printf "%8.0f ms %8.0f ms %8.1f MiB   %s %s %s\n", median(w, n) * 1000, median(c, n) * 1000, median(m, n) / 1024, ratio(rw, nw), ratio(rc, nc), ratio(rm, nm) }'
}

# row LABEL FILES...: peacediff compare against each floor.
row() {
	local label=$1
	shift
	printf '%s\n' "$label"
	printf '  %-34s' "vs floor, one file after the other"
	paired "$label-seq" -- ./peacediff compare "$@" --format json -- ./floor "${files[@]}"
	printf '  %-34s' "vs floor, files side by side"
	paired "$label-par" -- ./peacediff compare "$@" --format json -- ./floor -parallel "${files[@]}"
}

echo "peacediff compare --format json against the floor; $runs runs of each in turn, medians"
echo "$(nproc 2>/dev/null || echo '?') CPUs, $(go version | awk '{ print $3 }'), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
printf '  %-34s %11s %11s %12s   %7s %7s %7s\n' "" "wall" "CPU" "peak" "wall" "CPU" "peak"
printf '  %-34s %11s %11s %12s   %7s %7s %7s\n' "" "peacediff" "" "" "ratio" "ratio" "ratio"
files=(1k/synth-1000-base.yaml 1k/synth-1000-revision.yaml)
row "two files of 1,000 points" "${files[@]}"
files=(10k/synth-10000-base.yaml 10k/synth-10000-revision.yaml)
row "two files of 10,000 points" "${files[@]}"
files=(10k/synth-10000-base.yaml other/other-base.yaml)
row "two unrelated files of 10,000 points" "${files[@]}"
files=("$corpus/us-28-point-2025-11.yaml" "$corpus/ukraine-revised-20-point-2025-12.yaml")
printf '%s\n' "a real pair by id (us-28-point-2025-11, ukraine-revised-20-point-2025-12)"
printf '  %-34s' "vs floor, one file after the other"
paired id-seq -- ./peacediff compare us-28-point-2025-11 ukraine-revised-20-point-2025-12 --format json -- ./floor "${files[@]}"
printf '  %-34s' "vs floor, files side by side"
paired id-par -- ./peacediff compare us-28-point-2025-11 ukraine-revised-20-point-2025-12 --format json -- ./floor -parallel "${files[@]}"
files=(many/*.yaml)
row "N-way: 100 texts of 100 points" "${files[@]}"
echo
echo "the issue's targets: a ratio to the floor of 1.5x or less in CPU; linear growth from"
echo "1,000 to 10,000 points; unrelated texts no dearer than related ones"

if [[ ${ALIGN:-1} != 0 ]]; then
	cd "$root"
	echo
	echo "== alignment alone (go test ./compare -bench Align, one run each) =="
	go test ./compare -run '^$' -bench 'Align' -benchtime 1x -count 1 -timeout 30m |
		awk '/^BenchmarkAlign/ { printf "  %-32s %8.0f ms\n", substr($1, 16), $3 / 1e6 }'
fi
