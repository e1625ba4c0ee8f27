#!/bin/sh
# Install bodymap's desktop entry, icon and session file type for the current user, so that
# bodymap is in the applications menu and double-clicking a .bodymap.json file opens it.
#
#   install-desktop.sh [EXECUTABLE]   install; EXECUTABLE defaults to the bundle beside this
#                                     script (dist/bodymap/bodymap) when there is one
#   install-desktop.sh --uninstall    remove what an install added
#
# Files go to the XDG data folder ($XDG_DATA_HOME, else ~/.local/share); the desktop and MIME
# databases are refreshed when their tools are installed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 24 32 48 64 128 256 512"
mime_type=application/x-bodymap+json

# The icons: beside this script in a checkout (packaging/ -> assets/icons) or in a bundle
# (desktop/ -> _internal/bodymap/assets/icons).
icons=
for candidate in "$here/../assets/icons" "$here/../_internal/bodymap/assets/icons"; do
    if [ -f "$candidate/bodymap.svg" ]; then
        icons=$candidate
        break
    fi
done

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime"
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/bodymap.desktop" "$data/mime/packages/bodymap-session.xml" \
        "$data/icons/hicolor/scalable/apps/bodymap.svg"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/bodymap.png"
    done
    refresh
    echo "bodymap: desktop entry, icon and session file type removed from $data"
    exit 0
fi

if [ $# -ge 1 ]; then
    executable=$1
elif [ -x "$here/../bodymap" ] && [ -f "$here/../bodymap" ]; then
    executable=$here/../bodymap
else
    echo "usage: $0 [EXECUTABLE | --uninstall]" >&2
    exit 2
fi
if [ ! -x "$executable" ]; then
    echo "$executable: not an executable (build it with make dist, or give the path)" >&2
    exit 1
fi
if [ -z "$icons" ]; then
    echo "bodymap's icons were not found beside $here" >&2
    exit 1
fi
executable=$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")

# Exec= quoting of the desktop entry specification: the path in double quotes, with ", `, $
# and \ escaped by a backslash, % doubled, and then each backslash doubled once more as in any
# string value (TryExec= is such a string, unquoted).
exec_value=$(printf '%s' "$executable" |
    sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g' -e 's/^/"/' -e 's/$/"/')
try_exec_value=$(printf '%s' "$executable" | sed -e 's/\\/\\\\/g')
for_sed() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
sed -e "s|@EXEC@|$(for_sed "$exec_value")|" -e "s|@TRYEXEC@|$(for_sed "$try_exec_value")|" \
    "$here/bodymap.desktop" >"$data/applications/bodymap.desktop"
cp "$here/bodymap-session.xml" "$data/mime/packages/bodymap-session.xml"
cp "$icons/bodymap.svg" "$data/icons/hicolor/scalable/apps/bodymap.svg"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/bodymap-$size.png" "$data/icons/hicolor/${size}x${size}/apps/bodymap.png"
done
refresh
# bodymap opens sessions by default (a JSON editor may claim them too, as JSON files).
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default bodymap.desktop "$mime_type"
elif command -v gio >/dev/null 2>&1; then
    gio mime "$mime_type" bodymap.desktop >/dev/null
else
    echo "(set bodymap as the default application for $mime_type in the file manager)"
fi
echo "bodymap: desktop entry, icon and $mime_type (*.bodymap.json) installed in $data"
echo "  runs $executable"
