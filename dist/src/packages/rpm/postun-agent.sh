# %postun of the oco-agent rpm: after the last removal the agent's state (timestamp, delivered collectors) goes;
# a changed /etc/oco-agent.ini is kept by rpm as /etc/oco-agent.ini.rpmsave
if [ "$1" -eq 0 ]; then
    rm -rf /var/lib/oco-agent
fi
