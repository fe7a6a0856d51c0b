#!/bin/sh
# rpm-root.sh ROOT: a throw-away root in which `rpm --root ROOT` can install the OCO-J packages and run their
# scriptlets (rpm runs them chrooted into ROOT): the programs the scriptlets call, copied from this machine
# with their libraries, a passwd/group/shadow with root only, an empty rpm database. Used by RpmPackagesIT.
set -e
root="$1"
mkdir -p "$root/usr/bin" "$root/usr/lib" "$root/usr/lib64" "$root/etc" "$root/dev" "$root/tmp"
for dir in bin sbin lib lib64; do ln -s "usr/$dir" "$root/$dir"; done
ln -s bin "$root/usr/sbin"
# %post: lib/package-setup (sh, grep, awk, install, chown, chmod, sed; systemd-sysusers for the server's user)
# and systemctl enable; %preun: systemctl; the agent's %postun: rm
for tool in sh grep awk install chown chmod sed rm systemctl systemd-sysusers; do
    program="$(command -v "$tool")" || { echo "rpm-root.sh: no $tool on this machine" >&2; exit 1; }
    cp -L "$program" "$root/usr/bin/$tool"
    ldd "$program" | awk '/=> \// { print $3 } /^\t\/.*ld-linux/ { print $1 }' | while read -r lib; do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
echo 'root:*:19000:0:99999:7:::' > "$root/etc/shadow"
echo 'root:*::' > "$root/etc/gshadow"
chmod 0600 "$root/etc/shadow" "$root/etc/gshadow"
# the scriptlets' ">/dev/null": a plain file is enough here
: > "$root/dev/null"
chmod 0666 "$root/dev/null"
rpm --root "$root" --initdb
