# Council Desk: `make run` starts the app, `make test` runs every test. Both set up what is missing first.

export CARGO_TARGET_DIR ?= $(HOME)/.cache/council-desk/target
export PATH := $(HOME)/.cargo/bin:$(PATH)
APP := $(CARGO_TARGET_DIR)/debug/council-desk
CLI := $(CARGO_TARGET_DIR)/debug/council

.PHONY: run test setup setup-test ui app lint test-rust test-ui test-e2e bench bench-startup deb clean

## Set up, build and start the desktop app on its default database (or COUNCIL_DB).
run: setup app
	$(APP)

## Set up and run every test: lints, core and CLI tests, UI tests, end-to-end tests of the real app.
test: setup-test lint test-rust test-ui test-e2e

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

## A Debian package (icon, desktop entry, licence) in $(CARGO_TARGET_DIR)/release/bundle/deb/.
deb: setup ui
	cd src-tauri && npx --yes @tauri-apps/cli@2.12.5 build --bundles deb

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules
