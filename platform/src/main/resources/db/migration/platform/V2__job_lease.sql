-- Leases that make scheduled plugin jobs run once per cluster per interval.
CREATE TABLE job_lease (
    job_name    VARCHAR(200) NOT NULL PRIMARY KEY,
    owner       VARCHAR(100) NOT NULL,
    lease_until DATETIME NOT NULL,
    last_run    DATETIME NULL
);
