# ./dev package --check: the smoke test of the packages `./dev package` made (sourced by ./dev, whose
# helpers it uses). It reads what the .deb and the .rpm hold with the distributions' own tools, then
# installs the .deb for real (apt brings WebKitGTK and git), uses it as a person would — cairn-cli,
# then the installed app on a data folder under Xvfb with no network — purges it, and checks that
# the removal left that data folder exactly as it was.

# Fails with the path when the listing $2 lacks it.
must_hold() {
  local what="$1" listing="$2" path
  shift 2
  for path in "$@"; do
    grep -qxF "$path" <<<"$listing" || die "the $what has no $path"
  done
}

# Every file under a folder with its checksum, sorted: two of these are equal when nothing changed.
fingerprint() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}

package_check() {
  local started=$SECONDS
  umask 022
  check_namespaces
  setup --test
  ensure_tauri_driver
  ensure_packages "${PACKAGE_PACKAGES[@]}" "${PACKAGE_CHECK_PACKAGES[@]}"
  local target="${CARGO_TARGET_DIR:-$ROOT/target}"
  local deb rpm
  deb="$(find "$target/release/bundle/deb" -name "*_${VERSION}_*.deb" 2>/dev/null | head -n1)"
  rpm="$(find "$target/release/bundle/rpm" -name "*-${VERSION}-*.rpm" 2>/dev/null | head -n1)"
  [ -n "$deb" ] && [ -n "$rpm" ] || die "no .deb and .rpm of Cairn $VERSION under $target/release/bundle: run ./dev package first"
  deb="$(realpath "$deb")"
  local work
  work="$(mktemp -d)"
  local name
  name="$(dpkg-deb -f "$deb" Package)"
  if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
    die "$name is installed on this machine already; this check installs and purges it, so remove it first"
  fi

  # The files a person gets, in both packages.
  local files=(/usr/bin/cairn /usr/bin/cairn-cli
    /usr/share/applications/Cairn.desktop
    /usr/share/metainfo/app.cairn.planner.metainfo.xml
    /usr/share/icons/hicolor/32x32/apps/cairn.png /usr/share/icons/hicolor/128x128/apps/cairn.png
    /usr/share/man/man1/cairn-cli.1.gz /usr/share/man/man1/cairn-cli-export-pdf.1.gz
    /usr/share/bash-completion/completions/cairn-cli
    /usr/share/zsh/vendor-completions/_cairn-cli
    /usr/share/fish/vendor_completions.d/cairn-cli.fish
    /usr/share/doc/cairn/copyright /usr/share/doc/cairn/CHANGELOG.md
    /usr/share/doc/cairn/fonts/OFL-1.1.txt /usr/share/doc/cairn/fonts/Apache-2.0.txt
    /usr/share/doc/cairn/fonts/DejaVu-LICENSE.txt /usr/share/doc/cairn/fonts/Nanum-LICENSE.txt)

  step "What the .deb holds: $(basename "$deb")"
  must_hold ".deb" "$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./||; s|^|/|')" "${files[@]}"
  [ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || die "the .deb's version is not $VERSION"
  local unreadable
  unreadable="$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ && $1 !~ /^-r..r..r/ { print $6 }')"
  [ -z "$unreadable" ] || die "the .deb installs files other users cannot read: $unreadable"
  local depends
  depends="$(dpkg-deb -f "$deb" Depends)"
  for dep in git libwebkit2gtk-4.1-0 libgtk-3-0; do
    grep -qw "$dep" <<<"$depends" || die "the .deb does not depend on $dep (Depends: $depends)"
  done
  dpkg-deb -f "$deb" Package Version Architecture Maintainer Installed-Size Depends Section Description
  dpkg-deb -x "$deb" "$work/deb"
  desktop-file-validate "$work/deb/usr/share/applications/Cairn.desktop"
  appstreamcli validate --no-net --pedantic "$work/deb/usr/share/metainfo/app.cairn.planner.metainfo.xml"
  # The man pages render, and say what --help says.
  MANWIDTH=100 man -l "$work/deb/usr/share/man/man1/cairn-cli.1.gz" 2>/dev/null | grep -q "cairn-cli-export(1)" ||
    die "man cairn-cli does not render or lists no export command"
  MANWIDTH=100 man -l "$work/deb/usr/share/man/man1/cairn-cli-export-pdf.1.gz" 2>/dev/null | grep -q -- "--self-review" ||
    die "man cairn-cli-export-pdf does not describe --self-review"
  # The completions load in their shells.
  bash -c "source /usr/share/bash-completion/bash_completion && source '$work/deb/usr/share/bash-completion/completions/cairn-cli' && complete -p cairn-cli" >/dev/null ||
    die "the bash completion does not load"
  zsh -n "$work/deb/usr/share/zsh/vendor-completions/_cairn-cli" || die "the zsh completion is not valid zsh"
  fish --no-execute "$work/deb/usr/share/fish/vendor_completions.d/cairn-cli.fish" || die "the fish completion is not valid fish"

  step "What the .rpm holds: $(basename "$rpm")"
  must_hold ".rpm" "$(rpm -qpl "$rpm" 2>/dev/null)" "${files[@]}"
  rpm -qp --queryformat '%{NAME} %{VERSION} %{LICENSE} %{SUMMARY}\n' "$rpm" 2>/dev/null | tee "$work/rpm-info"
  grep -q "^[^ ]* $VERSION MIT " "$work/rpm-info" || die "the .rpm's version or licence is wrong"
  rpm -qpR "$rpm" 2>/dev/null | grep -qx "git" || die "the .rpm does not require git"

  # From here the package is on the machine: whatever fails, it comes off again.
  trap 'as_root dpkg --purge "'"$name"'" >/dev/null 2>&1 || true' EXIT
  step "Installing the .deb"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"

  step "cairn-cli from the package"
  [ "$(/usr/bin/cairn-cli --version)" = "cairn-cli $VERSION" ] || die "the installed cairn-cli does not say $VERSION"
  /usr/bin/cairn-cli --help | grep -q "^Usage: cairn-cli" || die "cairn-cli --help says no usage"
  local data="$work/data"
  CAIRN_DATA_DIR="$data" /usr/bin/cairn-cli demo
  CAIRN_DATA_DIR="$data" /usr/bin/cairn-cli plans | grep -q "Road to Senior" || die "the demo plan is not listed"

  step "The installed app on that folder, under Xvfb with no network"
  cargo test -p cairn-tests --features e2e --test package --locked --no-run
  # The e2e harness, pointed at the installed binary: it starts Cairn through tauri-driver and
  # waits for the first screen to show the demo plan (tests/tests/package.rs).
  CAIRN_APP_BIN=/usr/bin/cairn CAIRN_PACKAGE_DATA="$data" without_network timeout --kill-after=30 600 \
    xvfb-run -a -s "-screen 0 1440x900x24" \
    cargo test -p cairn-tests --features e2e --test package --locked --offline -- --test-threads=1

  step "Purging the package"
  fingerprint "$data" >"$work/before"
  as_root dpkg --purge "$name"
  trap - EXIT
  for gone in /usr/bin/cairn /usr/bin/cairn-cli /usr/share/applications/Cairn.desktop; do
    [ ! -e "$gone" ] || die "$gone is still there after the purge"
  done
  fingerprint "$data" >"$work/after"
  [ -s "$work/before" ] || die "the data folder was empty: nothing was checked"
  cmp -s "$work/before" "$work/after" || die "the removal changed the data folder:
$(diff "$work/before" "$work/after")"
  echo "$(wc -l <"$work/before") files in the data folder, the same before and after the purge."
  rm -rf "$work"

  if [ -n "$SKIPPED" ]; then
    step "The packages passed their check in $((SECONDS - started)) s (skipped: $SKIPPED)"
  else
    step "The packages passed their check in $((SECONDS - started)) s"
  fi
}
