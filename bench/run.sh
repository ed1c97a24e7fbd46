#!/usr/bin/env bash
# bench/run.sh: blueprint render beside its peers on the same generated
# journeys, each run a cold process. See bench/README.md.
#
#   bench/run.sh [--install] [-n RUNS] [SIZE...]
#
# SIZE is a number of steps (default: 20 200 2000). --install installs the
# missing peers first (apt-get graphviz, npm mermaid-cli, go build d2) under
# $BENCH_PEERS; without it nothing is installed and missing peers are
# skipped. Environment: BENCH_RUNS (5), BENCH_PNG_MAX (200: PNG is drawn up
# to this many steps), BENCH_TIMEOUT (300 s a run), BENCH_STARTUP_RUNS (200),
# BENCH_PEERS ($HOME/.cache/blueprint-bench), CHROMIUM (/usr/bin/chromium).
set -eu

cd "$(dirname "$0")/.."
runs=${BENCH_RUNS:-5}
png_max=${BENCH_PNG_MAX:-200}
limit=${BENCH_TIMEOUT:-300}
peers=${BENCH_PEERS:-$HOME/.cache/blueprint-bench}
chromium=${CHROMIUM:-/usr/bin/chromium}
d2_version=v0.7.2
mermaid_version=11.17.0
install=no
sizes=()
while [ $# -gt 0 ]; do
	case $1 in
	--install) install=yes ;;
	-n) runs=$2; shift ;;
	-h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	[0-9]*) sizes+=("$1") ;;
	*) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
	shift
