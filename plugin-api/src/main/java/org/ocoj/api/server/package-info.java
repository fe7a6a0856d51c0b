/**
 * Extension points of the OCO-J server. A plugin implements one or more of these interfaces in classes
 * annotated with {@code @org.pf4j.Extension}; the platform finds them through PF4J and calls only those
 * of enabled plugins.
 *
 * <p>An extension may declare a public constructor taking a {@link org.ocoj.api.server.PluginContext};
 * the platform then passes the context of the plugin that owns the extension. Extensions are created once
 * per plugin load and called concurrently from request threads: keep them stateless or thread-safe.
 *
 * <p>Data crosses this API as JSON-shaped Java values: {@code Map<String, Object>}, {@code List<Object>},
 * {@code String}, {@code Number}, {@code Boolean} and {@code null}. {@link org.ocoj.api.server.JsonParams}
 * reads them with clear errors.
 */
package org.ocoj.api.server;
