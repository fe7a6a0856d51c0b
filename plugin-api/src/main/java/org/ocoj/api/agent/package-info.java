/**
 * Agent extension points: {@link org.ocoj.api.agent.Collector} (inventory) and
 * {@link org.ocoj.api.agent.EventSource} (event query rules, see {@code docs/event-monitoring.md}). A collector plugin needs only this package, {@code org.ocoj.api.inventory}
 * and PF4J (all with Maven scope {@code provided}). See {@code docs/agent.md}.
 */
package org.ocoj.api.agent;
