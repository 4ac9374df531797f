-- Which attached files each paired site has been sent, and in the package covering which of our changes: a file
-- counts as delivered once that site acknowledges the package. Bookkeeping of this site alone: it never travels.
CREATE TABLE attachment_delivery (
  peer    TEXT NOT NULL CHECK (peer IN ('OFFICE', 'ECONOMIC_PARK', 'LOGISTICS_BASE', 'MALIU_RIVERSIDE')),
  sha256  TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  up_to   INTEGER NOT NULL,
  PRIMARY KEY (peer, sha256)
) STRICT;
