-- What the test probe's check-in participant saw (CheckInParticipantIT).
CREATE TABLE probe_checkin (
    hostname VARCHAR(200) NOT NULL,
    path     VARCHAR(20)  NOT NULL
);
