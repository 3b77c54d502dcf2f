#!/usr/bin/env bash
# bench/worst.sh: run the built peacediff on each hostile input of issue 21
# (cost out of proportion to the input) and print, for each case, its wall
# time, CPU time (user and system), peak memory, exit status and, when it
# failed, the first line of standard error. Each case must finish or stop with a clear error; each
# runs under `timeout` (TIMEOUT seconds, default 600), and a case that hits
# it prints "TIMEOUT", which is a finding, not a figure.
#
#   bash bench/worst.sh                 # from anywhere in the repository
#   TIMEOUT=120 bash bench/worst.sh     # a shorter bound per case
#   CASES="fmt-problems site-month" bash bench/worst.sh   # some cases only
#
# The inputs are written by bench/worstgen into a temporary folder that is
# removed at the end. Peak memory is GNU time's maximum resident set size
# (/usr/bin/time -v); without GNU time the script falls back to bash's
# EPOCHREALTIME and prints "n/a" for memory. Needs go, git and timeout.
set -euo pipefail

limit=${TIMEOUT:-600}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/peacediff-worst.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "building peacediff and bench/worstgen in $work" >&2
go build -o "$work/peacediff" ./cmd/peacediff
go build -o "$work/worstgen" ./bench/worstgen

gnutime=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
	gnutime=/usr/bin/time
else
	echo "GNU time not found (/usr/bin/time -v): wall time from bash, no peak memory" >&2
fi

cd "$work"
pd=$work/peacediff
gen=$work/worstgen
echo "generating the inputs" >&2
"$gen" -shape problems -o problems
"$gen" -shape points -o points
"$gen" -shape prose -o prose
"$gen" -shape month -n 400 -o month
"$gen" -shape month -n 100 -o month100 # 4,950 pairs: the most a site builds
"$gen" -shape chain -n 2400 -o chain
"$gen" -shape cel -n 1 -o cel1
"$gen" -shape cel -n 100 -o cel100
# An over-size blob (12 MiB, over the default --max-size of 10 MiB),
# committed in a repository of its own and no longer on disk.
"$gen" -shape points -size $((12 << 20)) -o repo
(
	cd repo
	git init -q
	git -c user.name=bench -c user.email=bench@example.org add big.yaml
	git -c user.name=bench -c user.email=bench@example.org commit -q -m big
	rm big.yaml
)

# size PATH...: the total size of the inputs, in KiB or MiB.
size() {
	local bytes
	bytes=$(cat "$@" | wc -c)
	if ((bytes >= 1 << 20)); then
		awk -v b="$bytes" 'BEGIN { printf "%.1f MiB", b / 1048576 }'
	else
		awk -v b="$bytes" 'BEGIN { printf "%.0f KB", b / 1000 }'
	fi
}

printf '%-17s %-24s %9s %9s %10s %4s  %s\n' case input wall cpu peak-rss exit "first line of stderr (on failure)"

# run NAME INPUT-DESCRIPTION DIR COMMAND...: run COMMAND in DIR under the
# timeout and print its line.
run() {
	local name=$1 input=$2 dir=$3
	shift 3
	if [[ -n ${CASES:-} && " $CASES " != *" $name "* ]]; then
		return
	fi
	local status wall cpu rss err
	status=0
	if [[ -n $gnutime ]]; then
		(cd "$dir" && "$gnutime" -v -o "$work/time.txt" timeout "$limit" "$@" >"$work/out.txt" 2>"$work/err.txt") || status=$?
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")
		# h:mm:ss or m:ss.cc, as seconds.
		wall=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f s", s }')
		cpu=$(awk -F': ' '/(User|System) time/ { s += $2 } END { printf "%.2f s", s }' "$work/time.txt")
		rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MiB", $2 / 1024 }' "$work/time.txt")
	else
		local start=$EPOCHREALTIME
		(cd "$dir" && timeout "$limit" "$@" >"$work/out.txt" 2>"$work/err.txt") || status=$?
		wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f s", b - a }')
		cpu=n/a rss=n/a
	fi
	err=""
	if ((status == 124)); then
		err="TIMEOUT after ${limit} s"
	elif ((status != 0)); then
		err=$(head -n 1 "$work/err.txt" | cut -c 1-140)
		if [[ -n $err ]]; then
			err="$err ($(wc -l <"$work/err.txt") lines)"
		else
			err="(no standard error)"
		fi
	fi
	printf '%-17s %-24s %9s %9s %10s %4s  %s\n' "$name" "$input" "$wall" "$cpu" "$rss" "$status" "$err"
}

run validate-problems "$(size problems/big.yaml) empty items" . "$pd" validate problems/big.yaml
run validate-points "$(size points/big.yaml) valid points" . "$pd" validate points/big.yaml
run fmt-problems "$(size problems/big.yaml) empty items" . "$pd" fmt --check problems/big.yaml
# Exit 1: the keys are out of order, so the file is not in the canonical layout.
run fmt-points "$(size points/big.yaml) valid points" . "$pd" fmt --check points/big.yaml
run compare-prose "$(size prose/*.yaml) prose pair" . "$pd" compare prose/a.yaml prose/b.yaml
run site-month "400 texts, $(size month/*.yaml)" . "$pd" site build --corpus month --no-builtin -o site-month
run site-month-100 "100 texts, $(size month100/*.yaml)" . "$pd" site build --corpus month100 --no-builtin -o site-month100
run history-chain "2400 steps, $(size chain/*.yaml)" . "$pd" history --corpus chain --no-builtin c2399
run site-chain "2400 steps, $(size chain/*.yaml)" . "$pd" site build --corpus chain --no-builtin -o site-chain
run check-cel "1 dear line, corpus" . "$pd" check --positions cel1
run check-cel-100 "100 dear lines, corpus" . "$pd" check --positions cel100
run compare-blob "12.0 MiB git blob" repo "$pd" compare HEAD:big.yaml us-28-point-2025-11
