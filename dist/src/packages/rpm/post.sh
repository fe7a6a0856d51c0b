# %post of the oco-server and oco-agent rpms (rpmbuild puts in the package's name, which is also the unit's)
/opt/%{name}/lib/package-setup
if [ "$1" -eq 1 ]; then
    systemctl enable %{name}.service >/dev/null 2>&1 || :
fi
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if systemctl is-enabled --quiet %{name}.service; then systemctl restart %{name}.service || :; fi
fi
