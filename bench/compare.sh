#!/usr/bin/env bash
# bench/compare.sh: time `peacediff compare` on generated proposals against
# the parse floor (bench/floor: a bare yaml.v3 decode of the same files) and
# against `dyff between` when dyff is installed, and print the ratios, the
# peak memory against the input size, the N-way time and the 50,000-word
# diff, next to the targets of issue 11.
#
#   bash bench/compare.sh               # from anywhere in the repository
#   RUNS=10 bash bench/compare.sh       # more runs per command (default 5)
#   DYFF=0 bash bench/compare.sh        # leave dyff out
#   UNRELATED=1 bash bench/compare.sh   # also diff two unrelated 50,000-word texts
#
# Timing uses hyperfine when it is on PATH (apt-get install hyperfine), else
# a loop over bash's EPOCHREALTIME; either way each figure is the best of
# RUNS runs after one warm-up. Peak memory is GNU time's %M (maximum
# resident set size) of one run. dyff: go install
# github.com/homeport/dyff/cmd/dyff@v1.12.0 (found on PATH or in GOPATH/bin).
set -euo pipefail

runs=${RUNS:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/peacediff-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "building peacediff, the floor and the generator in $work" >&2
go build -o "$work/peacediff" ./cmd/peacediff
go build -o "$work/floor" ./bench/floor
go build -o "$work/gen" ./internal/gen/cmd/gen

dyff=""
if [[ ${DYFF:-1} != 0 ]]; then
	if command -v dyff >/dev/null; then
		dyff=$(command -v dyff)
	elif [[ -x "$(go env GOPATH)/bin/dyff" ]]; then
		dyff="$(go env GOPATH)/bin/dyff"
	else
		echo "dyff not found: go install github.com/homeport/dyff/cmd/dyff@v1.12.0 to compare with it" >&2
	fi
fi
gnutime=$(type -P time || true)
if [[ -n $gnutime ]] && ! "$gnutime" -f %M true >/dev/null 2>&1; then
	gnutime="" # not GNU time
fi
hyperfine=$(command -v hyperfine || true)

# Everything below runs in $work with relative paths.
cd "$work"
"./gen" -points 1000 -seed 1 -o 1k >/dev/null
"./gen" -points 10000 -seed 1 -o 10k >/dev/null
"./gen" -many 100 -points 100 -seed 1 -o many >/dev/null

# best NAME COMMAND...: the best wall time of $runs runs, in seconds.
best() {
	local name=$1
	shift
	if [[ -n $hyperfine ]]; then
		# hyperfine takes one string per command; the paths here hold no spaces.
		hyperfine --shell=none --warmup 1 --runs "$runs" --style none \
			--export-csv "$name.csv" "$*" >/dev/null 2>&1
		# command,mean,stddev,median,user,system,min,max
		awk -F, 'NR == 2 { print $7 }' "$name.csv"
		return
	fi
	"$@" >/dev/null
	local b="" t0 t1 t
	for ((i = 0; i < runs; i++)); do
		t0=$EPOCHREALTIME
		"$@" >/dev/null
		t1=$EPOCHREALTIME
		t=$(awk -v a="$t0" -v z="$t1" 'BEGIN { printf "%.6f", z - a }')
		if [[ -z $b ]] || awk -v t="$t" -v b="$b" 'BEGIN { exit !(t < b) }'; then
			b=$t
		fi
	done
	echo "$b"
}

# peak COMMAND...: the peak resident memory of one run, in bytes.
peak() {
	if [[ -z $gnutime ]]; then
		echo 0
		return
	fi
	"$gnutime" -f %M -o peak.txt "$@" >/dev/null
	awk '{ print $1 * 1024 }' peak.txt
}

bytes() { cat "$@" | wc -c | tr -d ' '; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f ms", s * 1000 }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else printf "-" }'; }
# verdict VALUE LIMIT: ok when VALUE <= LIMIT.
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "ok" : "MISSED") }'; }

echo "peacediff compare --format json against the floor and dyff; best of $runs runs"
timer="a bash loop"
if [[ -n $hyperfine ]]; then
	timer=$("$hyperfine" --version)
fi
echo "$(nproc 2>/dev/null || echo '?') CPUs, $(go version | awk '{ print $3 }'), timing by $timer"
echo

declare -A pd fl dy mem
for size in 1k 10k; do
	n=${size/k/000}
	base=$size/synth-$n-base.yaml
	rev=$size/synth-$n-revision.yaml
	in=$(bytes "$base" "$rev")
	echo "== $n points: two files, $(mib "$in") =="
	pd[$size]=$(best "pd-$size" ./peacediff compare "$base" "$rev" --format json)
	fl[$size]=$(best "floor-$size" ./floor "$base" "$rev")
	mem[$size]=$(peak ./peacediff compare "$base" "$rev" --format json)
	printf '  %-22s %10s\n' "peacediff compare" "$(ms "${pd[$size]}")" "floor (yaml.v3 decode)" "$(ms "${fl[$size]}")"
	r=$(awk -v a="${pd[$size]}" -v b="${fl[$size]}" 'BEGIN { print a / b }')
	printf '  %-22s %10s   target <= 1.5x: %s\n' "peacediff / floor" "$(ratio "${pd[$size]}" "${fl[$size]}")" "$(verdict "$r" 1.5)"
	if [[ -n $dyff ]]; then
		dy[$size]=$(best "dyff-$size" "$dyff" between "$base" "$rev")
		printf '  %-22s %10s\n' "dyff between" "$(ms "${dy[$size]}")"
		printf '  %-22s %10s\n' "dyff / peacediff" "$(ratio "${dy[$size]}" "${pd[$size]}")"
	fi
	if [[ -n $gnutime ]]; then
		r=$(awk -v a="${mem[$size]}" -v b="$in" 'BEGIN { print a / b }')
		floormem=$(peak ./floor "$base" "$rev")
		printf '  %-22s %10s   %s the input; target <= 3x: %s (floor %s, %s)\n' "peak memory" "$(mib "${mem[$size]}")" \
			"$(ratio "${mem[$size]}" "$in")" "$(verdict "$r" 3)" "$(mib "$floormem")" "$(ratio "$floormem" "$in")"
	fi
	echo
done

r=$(awk -v a="${pd[10k]}" -v b="${pd[1k]}" 'BEGIN { print a / b }')
echo "== 10x the points (1,000 -> 10,000) =="
printf '  %-22s %10s   target <= 12x: %s\n' "peacediff" "$(ratio "${pd[10k]}" "${pd[1k]}")" "$(verdict "$r" 12)"
printf '  %-22s %10s\n' "floor" "$(ratio "${fl[10k]}" "${fl[1k]}")"
echo

many=(many/*.yaml)
in=$(bytes "${many[@]}")
echo "== N-way: ${#many[@]} texts of about 100 points, each revising the one before, $(mib "$in") =="
nway=$(best nway ./peacediff compare "${many[@]}" --format json)
nfloor=$(best nway-floor ./floor "${many[@]}")
printf '  %-22s %10s   target < 1 s: %s\n' "peacediff compare" "$(ms "$nway")" "$(verdict "$nway" 0.999999)"
printf '  %-22s %10s   (%s)\n' "floor" "$(ms "$nfloor")" "$(ratio "$nway" "$nfloor")"
if [[ -n $gnutime ]]; then
	m=$(peak ./peacediff compare "${many[@]}" --format json)
	printf '  %-22s %10s   %s the input\n' "peak memory" "$(mib "$m")" "$(ratio "$m" "$in")"
fi
echo

cd "$root"
echo "== word diff of two 50,000-word texts (go test -bench, 5 runs) =="
pattern='BenchmarkDiffWords/words=50000/edits'
if [[ ${UNRELATED:-0} != 0 ]]; then
	pattern='BenchmarkDiffWords/words=50000/'
fi
go test ./compare -run '^$' -bench "$pattern" -benchtime 5x -count 1 |
	awk '/^BenchmarkDiffWords/ {
		ms = $3 / 1e6
		printf "  %-40s %8.0f ms   target < 200 ms: %s\n", substr($1, 20), ms, (ms < 200 ? "ok" : "MISSED")
	}'
