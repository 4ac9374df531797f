package cn.banan.hrdesk.office;

import java.time.Instant;

/** A note 区财政局 or 区审计局 added to a work-fund record. */
public record Annotation(String author, String role, Instant writtenAt, String body) {
}
