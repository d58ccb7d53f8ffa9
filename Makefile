# The two commands the README promises: `make run` and `make test`.
# Both install missing Debian packages first, so a fresh Debian 12 machine needs nothing else.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: deps configure build run test bench eval clean

deps:
	@bash .ci/deps.sh

configure: deps
	@if [ ! -f $(BUILD)/build.ninja ]; then cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS); fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/app/summitline

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 900

bench: build
	cmake --build $(BUILD) --target summitline-bench
	./$(BUILD)/tests/bench/summitline-bench

# Scores extraction and events on the real-text development set (texts fetched by hand; see
# tests/eval/eval.sh). A benchmark, not a test: CI has no texts.
eval: build
	@bash tests/eval/eval.sh

clean:
	rm -rf $(BUILD)
