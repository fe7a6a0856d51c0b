# %preun of the oco-server and oco-agent rpms: the last removal stops and disables the service
if [ "$1" -eq 0 ]; then
    systemctl --no-reload disable --now %{name}.service >/dev/null 2>&1 || :
fi