done
[ ${#sizes[@]} -gt 0 ] || sizes=(20 200 2000)

# install_peers installs what is missing: Graphviz from Debian, d2 built
# from its module (the proxy lists no versions, so go install @latest is
# refused), mermaid-cli from npm with Debian's Chromium instead of its own.
install_peers() {
	mkdir -p "$peers/bin" "$peers/mermaid"
	if ! command -v dot >/dev/null; then
		apt-get install -y graphviz
	fi
	if [ ! -x "$peers/bin/d2" ]; then
		dir=$(go mod download -json "oss.terrastruct.com/d2@$d2_version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
		(cd "$dir" && go build -o "$peers/bin/d2" .)
	fi
	if [ ! -x "$peers/mermaid/node_modules/.bin/mmdc" ]; then
		(cd "$peers/mermaid" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund "@mermaid-js/mermaid-cli@$mermaid_version")
	fi
	if [ ! -x "$chromium" ]; then
		apt-get install -y chromium
	fi
}
[ $install = no ] || install_peers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"
# Built as make install builds it, and a Go hello world the same way, for
# the start-up line.
CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$work/blueprint" ./cmd/blueprint
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$work/hello.go"
CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$work/hello" "$work/hello.go"

# The peers' programs: the first candidate that is there, or "" (skipped).
find_tool() {
	for c in "$@"; do
		if [ -x "$c" ] || command -v "$c" >/dev/null 2>&1; then
			echo "$c"
			return
		fi
	done
}
neato=$(find_tool neato)
d2=$(find_tool "$peers/bin/d2" d2)
mmdc=$(find_tool "$peers/mermaid/node_modules/.bin/mmdc" mmdc)
[ -x "$chromium" ] || mmdc=
missing=()
[ -n "$neato" ] || missing+=("Graphviz (Debian graphviz)")
[ -n "$d2" ] || missing+=("d2 $d2_version")
[ -n "$mmdc" ] || missing+=("mermaid-cli $mermaid_version with Chromium at $chromium")

cat >"$work/puppeteer.json" <<EOF
{"executablePath": "$chromium", "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]}
EOF
echo '{"maxTextSize": 100000000, "maxEdges": 1000000}' >"$work/mermaid.json"

# median RUNS CMD...: runs CMD once to warm up (its failure ends it, "failed"),
# then RUNS times, and prints the median wall time in seconds.
median() {
	local n=$1 t0 t1
	shift
	if ! timeout "$limit" "$@" >>"$work/log" 2>&1; then
		echo failed
		return
	fi
	local times=()
	for _ in $(seq "$n"); do
		t0=$EPOCHREALTIME
		if ! timeout "$limit" "$@" >>"$work/log" 2>&1; then
			echo failed
			return
		fi
		t1=$EPOCHREALTIME
		times+=("$(echo "$t1 - $t0" | bc)")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# startup RUNS: runs blueprint --version and the hello world in turn, RUNS
# times each, and prints the median wall time of each in milliseconds and
# their ratio.
startup() {
	local a=() b=() t0 t1 t2
	for _ in $(seq "$1"); do
		t0=$EPOCHREALTIME
		"$work/blueprint" --version >/dev/null
		t1=$EPOCHREALTIME
		"$work/hello" >/dev/null
		t2=$EPOCHREALTIME
		a+=("$(echo "($t1 - $t0) * 1000" | bc)")
		b+=("$(echo "($t2 - $t1) * 1000" | bc)")
	done
	local ma mb
	ma=$(printf '%s\n' "${a[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
	mb=$(printf '%s\n' "${b[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
	awk -v a="$ma" -v b="$mb" -v n="$1" 'BEGIN {
		printf "Start-up, median of %d runs in turn: blueprint --version %.1f ms, a Go hello world built the same way %.1f ms: ×%.2f\n", n, a, b, a / b }'
}

# The rows: a label and the command of each tool, @N@ the size.
labels=("blueprint render, SVG" "blueprint render, PNG")
commands=("$work/blueprint render --view blueprint -o $work/out/bp-@N@.svg $work/journey-@N@.yaml"
	"$work/blueprint render --view blueprint -o $work/out/bp-@N@.png $work/journey-@N@.yaml")
if [ -n "$neato" ]; then
	labels+=("Graphviz neato -n2, positions given" "Graphviz dot, a cluster per lane")
	commands+=("neato -n2 -Tsvg -o $work/out/neato-@N@.svg $work/neato-@N@.dot"
		"dot -Tsvg -o $work/out/dot-@N@.svg $work/dot-@N@.dot")
fi
if [ -n "$d2" ]; then
	labels+=("d2 $d2_version, a grid")
	commands+=("$d2 $work/d2-@N@.d2 $work/out/d2-@N@.svg")
fi
if [ -n "$mmdc" ]; then
	labels+=("mermaid-cli $mermaid_version, a journey (no lanes)")
	commands+=("$mmdc -q -p $work/puppeteer.json -c $work/mermaid.json -i $work/mermaid-@N@.mmd -o $work/out/mermaid-@N@.svg")
fi

declare -A result
for n in "${sizes[@]}"; do
	go run ./bench/gen -steps "$n" -dir "$work"
	for k in "${!labels[@]}"; do
		if [ $k = 1 ] && [ "$n" -gt "$png_max" ]; then
			result[$k,$n]=skipped
			continue
		fi
		echo "bench: ${labels[$k]}, $n steps" >&2
		# shellcheck disable=SC2086 # the command is words
		result[$k,$n]=$(median "$runs" ${commands[$k]//@N@/$n})
	done
done

# The table: the median of each, and its ratio to blueprint's SVG.
printf '\n%s, %s cores, median of %s cold runs; ×: the time over blueprint render SVG'"'"'s\n\n' \
	"$(date -u +%Y-%m-%d)" "$(nproc)" "$runs"
printf '| tool |'
for n in "${sizes[@]}"; do printf ' %s steps |' "$n"; done
printf '\n| --- |'
for _ in "${sizes[@]}"; do printf ' --- |'; done
printf '\n'
for k in "${!labels[@]}"; do
	printf '| %s |' "${labels[$k]}"
	for n in "${sizes[@]}"; do
		t=${result[$k,$n]}
		case $t in
		failed | skipped) printf ' %s |' "$t" ;;
		*) awk -v t="$t" -v b="${result[0,$n]}" 'BEGIN {
			s = (t < 0.1) ? sprintf("%.3f s", t) : (t < 10) ? sprintf("%.2f s", t) : sprintf("%.1f s", t)
			if (b + 0 > 0) s = s sprintf(" (×%.1f)", t / b)
			printf " %s |", s }' ;;
		esac
	done
	printf '\n'
done
printf '\n'
startup "${BENCH_STARTUP_RUNS:-200}"
if [ ${#missing[@]} -gt 0 ]; then
	printf '\nMissing, skipped (bench/run.sh --install installs them):'
	printf ' %s;' "${missing[@]}"
	printf '\n'
fi
