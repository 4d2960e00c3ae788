# Council Desk: `make run` starts the app, `make test` runs every test. Both set up what is missing first.

export CARGO_TARGET_DIR ?= $(HOME)/.cache/council-desk/target
export PATH := $(HOME)/.cargo/bin:$(PATH)
APP := $(CARGO_TARGET_DIR)/debug/council-desk
CLI := $(CARGO_TARGET_DIR)/debug/council

.PHONY: run test setup setup-test ui app lint test-rust test-ui test-e2e test-deb bench bench-startup bench-hub deb clean

## Set up, build and start the desktop app on its default database (or COUNCIL_DB).
run: setup app
	$(APP)

## Set up and run every test: lints, core and CLI tests, UI tests, end-to-end tests of the real app, and the
## Debian package's contents when one has been built (`make deb`).
test: setup-test lint test-rust test-ui test-e2e test-deb

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

ui:
	cd ui && npm run build

# The UI is embedded in the binary at compile time, so it is built first.
app: ui
	cargo build -p council-desk -p council-cli

lint: ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

test-rust: ui
	cargo test --workspace --exclude council-e2e

test-ui:
	cd ui && npm test

test-e2e: app
	cargo build -p council-e2e --tests
	COUNCIL_DESK_APP=$(APP) COUNCIL_CLI=$(CLI) xvfb-run -a -s "-screen 0 1440x900x24" \
		cargo test -p council-e2e --test desktop -- --test-threads=1

## Benchmarks, never part of make test (docs/PERFORMANCE.md): the core on the ten-year data set with the
## raw-SQLite ratios, then start-up time and memory of the release app against a minimal Tauri window.
bench:
	cargo bench -p council-core --features bench
	python3 bench/report.py

bench-startup: setup-test
	bench/startup.sh

## The office hub: 20 officers for 60 s on loopback, latency per command, every acknowledged write checked;
## then the same with a kill -9 of the hub during the load (bench/hub_load.py).
bench-hub:
	cargo build -p council-cli
	cp $(CLI) $(CARGO_TARGET_DIR)/council-bench-hub
	python3 bench/hub_load.py --council $(CARGO_TARGET_DIR)/council-bench-hub
	python3 bench/hub_load.py --council $(CARGO_TARGET_DIR)/council-bench-hub --kill

## The Debian package, $(CARGO_TARGET_DIR)/release/bundle/deb/council-desk_VERSION_ARCH.deb (scripts/deb.sh):
## council-desk and council (a link to it), completions, manual page, desktop entry, AppStream metadata; xz.
deb: setup ui
	scripts/deb.sh

DEB := $(CARGO_TARGET_DIR)/release/bundle/deb/council-desk_$(shell sed -n 's/^version = "\(.*\)"$$/\1/p' Cargo.toml | head -n 1)_$(shell dpkg --print-architecture).deb

test-deb:
	@if [ -f "$(DEB)" ]; then scripts/check-deb.sh "$(DEB)"; else echo "test-deb: no package built (make deb), skipped"; fi

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules
