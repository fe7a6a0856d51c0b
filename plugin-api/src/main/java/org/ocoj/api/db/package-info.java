/**
 * Helpers for a server plugin's own tables: {@link org.ocoj.api.db.Db} (queries, updates, a portable upsert) and
 * {@link org.ocoj.api.db.StoredTime} (UTC as stored, server time as shown). Since plugin-api 1.2.0.
 */
package org.ocoj.api.db;
