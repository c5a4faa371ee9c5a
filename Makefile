# lpdoc — see README.md.  `make demo` and `make check` are all a newcomer needs.

VERSION  = 0.1.0
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/lpdoc
MANDIR   = $(PREFIX)/share/man/man1

PKGS       = libxml-2.0 libxslt libexslt pangocairo pangoft2 cairo-pdf librsvg-2.0 poppler-glib \
             fontconfig
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# librsvg is opened at the first SVG (src/fo/fo_svg.h), gdk-pixbuf at the
# first GIF, BMP or TIFF (src/fo/fo_pixbuf.h), poppler-glib at the first PDF
# (src/util/pdfsrc.h): not linked.
LINK_PKGS  = $(filter-out librsvg-2.0 poppler-glib,$(PKGS)) gobject-2.0
PKG_LIBS   := $(shell pkg-config --libs $(LINK_PKGS) 2>/dev/null)

CFLAGS   ?= -O2 -g
WARN      = -std=c11 -Wall -Wextra -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DLPDOC_VERSION=\"$(VERSION)\" -DLPDOC_DATADIR=\"$(DATADIR)\"

ifeq ($(SAN),1)
BUILD    = build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
BUILD    = build/rel
SANFLAGS =
endif

# Library caches (fontconfig, pango) are not lpdoc's leaks: see tests/lsan.supp.
export LSAN_OPTIONS = suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
export ASAN_OPTIONS = detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS = print_stacktrace=1:halt_on_error=1

ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANFLAGS) $(PKG_CFLAGS) -MMD -MP
ALL_LDFLAGS = $(LDFLAGS) $(SANFLAGS)
LIBS = $(PKG_LIBS) -lhyphen -lcsv -lical -lm -lpthread -ldl

LIB_SRCS  := $(shell find src -name '*.c' ! -path src/main.c | sort)
LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ  := $(BUILD)/obj/src/main.o
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
BENCH_SRCS := $(wildcard tests/bench/*.c)
BENCH_BINS := $(BENCH_SRCS:tests/bench/%.c=$(BUILD)/bench/%)
LPDOC     := $(BUILD)/lpdoc
REGRESS   := $(sort $(wildcard tests/*/run.sh tests/regress/*/run.sh))

.PHONY: all deps need-deps bench-deps check check-run unit regress valgrind \
        demo demo-run bench install uninstall clean fuzz

all: $(LPDOC) $(BENCH_BINS)
ifneq ($(SAN),1)
all: lpdoc
lpdoc: $(LPDOC)
	cp $(LPDOC) lpdoc
endif

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/liblpdoc.a: $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(LPDOC): $(MAIN_OBJ) $(BUILD)/liblpdoc.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/unit.h $(BUILD)/liblpdoc.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -Isrc -o $@ $< $(BUILD)/liblpdoc.a $(ALL_LDFLAGS) $(LIBS) -lcunit

$(BUILD)/bench/%: tests/bench/%.c $(BUILD)/liblpdoc.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -Isrc -o $@ $< $(BUILD)/liblpdoc.a $(ALL_LDFLAGS) $(LIBS)

# Installs the Debian packages the build and the tests need, only those missing.
deps:
	tools/deps.sh
need-deps:
	@tools/deps.sh --if-missing
bench-deps:
	tools/deps.sh --bench

check: need-deps
	@$(MAKE) --no-print-directory check-run
check-run: unit regress

unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; $(TEST_WRAP) $$t; done

regress: all
	@set -e; for t in $(REGRESS); do \
	  echo "== $$t"; LPDOC=$(CURDIR)/$(LPDOC) BUILD=$(CURDIR)/$(BUILD) $$t; done

# Library caches are not lpdoc's leaks: tests/valgrind.supp, as tests/lsan.supp.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
           --suppressions=$(CURDIR)/tests/valgrind.supp
valgrind: all $(UNIT_BINS)
	@$(MAKE) --no-print-directory unit regress TEST_WRAP="$(VALGRIND)" LPDOC_WRAP="$(VALGRIND)"
export LPDOC_WRAP

demo: need-deps
	@$(MAKE) --no-print-directory demo-run
demo-run: all
	@tools/demo.sh $(LPDOC)

bench: all
	@tools/bench.sh $(LPDOC)

fuzz:
	@tools/fuzz.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)
	install -m 755 $(LPDOC) $(DESTDIR)$(BINDIR)/lpdoc
	cp -R fonts stylesheets $(DESTDIR)$(DATADIR)/
	install -d $(DESTDIR)$(DATADIR)/data
	cp -R data/schema data/example data/liverpool data/leicester-primary data/leicester-alliance \
	      data/suffolk $(DESTDIR)$(DATADIR)/data/
	install -m 644 lpdoc.1 $(DESTDIR)$(MANDIR)/lpdoc.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/lpdoc $(DESTDIR)$(MANDIR)/lpdoc.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build lpdoc

-include $(shell find build -name '*.d' 2>/dev/null)
