# The two commands of a fresh machine: `make demo` and `make test`.
GO      ?= go
BIN     := bin/blueprint
EXAMPLES := $(wildcard examples/*.yaml examples/fi/*.yaml)

.PHONY: build install test demo fuzz lint golden bench

# The command as installed: without the symbol table and debug information
# (-s -w), which only a debugger reads (9.1 MB instead of 12.9), and linked
# statically (no cgo: the program has no C, and without the dynamic loader
# each start touches some fifty pages fewer; docs/speed.md).
RELEASE := -trimpath -ldflags='-s -w'
STATIC  := CGO_ENABLED=0

## build: compile the command into bin/blueprint
build:
	$(STATIC) $(GO) build $(RELEASE) -o $(BIN) ./cmd/blueprint

## install: install the command into $(go env GOBIN), else $(go env GOPATH)/bin
install:
	$(STATIC) $(GO) install $(RELEASE) ./cmd/blueprint

## test: every unit, golden and command-line test
test:
	$(GO) test ./...

# compare A B NAME: the comparison of A with B as out/NAME.compare.svg and as
# Markdown, out/NAME.compare.md (-o FILE.md implies --format md)
compare = for f in svg md; do $(BIN) compare -o out/$(3).compare.$$f $(1) $(2) || exit 1; done

## demo: check every example, draw it into out/ (the permit's come-back path alone too), print its figures (each path's too) and what review finds; compare the permit with the blood donation, and the bus as-is with to-be; import the permit's Mermaid journey diagram and draw it; export the permit as a workbook and a CSV table
demo: build
	$(BIN) check --strict $(EXAMPLES)
	$(BIN) render -o out $(EXAMPLES)
	$(BIN) render -o out --path come-back examples/police-permit.yaml
	$(BIN) stats $(EXAMPLES)
	$(BIN) review $(EXAMPLES)
	$(call compare,examples/police-permit.yaml,examples/blood-donation.yaml,police-vs-blood)
	$(call compare,examples/ikea-bus.yaml,examples/ikea-bus-to-be.yaml,ikea-as-is-vs-to-be)
	$(BIN) import -o out/police-permit-mermaid.yaml examples/mermaid/police-permit.mmd
	$(BIN) render -o out out/police-permit-mermaid.yaml
	$(BIN) export examples/police-permit.yaml -o out/police-permit.xlsx
	$(BIN) export examples/police-permit.yaml -o out/police-permit.csv
	@echo "Pictures: $$(ls out/*.svg | tr '\n' ' ')"

## serve: preview the examples in the browser, redrawn on every save (Ctrl-C stops)
.PHONY: serve
serve: build
	$(BIN) serve examples

## golden: rewrite the goldens under testdata/ and the README's picture with what the code draws now (then review the diff and the pictures)
GOLDEN_PKGS := ./render ./render/layout ./render/report
golden:
	$(GO) test $(GOLDEN_PKGS) -update
	$(GO) run ./cmd/blueprint render --format png --view blueprint -o docs/police-permit.blueprint.png examples/police-permit.yaml

## fuzz: fuzz the loader, the renderer, the Mermaid reader, the table readers, the workbook XML reader and the preview's request parser, each for FUZZTIME (default 1m)
FUZZTIME ?= 1m
fuzz:
	$(GO) test ./blueprint -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME)
	$(GO) test ./render -run '^$$' -fuzz '^FuzzBlueprint$$' -fuzztime $(FUZZTIME)
	$(GO) test ./convert/mermaid -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME)
	$(GO) test ./convert/sheet -run '^$$' -fuzz '^FuzzReadCSV$$' -fuzztime $(FUZZTIME)
	$(GO) test ./convert/sheet -run '^$$' -fuzz '^FuzzReadXLSX$$' -fuzztime $(FUZZTIME)
	$(GO) test ./convert/sheet/xlsx -run '^$$' -fuzz '^FuzzRows$$' -fuzztime $(FUZZTIME)
	$(GO) test ./serve/httpd -run '^$$' -fuzz '^FuzzReadRequest$$' -fuzztime $(FUZZTIME)

## lint: go vet, and gofmt must have nothing to say
lint:
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt -l lists files that need gofmt -w:"; echo "$$out"; exit 1; fi

## bench: time blueprint render beside Graphviz, d2 and mermaid-cli on generated journeys of 20, 200 and 2 000 steps (bench/README.md); BENCH_ARGS=--install installs the missing peers first
bench:
	bench/run.sh $(BENCH_ARGS)
