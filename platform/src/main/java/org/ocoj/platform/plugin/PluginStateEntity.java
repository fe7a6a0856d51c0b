package org.ocoj.platform.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Whether an admin enabled or disabled a plugin; shared by all nodes through the database. */
@Entity
@Table(name = "plugin_state")
public class PluginStateEntity {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private LocalDateTime updated;

    @Column(name = "updated_by")
    private String updatedBy;

    protected PluginStateEntity() {
    }

    public PluginStateEntity(String pluginId, boolean enabled, LocalDateTime updated, String updatedBy) {
        this.pluginId = pluginId;
        this.enabled = enabled;
        this.updated = updated;
        this.updatedBy = updatedBy;
    }

    public String pluginId() {
        return pluginId;
    }

    public boolean enabled() {
        return enabled;
    }
}
