package cn.banan.hrdesk.liaison;

/**
 * What an intermediary delivered (输送机构成效): placements made through it, those the enterprise confirmed, and those
 * of those confirmed, retained (still employed, or stayed six months or more).
 */
public record DeliveryResult(String intermediaryId, String name, int delivered, int confirmed, int retained) {
}
