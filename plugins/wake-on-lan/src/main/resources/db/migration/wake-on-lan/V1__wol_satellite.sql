-- Satellites for Wake-on-LAN over SSH (SPEC §7), tried in (position, id) order.
-- Key material is not stored: privkey_path/pubkey_path name files on the server; a key passphrase is stored
-- AES-GCM encrypted under OCO_WOL_SECRET (never in clear). host_key is the pinned key ("type base64");
-- NULL = not confirmed yet, and such a satellite is not used.
CREATE TABLE wol_satellite (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(100)  NOT NULL,
    position             INT           NOT NULL,
    address              VARCHAR(255)  NOT NULL,
    port                 INT           NOT NULL,
    username             VARCHAR(100)  NOT NULL,
    privkey_path         VARCHAR(1000) NOT NULL,
    pubkey_path          VARCHAR(1000),
    passphrase_encrypted VARCHAR(1000),
    command              VARCHAR(500),
    host_key             VARCHAR(4000)
);
CREATE INDEX ix_wol_satellite_position ON wol_satellite (position, id);
