#!/bin/sh
# Desktop integration of the EdfaPay Token Manager package, called by its .deb and .rpm maintainer scripts
# (postinst/prerm, %post/%preun) with "install" or "remove".
#
# It writes the menu entry and icon where every freedesktop.org menu looks (/usr/share/applications,
# /usr/share/icons/hicolor) instead of calling xdg-desktop-menu: that tool exits 3 on machines without a menu
# system ("No writable system menu directory found"), which under `set -e` left jpackage's default package
# half-configured and impossible to remove. Nothing here may fail the package operation: every step is
# best-effort, and the script always exits 0. See docs/decisions/0033-own-maintainer-scripts.md.

app=/opt/edfapay-token-manager
entry=/usr/share/applications/edfapay-token-manager.desktop
icon=/usr/share/icons/hicolor/256x256/apps/edfapay-token-manager.png
cli=/usr/bin/edfapay-tokens

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || :
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor >/dev/null 2>&1 || :
  fi
}

case "$1" in
  install)
    if mkdir -p "$(dirname "$entry")" 2>/dev/null; then
      cat > "$entry" 2>/dev/null <<DESKTOP || echo "edfapay-token-manager: menu entry not written" >&2
[Desktop Entry]
Type=Application
Name=EdfaPay Token Manager
Name[ar]=مدير رموز إدفع باي
Comment=Generate, copy and disable EdfaPay API tokens and SDK tokens
Comment[ar]=إنشاء رموز API ورموز SDK من إدفع باي ونسخها وتعطيلها
Exec=$app/bin/EdfaPayTokenManager
Icon=edfapay-token-manager
Terminal=false
Categories=Office;Finance;
StartupNotify=true
DESKTOP
    fi
    if [ -f "$app/lib/EdfaPayTokenManager.png" ] && mkdir -p "$(dirname "$icon")" 2>/dev/null; then
      cp "$app/lib/EdfaPayTokenManager.png" "$icon" 2>/dev/null || :
    fi
    # The command-line launcher, when the package has one.
    if [ -x "$app/bin/edfapay-tokens" ] && [ ! -e "$cli" ]; then
      ln -s "$app/bin/edfapay-tokens" "$cli" 2>/dev/null || :
    fi
    refresh
    ;;
  remove)
    rm -f "$entry" "$icon" 2>/dev/null || :
    if [ -L "$cli" ] && [ "$(readlink "$cli")" = "$app/bin/edfapay-tokens" ]; then
      rm -f "$cli" 2>/dev/null || :
    fi
    refresh
    ;;
esac
exit 0
