/**
 * Agent extension points. A collector plugin needs only this package, {@code org.ocoj.api.inventory}
 * and PF4J (all with Maven scope {@code provided}). See {@code docs/agent.md}.
 */
package org.ocoj.api.agent;
