# The two commands the README promises: `make run` and `make test`.
# Both install missing Debian packages first, so a fresh Debian 12 machine needs nothing else.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: deps configure build run test bench eval sanitize sanitize-core fuzz-build fuzz fuzz-smoke clean

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

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (clang).
sanitize:
	@bash .ci/deps.sh --sanitizers
	@if [ ! -f build-asan/build.ninja ]; then CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUMMITLINE_SANITIZE=ON; fi
	cmake --build build-asan -j $(JOBS)
	cd build-asan && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS) --timeout 1800

# libFuzzer targets (tests/fuzz): FUZZ_SECONDS each (default 600); fuzz-smoke replays the seed
# corpus and runs each for 60 s, as CI does.
FUZZ_SECONDS ?= 600
fuzz-build:
	@bash .ci/deps.sh --sanitizers
	@if [ ! -f build-fuzz/build.ninja ]; then CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUMMITLINE_FUZZ=ON; fi
	cmake --build build-fuzz -j $(JOBS) --target fuzz_prepare fuzz_timex fuzz_search

fuzz: fuzz-build
	bash tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

fuzz-smoke: fuzz-build
	bash tests/fuzz/run.sh build-fuzz 60 --seeded

# The core's tests (store, import, extraction) under ASan and UBSan, in the fuzzing build (the
# whole suite is `make sanitize`); CI runs this one.
sanitize-core: fuzz-build
	cmake --build build-fuzz -j $(JOBS) --target test_store test_ingest test_extract
	cd build-fuzz && for t in store ingest extract; do \
	  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  QT_QPA_PLATFORM=offscreen ./tests/test_$$t || exit 1; done

# Scores extraction and events on the real-text development set (texts fetched by hand; see
# tests/eval/eval.sh). A benchmark, not a test: CI has no texts.
eval: build
	@bash tests/eval/eval.sh

clean:
	rm -rf $(BUILD)
