/**
 * Typed inventory records that agent collectors return; the agent turns them into the wire model of
 * SPEC section 3. Plain Java records: no JSON library, no framework types.
 */
package org.ocoj.api.inventory;
