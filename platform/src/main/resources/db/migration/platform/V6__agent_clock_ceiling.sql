-- oco.computer.reset_agent_clock (issue 16): the highest agent timestamp accepted before the reset. Until real
-- time passes it, a request between "now" and this ceiling can only be a replay of one sent while the clock ran
-- ahead, and is refused.
ALTER TABLE computer ADD COLUMN agent_clock_ceiling DECIMAL(20,6) NULL;
