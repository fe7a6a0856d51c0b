package org.ocoj.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A setting value an admin (or first start-up) stored; declared defaults are not stored. */
@Entity
@Table(name = "setting")
public class StoredSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(nullable = false)
    private LocalDateTime updated;

    @Column(name = "updated_by")
    private String updatedBy;

    protected StoredSetting() {
    }

    public StoredSetting(String key, String value, LocalDateTime updated, String updatedBy) {
        this.key = key;
        this.value = value;
        this.updated = updated;
        this.updatedBy = updatedBy;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
