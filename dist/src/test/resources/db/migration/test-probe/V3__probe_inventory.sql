-- What the test probe's inventory listener saw (DeliveredCollectorsIT): the changed sections of each update with
-- a custom section of it-marker, and the value it read from that section.
CREATE TABLE probe_inventory (
    hostname VARCHAR(200) NOT NULL,
    changed  VARCHAR(1000) NOT NULL,
    marker   VARCHAR(200) NULL
);
