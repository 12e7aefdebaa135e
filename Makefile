# Installs dossier like any other Unix program:
#
#   make install PREFIX=$HOME/.local    # builds, then installs; no root needed
#   make && sudo make install           # into PREFIX=/usr/local, building as yourself
#   make uninstall PREFIX=…             # removes exactly what install put there
#
# Installed: bin/dossier (release build, Swift runtime linked in), share/dossier/Content
# (where the binary looks for it: PREFIX/share/dossier/Content), the man page
# share/man/man1/dossier.1 and completions for bash, zsh and fish. DESTDIR stages the
# whole tree for a package without changing where the files will end up.
#
# The man page comes from swift-argument-parser's generate-manual plugin and the
# completions from the binary itself: both from the command definitions, so they
# cannot drift from --help.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

# The binary to install; `make install-files DOSSIER=…` installs one built elsewhere.
DOSSIER ?= .build/release/dossier
# The build the plugin generates the man page from (the text does not depend on it). Not
# release: the plugin builds without --static-swift-stdlib, and switching that flag
# recompiles everything, so the release build would be made twice on every install.
MAN_CONFIGURATION ?= debug
MAN_PAGE = .build/plugins/GenerateManual/outputs/dossier/dossier.1

root = $(DESTDIR)$(PREFIX)
bindir = $(root)/bin
contentdir = $(root)/share/dossier/Content
man1dir = $(root)/share/man/man1
bashdir = $(root)/share/bash-completion/completions
zshdir = $(root)/share/zsh/site-functions
fishdir = $(root)/share/fish/vendor_completions.d

.PHONY: all build manual install install-files uninstall check-install

all:
	$(MAKE) manual
	$(MAKE) build

build:
	$(SWIFT) build -c release --static-swift-stdlib --product dossier

manual:
	$(SWIFT) package generate-manual --configuration $(MAN_CONFIGURATION) --authors "The Dossier authors"

install: all
	$(MAKE) install-files

install-files:
	test -x "$(DOSSIER)" && test -s $(MAN_PAGE)
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)" "$(root)/share/dossier"
	install -m 755 "$(DOSSIER)" "$(bindir)/dossier"
	rm -rf "$(contentdir)"
	cp -R Content "$(contentdir)"
	# generate-manual copies the blank lines between paragraphs of the help, which mdoc
	# warns about on every `man dossier`; .Pp is mdoc's paragraph break.
	sed 's/^$$/.Pp/' $(MAN_PAGE) > "$(man1dir)/dossier.1" && chmod 644 "$(man1dir)/dossier.1"
	"$(DOSSIER)" --generate-completion-script bash > "$(bashdir)/dossier"
	"$(DOSSIER)" --generate-completion-script zsh > "$(zshdir)/_dossier"
	"$(DOSSIER)" --generate-completion-script fish > "$(fishdir)/dossier.fish"

uninstall:
	rm -f "$(bindir)/dossier" "$(man1dir)/dossier.1" "$(bashdir)/dossier" "$(zshdir)/_dossier" \
		"$(fishdir)/dossier.fish"
	rm -rf "$(contentdir)"
	-rmdir "$(root)/share/dossier" 2>/dev/null

# CI: installs the debug build into a temporary DESTDIR, checks that the installed
# program reads its Content from PREFIX/share/dossier (the source of an exported note
# says which file it read) and documents itself, then uninstalls and checks that
# nothing is left. (A release build would add minutes and test nothing more here.)
check-install:
	$(MAKE) manual
	set -e; stage=$$(mktemp -d); trap 'rm -rf "$$stage"' EXIT; prefix=/opt/dossier-check; top="$$stage$$prefix"; \
	$(MAKE) install-files DOSSIER=.build/debug/dossier DESTDIR="$$stage" PREFIX=$$prefix; \
	for file in bin/dossier share/dossier/Content/collection.yaml share/man/man1/dossier.1 \
		share/bash-completion/completions/dossier share/zsh/site-functions/_dossier \
		share/fish/vendor_completions.d/dossier.fish; do \
		test -s "$$top/$$file" || { echo "missing $$file"; exit 1; }; done; \
	cd /; run() { env -u DOSSIER_CONTENT DOSSIER_NOTES="$$stage/notes.sqlite" "$$top/bin/dossier" "$$@"; }; \
	run --version; \
	run notes add --article hussain --quote 'a tale of misperceptions and lost opportunities' >/dev/null; \
	run notes export --format w3c | grep -q "\"source\" : \"file://$$top/share/dossier/Content/articles/hussain.md\"" \
		|| { echo "the installed dossier does not read PREFIX/share/dossier/Content"; exit 1; }; \
	rm -f "$$stage"/notes.sqlite*; \
	test -z "$$(MANWIDTH=80 man -l "$$top/share/man/man1/dossier.1" 2>&1 >/dev/null)"; \
	MANWIDTH=80 man -l "$$top/share/man/man1/dossier.1" | grep -q 'notes'; \
	bash -c "source '$$top/share/bash-completion/completions/dossier' && complete -p dossier" >/dev/null; \
	cd "$(CURDIR)"; $(MAKE) uninstall DESTDIR="$$stage" PREFIX=$$prefix; \
	left=$$(find "$$stage" -type f); test -z "$$left" || { echo "left after uninstall: $$left"; exit 1; }; \
	echo "check-install: install and uninstall OK"
