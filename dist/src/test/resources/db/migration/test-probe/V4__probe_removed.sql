-- The computers the test probe's removal listener was told about (PluginHostIT), written through the plugin-api's Db.
CREATE TABLE probe_removed (
    computer_id BIGINT NOT NULL PRIMARY KEY,
    hostname    VARCHAR(200) NOT NULL,
    still_there BOOLEAN NOT NULL
);
